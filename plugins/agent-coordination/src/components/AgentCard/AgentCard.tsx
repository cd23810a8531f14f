import Box from '@material-ui/core/Box';
import Card from '@material-ui/core/Card';
import CardContent from '@material-ui/core/CardContent';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type { CoordinationAgent } from '@agent-coordination/plugin-agent-coordination-common';
import { AuthorityChip } from '../AuthorityChip';
import { humanizeAgentKey } from '../AgentName';

const useStyles = makeStyles(theme => ({
  card: {
    height: '100%',
  },
  name: {
    fontWeight: theme.typography.fontWeightBold as number,
    lineHeight: 1.3,
  },
  id: {
    fontFamily: 'monospace',
    color: theme.palette.text.secondary,
  },
  facts: {
    marginTop: theme.spacing(1),
    color: theme.palette.text.secondary,
  },
}));

/** @public */
export interface AgentCardProps {
  agent: CoordinationAgent;
  authorityLevels?: string[];
  /**
   * The agent's catalog entity (e.g. `agent:default/network-engineer`): the
   * name then links to its entity page.
   */
  entityRef?: string;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * One agent: who it is, what it does and how much it may decide.
 * @public
 */
export const AgentCard = ({
  agent,
  authorityLevels,
  entityRef,
}: AgentCardProps) => {
  const classes = useStyles();
  const name = humanizeAgentKey(agent.key);
  const blocking = agent.dependencies.filter(d => d.blocking).length;
  const owned = agent.ownership.paths.length + agent.ownership.areas.length;
  return (
    <Card
      variant="outlined"
      className={classes.card}
      data-testid={`agent-${agent.key}`}
    >
      <CardContent>
        <Box
          display="flex"
          alignItems="flex-start"
          justifyContent="space-between"
          style={{ gap: 8 }}
        >
          <Typography
            variant="subtitle1"
            component="h3"
            className={classes.name}
          >
            {entityRef ? (
              <EntityRefLink
                entityRef={entityRef}
                defaultKind="agent"
                data-testid={`entity-link-${agent.key}`}
              >
                {name}
              </EntityRefLink>
            ) : (
              name
            )}
          </Typography>
          <AuthorityChip authority={agent.authority} levels={authorityLevels} />
        </Box>
        <Typography variant="body2" className={classes.id}>
          {agent.id}
        </Typography>
        <Typography variant="body1">{agent.role}</Typography>
        <Typography variant="caption" component="p" className={classes.facts}>
          {count(
            agent.responsibilities.length,
            'responsibility',
            'responsibilities',
          )}
          {' · '}
          {`${owned} owned`}
          {' · '}
          {count(agent.dependencies.length, 'dependency', 'dependencies')}
          {blocking > 0 && ` (${blocking} blocking)`}
        </Typography>
      </CardContent>
    </Card>
  );
};
