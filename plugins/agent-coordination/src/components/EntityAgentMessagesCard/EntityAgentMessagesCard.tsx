import { InfoCard, Link, Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { AgentEntityCard } from '../AgentEntityCard';
import { BackendErrorPanel } from '../BackendErrorPanel';
import {
  MessagePriorityChip,
  MessageTypeChip,
  OverdueFlag,
  touchesInbox,
  useInbox,
  useMessageLinks,
  useMessageSignals,
} from '../Messages';
import { formatDateTime, useAgentDirectory } from '../TaskShared';

const TITLE = 'Inbox';
const LATEST = 5;
const NO_FILTERS = {};

function Latest({ agent, name }: { agent: string; name: string }) {
  const { framework, directory } = useAgentDirectory();
  const links = useMessageLinks();
  const inbox = useInbox(agent, NO_FILTERS, undefined, LATEST);
  const broadcast = framework?.messageSchema.broadcastRecipient ?? 'ALL';
  useMessageSignals(
    () => inbox.retry(),
    signal => touchesInbox(signal, agent, broadcast),
  );

  if (inbox.error) {
    return (
      <InfoCard title={TITLE}>
        <BackendErrorPanel
          error={inbox.error}
          title={`Could not load ${name}'s inbox`}
        />
      </InfoCard>
    );
  }
  if (!inbox.value || !framework) {
    return (
      <InfoCard title={TITLE}>
        <Progress />
      </InfoCard>
    );
  }
  const { counts, items } = inbox.value;
  return (
    <InfoCard
      title={TITLE}
      subheader={`${name}'s latest messages`}
      deepLink={
        links
          ? { title: 'Open the inbox', link: links.inbox(agent) }
          : undefined
      }
    >
      <Typography variant="h6" component="p" data-testid="entity-inbox-unread">
        {counts.unread} unread of {counts.total}
      </Typography>
      {items.length === 0 ? (
        <Typography
          variant="body2"
          color="textSecondary"
          data-testid="entity-inbox-empty"
        >
          No messages to {name} yet.
        </Typography>
      ) : (
        <List dense data-testid="entity-inbox-messages">
          {items.map(m => (
            <ListItem
              key={m.id}
              disableGutters
              data-testid={`entity-inbox-${m.id}`}
              data-unread={m.readAt === null ? 'true' : 'false'}
            >
              <ListItemText
                primary={
                  <Box display="flex" alignItems="center" flexWrap="wrap">
                    <MessagePriorityChip
                      priority={m.priority}
                      priorities={framework.messageSchema.priorities}
                    />
                    <MessageTypeChip type={m.type} />
                    <OverdueFlag message={m} />
                    <span
                      style={{
                        fontWeight: m.readAt === null ? 600 : undefined,
                      }}
                    >
                      {links ? (
                        <Link to={links.message(m.id, agent)}>{m.subject}</Link>
                      ) : (
                        m.subject
                      )}
                    </span>
                  </Box>
                }
                secondary={`From ${
                  directory?.byKey.get(m.from)?.title ?? m.from
                } · ${formatDateTime(m.sentAt)}`}
              />
            </ListItem>
          ))}
        </List>
      )}
    </InfoCard>
  );
}

/**
 * On an Agent entity page (its overview or its Coordination tab): the
 * agent's unread count and its latest messages, linking to them on the
 * Messages tab; live through signals. Only the agent itself and the
 * context manager may read an inbox: anyone else sees the backend's answer.
 * @public
 */
export const EntityAgentMessagesCard = () => (
  <AgentEntityCard
    title={TITLE}
    what="inbox"
    unknownAgent="it has no inbox"
    unknownAgentTestId="entity-inbox-unknown-agent"
  >
    {(agent, name) => <Latest agent={agent.key} name={name} />}
  </AgentEntityCard>
);
