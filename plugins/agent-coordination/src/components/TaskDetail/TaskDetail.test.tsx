import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import type {
  AllowedTransitions,
  Task,
} from '@agent-coordination/plugin-agent-coordination-common';
import { backendError } from '../../__testUtils__/backendError';
import { mockAgentCoordinationApi } from '../../__testUtils__/framework';
import { renderWithApis } from '../../__testUtils__/taskApis';
import {
  allowedTransitions,
  exampleTask,
  fakeSignals,
  refusal,
  staleVersion,
  taskEvent,
} from '../../__testUtils__/tasks';
import { TaskDetail } from './TaskDetail';
import { TaskDetailPage } from './TaskDetailPage';

// No timer between keystrokes: the same events, far fewer ticks per test.
const user = userEvent.setup({ delay: null });

const TASKS_CHANNEL = 'agent-coordination:tasks';
const UUID = /^[0-9a-f-]{36}$/;

function section(name: string) {
  return within(screen.getByRole('region', { name }));
}

interface Setup {
  task: Task;
  allowed?: Omit<Partial<AllowedTransitions>, 'actions'> & {
    actions?: Partial<AllowedTransitions['actions']>;
  };
  others?: Task[];
  overrides?: Parameters<typeof mockAgentCoordinationApi>[0];
}

async function renderDetail({
  task,
  allowed = {},
  others = [],
  overrides = {},
}: Setup) {
  let current = task;
  const byId = new Map(others.map(t => [t.id, t]));
  const api = mockAgentCoordinationApi({
    getTask: jest.fn(async (id: string) =>
      id === task.id ? current : byId.get(id)!,
    ),
    getTaskTransitions: jest.fn(async () =>
      allowedTransitions(current, allowed),
    ),
    getTaskEvents: jest.fn(async () => ({ items: [], nextCursor: null })),
    ...overrides,
  });
  const signals = fakeSignals();
  const onChange = jest.fn();
  await renderWithApis(<TaskDetail taskId={task.id} onChange={onChange} />, {
    api,
    signals,
  });
  await screen.findByTestId('task-detail');
  return {
    api,
    signals,
    onChange,
    setCurrent: (t: Task) => {
      current = t;
    },
  };
}

describe('TaskDetail', () => {
  describe('fields', () => {
    it("shows the task's fields, and makes only the backend's editable fields editable", async () => {
      const task = exampleTask({
        title: 'Peer the VPCs',
        description: 'Between prod and shared',
        assignee: 'network_engineer',
        component: 'component:default/vpc',
        kind: 'network_setup',
        priority: 'P1',
        estimate: 6,
        dueDate: '2030-06-01',
        labels: ['vpc'],
        state: 'COMPLETED',
        version: 7,
      });
      const { api, onChange } = await renderDetail({
        task,
        allowed: {
          actions: { edit: true, editableFields: ['description', 'labels'] },
        },
        overrides: {
          updateTask: jest.fn(async (_id, body) => ({
            task: { ...task, ...body, version: 8 } as Task,
            warnings: [],
          })),
        },
      });

      const fields = within(screen.getByTestId('task-fields'));
      expect(fields.getByTestId('task-state')).toHaveTextContent('COMPLETED');
      expect(
        fields.getByRole('link', { name: 'Network Engineer' }),
      ).toHaveAttribute('href', '/catalog/default/agent/network-engineer');
      expect(fields.getByRole('link', { name: 'vpc' })).toBeInTheDocument();
      expect(fields.getByTestId('task-estimate')).toHaveTextContent('6');
      expect(fields.getByTestId('task-due-date')).toHaveTextContent(
        '2030-06-01',
      );
      expect(fields.getByTestId('task-description')).toHaveTextContent(
        'Between prod and shared',
      );

      await user.click(
        await fields.findByRole('button', { name: 'Edit' }),
      );
      expect(fields.getByLabelText('Description')).toHaveValue(
        'Between prod and shared',
      );
      expect(fields.getByLabelText('Labels')).toHaveValue('vpc');
      for (const frozen of [
        'Title',
        'Component',
        'Estimate (hours)',
        'Due date',
      ]) {
        expect(fields.queryByLabelText(frozen)).toBeNull();
      }
      expect(fields.queryByRole('button', { name: 'Assignee' })).toBeNull();
      expect(fields.queryByRole('button', { name: 'Priority' })).toBeNull();

      await user.clear(fields.getByLabelText('Labels'));
      await user.type(fields.getByLabelText('Labels'), 'vpc postmortem');
      await user.click(fields.getByRole('button', { name: 'Save' }));

      await waitFor(() =>
        expect(api.updateTask).toHaveBeenCalledWith(task.id, {
          version: 7,
          labels: ['vpc', 'postmortem'],
        }),
      );
      await waitFor(() =>
        expect(fields.queryByRole('button', { name: 'Save' })).toBeNull(),
      );
      expect(onChange).toHaveBeenCalledWith(
        expect.objectContaining({ version: 8 }),
        'fields',
      );
    });

    it('offers every field, the assignee included, when the backend says so', async () => {
      const task = exampleTask({ title: 'Old title' });
      const { api } = await renderDetail({
        task,
        allowed: {
          actions: {
            edit: true,
            reassign: true,
            editableFields: [
              'title',
              'description',
              'kind',
              'component',
              'assignee',
              'priority',
              'estimate',
              'dueDate',
              'labels',
            ],
          },
        },
        overrides: {
          updateTask: jest.fn(async (_id, body) => ({
            task: { ...task, ...body, version: 2 } as Task,
            warnings: [],
          })),
        },
      });
      const fields = within(screen.getByTestId('task-fields'));
      await user.click(
        await fields.findByRole('button', { name: 'Edit' }),
      );
      await user.clear(fields.getByLabelText('Title'));
      await user.type(fields.getByLabelText('Title'), 'New title');
      await user.click(fields.getByRole('button', { name: 'Assignee' }));
      await user.click(
        await screen.findByRole('option', { name: 'Kubernetes Specialist' }),
      );
      await user.click(fields.getByRole('button', { name: 'Priority' }));
      await user.click(await screen.findByRole('option', { name: 'P0' }));
      await user.type(fields.getByLabelText('Estimate (hours)'), '3');
      await user.click(fields.getByRole('button', { name: 'Save' }));

      await waitFor(() =>
        expect(api.updateTask).toHaveBeenCalledWith(task.id, {
          version: 1,
          title: 'New title',
          assignee: 'kubernetes_specialist',
          priority: 'P0',
          estimate: 3,
        }),
      );
    });

    it('offers no editing when the backend lists no editable field', async () => {
      await renderDetail({ task: exampleTask() });
      await waitFor(() =>
        expect(screen.queryByTestId('no-transitions')).toBeInTheDocument(),
      );
      expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    });
  });

  describe('transitions', () => {
    it('offers exactly the transitions the backend allows, each by its trigger, with a reason', async () => {
      const task = exampleTask({
        state: 'IN_PROGRESS',
        assignee: 'network_engineer',
        version: 3,
      });
      const moved = { ...task, state: 'REVIEW', version: 4 };
      const { api, onChange, setCurrent } = await renderDetail({
        task,
        allowed: {
          agent: 'network_engineer',
          roles: ['assignee'],
          transitions: [
            { to: 'REVIEW', trigger: 'Work complete' },
            { to: 'FAILED', trigger: 'Unrecoverable error' },
          ],
        },
        overrides: {
          transitionTask: jest.fn(async () => {
            setCurrent(moved);
            return { task: moved, warnings: [] };
          }),
        },
      });

      const move = section('Move');
      const buttons = await move.findAllByRole('button');
      expect(buttons.map(b => b.textContent)).toEqual([
        'Work complete → REVIEW',
        'Unrecoverable error → FAILED',
      ]);

      await user.type(move.getByLabelText('Reason'), 'All subnets peered');
      await user.click(
        move.getByRole('button', { name: 'Work complete → REVIEW' }),
      );

      await waitFor(() =>
        expect(api.transitionTask).toHaveBeenCalledWith(
          task.id,
          { to: 'REVIEW', version: 3, reason: 'All subnets peered' },
          { idempotencyKey: expect.stringMatching(UUID) },
        ),
      );
      await waitFor(() =>
        expect(screen.getByTestId('task-state')).toHaveTextContent('REVIEW'),
      );
      expect(onChange).toHaveBeenCalledWith(moved, 'state');
      // What may be done next, and the history, are asked again.
      await waitFor(() =>
        expect(api.getTaskTransitions).toHaveBeenCalledTimes(2),
      );
      expect(api.getTaskEvents).toHaveBeenCalledTimes(2);
      expect(move.getByLabelText('Reason')).toHaveValue('');
    });

    it('offers "request changes" to a reviewer only as the backend offers it', async () => {
      const task = exampleTask({ state: 'REVIEW' });
      await renderDetail({
        task,
        allowed: {
          roles: ['reviewer'],
          transitions: [
            { to: 'COMPLETED', trigger: 'Approved' },
            { to: 'IN_PROGRESS', trigger: 'Changes requested' },
          ],
        },
      });
      expect(
        await section('Move').findByRole('button', {
          name: 'Changes requested → IN_PROGRESS',
        }),
      ).toBeInTheDocument();
      expect(
        section('Move').queryByRole('button', { name: /FAILED/ }),
      ).toBeNull();
    });

    it('says a read-only user may only read', async () => {
      await renderDetail({
        task: exampleTask(),
        allowed: { agent: null, roles: [] },
      });
      expect(await screen.findByTestId('no-transitions')).toHaveTextContent(
        'You act as no framework agent, so you may only read this task.',
      );
    });

    it("shows the backend's refusal in its words", async () => {
      const task = exampleTask({ state: 'BLOCKED' });
      const refused = await refusal(
        409,
        'Conflict',
        'still_blocked',
        `Task ${task.id} cannot move from BLOCKED to IN_PROGRESS: it is still blocked by 1 unfinished blocking dependency`,
      );
      await renderDetail({
        task,
        allowed: {
          transitions: [{ to: 'IN_PROGRESS', trigger: 'Dependency resolved' }],
        },
        overrides: {
          transitionTask: jest.fn(async () => {
            throw refused;
          }),
        },
      });
      await user.click(
        await section('Move').findByRole('button', {
          name: 'Dependency resolved → IN_PROGRESS',
        }),
      );
      const panel = await screen.findByTestId('backend-error');
      expect(panel).toHaveTextContent('Could not move the task');
      expect(panel).toHaveTextContent(
        'it is still blocked by 1 unfinished blocking dependency',
      );
      expect(panel).toHaveTextContent('409 Conflict');
    });
  });

  describe('a stale version', () => {
    it('shows what changed and retries the move on the current task', async () => {
      const seen = exampleTask({
        state: 'ASSIGNED',
        priority: 'P2',
        version: 2,
      });
      const current: Task = {
        ...seen,
        state: 'IN_PROGRESS',
        priority: 'P0',
        version: 4,
      };
      const failed = { ...current, state: 'FAILED', version: 5 };
      let calls = 0;
      const { api, setCurrent } = await renderDetail({
        task: seen,
        allowed: {
          transitions: [{ to: 'FAILED', trigger: 'Unrecoverable error' }],
        },
        overrides: {
          transitionTask: jest.fn(async (_id, body) => {
            calls += 1;
            if (calls === 1) {
              setCurrent(current);
              throw await staleVersion(current, body.version);
            }
            return { task: failed, warnings: [] };
          }),
        },
      });

      await user.click(
        await section('Move').findByRole('button', {
          name: 'Unrecoverable error → FAILED',
        }),
      );

      const notice = await screen.findByTestId('stale-version');
      expect(notice).toHaveTextContent('the task changed since you read it');
      expect(notice).toHaveTextContent('is at version 4, not 2');
      expect(notice).toHaveTextContent('Version 2 → 4');
      const changes = within(
        within(notice).getByTestId('stale-version-changes'),
      )
        .getAllByRole('listitem')
        .map(li => li.textContent);
      expect(changes).toEqual([
        'State: ASSIGNED → IN_PROGRESS',
        'Priority: P2 → P0',
      ]);
      // The detail shows the task as it is now.
      expect(screen.getByTestId('task-state')).toHaveTextContent('IN_PROGRESS');

      await user.click(
        await within(notice).findByRole('button', {
          name: 'Retry on the current task',
        }),
      );
      await waitFor(() => expect(api.transitionTask).toHaveBeenCalledTimes(2));
      expect((api.transitionTask as jest.Mock).mock.calls[1][1]).toEqual({
        to: 'FAILED',
        version: 4,
        reason: undefined,
      });
      await waitFor(() =>
        expect(screen.queryByTestId('stale-version')).toBeNull(),
      );
      expect(screen.getByTestId('task-state')).toHaveTextContent('FAILED');
    });

    it('offers no retry of a move the current task no longer allows', async () => {
      const seen = exampleTask({ state: 'IN_PROGRESS', version: 3 });
      const current = { ...seen, state: 'REVIEW', version: 4 };
      let now = seen;
      await renderDetail({
        task: seen,
        overrides: {
          getTask: jest.fn(async () => now),
          getTaskTransitions: jest.fn(async () =>
            allowedTransitions(now, {
              transitions:
                now.state === 'IN_PROGRESS'
                  ? [{ to: 'REVIEW', trigger: 'Work complete' }]
                  : [],
            }),
          ),
          transitionTask: jest.fn(async () => {
            now = current;
            throw await staleVersion(current, 3);
          }),
        },
      });
      await user.click(
        await section('Move').findByRole('button', {
          name: 'Work complete → REVIEW',
        }),
      );
      const notice = await screen.findByTestId('stale-version');
      await waitFor(() =>
        expect(notice).toHaveTextContent(
          'This is no longer offered to you on the task as it is now.',
        ),
      );
      expect(
        within(notice).queryByRole('button', {
          name: 'Retry on the current task',
        }),
      ).toBeNull();
      await user.click(
        within(notice).getByRole('button', { name: 'Dismiss' }),
      );
      expect(screen.queryByTestId('stale-version')).toBeNull();
    });

    it('shows what changed under an edit and saves the same change on the current version', async () => {
      const seen = exampleTask({
        title: 'Old',
        description: 'Mine',
        version: 1,
      });
      const current = { ...seen, title: 'Renamed elsewhere', version: 2 };
      let calls = 0;
      const { api, setCurrent } = await renderDetail({
        task: seen,
        allowed: {
          actions: { edit: true, editableFields: ['title', 'description'] },
        },
        overrides: {
          updateTask: jest.fn(async (_id, body) => {
            calls += 1;
            if (calls === 1) {
              setCurrent(current);
              throw await staleVersion(current, body.version);
            }
            return {
              task: { ...current, ...body, version: 3 } as Task,
              warnings: [],
            };
          }),
        },
      });
      const fields = within(screen.getByTestId('task-fields'));
      await user.click(
        await fields.findByRole('button', { name: 'Edit' }),
      );
      await user.clear(fields.getByLabelText('Description'));
      await user.type(fields.getByLabelText('Description'), 'Reworded');
      await user.click(fields.getByRole('button', { name: 'Save' }));

      const notice = await screen.findByTestId('stale-version');
      expect(
        within(notice).getByTestId('stale-version-changes'),
      ).toHaveTextContent('Title: Old → Renamed elsewhere');
      await user.click(
        await within(notice).findByRole('button', {
          name: 'Retry on the current task',
        }),
      );
      await waitFor(() => expect(api.updateTask).toHaveBeenCalledTimes(2));
      expect((api.updateTask as jest.Mock).mock.calls).toEqual([
        [seen.id, { version: 1, description: 'Reworded' }],
        [seen.id, { version: 2, description: 'Reworded' }],
      ]);
      await waitFor(() =>
        expect(fields.queryByRole('button', { name: 'Save' })).toBeNull(),
      );
      expect(screen.getByTestId('task-detail-title')).toHaveTextContent(
        'Renamed elsewhere',
      );
    });
  });

  describe('dependencies', () => {
    const blocker = exampleTask({
      title: 'Approve the firewall rules',
      state: 'IN_PROGRESS',
    });
    const other = exampleTask({ title: 'Write the runbook' });
    const dependencyOn = (t: Task) => ({
      taskId: t.id,
      blocking: true,
      source: 'rule' as const,
      timeout: '4h',
      deadlineAt: '2030-01-01T10:00:00.000Z',
      createdAt: '2025-01-01T06:00:00.000Z',
    });

    it('lists them, and removes one', async () => {
      const task = exampleTask({
        state: 'BLOCKED',
        version: 5,
        dependencies: [dependencyOn(blocker)],
        blockedBy: [blocker.id],
        heldBy: [
          { type: 'conflict', id: 'c0ffee00-0000-4000-8000-000000000009' },
        ],
      });
      const { api } = await renderDetail({
        task,
        others: [blocker],
        allowed: { actions: { removeDependency: true } },
        overrides: {
          removeTaskDependency: jest.fn(async () => ({
            task: {
              ...task,
              version: 6,
              dependencies: [],
              blockedBy: [],
              state: 'IN_PROGRESS',
            },
            warnings: [],
          })),
        },
      });

      const deps = section('Dependencies');
      const row = await deps.findByTestId(`dependency-${blocker.id}`);
      await waitFor(() =>
        expect(
          within(row).getByRole('link', { name: 'Approve the firewall rules' }),
        ).toHaveAttribute('href', `/agent-coordination/tasks/${blocker.id}`),
      );
      expect(row).toHaveTextContent(
        "IN_PROGRESS · blocking · by the framework's rules · waited for; due by",
      );
      expect(
        deps.getByRole('link', { name: 'Open conflict c0ffee00' }),
      ).toHaveAttribute(
        'href',
        '/agent-coordination/conflicts/c0ffee00-0000-4000-8000-000000000009',
      );

      await user.click(
        deps.getByRole('button', {
          name: 'Remove dependency on Approve the firewall rules',
        }),
      );
      await waitFor(() =>
        expect(api.removeTaskDependency).toHaveBeenCalledWith(
          task.id,
          blocker.id,
          5,
        ),
      );
      await waitFor(() =>
        expect(deps.queryByTestId(`dependency-${blocker.id}`)).toBeNull(),
      );
    });

    it('adds one found by a search over the tasks', async () => {
      const task = exampleTask({ version: 2 });
      const { api } = await renderDetail({
        task,
        others: [other],
        allowed: { actions: { addDependency: true } },
        overrides: {
          listTasks: jest.fn(async () => ({
            items: [task, other],
            nextCursor: null,
          })),
          addTaskDependency: jest.fn(async (_id, body) => ({
            task: {
              ...task,
              version: 3,
              dependencies: [
                {
                  ...dependencyOn(other),
                  blocking: false,
                  source: 'explicit' as const,
                },
              ],
            },
            warnings: [
              {
                taskId: body.taskId,
                message:
                  'Write the runbook is not finished: work may go on, with care',
              },
            ],
          })),
        },
      });
      const deps = section('Dependencies');
      await user.click(
        deps.getByRole('button', { name: 'How the new dependency blocks' }),
      );
      await user.click(
        await screen.findByRole('option', { name: 'Non-blocking' }),
      );
      await user.type(deps.getByLabelText(/Add a dependency/), 'runbook');
      // The task itself is never offered.
      await screen.findByTestId(`task-option-${other.id}`);
      expect(screen.queryByTestId(`task-option-${task.id}`)).toBeNull();
      expect(api.listTasks).toHaveBeenCalledWith({
        text: 'runbook',
        limit: 20,
      });
      await user.click(screen.getByTestId(`task-option-${other.id}`));

      await waitFor(() =>
        expect(api.addTaskDependency).toHaveBeenCalledWith(
          task.id,
          { taskId: other.id, blocking: false, version: 2 },
          { idempotencyKey: expect.stringMatching(UUID) },
        ),
      );
      expect(
        await deps.findByTestId(`dependency-${other.id}`),
      ).toHaveTextContent('non-blocking · set explicitly');
      expect(
        screen.getByText(
          'Write the runbook is not finished: work may go on, with care',
        ),
      ).toBeInTheDocument();
    });

    it("shows the cycle a refused dependency would close, in the backend's words", async () => {
      const task = exampleTask({ title: 'A' });
      const message = `Task ${task.id} cannot depend on ${other.id}: that would create a dependency cycle ${task.id} "A" -> ${other.id} "Write the runbook" -> ${task.id} "A"`;
      const cycle = await refusal(409, 'Conflict', 'dependency_cycle', message);
      await renderDetail({
        task,
        others: [other],
        allowed: { actions: { addDependency: true } },
        overrides: {
          listTasks: jest.fn(async () => ({
            items: [other],
            nextCursor: null,
          })),
          addTaskDependency: jest.fn(async () => {
            throw cycle;
          }),
        },
      });
      await user.type(
        section('Dependencies').getByLabelText(/Add a dependency/),
        'runbook',
      );
      await user.click(
        await screen.findByTestId(`task-option-${other.id}`),
      );

      const panel = await screen.findByTestId('backend-error');
      expect(panel).toHaveTextContent('Could not add the dependency');
      expect(
        within(panel).getByTestId('backend-error-message'),
      ).toHaveTextContent(message);
    });

    it('offers neither adding nor removing unless the backend allows it', async () => {
      const task = exampleTask({
        dependencies: [dependencyOn(blocker)],
        blockedBy: [blocker.id],
      });
      await renderDetail({ task, others: [blocker] });
      const deps = section('Dependencies');
      await deps.findByTestId(`dependency-${blocker.id}`);
      expect(
        deps.queryByRole('button', { name: /Remove dependency/ }),
      ).toBeNull();
      expect(deps.queryByLabelText(/Add a dependency/)).toBeNull();
    });
  });

  it('shows its history newest first: who, what, why', async () => {
    const task = exampleTask({ title: 'History', state: 'IN_PROGRESS' });
    const snapshot = (s: Partial<Task>) => ({ ...task, ...s });
    const created = taskEvent({
      type: 'task.created',
      after: snapshot({ state: 'CREATED' }),
      createdAt: '2025-01-01T09:00:00Z',
    });
    const assigned = taskEvent({
      type: 'task.transitioned',
      before: snapshot({ state: 'CREATED' }),
      after: snapshot({ state: 'ASSIGNED' }),
      reason: 'Network work',
      createdAt: '2025-01-01T10:00:00Z',
    });
    const blocked = taskEvent({
      type: 'task.blocked',
      actor: 'system:agent-coordination',
      actorAgent: null,
      before: snapshot({ state: 'IN_PROGRESS' }),
      after: snapshot({ state: 'BLOCKED' }),
      createdAt: '2025-01-01T11:00:00Z',
    });
    const edited = taskEvent({
      type: 'task.updated',
      actorAgent: 'network_engineer',
      actor: 'cli-agent',
      before: snapshot({ priority: 'P2' }),
      after: snapshot({ priority: 'P0' }),
      createdAt: '2025-01-01T12:00:00Z',
    });
    const getTaskEvents = jest.fn(async (_id: string, cursor?: string) =>
      cursor
        ? { items: [blocked, edited], nextCursor: null }
        : { items: [created, assigned], nextCursor: 'page-2' },
    );
    await renderDetail({ task, overrides: { getTaskEvents } });

    const events = await section('History').findAllByTestId('task-event');
    expect(
      events.map(e => within(e).getByTestId('task-event-what').textContent),
    ).toEqual([
      'Changed Priority (P2 → P0)',
      'Blocked: IN_PROGRESS → BLOCKED',
      'Moved CREATED → ASSIGNED',
      'Created in CREATED',
    ]);
    expect(events[0]).toHaveTextContent('Network Engineer (cli-agent)');
    expect(events[1]).toHaveTextContent('The system');
    expect(events[2]).toHaveTextContent(
      'Context Manager (user:development/guest)',
    );
    expect(within(events[2]).getByTestId('task-event-why')).toHaveTextContent(
      'Network work',
    );
    expect(getTaskEvents).toHaveBeenCalledWith(task.id, 'page-2');
  });

  describe('errors and loading', () => {
    it("shows the backend's message for a task it cannot read", async () => {
      const error = await backendError(
        404,
        'Not Found',
        'NotFoundError',
        "No task with id 'nope'",
      );
      const api = mockAgentCoordinationApi({
        getTask: jest.fn(async () => {
          throw error;
        }),
        getTaskTransitions: jest.fn(async () => {
          throw error;
        }),
        getTaskEvents: jest.fn(async () => {
          throw error;
        }),
      });
      await renderWithApis(<TaskDetail taskId="nope" />, { api });
      const panel = await screen.findByTestId('backend-error');
      expect(panel).toHaveTextContent('Could not load the task');
      expect(panel).toHaveTextContent("No task with id 'nope'");
      expect(panel).toHaveTextContent('404 Not Found · NotFoundError');
    });

    it("shows the backend's messages for what it may do and for the history", async () => {
      const denied = await backendError(
        403,
        'Forbidden',
        'NotAllowedError',
        'You may not read the events of this task',
      );
      await renderDetail({
        task: exampleTask(),
        overrides: {
          getTaskTransitions: jest.fn(async () => {
            throw await backendError(
              503,
              'Service Unavailable',
              'ServiceUnavailableError',
              'Try again',
            );
          }),
          getTaskEvents: jest.fn(async () => {
            throw denied;
          }),
        },
      });
      expect(
        await section('Move').findByTestId('backend-error'),
      ).toHaveTextContent('Try again');
      expect(
        await section('History').findByTestId('backend-error'),
      ).toHaveTextContent('You may not read the events of this task');
    });

    it('shows progress while the task loads', async () => {
      const api = mockAgentCoordinationApi({
        getTask: jest.fn(() => new Promise<never>(() => {})),
        getTaskTransitions: jest.fn(() => new Promise<never>(() => {})),
        getTaskEvents: jest.fn(() => new Promise<never>(() => {})),
      });
      await renderWithApis(<TaskDetail taskId="slow" />, { api });
      expect(screen.getByTestId('progress')).toBeInTheDocument();
      expect(screen.queryByTestId('task-detail')).toBeNull();
    });
  });

  describe('live', () => {
    it('refetches when its signal says it changed elsewhere', async () => {
      const task = exampleTask({ state: 'ASSIGNED', version: 2 });
      const { api, signals, setCurrent } = await renderDetail({ task });
      await waitFor(() =>
        expect(api.getTaskTransitions).toHaveBeenCalledTimes(1),
      );

      setCurrent({ ...task, state: 'IN_PROGRESS', version: 3 });
      act(() =>
        signals.publish(TASKS_CHANNEL, {
          type: 'task.transitioned',
          taskId: task.id,
          state: 'IN_PROGRESS',
          version: 3,
        }),
      );
      await waitFor(() =>
        expect(screen.getByTestId('task-state')).toHaveTextContent(
          'IN_PROGRESS',
        ),
      );
      expect(api.getTaskTransitions).toHaveBeenCalledTimes(2);
      expect(api.getTaskEvents).toHaveBeenCalledTimes(2);
    });

    it('refetches when one of its dependencies changed', async () => {
      const blocker = exampleTask({ title: 'Blocker', state: 'REVIEW' });
      const task = exampleTask({
        state: 'BLOCKED',
        dependencies: [
          {
            taskId: blocker.id,
            blocking: true,
            source: 'rule',
            timeout: '4h',
            deadlineAt: '2030-01-01T10:00:00.000Z',
            createdAt: '2025-01-01T06:00:00.000Z',
          },
        ],
        blockedBy: [blocker.id],
      });
      const { api, signals } = await renderDetail({ task, others: [blocker] });
      await waitFor(() => expect(api.getTask).toHaveBeenCalledWith(blocker.id));
      const reads = (api.getTask as jest.Mock).mock.calls.length;

      act(() =>
        signals.publish(TASKS_CHANNEL, {
          type: 'task.transitioned',
          taskId: blocker.id,
          state: 'COMPLETED',
          version: 9,
        }),
      );
      await waitFor(() =>
        expect((api.getTask as jest.Mock).mock.calls.length).toBe(reads + 2),
      );
      expect(api.getTaskTransitions).toHaveBeenCalledTimes(2);

      // Unrelated tasks' signals are ignored.
      act(() =>
        signals.publish(TASKS_CHANNEL, {
          type: 'task.transitioned',
          taskId: 'someone-else',
          state: 'COMPLETED',
          version: 2,
        }),
      );
      await new Promise(r => setTimeout(r, 300));
      expect((api.getTask as jest.Mock).mock.calls.length).toBe(reads + 2);
    });
  });
});

describe('TaskDetailPage', () => {
  it('shows the task named in the route, and links back to the board', async () => {
    const task = exampleTask({ title: 'On its own page' });
    const api = mockAgentCoordinationApi({
      getTask: jest.fn(async () => task),
      getTaskTransitions: jest.fn(async () => allowedTransitions(task)),
      getTaskEvents: jest.fn(async () => ({ items: [], nextCursor: null })),
    });
    await renderWithApis(
      <Routes>
        <Route
          path="/agent-coordination/tasks/:id"
          element={<TaskDetailPage />}
        />
      </Routes>,
      { api, route: `/agent-coordination/tasks/${task.id}` },
    );
    expect(await screen.findByTestId('task-detail-title')).toHaveTextContent(
      'On its own page',
    );
    expect(api.getTask).toHaveBeenCalledWith(task.id);
    expect(
      screen.getByRole('link', { name: '← The task board' }),
    ).toHaveAttribute('href', '/agent-coordination/tasks');
  });
});
