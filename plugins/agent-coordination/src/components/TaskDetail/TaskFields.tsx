import { useEffect, useState, type ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import type {
  CoordinationFramework,
  Priority,
  Task,
  UpdateTaskRequest,
} from '@agent-coordination/plugin-agent-coordination-common';
import {
  AgentName,
  ComponentLink,
  PRIORITIES,
  PriorityBadge,
  formatDateTime,
  type AgentDirectory,
} from '../TaskShared';

/** The fields a PATCH changes, as the form holds them (text, '' for none). */
interface Draft {
  title: string;
  description: string;
  kind: string;
  component: string;
  assignee: string;
  priority: string;
  estimate: string;
  dueDate: string;
  labels: string;
}

type Field = keyof Draft;

function draftOf(task: Task): Draft {
  return {
    title: task.title,
    description: task.description ?? '',
    kind: task.kind,
    component: task.component ?? '',
    assignee: task.assignee ?? '',
    priority: task.priority,
    estimate: task.estimate === null ? '' : String(task.estimate),
    dueDate: task.dueDate ?? '',
    labels: task.labels.join(' '),
  };
}

type Patch = Omit<UpdateTaskRequest, 'version'>;

/** Only what the user changed, and only fields they may change. */
export function patchOf(base: Task, draft: Draft, editable: string[]): Patch {
  const before = draftOf(base);
  const patch: Record<string, unknown> = {};
  for (const field of Object.keys(draft) as Field[]) {
    if (!editable.includes(field) || draft[field] === before[field]) continue;
    const text = draft[field];
    switch (field) {
      case 'title':
        patch.title = text.trim();
        break;
      case 'estimate':
        patch.estimate = text.trim() === '' ? null : Number(text);
        break;
      case 'labels':
        patch.labels = [...new Set(text.split(/[\s,]+/).filter(Boolean))];
        break;
      case 'kind':
      case 'priority':
        patch[field] = text;
        break;
      default:
        patch[field] = text.trim() === '' ? null : text;
    }
  }
  return patch as Patch;
}

export interface TaskFieldsProps {
  task: Task;
  framework: CoordinationFramework;
  directory?: AgentDirectory;
  /** The fields the backend says this user may change now. */
  editableFields: string[];
  busy: boolean;
  /** Changes after each save made here (a retry included), which closes the form. */
  saves: number;
  onSave(patch: Patch, base: Task): Promise<boolean>;
}

function Fact({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Grid item xs={6} sm={4}>
      <Typography variant="caption" color="textSecondary" component="div">
        {label}
      </Typography>
      <Typography variant="body2" component="div" data-testid={testId}>
        {children}
      </Typography>
    </Grid>
  );
}

/**
 * A task's fields; with "Edit", inputs for exactly the fields the backend
 * lists as editable for this user now (the rest stay as text). The form
 * keeps the task it started from, so saving sends that version: a change
 * made meanwhile elsewhere is a stale-version answer, not overwritten.
 */
export const TaskFields = ({
  task,
  framework,
  directory,
  editableFields,
  busy,
  saves,
  onSave,
}: TaskFieldsProps) => {
  const [editing, setEditing] = useState<{ base: Task; draft: Draft }>();
  useEffect(() => setEditing(undefined), [saves]);
  const may = (field: Field) => !!editing && editableFields.includes(field);
  const set = (field: Field) => (value: string) =>
    setEditing(e => e && { ...e, draft: { ...e.draft, [field]: value } });
  const draft = editing?.draft;

  const save = async () => {
    if (!editing) return;
    const patch = patchOf(editing.base, editing.draft, editableFields);
    if (Object.keys(patch).length === 0) {
      setEditing(undefined);
      return;
    }
    if (await onSave(patch, editing.base)) setEditing(undefined);
  };

  const text = (
    field: Field,
    label: string,
    props: Record<string, unknown> = {},
  ) => (
    <TextField
      label={label}
      value={draft![field]}
      onChange={e => set(field)(e.target.value)}
      variant="outlined"
      size="small"
      fullWidth
      {...props}
    />
  );

  const agents = directory?.agents ?? [];

  return (
    <div data-testid="task-fields">
      {may('title') && (
        <Box mb={2}>
          {text('title', 'Title', {
            id: `task-${task.id}-title`,
            inputProps: { maxLength: 200 },
          })}
        </Box>
      )}
      <Grid container spacing={2}>
        <Fact label="State" testId="task-state">
          {task.state}
        </Fact>
        <Fact label="Assignee" testId="task-assignee">
          {may('assignee') ? (
            <TextField
              select
              value={draft!.assignee}
              onChange={e => set('assignee')(e.target.value)}
              size="small"
              fullWidth
              SelectProps={{
                SelectDisplayProps: { 'aria-label': 'Assignee' } as any,
              }}
            >
              <MenuItem value="">Unassigned</MenuItem>
              {agents.map(a => (
                <MenuItem key={a.key} value={a.key}>
                  {a.title}
                </MenuItem>
              ))}
            </TextField>
          ) : (
            <AgentName
              agentKey={task.assignee}
              agent={
                task.assignee ? directory?.byKey.get(task.assignee) : undefined
              }
            />
          )}
        </Fact>
        <Fact label="Priority" testId="task-priority-field">
          {may('priority') ? (
            <TextField
              select
              value={draft!.priority}
              onChange={e => set('priority')(e.target.value as Priority)}
              size="small"
              fullWidth
              SelectProps={{
                SelectDisplayProps: { 'aria-label': 'Priority' } as any,
              }}
            >
              {PRIORITIES.map(p => (
                <MenuItem key={p} value={p}>
                  {p}
                </MenuItem>
              ))}
            </TextField>
          ) : (
            <PriorityBadge priority={task.priority} />
          )}
        </Fact>
        <Fact label="Kind of work" testId="task-kind-field">
          {may('kind') ? (
            <TextField
              select
              value={draft!.kind}
              onChange={e => set('kind')(e.target.value)}
              size="small"
              fullWidth
              SelectProps={{
                SelectDisplayProps: { 'aria-label': 'Kind of work' } as any,
              }}
            >
              {framework.workKinds.map(k => (
                <MenuItem key={k.id} value={k.id}>
                  {k.id}
                </MenuItem>
              ))}
            </TextField>
          ) : (
            task.kind
          )}
        </Fact>
        <Fact label="Component" testId="task-component-field">
          {may('component') &&
            text('component', '', {
              placeholder: 'component:default/vpc',
              inputProps: { 'aria-label': 'Component' },
            })}
          {!may('component') &&
            (task.component ? (
              <ComponentLink entityRef={task.component} />
            ) : (
              'none'
            ))}
        </Fact>
        <Fact label="Estimate (hours)" testId="task-estimate">
          {may('estimate')
            ? text('estimate', '', {
                type: 'number',
                inputProps: {
                  min: 0,
                  step: 0.5,
                  'aria-label': 'Estimate (hours)',
                },
              })
            : task.estimate ?? 'none'}
        </Fact>
        <Fact label="Due date" testId="task-due-date">
          {may('dueDate')
            ? text('dueDate', '', {
                type: 'date',
                inputProps: { 'aria-label': 'Due date' },
              })
            : task.dueDate ?? 'none'}
        </Fact>
        <Fact label="Labels" testId="task-labels-field">
          {may('labels')
            ? text('labels', '', {
                inputProps: { 'aria-label': 'Labels' },
                helperText: 'Separated by spaces or commas',
              })
            : task.labels.join(', ') || 'none'}
        </Fact>
        <Fact label="In this state since">
          {formatDateTime(task.stateEnteredAt)}
        </Fact>
        <Fact label="Created">
          {formatDateTime(task.createdAt)} by {task.createdBy}
        </Fact>
        <Fact label="Version">{task.version}</Fact>
      </Grid>
      <Box mt={2}>
        <Typography variant="caption" color="textSecondary" component="div">
          Description
        </Typography>
        {may('description') ? (
          text('description', '', {
            multiline: true,
            minRows: 3,
            inputProps: { 'aria-label': 'Description' },
          })
        ) : (
          <Typography
            variant="body2"
            style={{ whiteSpace: 'pre-wrap' }}
            data-testid="task-description"
          >
            {task.description || 'No description.'}
          </Typography>
        )}
      </Box>
      {editableFields.length > 0 && (
        <Box mt={2} display="flex" style={{ gap: 8 }}>
          {editing ? (
            <>
              <Button
                color="primary"
                variant="contained"
                onClick={save}
                disabled={busy}
              >
                Save
              </Button>
              <Button onClick={() => setEditing(undefined)} disabled={busy}>
                Cancel
              </Button>
            </>
          ) : (
            <Button
              variant="outlined"
              onClick={() => setEditing({ base: task, draft: draftOf(task) })}
            >
              Edit
            </Button>
          )}
        </Box>
      )}
    </div>
  );
};
