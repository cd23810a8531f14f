import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { makeStyles } from '@material-ui/core/styles';
import type { Message } from '@agent-coordination/plugin-agent-coordination-common';
import { formatDateTime } from '../TaskShared';

const useStyles = makeStyles(theme => ({
  chip: { marginRight: theme.spacing(0.5), fontWeight: 600 },
  first: {
    backgroundColor: theme.palette.error.main,
    color: theme.palette.error.contrastText,
  },
  second: {
    borderColor: theme.palette.warning.main,
    color: theme.palette.warning.dark,
  },
  alert: {
    borderColor: theme.palette.error.main,
    color: theme.palette.error.main,
  },
  overdue: {
    backgroundColor: theme.palette.warning.main,
    color: theme.palette.getContrastText(theme.palette.warning.main),
    fontWeight: 600,
  },
}));

/**
 * A message's priority; the framework lists its priorities most urgent
 * first, so the first stands out and the second is marked.
 */
export const MessagePriorityChip = ({
  priority,
  priorities,
}: {
  priority: string;
  priorities: readonly string[];
}) => {
  const classes = useStyles();
  const rank = priorities.indexOf(priority);
  let extra = '';
  if (rank === 0) extra = classes.first;
  else if (rank === 1) extra = classes.second;
  return (
    <Chip
      size="small"
      variant={rank === 0 ? 'default' : 'outlined'}
      label={priority}
      title={`Priority ${priority}`}
      className={`${classes.chip} ${extra}`}
      data-testid="message-priority"
    />
  );
};

/** A message's type: REQUEST, RESPONSE, UPDATE, ALERT in the seed. */
export const MessageTypeChip = ({ type }: { type: string }) => {
  const classes = useStyles();
  return (
    <Chip
      size="small"
      variant="outlined"
      label={type}
      className={`${classes.chip} ${type === 'ALERT' ? classes.alert : ''}`}
      data-testid="message-type"
    />
  );
};

/** "overdue" on a REQUEST left without a RESPONSE past its response SLA. */
export const OverdueFlag = ({ message }: { message: Message }) => {
  const classes = useStyles();
  if (!message.overdue) return null;
  const due = message.responseDueAt
    ? `A RESPONSE was due by ${formatDateTime(message.responseDueAt)}`
    : 'No RESPONSE within the response SLA';
  return (
    <Tooltip title={due}>
      <Chip
        size="small"
        label="overdue"
        className={classes.overdue}
        data-testid="message-overdue"
      />
    </Tooltip>
  );
};
