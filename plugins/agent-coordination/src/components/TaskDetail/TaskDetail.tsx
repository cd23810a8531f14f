import { useCallback, useRef, useState, type ReactNode } from 'react';
import { Link, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import type {
  Task,
  TaskChange,
  TaskWarning,
  UpdateTaskRequest,
} from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';
import { BackendErrorPanel } from '../BackendErrorPanel';
import {
  newIdempotencyKey,
  staleTaskOf,
  useAgentDirectory,
  useTaskLinks,
} from '../TaskShared';
import { StaleVersionNotice } from './StaleVersionNotice';
import { TaskDependencies } from './TaskDependencies';
import { TaskFields } from './TaskFields';
import { TaskTimeline } from './TaskTimeline';
import { TaskTransitions } from './TaskTransitions';
import { useTaskDetail } from './useTaskDetail';

/** What a change touched: a board re-filters on fields, not on a move. @public */
export type TaskChangeKind = 'fields' | 'state' | 'dependencies';

type Attempt =
  | { kind: 'update'; label: string; patch: Omit<UpdateTaskRequest, 'version'> }
  | { kind: 'transition'; label: string; to: string; reason?: string }
  | { kind: 'addDependency'; label: string; taskId: string; blocking?: boolean }
  | { kind: 'removeDependency'; label: string; dependsOnId: string };

const CHANGE_KIND: Record<Attempt['kind'], TaskChangeKind> = {
  update: 'fields',
  transition: 'state',
  addDependency: 'dependencies',
  removeDependency: 'dependencies',
};

const FAILURE_TITLE: Record<Attempt['kind'], string> = {
  update: 'Could not save the changes',
  transition: 'Could not move the task',
  addDependency: 'Could not add the dependency',
  removeDependency: 'Could not remove the dependency',
};

/** @public */
export interface TaskDetailProps {
  taskId: string;
  /** Called with the task after each change made here. */
  onChange?(task: Task, kind: TaskChangeKind): void;
  /** Opens another task (a dependency) in place; without it, links navigate. */
  onOpenTask?(id: string): void;
  /** Shows a link to the task's own page (in a drawer). */
  showPageLink?: boolean;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" mt={3} aria-label={title}>
      <Typography variant="h6" gutterBottom>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/**
 * One task: its fields (editable where the backend says so), the moves the
 * backend offers this user now, its dependencies and its history. Every
 * change sends the version the user saw; a stale one shows what changed and
 * offers the same change again on the task as it is now.
 * @public
 */
export const TaskDetail = ({
  taskId,
  onChange,
  onOpenTask,
  showPageLink,
}: TaskDetailProps) => {
  const api = useApi(agentCoordinationApiRef);
  const links = useTaskLinks();
  const { framework, directory, error: frameworkError } = useAgentDirectory();
  const detail = useTaskDetail(taskId);
  const { accept, refresh } = detail;
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const [failure, setFailure] = useState<{ title: string; error: unknown }>();
  const [stale, setStale] = useState<{
    attempt: Attempt;
    seen: Task;
    current: Task;
    error: unknown;
  }>();
  const [warnings, setWarnings] = useState<TaskWarning[]>([]);
  const [saves, setSaves] = useState(0);
  const [moves, setMoves] = useState(0);

  const perform = useCallback(
    (attempt: Attempt, version: number): Promise<TaskChange> => {
      switch (attempt.kind) {
        case 'update':
          return api.updateTask(taskId, { ...attempt.patch, version });
        case 'transition':
          return api.transitionTask(
            taskId,
            { to: attempt.to, version, reason: attempt.reason },
            { idempotencyKey: newIdempotencyKey() },
          );
        case 'addDependency':
          return api.addTaskDependency(
            taskId,
            { taskId: attempt.taskId, blocking: attempt.blocking, version },
            { idempotencyKey: newIdempotencyKey() },
          );
        default:
          return api.removeTaskDependency(taskId, attempt.dependsOnId, version);
      }
    },
    [api, taskId],
  );

  const run = useCallback(
    async (attempt: Attempt, seen: Task): Promise<boolean> => {
      if (inFlight.current) return false;
      inFlight.current = true;
      setBusy(true);
      setFailure(undefined);
      setStale(undefined);
      setWarnings([]);
      try {
        const change = await perform(attempt, seen.version);
        accept(change.task);
        refresh(['allowed', 'events']);
        setWarnings(change.warnings);
        if (attempt.kind === 'update') setSaves(n => n + 1);
        if (attempt.kind === 'transition') setMoves(n => n + 1);
        onChange?.(change.task, CHANGE_KIND[attempt.kind]);
        return true;
      } catch (error) {
        const current = staleTaskOf(error);
        if (current) {
          accept(current);
          refresh(['allowed', 'events']);
          setStale({ attempt, seen, current, error });
          onChange?.(current, 'fields');
        } else {
          setFailure({ title: FAILURE_TITLE[attempt.kind], error });
        }
        return false;
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
    [perform, accept, refresh, onChange],
  );

  const task = detail.task.value;
  const allowed = detail.allowed.value;

  if (frameworkError) {
    return (
      <BackendErrorPanel
        error={frameworkError}
        title="Could not load the framework"
      />
    );
  }
  if (detail.task.error !== undefined) {
    return (
      <BackendErrorPanel
        error={detail.task.error}
        title="Could not load the task"
      />
    );
  }
  if (!task || !framework) return <Progress />;

  // Whether the refused change is still offered on the task as it is now,
  // by the backend's latest answer for that version.
  let canRetry = false;
  if (stale && allowed && allowed.version === task.version) {
    const a = stale.attempt;
    if (a.kind === 'transition') {
      canRetry = allowed.transitions.some(t => t.to === a.to);
    } else if (a.kind === 'update') {
      canRetry = Object.keys(a.patch).every(f =>
        allowed.actions.editableFields.includes(f),
      );
    } else if (a.kind === 'addDependency') {
      canRetry = allowed.actions.addDependency;
    } else {
      canRetry =
        allowed.actions.removeDependency &&
        task.dependencies.some(d => d.taskId === a.dependsOnId);
    }
  }

  return (
    <div data-testid="task-detail">
      <Typography variant="h5" component="h2" data-testid="task-detail-title">
        {task.title}
      </Typography>
      <Typography variant="caption" color="textSecondary" component="p">
        Task {task.id} · {task.state}
        {showPageLink && (
          <>
            {' · '}
            <Link to={links.task(task.id)}>Open as a page</Link>
          </>
        )}
      </Typography>

      {stale && (
        <Box mt={2}>
          <StaleVersionNotice
            attempt={stale.attempt.label}
            seen={stale.seen}
            current={stale.current}
            error={stale.error}
            canRetry={canRetry}
            busy={busy}
            onRetry={() => run(stale.attempt, task)}
            onDismiss={() => setStale(undefined)}
          />
        </Box>
      )}
      {failure && (
        <Box mt={2}>
          <BackendErrorPanel error={failure.error} title={failure.title} />
        </Box>
      )}
      {warnings.length > 0 && (
        <Box mt={2}>
          <Alert severity="info" onClose={() => setWarnings([])}>
            {warnings.map(w => (
              <div key={w.taskId}>{w.message}</div>
            ))}
          </Alert>
        </Box>
      )}

      <Section title="Move">
        {detail.allowed.error !== undefined ? (
          <BackendErrorPanel
            error={detail.allowed.error}
            title="Could not ask what you may do with this task"
          />
        ) : (
          allowed && (
            <TaskTransitions
              allowed={allowed}
              busy={busy}
              moves={moves}
              onTransition={(to, trigger, reason) =>
                run(
                  {
                    kind: 'transition',
                    label: `${trigger} → ${to}`,
                    to,
                    reason,
                  },
                  task,
                )
              }
            />
          )
        )}
        {!allowed && detail.allowed.error === undefined && <Progress />}
      </Section>

      <Divider style={{ marginTop: 24 }} />
      <Section title="Details">
        <TaskFields
          task={task}
          framework={framework}
          directory={directory}
          editableFields={allowed?.actions.editableFields ?? []}
          busy={busy}
          saves={saves}
          onSave={(patch, base) =>
            run({ kind: 'update', label: 'Save the changes', patch }, base)
          }
        />
      </Section>

      <Section title="Dependencies">
        <TaskDependencies
          task={task}
          allowed={allowed}
          links={links}
          busy={busy}
          refreshKey={detail.dependenciesChanged}
          onOpenTask={onOpenTask}
          onAdd={(other, blocking) =>
            run(
              {
                kind: 'addDependency',
                label: `Depend on "${other.title}"`,
                taskId: other.id,
                blocking,
              },
              task,
            )
          }
          onRemove={id =>
            run(
              {
                kind: 'removeDependency',
                label: `Remove the dependency on ${id.slice(0, 8)}`,
                dependsOnId: id,
              },
              task,
            )
          }
        />
      </Section>

      <Section title="History">
        {detail.events.error !== undefined && (
          <BackendErrorPanel
            error={detail.events.error}
            title="Could not load the task's history"
          />
        )}
        {detail.events.error === undefined && !detail.events.value && (
          <Progress />
        )}
        {detail.events.value && (
          <TaskTimeline events={detail.events.value} directory={directory} />
        )}
      </Section>
    </div>
  );
};
