import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import ListItemSecondaryAction from '@material-ui/core/ListItemSecondaryAction';
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import ErrorOutlineIcon from '@material-ui/icons/ErrorOutline';
import { describeBackendError } from '../BackendErrorPanel';
import type { AgentDirectory } from '../TaskShared';
import type { InboxCount } from './useInbox';

/**
 * The inboxes the user may read, the user's own first, each with its unread
 * count; the selected one is the inbox shown beside it.
 */
export const InboxAgentList = ({
  agents,
  counts,
  self,
  selected,
  directory,
  onSelect,
}: {
  agents: string[];
  counts: Map<string, InboxCount> | undefined;
  self?: string;
  selected?: string;
  directory?: AgentDirectory;
  onSelect(agent: string): void;
}) => (
  <List dense data-testid="inbox-agents" aria-label="Inboxes">
    {agents.map(agent => {
      const count = counts?.get(agent);
      const name = directory?.byKey.get(agent)?.title ?? agent;
      return (
        <ListItem
          key={agent}
          button
          selected={agent === selected}
          onClick={() => onSelect(agent)}
          data-testid={`inbox-agent-${agent}`}
        >
          <ListItemText
            primary={name}
            secondary={agent === self ? 'You' : undefined}
            primaryTypographyProps={{
              style: { fontWeight: count?.unread ? 600 : undefined },
            }}
          />
          <ListItemSecondaryAction>
            {count?.error !== undefined && (
              <Tooltip title={describeBackendError(count.error).message}>
                <ErrorOutlineIcon
                  color="error"
                  fontSize="small"
                  data-testid={`inbox-error-${agent}`}
                />
              </Tooltip>
            )}
            {count?.unread !== undefined && (
              <Chip
                size="small"
                color={count.unread > 0 ? 'primary' : 'default'}
                label={count.unread}
                title={`${count.unread} unread of ${count.total}`}
                data-testid={`inbox-count-${agent}`}
              />
            )}
          </ListItemSecondaryAction>
        </ListItem>
      );
    })}
  </List>
);
