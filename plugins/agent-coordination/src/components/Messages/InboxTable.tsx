import { Link } from '@backstage/core-components';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { makeStyles } from '@material-ui/core/styles';
import type { Message } from '@agent-coordination/plugin-agent-coordination-common';
import { formatDateTime, type AgentDirectory } from '../TaskShared';
import {
  MessagePriorityChip,
  MessageTypeChip,
  OverdueFlag,
} from './MessageChips';

const useStyles = makeStyles(theme => ({
  unread: { '& td': { fontWeight: theme.typography.fontWeightBold as number } },
  subject: { fontWeight: 'inherit' },
  nowrap: { whiteSpace: 'nowrap' },
}));

/** Who a message is to, as people read it: an agent's name, or "everyone" for ALL. */
export function recipientName(
  to: string,
  broadcastRecipient: string,
  directory?: AgentDirectory,
): string {
  if (to === broadcastRecipient) return `${broadcastRecipient} (every agent)`;
  return directory?.byKey.get(to)?.title ?? to;
}

/** An inbox's page: unread messages bold, each with priority, type and the overdue flag. */
export const InboxTable = ({
  items,
  priorities,
  broadcastRecipient,
  directory,
  hrefOf,
}: {
  items: Message[];
  priorities: readonly string[];
  broadcastRecipient: string;
  directory?: AgentDirectory;
  hrefOf(message: Message): string | undefined;
}) => {
  const classes = useStyles();
  return (
    <Table size="small" data-testid="inbox-messages">
      <TableHead>
        <TableRow>
          <TableCell className={classes.nowrap}>Priority</TableCell>
          <TableCell>Type</TableCell>
          <TableCell>Subject</TableCell>
          <TableCell>From</TableCell>
          <TableCell>To</TableCell>
          <TableCell>Sent</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map(message => {
          const unread = message.readAt === null;
          const href = hrefOf(message);
          return (
            <TableRow
              key={message.id}
              hover
              className={unread ? classes.unread : undefined}
              data-testid={`message-row-${message.id}`}
              data-unread={unread ? 'true' : 'false'}
            >
              <TableCell>
                <MessagePriorityChip
                  priority={message.priority}
                  priorities={priorities}
                />
              </TableCell>
              <TableCell className={classes.nowrap}>
                <MessageTypeChip type={message.type} />
                <OverdueFlag message={message} />
              </TableCell>
              <TableCell>
                {href ? (
                  <Link
                    to={href}
                    className={classes.subject}
                    data-testid="message-subject"
                  >
                    {message.subject}
                  </Link>
                ) : (
                  <span data-testid="message-subject">{message.subject}</span>
                )}
              </TableCell>
              <TableCell>
                {directory?.byKey.get(message.from)?.title ?? message.from}
              </TableCell>
              <TableCell>
                {recipientName(message.to, broadcastRecipient, directory)}
              </TableCell>
              <TableCell className={classes.nowrap}>
                {formatDateTime(message.sentAt)}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
