import { useEffect, useRef, useState } from 'react';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Grid from '@material-ui/core/Grid';
import IconButton from '@material-ui/core/IconButton';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import DeleteIcon from '@material-ui/icons/Delete';
import type {
  CoordinationFramework,
  Message,
  MessageArtifact,
  MessageDependency,
  SendMessageRequest,
} from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';
import { BackendErrorPanel } from '../BackendErrorPanel';
import { newIdempotencyKey, type AgentDirectory } from '../TaskShared';

/** What the dialog starts with: a reply names its correlation id and thread. */
export interface MessageDraft {
  to: string;
  type: string;
  priority: string;
  subject: string;
  content: string;
  artifacts: MessageArtifact[];
  dependencies: MessageDependency[];
  tags: string;
  correlationId?: string;
  threadId?: string;
}

/** @public */
export interface ComposeMessageDialogProps {
  open: boolean;
  onClose(): void;
  onSent(message: Message): void;
  framework: Pick<CoordinationFramework, 'agents' | 'messageSchema'>;
  directory?: AgentDirectory;
  /** The user's agent, the sender: it cannot message itself. */
  self: string;
  /** A reply's start: recipient, type, subject, correlation id, thread. */
  initial?: Partial<MessageDraft>;
  title?: string;
}

function emptyDraft(
  schema: CoordinationFramework['messageSchema'],
): MessageDraft {
  return {
    to: '',
    type: schema.types.includes('UPDATE') ? 'UPDATE' : schema.types[0],
    // The least urgent but one: P2 in the seed, the framework's usual.
    priority:
      schema.priorities[Math.max(0, schema.priorities.length - 2)] ??
      schema.priorities[0],
    subject: '',
    content: '',
    artifacts: [],
    dependencies: [],
    tags: '',
  };
}

/**
 * The request for a draft. A REQUEST's correlation id is its own, so one is
 * never sent with it; a RESPONSE keeps its REQUEST's (and joins its thread
 * by itself); empty optional fields are left to the backend.
 */
export function sendRequestOf(draft: MessageDraft): SendMessageRequest {
  const tags = [
    ...new Set(
      draft.tags
        .split(/[\s,]+/)
        .map(t => t.trim())
        .filter(Boolean),
    ),
  ];
  const body: SendMessageRequest = {
    to: draft.to,
    type: draft.type,
    priority: draft.priority,
    subject: draft.subject.trim(),
  };
  if (draft.content.trim()) body.content = draft.content;
  if (draft.artifacts.length) body.artifacts = draft.artifacts;
  if (draft.dependencies.length) body.dependencies = draft.dependencies;
  if (tags.length) body.tags = tags;
  if (draft.correlationId && draft.type !== 'REQUEST') {
    body.correlationId = draft.correlationId;
  }
  if (draft.threadId && draft.type !== 'RESPONSE') {
    body.threadId = draft.threadId;
  }
  return body;
}

const selectProps = (label: string) => ({
  SelectDisplayProps: { 'aria-label': label } as any,
});

/**
 * Compose a message (§3.2) as the user's agent: to one agent or to ALL, of
 * the framework's types and priorities, with markdown content, artifacts,
 * dependencies and tags. A refusal shows the backend's message and keeps
 * what was typed.
 * @public
 */
export const ComposeMessageDialog = ({
  open,
  onClose,
  onSent,
  framework,
  directory,
  self,
  initial,
  title = 'New message',
}: ComposeMessageDialogProps) => {
  const api = useApi(agentCoordinationApiRef);
  const alertApi = useApi(alertApiRef);
  const schema = framework.messageSchema;
  const [draft, setDraft] = useState<MessageDraft>(() => emptyDraft(schema));
  const [error, setError] = useState<unknown>();
  const [submitting, setSubmitting] = useState(false);
  const key = useRef(newIdempotencyKey());
  const inFlight = useRef(false);

  useEffect(() => {
    if (!open) return;
    key.current = newIdempotencyKey();
    setDraft({ ...emptyDraft(schema), ...initial });
    setError(undefined);
    // Only a new opening starts a new draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const set =
    <K extends keyof MessageDraft>(field: K) =>
    (value: MessageDraft[K]) =>
      setDraft(d => ({ ...d, [field]: value }));

  const nameOf = (agent: string) => directory?.byKey.get(agent)?.title ?? agent;
  const recipients = framework.agents.map(a => a.key).filter(a => a !== self);

  const submit = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSubmitting(true);
    setError(undefined);
    try {
      const message = await api.sendMessage(sendRequestOf(draft), {
        idempotencyKey: key.current,
      });
      alertApi.post({
        message: `Sent ${message.type} "${message.subject}"`,
        severity: 'success',
        display: 'transient',
      });
      onSent(message);
      onClose();
    } catch (e) {
      setError(e);
      // A refused request sent nothing, and the corrected one is a new
      // request: reusing the key would be refused as a different body. A
      // lost answer or a busy backend keeps the key, so a retry is safe.
      if (
        ResponseError.is(e) &&
        e.statusCode >= 400 &&
        e.statusCode < 500 &&
        e.statusCode !== 408
      ) {
        key.current = newIdempotencyKey();
      }
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  };

  const updateArtifact = (i: number, patch: Partial<MessageArtifact>) =>
    set('artifacts')(
      draft.artifacts.map((a, j) => (j === i ? { ...a, ...patch } : a)),
    );
  const updateDependency = (i: number, patch: Partial<MessageDependency>) =>
    set('dependencies')(
      draft.dependencies.map((d, j) => (j === i ? { ...d, ...patch } : d)),
    );

  const ready =
    draft.to && draft.type && draft.priority && draft.subject.trim();

  return (
    <Dialog
      open={open}
      onClose={submitting ? undefined : onClose}
      maxWidth="md"
      fullWidth
      aria-labelledby="compose-message-title"
    >
      <DialogTitle id="compose-message-title">{title}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="textSecondary" paragraph>
          From {nameOf(self)}.
          {draft.correlationId && draft.type === 'RESPONSE'
            ? ` Answers REQUEST ${draft.correlationId}.`
            : ''}
        </Typography>
        <Grid container spacing={2}>
          <Grid item xs={12} sm={4}>
            <TextField
              select
              label="To"
              required
              fullWidth
              variant="outlined"
              value={draft.to}
              onChange={e => set('to')(e.target.value)}
              SelectProps={selectProps('To')}
            >
              <MenuItem value={schema.broadcastRecipient}>
                {schema.broadcastRecipient} (every agent)
              </MenuItem>
              {recipients.map(agent => (
                <MenuItem key={agent} value={agent}>
                  {nameOf(agent)}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid item xs={6} sm={4}>
            <TextField
              select
              label="Type"
              required
              fullWidth
              variant="outlined"
              value={draft.type}
              onChange={e => set('type')(e.target.value)}
              SelectProps={selectProps('Type')}
            >
              {schema.types.map(type => (
                <MenuItem key={type} value={type}>
                  {type}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid item xs={6} sm={4}>
            <TextField
              select
              label="Priority"
              required
              fullWidth
              variant="outlined"
              value={draft.priority}
              onChange={e => set('priority')(e.target.value)}
              SelectProps={selectProps('Priority')}
            >
              {schema.priorities.map(priority => (
                <MenuItem key={priority} value={priority}>
                  {priority}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid item xs={12}>
            <TextField
              id="compose-message-subject"
              label="Subject"
              required
              fullWidth
              variant="outlined"
              inputProps={{ maxLength: 200 }}
              value={draft.subject}
              onChange={e => set('subject')(e.target.value)}
            />
          </Grid>
          <Grid item xs={12}>
            <TextField
              id="compose-message-content"
              label="Content (markdown)"
              fullWidth
              multiline
              minRows={5}
              variant="outlined"
              value={draft.content}
              onChange={e => set('content')(e.target.value)}
            />
          </Grid>
          <Grid item xs={12} data-testid="compose-artifacts">
            <Typography variant="subtitle2">Artifacts</Typography>
            {draft.artifacts.map((artifact, i) => (
              <Grid container spacing={1} key={i} alignItems="center">
                <Grid item xs={7}>
                  <TextField
                    id={`compose-message-artifact-${i}-path`}
                    label={`Artifact ${i + 1} path`}
                    fullWidth
                    margin="dense"
                    value={artifact.path}
                    onChange={e => updateArtifact(i, { path: e.target.value })}
                  />
                </Grid>
                <Grid item xs={4}>
                  <TextField
                    select
                    label={`Artifact ${i + 1} type`}
                    fullWidth
                    margin="dense"
                    value={artifact.type}
                    onChange={e => updateArtifact(i, { type: e.target.value })}
                    SelectProps={selectProps(`Artifact ${i + 1} type`)}
                  >
                    {schema.artifactTypes.map(type => (
                      <MenuItem key={type} value={type}>
                        {type}
                      </MenuItem>
                    ))}
                  </TextField>
                </Grid>
                <Grid item xs={1}>
                  <IconButton
                    aria-label={`Remove artifact ${i + 1}`}
                    onClick={() =>
                      set('artifacts')(
                        draft.artifacts.filter((_, j) => j !== i),
                      )
                    }
                  >
                    <DeleteIcon />
                  </IconButton>
                </Grid>
              </Grid>
            ))}
            <Button
              size="small"
              onClick={() =>
                set('artifacts')([
                  ...draft.artifacts,
                  { path: '', type: schema.artifactTypes[0] ?? '' },
                ])
              }
            >
              Add artifact
            </Button>
          </Grid>
          <Grid item xs={12} data-testid="compose-dependencies">
            <Typography variant="subtitle2">Dependencies</Typography>
            {draft.dependencies.map((dependency, i) => (
              <Grid container spacing={1} key={i} alignItems="center">
                <Grid item xs={4}>
                  <TextField
                    select
                    label={`Dependency ${i + 1} agent`}
                    fullWidth
                    margin="dense"
                    value={dependency.agent}
                    onChange={e =>
                      updateDependency(i, { agent: e.target.value })
                    }
                    SelectProps={selectProps(`Dependency ${i + 1} agent`)}
                  >
                    {framework.agents.map(a => (
                      <MenuItem key={a.key} value={a.key}>
                        {nameOf(a.key)}
                      </MenuItem>
                    ))}
                  </TextField>
                </Grid>
                <Grid item xs={4}>
                  <TextField
                    id={`compose-message-dependency-${i}-artifact`}
                    label={`Dependency ${i + 1} artifact`}
                    fullWidth
                    margin="dense"
                    value={dependency.artifact}
                    onChange={e =>
                      updateDependency(i, { artifact: e.target.value })
                    }
                  />
                </Grid>
                <Grid item xs={3}>
                  <TextField
                    select
                    label={`Dependency ${i + 1} status`}
                    fullWidth
                    margin="dense"
                    value={dependency.status}
                    onChange={e =>
                      updateDependency(i, { status: e.target.value })
                    }
                    SelectProps={selectProps(`Dependency ${i + 1} status`)}
                  >
                    {schema.dependencyStatuses.map(status => (
                      <MenuItem key={status} value={status}>
                        {status}
                      </MenuItem>
                    ))}
                  </TextField>
                </Grid>
                <Grid item xs={1}>
                  <IconButton
                    aria-label={`Remove dependency ${i + 1}`}
                    onClick={() =>
                      set('dependencies')(
                        draft.dependencies.filter((_, j) => j !== i),
                      )
                    }
                  >
                    <DeleteIcon />
                  </IconButton>
                </Grid>
              </Grid>
            ))}
            <Button
              size="small"
              onClick={() =>
                set('dependencies')([
                  ...draft.dependencies,
                  {
                    agent: framework.agents[0]?.key ?? '',
                    artifact: '',
                    status: schema.dependencyStatuses[0] ?? '',
                  },
                ])
              }
            >
              Add dependency
            </Button>
          </Grid>
          <Grid item xs={12}>
            <TextField
              id="compose-message-tags"
              label="Tags"
              fullWidth
              variant="outlined"
              helperText="Separated by commas or spaces"
              value={draft.tags}
              onChange={e => set('tags')(e.target.value)}
            />
          </Grid>
        </Grid>
        {error !== undefined && (
          <BackendErrorPanel error={error} title="Could not send the message" />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={submitting}>
          Cancel
        </Button>
        <Button
          color="primary"
          variant="contained"
          onClick={submit}
          disabled={!ready || submitting}
        >
          {submitting ? 'Sending…' : 'Send'}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
