import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { CoordinationEvent } from '@agent-coordination/plugin-agent-coordination-common';
import { humanizeAgentKey } from '../AgentName';
import { formatDateTime, type AgentDirectory } from '../TaskShared';
import { describeEvent } from './describeEvent';

const SYSTEM = 'system:agent-coordination';

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    borderLeft: `2px solid ${theme.palette.divider}`,
    padding: theme.spacing(0.5, 0, 1, 1.5),
    position: 'relative',
  },
  when: { color: theme.palette.text.secondary },
  reason: { fontStyle: 'italic' },
}));

function who(event: CoordinationEvent, directory?: AgentDirectory): string {
  if (event.actor === SYSTEM) return 'The system';
  if (event.actorAgent) {
    const name =
      directory?.byKey.get(event.actorAgent)?.title ??
      humanizeAgentKey(event.actorAgent);
    return `${name} (${event.actor})`;
  }
  return event.actor;
}

/** The task's audit trail, newest first: who, what, why, when. */
export const TaskTimeline = ({
  events,
  directory,
}: {
  events: CoordinationEvent[];
  directory?: AgentDirectory;
}) => {
  const classes = useStyles();
  if (events.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No history yet.
      </Typography>
    );
  }
  return (
    <ol className={classes.list} data-testid="task-timeline">
      {events.map(event => (
        <li key={event.id} className={classes.item} data-testid="task-event">
          <Typography
            variant="caption"
            className={classes.when}
            component="div"
          >
            {formatDateTime(event.createdAt)} · {who(event, directory)}
          </Typography>
          <Typography variant="body2" data-testid="task-event-what">
            {describeEvent(event)}
          </Typography>
          {event.reason && (
            <Typography
              variant="body2"
              className={classes.reason}
              data-testid="task-event-why"
            >
              “{event.reason}”
            </Typography>
          )}
        </li>
      ))}
    </ol>
  );
};
