import type { ReactNode } from 'react';
import { InfoCard, WarningPanel } from '@backstage/core-components';
import {
  EntityRefLink,
  EntityRefLinks,
  useEntity,
} from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import {
  ANNOTATION_OWNERSHIP_CONFLICTS,
  ANNOTATION_OWNERSHIP_NOTES,
  isAgentEntity,
} from '@agent-coordination/plugin-agent-coordination-common';
import { authorityLevelsOf, useCoordinationFramework } from '../../hooks';
import { AuthorityChip } from '../AuthorityChip';
import { agentRelations } from './agentRelations';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box mb={1.5}>
      <Typography variant="overline" color="textSecondary" component="div">
        {label}
      </Typography>
      <Typography variant="body2" component="div">
        {children}
      </Typography>
    </Box>
  );
}

function Links({
  refs,
  none,
}: {
  refs: Parameters<typeof EntityRefLinks>[0]['entityRefs'];
  none: string;
}) {
  return refs.length ? (
    <EntityRefLinks entityRefs={refs} defaultKind="agent" />
  ) : (
    <>{none}</>
  );
}

/**
 * An Agent entity at a glance: role, tier, authority, what it is
 * responsible for and owns, and which agents it depends on and which depend
 * on it.
 * @public
 */
export const EntityAgentOverviewCard = () => {
  const { entity } = useEntity();
  // Tier names and the order of authority levels are the framework's; the
  // card still shows the entity's own facts when the backend cannot answer.
  const { framework } = useCoordinationFramework();
  const tier = isAgentEntity(entity) ? entity.spec.tier : 0;
  const tierName = framework?.tiers.find(t => t.level === tier)?.name;
  if (!isAgentEntity(entity)) {
    return (
      <WarningPanel title="Not an agent">
        This card shows Agent entities (kind Agent, apiVersion
        agent-coordination.io/v1alpha1).
      </WarningPanel>
    );
  }
  const { spec } = entity;
  const rel = agentRelations(entity);
  const notes = entity.metadata.annotations?.[ANNOTATION_OWNERSHIP_NOTES];
  const conflicts =
    entity.metadata.annotations?.[ANNOTATION_OWNERSHIP_CONFLICTS];
  const paths = spec.ownership?.paths ?? [];
  const areas = spec.ownership?.areas ?? [];
  const communication = Array.isArray(spec.communication)
    ? spec.communication.join(', ')
    : spec.communication ?? 'DEPENDENCIES';

  return (
    <InfoCard title="Agent" subheader={spec.role}>
      <div data-testid="entity-agent-overview">
        {conflicts && (
          // §4: an ownership conflict must be visible, not silently resolved.
          <Box mb={2} data-testid="ownership-conflicts">
            <WarningPanel severity="error" title="Ownership conflict">
              {conflicts.split('\n').map(line => (
                <Typography key={line} variant="body2">
                  {line}
                </Typography>
              ))}
            </WarningPanel>
          </Box>
        )}
        <Grid container spacing={2}>
          <Grid item xs={12} sm={6}>
            <Fact label="Agent ID">{spec.agentId}</Fact>
            <Fact label="Tier">
              {tierName ? `${spec.tier} · ${tierName}` : `Tier ${spec.tier}`}
            </Fact>
            <Fact label="Authority">
              <AuthorityChip
                authority={spec.authority}
                levels={authorityLevelsOf(framework)}
              />
            </Fact>
            <Fact label="Owner">
              <EntityRefLink entityRef={spec.owner} defaultKind="group" />
            </Fact>
            <Fact label="Communicates with">{communication}</Fact>
          </Grid>
          <Grid item xs={12} sm={6}>
            <Fact label="Responsibilities">
              {spec.responsibilities?.length ? (
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {spec.responsibilities.map(r => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              ) : (
                'None listed'
              )}
            </Fact>
            <Fact label="Owns paths">
              {paths.length ? (
                <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
                  {paths.map(p => (
                    <Chip
                      key={p}
                      size="small"
                      variant="outlined"
                      label={<code>{p}</code>}
                    />
                  ))}
                </Box>
              ) : (
                'No paths'
              )}
            </Fact>
            {areas.length > 0 && (
              <Fact label="Owns areas">{areas.join(' · ')}</Fact>
            )}
            {notes && (
              <Typography
                variant="caption"
                color="textSecondary"
                component="p"
                data-testid="ownership-notes"
              >
                {notes}
              </Typography>
            )}
          </Grid>
          <Grid item xs={12} sm={6}>
            <Fact label="Depends on (blocking)">
              <Links refs={rel.dependsOn} none="Nothing" />
            </Fact>
            <Fact label="Depends on (non-blocking)">
              <Links refs={rel.nonBlockingDependsOn} none="Nothing" />
            </Fact>
          </Grid>
          <Grid item xs={12} sm={6}>
            <Fact label="Blocks">
              <Links refs={rel.dependencyOf} none="No agent" />
            </Fact>
            <Fact label="Followed by (non-blocking)">
              <Links refs={rel.nonBlockingDependencyOf} none="No agent" />
            </Fact>
          </Grid>
        </Grid>
      </div>
    </InfoCard>
  );
};
