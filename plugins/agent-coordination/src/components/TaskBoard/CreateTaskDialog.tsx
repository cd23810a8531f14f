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
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemSecondaryAction from '@material-ui/core/ListItemSecondaryAction';
import ListItemText from '@material-ui/core/ListItemText';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import DeleteIcon from '@material-ui/icons/Delete';
import type {
  CoordinationFramework,
  CreateTaskRequest,
  Priority,
  Task,
  TaskChange,
} from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';
import { BackendErrorPanel } from '../BackendErrorPanel';
import {
  DEFAULT_PRIORITY,
  PRIORITIES,
  TaskSearchField,
  newIdempotencyKey,
  type AgentDirectory,
} from '../TaskShared';

type Blocking = 'rule' | 'blocking' | 'non-blocking';

interface DraftDependency {
  task: Task;
  blocking: Blocking;
}

interface Draft {
  title: string;
  description: string;
  kind: string;
  component: string;
  assignee: string;
  priority: Priority;
  estimate: string;
  dueDate: string;
  labels: string;
  dependencies: DraftDependency[];
}

const EMPTY: Draft = {
  title: '',
  description: '',
  kind: '',
  component: '',
  assignee: '',
  priority: DEFAULT_PRIORITY,
  estimate: '',
  dueDate: '',
  labels: '',
  dependencies: [],
};

/** Labels as typed: separated by spaces or commas, each once. */
export function parseLabels(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter(Boolean))];
}

/** The request a draft makes; empty optional fields are left out, for the backend's defaults. */
export function requestOf(draft: Draft): CreateTaskRequest {
  const body: CreateTaskRequest = {
    title: draft.title.trim(),
    kind: draft.kind,
    priority: draft.priority,
  };
  if (draft.description.trim()) body.description = draft.description;
  if (draft.component.trim()) body.component = draft.component.trim();
  if (draft.assignee) body.assignee = draft.assignee;
  if (draft.estimate.trim()) body.estimate = Number(draft.estimate);
  if (draft.dueDate) body.dueDate = draft.dueDate;
  const labels = parseLabels(draft.labels);
  if (labels.length) body.labels = labels;
  if (draft.dependencies.length) {
    body.dependencies = draft.dependencies.map(d =>
      d.blocking === 'rule'
        ? { taskId: d.task.id }
        : { taskId: d.task.id, blocking: d.blocking === 'blocking' },
    );
  }
  return body;
}

export interface CreateTaskDialogProps {
  open: boolean;
  onClose(): void;
  onCreated(change: TaskChange): void;
  framework: CoordinationFramework;
  directory?: AgentDirectory;
  /** Fields to start from, e.g. the board's agent and component filters. */
  initial?: Partial<Pick<Draft, 'assignee' | 'component' | 'kind'>>;
}

/**
 * Creates a task with every field the API takes, choosing kinds and agents
 * from the framework. One Idempotency-Key per opening: a double click, or a
 * retry after a lost answer, creates one task.
 */
export const CreateTaskDialog = ({
  open,
  onClose,
  onCreated,
  framework,
  directory,
  initial,
}: CreateTaskDialogProps) => {
  const api = useApi(agentCoordinationApiRef);
  const alertApi = useApi(alertApiRef);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [error, setError] = useState<unknown>();
  const [submitting, setSubmitting] = useState(false);
  const key = useRef<string>('');
  const inFlight = useRef(false);

  useEffect(() => {
    if (!open) return;
    key.current = newIdempotencyKey();
    const start = Object.fromEntries(
      Object.entries(initial ?? {}).filter(([, v]) => v),
    );
    setDraft({ ...EMPTY, ...start });
    setError(undefined);
    // Only a new opening starts a new draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const set =
    <K extends keyof Draft>(field: K) =>
    (value: Draft[K]) =>
      setDraft(d => ({ ...d, [field]: value }));

  const submit = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSubmitting(true);
    setError(undefined);
    try {
      const change = await api.createTask(requestOf(draft), {
        idempotencyKey: key.current,
      });
      alertApi.post({
        message: `Created task "${change.task.title}"`,
        severity: 'success',
        display: 'transient',
      });
      for (const warning of change.warnings) {
        alertApi.post({ message: warning.message, severity: 'warning' });
      }
      onCreated(change);
      onClose();
    } catch (e) {
      setError(e);
      // A refused request created nothing, and the corrected one is a new
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

  const agents = directory?.agents ?? [];
  const valid = draft.title.trim() !== '' && draft.kind !== '';

  return (
    <Dialog
      open={open}
      onClose={submitting ? undefined : onClose}
      fullWidth
      maxWidth="md"
      aria-labelledby="create-task-dialog-title"
    >
      <DialogTitle id="create-task-dialog-title">New task</DialogTitle>
      <DialogContent dividers>
        <Grid container spacing={2}>
          <Grid item xs={12}>
            <TextField
              id="create-task-title"
              label="Title"
              required
              fullWidth
              variant="outlined"
              value={draft.title}
              onChange={e => set('title')(e.target.value)}
              inputProps={{ maxLength: 200 }}
            />
          </Grid>
          <Grid item xs={12}>
            <TextField
              id="create-task-description"
              label="Description"
              fullWidth
              multiline
              minRows={3}
              variant="outlined"
              value={draft.description}
              onChange={e => set('description')(e.target.value)}
            />
          </Grid>
          <Grid item xs={12} sm={6}>
            <TextField
              select
              label="Kind of work"
              required
              fullWidth
              variant="outlined"
              value={draft.kind}
              onChange={e => set('kind')(e.target.value)}
              SelectProps={{
                SelectDisplayProps: { 'aria-label': 'Kind of work' } as any,
              }}
              helperText={
                framework.workKinds.find(k => k.id === draft.kind)
                  ?.description ?? ' '
              }
            >
              {framework.workKinds.map(k => (
                <MenuItem key={k.id} value={k.id}>
                  {k.id}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid item xs={12} sm={6}>
            <TextField
              select
              label="Assignee"
              fullWidth
              variant="outlined"
              value={draft.assignee}
              onChange={e => set('assignee')(e.target.value)}
              SelectProps={{
                SelectDisplayProps: { 'aria-label': 'Assignee' } as any,
              }}
              helperText=" "
            >
              <MenuItem value="">Unassigned</MenuItem>
              {(agents.length
                ? agents
                : framework.agents.map(a => ({ key: a.key, title: a.key }))
              ).map(a => (
                <MenuItem key={a.key} value={a.key}>
                  {a.title}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid item xs={12} sm={6}>
            <TextField
              id="create-task-component"
              label="Component"
              fullWidth
              variant="outlined"
              placeholder="component:default/vpc"
              helperText="A catalog entity ref; a bare name is a Component"
              value={draft.component}
              onChange={e => set('component')(e.target.value)}
            />
          </Grid>
          <Grid item xs={12} sm={6}>
            <TextField
              select
              label="Priority"
              fullWidth
              variant="outlined"
              value={draft.priority}
              onChange={e => set('priority')(e.target.value as Priority)}
              SelectProps={{
                SelectDisplayProps: { 'aria-label': 'Priority' } as any,
              }}
              helperText="P0 is the most urgent"
            >
              {PRIORITIES.map(p => (
                <MenuItem key={p} value={p}>
                  {p}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid item xs={12} sm={4}>
            <TextField
              id="create-task-estimate"
              label="Estimate (hours)"
              type="number"
              fullWidth
              variant="outlined"
              inputProps={{ min: 0, step: 0.5 }}
              value={draft.estimate}
              onChange={e => set('estimate')(e.target.value)}
            />
          </Grid>
          <Grid item xs={12} sm={4}>
            <TextField
              id="create-task-due-date"
              label="Due date"
              type="date"
              fullWidth
              variant="outlined"
              InputLabelProps={{ shrink: true }}
              value={draft.dueDate}
              onChange={e => set('dueDate')(e.target.value)}
            />
          </Grid>
          <Grid item xs={12} sm={4}>
            <TextField
              id="create-task-labels"
              label="Labels"
              fullWidth
              variant="outlined"
              helperText="Separated by spaces or commas"
              value={draft.labels}
              onChange={e => set('labels')(e.target.value)}
            />
          </Grid>
          <Grid item xs={12}>
            <Typography variant="subtitle2" gutterBottom>
              Dependencies
            </Typography>
            <TaskSearchField
              label="Depends on (search by title)"
              exclude={draft.dependencies.map(d => d.task.id)}
              onSelect={task =>
                set('dependencies')([
                  ...draft.dependencies,
                  { task, blocking: 'rule' },
                ])
              }
            />
            <List dense data-testid="create-task-dependencies">
              {draft.dependencies.map((d, i) => (
                <ListItem key={d.task.id}>
                  <ListItemText
                    primary={d.task.title}
                    secondary={`${d.task.state} · ${d.task.kind}`}
                  />
                  <ListItemSecondaryAction>
                    <TextField
                      select
                      size="small"
                      value={d.blocking}
                      onChange={e => {
                        const next = [...draft.dependencies];
                        next[i] = {
                          ...d,
                          blocking: e.target.value as Blocking,
                        };
                        set('dependencies')(next);
                      }}
                      SelectProps={{
                        SelectDisplayProps: {
                          'aria-label': `How ${d.task.title} blocks`,
                        } as any,
                      }}
                    >
                      <MenuItem value="rule">By the framework's rules</MenuItem>
                      <MenuItem value="blocking">Blocking</MenuItem>
                      <MenuItem value="non-blocking">Non-blocking</MenuItem>
                    </TextField>
                    <IconButton
                      aria-label={`Remove dependency on ${d.task.title}`}
                      onClick={() =>
                        set('dependencies')(
                          draft.dependencies.filter(x => x !== d),
                        )
                      }
                    >
                      <DeleteIcon fontSize="small" />
                    </IconButton>
                  </ListItemSecondaryAction>
                </ListItem>
              ))}
            </List>
          </Grid>
          {error !== undefined && (
            <Grid item xs={12}>
              <BackendErrorPanel
                error={error}
                title="Could not create the task"
              />
            </Grid>
          )}
        </Grid>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={submitting}>
          Cancel
        </Button>
        <Button
          color="primary"
          variant="contained"
          onClick={submit}
          disabled={!valid || submitting}
        >
          {submitting ? 'Creating…' : 'Create task'}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
