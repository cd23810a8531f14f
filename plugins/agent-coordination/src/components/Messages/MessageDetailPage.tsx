import { useEffect, useMemo, useRef, useState } from 'react';
import {
  InfoCard,
  Link,
  MarkdownContent,
  Progress,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Divider from '@material-ui/core/Divider';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import { useParams, useSearchParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import type {
  CoordinationFramework,
  Message,
} from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';
import { BackendErrorPanel } from '../BackendErrorPanel';
import {
  formatDateTime,
  useAgentDirectory,
  useWhoami,
  type AgentDirectory,
} from '../TaskShared';
import {
  ComposeMessageDialog,
  type MessageDraft,
} from './ComposeMessageDialog';
import { recipientName } from './InboxTable';
import {
  MessagePriorityChip,
  MessageTypeChip,
  OverdueFlag,
} from './MessageChips';
import { useMessageLinks } from './useMessageLinks';
import { useMessageSignals } from './useMessageSignals';

const useStyles = makeStyles(theme => ({
  header: { '& > *': { marginRight: theme.spacing(1) } },
  current: { borderLeft: `4px solid ${theme.palette.primary.main}` },
  threadItem: {
    padding: theme.spacing(1, 2),
    marginBottom: theme.spacing(1),
    borderRadius: 4,
    background: theme.palette.background.default,
  },
}));

/** Whether `agent` is among a message's recipients: its `to`, or everyone but the sender for ALL. */
function isRecipient(
  message: Message,
  agent: string | undefined,
  broadcastRecipient: string,
): boolean {
  if (!agent) return false;
  return message.to === broadcastRecipient
    ? message.from !== agent
    : message.to === agent;
}

/**
 * The reply to a message: to its sender, in its thread. A RESPONSE answers
 * a REQUEST through its correlation id (the backend sends it to the
 * request's sender and keeps it in the request's thread); anything else is
 * an UPDATE that names the message it relates to.
 */
export function replyDraft(
  message: Message,
  schema: CoordinationFramework['messageSchema'],
): Partial<MessageDraft> {
  const subject = /^re:/i.test(message.subject)
    ? message.subject
    : `Re: ${message.subject}`;
  const answers =
    message.type === 'REQUEST' && schema.types.includes('RESPONSE');
  return {
    to: message.from,
    type: answers ? 'RESPONSE' : 'UPDATE',
    priority: message.priority,
    subject: subject.slice(0, 200),
    correlationId: message.id,
    threadId: answers ? undefined : message.threadId,
  };
}

const MessageBody = ({
  message,
  framework,
  directory,
}: {
  message: Message;
  framework: CoordinationFramework;
  directory?: AgentDirectory;
}) => {
  const name = (agent: string) => directory?.byKey.get(agent)?.title ?? agent;
  const schema = framework.messageSchema;
  return (
    <>
      <Typography variant="body2" color="textSecondary" gutterBottom>
        From <strong>{name(message.from)}</strong> to{' '}
        <strong>
          {recipientName(message.to, schema.broadcastRecipient, directory)}
        </strong>{' '}
        · {formatDateTime(message.sentAt)}
        {message.type === 'REQUEST' && message.responseDueAt && (
          <>
            {' '}
            · {message.answeredAt ? 'answered ' : 'a RESPONSE is due by '}
            {formatDateTime(message.answeredAt ?? message.responseDueAt)}
          </>
        )}
      </Typography>
      <Box my={2} data-testid="message-content">
        {message.content ? (
          <MarkdownContent content={message.content} />
        ) : (
          <Typography variant="body2" color="textSecondary">
            No content.
          </Typography>
        )}
      </Box>
      {message.artifacts.length > 0 && (
        <Box mb={2} data-testid="message-artifacts">
          <Typography variant="subtitle2">Artifacts</Typography>
          <ul>
            {message.artifacts.map(a => (
              <li key={`${a.type}:${a.path}`}>
                <code>{a.path}</code> ({a.type})
              </li>
            ))}
          </ul>
        </Box>
      )}
      {message.dependencies.length > 0 && (
        <Box mb={2} data-testid="message-dependencies">
          <Typography variant="subtitle2">Dependencies</Typography>
          <ul>
            {message.dependencies.map(d => (
              <li key={`${d.agent}:${d.artifact}`}>
                {name(d.agent)}: <code>{d.artifact}</code> ({d.status})
              </li>
            ))}
          </ul>
        </Box>
      )}
      {message.tags.length > 0 && (
        <Box mb={1} data-testid="message-tags">
          {message.tags.map(t => (
            <Chip key={t} size="small" label={t} style={{ marginRight: 4 }} />
          ))}
        </Box>
      )}
    </>
  );
};

/**
 * One message (`messages/:id`, where the backend's notifications link):
 * opened by a recipient it is marked read for the user's agent; its body as
 * markdown, its artifacts and dependencies, its thread, and a reply.
 * @public
 */
export const MessageDetailPage = () => {
  const classes = useStyles();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const inboxAgent = params.get('agent') ?? undefined;
  const api = useApi(agentCoordinationApiRef);
  const links = useMessageLinks();
  const { framework, directory, error: frameworkError } = useAgentDirectory();
  const { whoami, loading: whoamiLoading } = useWhoami();
  const self = whoami?.agent?.key;

  const message = useAsyncRetry(() => api.getMessage(id), [api, id]);
  const threadId = message.value?.threadId;
  const thread = useAsyncRetry(
    async () =>
      threadId
        ? (await api.listMessages({ thread: threadId, limit: 200 })).items
        : undefined,
    [api, threadId],
  );

  // Opening it marks it read for the user's agent, when that is a recipient
  // (read state is per recipient agent: the context manager reading another
  // agent's inbox leaves it unread there). Once per message and page.
  const [readError, setReadError] = useState<unknown>();
  const marked = useRef<string>();
  const value = message.value;
  const broadcast = framework?.messageSchema.broadcastRecipient;
  const recipient =
    value && broadcast !== undefined
      ? isRecipient(value, self, broadcast)
      : false;
  useEffect(() => {
    if (!value || !recipient || value.readAt !== null) return;
    if (marked.current === value.id) return;
    marked.current = value.id;
    api.markMessageRead(value.id).then(
      () => setReadError(undefined),
      e => setReadError(e),
    );
  }, [api, value, recipient]);

  useMessageSignals(
    () => {
      message.retry();
      thread.retry();
    },
    signal =>
      signal.messageId === id ||
      (threadId !== undefined && signal.threadId === threadId),
  );

  const [replying, setReplying] = useState(false);

  const ordered = useMemo(
    () =>
      [...(thread.value ?? [])].sort((a, b) =>
        a.sentAt === b.sentAt
          ? a.id.localeCompare(b.id)
          : a.sentAt.localeCompare(b.sentAt),
      ),
    [thread.value],
  );

  const back = links && (
    <Box mb={2}>
      <Link to={links.inbox(inboxAgent)} data-testid="message-back">
        ← Back to{' '}
        {inboxAgent
          ? `${directory?.byKey.get(inboxAgent)?.title ?? inboxAgent}'s inbox`
          : 'the inbox'}
      </Link>
    </Box>
  );

  if (message.error) {
    return (
      <>
        {back}
        <BackendErrorPanel
          error={message.error}
          title="Could not load the message"
        />
      </>
    );
  }
  if (frameworkError) {
    return (
      <BackendErrorPanel
        error={frameworkError}
        title="Could not load the framework"
      />
    );
  }
  if (!value || !framework || whoamiLoading) return <Progress />;
  const schema = framework.messageSchema;
  const mayReply = recipient && value.from !== self;

  return (
    <div data-testid="message-detail">
      {back}
      <Grid container spacing={3}>
        <Grid item xs={12} md={8}>
          <InfoCard
            title={value.subject}
            action={
              mayReply ? (
                <Button
                  variant="outlined"
                  color="primary"
                  onClick={() => setReplying(true)}
                  data-testid="message-reply"
                >
                  {value.type === 'REQUEST' ? 'Respond' : 'Reply'}
                </Button>
              ) : undefined
            }
          >
            <Box className={classes.header} mb={1}>
              <MessagePriorityChip
                priority={value.priority}
                priorities={schema.priorities}
              />
              <MessageTypeChip type={value.type} />
              <OverdueFlag message={value} />
              {value.type === 'REQUEST' && value.answeredBy && (
                <Chip
                  size="small"
                  label="answered"
                  color="primary"
                  variant="outlined"
                  data-testid="message-answered"
                />
              )}
            </Box>
            <MessageBody
              message={value}
              framework={framework}
              directory={directory}
            />
            {readError !== undefined && (
              <BackendErrorPanel
                error={readError}
                title="Could not mark the message read"
              />
            )}
            {!recipient && (
              <Alert severity="info" data-testid="message-not-recipient">
                {self
                  ? `You act as ${
                      directory?.byKey.get(self)?.title ?? self
                    }, not a recipient: it stays as its recipients left it (read state is kept per recipient agent).`
                  : 'You act as no framework agent: you may read this message, not mark it read or answer it.'}
              </Alert>
            )}
          </InfoCard>
        </Grid>
        <Grid item xs={12} md={4}>
          <InfoCard
            title="Thread"
            subheader={
              ordered.length === 1
                ? '1 message'
                : `${ordered.length} messages, oldest first`
            }
          >
            {thread.error ? (
              <BackendErrorPanel
                error={thread.error}
                title="Could not load the thread"
              />
            ) : (
              <div data-testid="message-thread">
                {!thread.value && <Progress />}
                {ordered.map(m => (
                  <div
                    key={m.id}
                    className={`${classes.threadItem} ${
                      m.id === value.id ? classes.current : ''
                    }`}
                    data-testid={`thread-item-${m.id}`}
                  >
                    <Typography
                      variant="caption"
                      color="textSecondary"
                      component="div"
                    >
                      {m.type} · {directory?.byKey.get(m.from)?.title ?? m.from}{' '}
                      · {formatDateTime(m.sentAt)}
                    </Typography>
                    {m.id === value.id || !links ? (
                      <Typography variant="body2">{m.subject}</Typography>
                    ) : (
                      <Link to={links.message(m.id, inboxAgent)}>
                        {m.subject}
                      </Link>
                    )}
                  </div>
                ))}
              </div>
            )}
            <Divider />
            <Typography variant="caption" color="textSecondary">
              Thread <code>{value.threadId}</code>
              {value.correlationId && value.correlationId !== value.id
                ? ` · relates to ${value.correlationId}`
                : ''}
            </Typography>
          </InfoCard>
        </Grid>
      </Grid>
      {self && mayReply && (
        <ComposeMessageDialog
          open={replying}
          onClose={() => setReplying(false)}
          onSent={() => {
            message.retry();
            thread.retry();
          }}
          framework={framework}
          directory={directory}
          self={self}
          initial={replyDraft(value, schema)}
          title={value.type === 'REQUEST' ? 'Respond to the REQUEST' : 'Reply'}
        />
      )}
    </div>
  );
};
