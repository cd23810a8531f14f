import { InfoCard } from '@backstage/core-components';
import {
  EntityRefLinks,
  MissingAnnotationEmptyState,
  getEntityRelations,
  useEntity,
} from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import {
  ANNOTATION_SOURCE_PATH,
  RELATION_PATH_OWNED_BY,
} from '@agent-coordination/plugin-agent-coordination-common';

/**
 * On a Component: the agents whose ownership globs cover its directory
 * (annotation agent-coordination.io/source-path). The catalog module works
 * that out when it processes the agents and records it as pathOwnedBy
 * relations; this card only shows them. Several owners mean an unresolved
 * ownership conflict.
 * @public
 */
export const EntityOwningAgentsCard = () => {
  const { entity } = useEntity();
  const sourcePath = entity.metadata.annotations?.[ANNOTATION_SOURCE_PATH];
  if (!sourcePath) {
    return (
      <InfoCard title="Owning agents">
        <MissingAnnotationEmptyState annotation={ANNOTATION_SOURCE_PATH} />
      </InfoCard>
    );
  }
  const owners = getEntityRelations(entity, RELATION_PATH_OWNED_BY);
  let verdict;
  if (owners.length === 0) {
    verdict = 'No agent owns this path.';
  } else if (owners.length > 1) {
    verdict =
      'Several agents claim this path equally: an ownership conflict to escalate.';
  }
  return (
    <InfoCard title="Owning agents" subheader={<code>{sourcePath}</code>}>
      <div data-testid="owning-agents">
        {owners.length > 0 && (
          <EntityRefLinks entityRefs={owners} defaultKind="agent" />
        )}
        {verdict && (
          <Typography
            variant="body2"
            color={owners.length > 1 ? 'error' : 'textSecondary'}
          >
            {verdict}
          </Typography>
        )}
      </div>
    </InfoCard>
  );
};
