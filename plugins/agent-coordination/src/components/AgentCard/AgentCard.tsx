import Box from '@material-ui/core/Box';
import Card from '@material-ui/core/Card';
import CardContent from '@material-ui/core/CardContent';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { CoordinationAgent } from '@agent-coordination/plugin-agent-coordination-common';
import { AuthorityChip } from '../AuthorityChip';
import { humanizeAgentKey } from '../AgentName';

const useStyles = makeStyles(theme => ({
  card: {
    height: '100%',
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
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * One agent: who it is, what it does and how much it may decide.
 * @public
 */
export const AgentCard = ({ agent, authorityLevels }: AgentCardProps) => {
  const classes = useStyles();
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
          <Typography variant="h6" component="h3">
            {humanizeAgentKey(agent.key)}
          </Typography>
          <AuthorityChip
            authority={agent.authority}
            levels={authorityLevels}
          />
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
          {count(owned, 'owned path or area', 'owned paths and areas')}
          {' · '}
          {count(agent.dependencies.length, 'dependency', 'dependencies')} (
          {blocking} blocking)
        </Typography>
      </CardContent>
    </Card>
  );
};
