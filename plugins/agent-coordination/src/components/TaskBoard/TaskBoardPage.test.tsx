import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Task } from '@agent-coordination/plugin-agent-coordination-common';
import { backendError } from '../../__testUtils__/backendError';
import { mockAgentCoordinationApi } from '../../__testUtils__/framework';
import {
  exampleTask,
  fakeSignals,
  frameworkWithRenamedStates,
  taskId,
} from '../../__testUtils__/tasks';
import {
  WHOAMI_NETWORK,
  WHOAMI_READ_ONLY,
  currentUrl,
  listing,
  renderWithApis,
} from '../../__testUtils__/taskApis';
import { TaskBoardPage } from './TaskBoardPage';

// No timer between keystrokes: the same events, far fewer ticks per test.
const user = userEvent.setup({ delay: null });

const TASKS_CHANNEL = 'agent-coordination:tasks';

function columnNames(): string[] {
  return screen
    .getAllByTestId(/^task-column-(?!count)/)
    .map(c => c.getAttribute('data-testid')!.replace('task-column-', ''));
}

function column(name: string) {
  return within(screen.getByTestId(`task-column-${name}`));
}

function card(id: string) {
  return within(screen.getByTestId(`task-card-${id}`));
}

async function renderBoard(
  options: Parameters<typeof renderWithApis>[1] & { tasks?: Task[] } = {},
) {
  const api =
    options.api ??
    mockAgentCoordinationApi({
      listTasks: listing(options.tasks ?? []),
      getWhoami: jest.fn(async () => WHOAMI_READ_ONLY),
    });
  const rendered = await renderWithApis(<TaskBoardPage />, { ...options, api });
  return rendered;
}

describe('TaskBoardPage', () => {
  it("draws one column per lifecycle state of the framework, under the framework's names", async () => {
    const todo = exampleTask({ state: 'TODO', title: 'Plan the subnets' });
    const doing = exampleTask({ state: 'DOING', title: 'Cut the VPC' });
    const done = exampleTask({ state: 'DONE', title: 'Buy the domain' });
    await renderBoard({
      api: mockAgentCoordinationApi({
        getFramework: jest.fn(async () => frameworkWithRenamedStates()),
        listTasks: listing([todo, doing, done]),
        getWhoami: jest.fn(async () => WHOAMI_READ_ONLY),
      }),
    });

    await screen.findByTestId('task-board');
    expect(columnNames()).toEqual([
      'TODO',
      'PICKED',
      'DOING',
      'WAITING',
      'CHECKING',
      'DONE',
      'ABANDONED',
    ]);
    expect(column('TODO').getByText('Plan the subnets')).toBeInTheDocument();
    expect(column('DOING').getByText('Cut the VPC')).toBeInTheDocument();
    expect(column('DONE').getByText('Buy the domain')).toBeInTheDocument();
    expect(column('TODO').getByTestId('task-column-count')).toHaveTextContent(
      '1',
    );
    expect(column('PICKED').getByTestId('task-column-count')).toHaveTextContent(
      '0',
    );
    expect(screen.queryByTestId('task-column-CREATED')).toBeNull();
  });

  it("shows a card's title, assignee, priority, kind, component, blockers, dates and time in state", async () => {
    const blocker = exampleTask({
      title: 'Approve the firewall rules',
      state: 'IN_PROGRESS',
    });
    const conflictId = 'c0ffee00-0000-4000-8000-000000000001';
    const deadline = '2030-05-02T10:00:00.000Z';
    const task = exampleTask({
      title: 'Peer the VPCs',
      state: 'BLOCKED',
      assignee: 'network_engineer',
      priority: 'P1',
      kind: 'network_setup',
      component: 'component:default/vpc',
      dueDate: '2030-06-01',
      labels: ['vpc', 'q3'],
      stateEnteredAt: new Date(
        Date.now() - 2 * 24 * 3600_000 - 60_000,
      ).toISOString(),
      dependencies: [
        {
          taskId: blocker.id,
          blocking: true,
          source: 'rule',
          timeout: '8h',
          deadlineAt: deadline,
          createdAt: '2025-01-01T09:00:00.000Z',
        },
      ],
      blockedBy: [blocker.id],
      heldBy: [{ type: 'conflict', id: conflictId }],
    });
    await renderBoard({ tasks: [blocker, task] });

    await screen.findByTestId(`task-card-${task.id}`);
    const c = card(task.id);
    expect(c.getByRole('link', { name: 'Peer the VPCs' })).toHaveAttribute(
      'href',
      `/agent-coordination/tasks/${task.id}`,
    );
    expect(c.getByRole('link', { name: 'Network Engineer' })).toHaveAttribute(
      'href',
      '/catalog/default/agent/network-engineer',
    );
    expect(c.getByTestId('task-priority')).toHaveTextContent('P1');
    expect(c.getByTestId('task-kind')).toHaveTextContent('network_setup');
    expect(c.getByRole('link', { name: 'vpc' })).toHaveAttribute(
      'href',
      '/catalog/default/component/vpc',
    );
    const blockers = within(c.getByTestId('task-blockers'));
    expect(
      blockers.getByRole('link', { name: 'Approve the firewall rules' }),
    ).toHaveAttribute('href', `/agent-coordination/tasks/${blocker.id}`);
    expect(
      blockers.getByRole('link', { name: /conflict c0ffee00/ }),
    ).toHaveAttribute('href', `/agent-coordination/conflicts/${conflictId}`);
    expect(c.getByTestId('task-dates')).toHaveTextContent('Due 2030-06-01');
    expect(c.getByTestId('task-dates')).toHaveTextContent(
      /Dependency due .*2030/,
    );
    expect(c.getByTestId('task-time-in-state')).toHaveTextContent('2d');
    expect(c.getByTestId('task-labels')).toHaveTextContent('#vpc #q3');
    // An assignee without an Agent entity is named, not linked.
    expect(card(blocker.id).getByTestId('task-assignee')).toHaveTextContent(
      'Unassigned',
    );
  });

  it('names an assignee the catalog has no entity for, and flags an overdue due date', async () => {
    const task = exampleTask({
      assignee: 'cicd_engineer',
      dueDate: '2020-01-01',
    });
    await renderBoard({ tasks: [task] });

    await screen.findByTestId(`task-card-${task.id}`);
    expect(card(task.id).getByTestId('task-assignee')).toHaveTextContent(
      'CI/CD Engineer',
    );
    expect(
      card(task.id).queryByRole('link', { name: 'CI/CD Engineer' }),
    ).toBeNull();
    expect(card(task.id).getByTestId('task-dates')).toHaveTextContent(
      'Due 2020-01-01 (overdue)',
    );
  });

  it('sends the filters in the URL to the server, and puts new ones in the URL', async () => {
    const api = mockAgentCoordinationApi({
      listTasks: listing([exampleTask()]),
      getWhoami: jest.fn(async () => WHOAMI_READ_ONLY),
    });
    await renderBoard({
      api,
      route:
        '/agent-coordination/tasks?assignee=network_engineer&tier=2&component=component:default/vpc&priority=P1&label=vpc&kind=network_setup&text=subnet',
    });

    await screen.findByTestId('task-board');
    expect(api.listTasks).toHaveBeenCalledWith({
      assignee: 'network_engineer',
      tier: 2,
      component: 'component:default/vpc',
      priority: 'P1',
      label: 'vpc',
      kind: 'network_setup',
      text: 'subnet',
      cursor: undefined,
      limit: 200,
    });
    expect(
      screen.getByRole('button', { name: 'Filter by agent' }),
    ).toHaveTextContent('Network Engineer');
    expect(screen.getByLabelText('Filter by text')).toHaveValue('subnet');

    await user.click(
      screen.getByRole('button', { name: 'Filter by priority' }),
    );
    await user.click(screen.getByRole('option', { name: 'P0' }));
    await waitFor(() =>
      expect(currentUrl().searchParams.get('priority')).toBe('P0'),
    );
    await waitFor(() =>
      expect(api.listTasks).toHaveBeenLastCalledWith(
        expect.objectContaining({ priority: 'P0' }),
      ),
    );

    await user.click(
      screen.getByRole('button', { name: 'Filter by kind' }),
    );
    await user.click(screen.getByRole('option', { name: 'All kinds' }));
    await waitFor(() =>
      expect(currentUrl().searchParams.has('kind')).toBe(false),
    );

    await user.clear(screen.getByLabelText('Filter by text'));
    await user.type(screen.getByLabelText('Filter by text'), 'peering');
    await waitFor(() =>
      expect(currentUrl().searchParams.get('text')).toBe('peering'),
    );
    await waitFor(() =>
      expect(api.listTasks).toHaveBeenLastCalledWith(
        expect.objectContaining({ text: 'peering', priority: 'P0', tier: 2 }),
      ),
    );
    // Typing is committed once, not once per key.
    const texts = (api.listTasks as jest.Mock).mock.calls.map(([q]) => q.text);
    expect(texts.filter(t => t && t !== 'subnet' && t !== 'peering')).toEqual(
      [],
    );

    await user.click(
      screen.getByRole('button', { name: 'Clear filters' }),
    );
    await waitFor(() => expect(currentUrl().search).toBe(''));
    await waitFor(() =>
      expect(api.listTasks).toHaveBeenLastCalledWith({
        cursor: undefined,
        limit: 200,
      }),
    );
  });

  it('offers "Assigned to me" to a user mapped to an agent', async () => {
    const api = mockAgentCoordinationApi({
      listTasks: listing([exampleTask()]),
      getWhoami: jest.fn(async () => WHOAMI_NETWORK),
    });
    await renderBoard({ api });

    const toggle = await screen.findByRole('checkbox', {
      name: 'Assigned to me',
    });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    await waitFor(() =>
      expect(currentUrl().searchParams.get('assignee')).toBe(
        'network_engineer',
      ),
    );
    await waitFor(() =>
      expect(api.listTasks).toHaveBeenLastCalledWith(
        expect.objectContaining({ assignee: 'network_engineer' }),
      ),
    );
    expect(
      screen.getByRole('checkbox', { name: 'Assigned to me' }),
    ).toBeChecked();

    await user.click(
      screen.getByRole('checkbox', { name: 'Assigned to me' }),
    );
    await waitFor(() =>
      expect(currentUrl().searchParams.has('assignee')).toBe(false),
    );
  });

  it('offers no "Assigned to me" to a read-only user', async () => {
    await renderBoard({ tasks: [exampleTask()] });
    await screen.findByTestId('task-board');
    expect(
      screen.queryByRole('checkbox', { name: 'Assigned to me' }),
    ).toBeNull();
  });

  it('reads every page, and stops at 1,000 tasks with a warning', async () => {
    let n = 0;
    const listTasks = jest.fn(async (q: any) => ({
      items: Array.from({ length: q.limit }, () =>
        exampleTask({ id: taskId(100000 + ++n) }),
      ),
      nextCursor: 'more',
    }));
    await renderBoard({
      api: mockAgentCoordinationApi({
        listTasks,
        getWhoami: jest.fn(async () => WHOAMI_READ_ONLY),
      }),
    });

    await screen.findByTestId('task-board', {}, { timeout: 20000 });
    expect(listTasks).toHaveBeenCalledTimes(5);
    expect(listTasks.mock.calls[1][0]).toEqual({ cursor: 'more', limit: 200 });
    expect(
      screen.getByText(/Showing the first 1,000 matching tasks/),
    ).toBeInTheDocument();
    expect(screen.getByTestId('task-board-count')).toHaveTextContent(
      '1000 tasks',
    );
    // A column draws its first hundred cards, and more on request.
    expect(column('CREATED').getAllByTestId(/^task-card-/)).toHaveLength(100);
    await user.click(
      column('CREATED').getByRole('button', { name: /Show 100 more of 900/ }),
    );
    expect(column('CREATED').getAllByTestId(/^task-card-/)).toHaveLength(200);
  });

  it('says so when there are no tasks, and when none matches the filters', async () => {
    await renderBoard({ tasks: [] });
    expect(await screen.findByText('No tasks yet')).toBeInTheDocument();
  });

  it('says when no task matches the filters, and clears them', async () => {
    await renderBoard({
      tasks: [],
      route: '/agent-coordination/tasks?label=nothing',
    });
    expect(
      await screen.findByText('No task matches these filters'),
    ).toBeInTheDocument();
    await user.click(
      screen.getAllByRole('button', { name: 'Clear filters' })[1],
    );
    await waitFor(() => expect(currentUrl().search).toBe(''));
  });

  it('shows progress while the tasks load', async () => {
    await renderBoard({
      api: mockAgentCoordinationApi({
        listTasks: jest.fn(() => new Promise<never>(() => {})),
        getWhoami: jest.fn(async () => WHOAMI_READ_ONLY),
      }),
    });
    await screen.findByTestId('task-board-filters');
    expect(screen.getByTestId('progress')).toBeInTheDocument();
    expect(screen.queryByTestId('task-board')).toBeNull();
  });

  it("shows the backend's message when the tasks cannot be loaded", async () => {
    const error = await backendError(
      400,
      'Bad Request',
      'InputError',
      "Invalid request query: assignee: unknown agent 'ghost'; the framework's agents are context_manager, ...",
    );
    await renderBoard({
      api: mockAgentCoordinationApi({
        listTasks: jest.fn(async () => {
          throw error;
        }),
        getWhoami: jest.fn(async () => WHOAMI_READ_ONLY),
      }),
      route: '/agent-coordination/tasks?assignee=ghost',
    });
    const panel = await screen.findByTestId('backend-error');
    expect(panel).toHaveTextContent('Could not load the tasks');
    expect(panel).toHaveTextContent("assignee: unknown agent 'ghost'");
    expect(panel).toHaveTextContent('400 Bad Request · InputError');
    // The unknown value still shows in its filter, so it can be changed.
    expect(
      screen.getByRole('button', { name: 'Filter by agent' }),
    ).toHaveTextContent('ghost');
  });

  it("shows the backend's message when the framework cannot be loaded", async () => {
    const error = await backendError(
      503,
      'Service Unavailable',
      'ServiceUnavailableError',
      'Framework not loaded',
    );
    await renderBoard({
      api: mockAgentCoordinationApi({
        getFramework: jest.fn(async () => {
          throw error;
        }),
        listTasks: listing([]),
        getWhoami: jest.fn(async () => WHOAMI_READ_ONLY),
      }),
    });
    const panel = await screen.findByTestId('backend-error');
    expect(panel).toHaveTextContent('Could not load the framework');
    expect(panel).toHaveTextContent('Framework not loaded');
  });

  describe('live', () => {
    it('moves a card when its signal says it changed, refetching only that task', async () => {
      const task = exampleTask({
        title: 'Cut the VPC',
        state: 'ASSIGNED',
        version: 2,
      });
      const other = exampleTask({ title: 'Untouched' });
      const moved = { ...task, state: 'IN_PROGRESS', version: 3 };
      const api = mockAgentCoordinationApi({
        listTasks: listing([task, other]),
        getTask: jest.fn(async () => moved),
        getWhoami: jest.fn(async () => WHOAMI_READ_ONLY),
      });
      const signals = fakeSignals();
      await renderBoard({ api, signals });
      await screen.findByTestId(`task-card-${task.id}`);
      expect(column('ASSIGNED').getByText('Cut the VPC')).toBeInTheDocument();

      act(() =>
        signals.publish(TASKS_CHANNEL, {
          type: 'task.transitioned',
          taskId: task.id,
          state: 'IN_PROGRESS',
          version: 3,
        }),
      );

      await waitFor(() =>
        expect(
          column('IN_PROGRESS').getByText('Cut the VPC'),
        ).toBeInTheDocument(),
      );
      expect(column('ASSIGNED').queryByText('Cut the VPC')).toBeNull();
      expect(api.getTask).toHaveBeenCalledTimes(1);
      expect(api.getTask).toHaveBeenCalledWith(task.id);
      expect(api.listTasks).toHaveBeenCalledTimes(1);

      // A signal for a version the board already has fetches nothing.
      act(() =>
        signals.publish(TASKS_CHANNEL, {
          type: 'task.transitioned',
          taskId: task.id,
          state: 'IN_PROGRESS',
          version: 3,
        }),
      );
      await new Promise(r => setTimeout(r, 400));
      expect(api.getTask).toHaveBeenCalledTimes(1);
    });

    it('unblocks a dependent when its blocker completes, and adds a task created elsewhere', async () => {
      const blocker = exampleTask({
        title: 'Approve',
        state: 'REVIEW',
        version: 4,
      });
      const dependent = exampleTask({
        title: 'Deploy',
        state: 'BLOCKED',
        version: 3,
        dependencies: [
          {
            taskId: blocker.id,
            blocking: true,
            source: 'rule',
            timeout: '4h',
            deadlineAt: '2030-01-01T00:00:00.000Z',
            createdAt: '2025-01-01T00:00:00.000Z',
          },
        ],
        blockedBy: [blocker.id],
      });
      const created = exampleTask({ title: 'Made by an agent' });
      const current = new Map<string, Task>([
        [blocker.id, { ...blocker, state: 'COMPLETED', version: 5 }],
        [
          dependent.id,
          { ...dependent, state: 'IN_PROGRESS', version: 4, blockedBy: [] },
        ],
        [created.id, created],
      ]);
      const api = mockAgentCoordinationApi({
        listTasks: listing([blocker, dependent]),
        getTask: jest.fn(async (id: string) => current.get(id)!),
        getWhoami: jest.fn(async () => WHOAMI_READ_ONLY),
      });
      const signals = fakeSignals();
      await renderBoard({ api, signals });
      await screen.findByTestId(`task-card-${dependent.id}`);
      expect(card(dependent.id).getByTestId('task-blockers')).toHaveTextContent(
        'Approve',
      );

      // One burst: the completion, the auto-unblock and an unrelated creation.
      act(() => {
        signals.publish(TASKS_CHANNEL, {
          type: 'task.transitioned',
          taskId: blocker.id,
          state: 'COMPLETED',
          version: 5,
        });
        signals.publish(TASKS_CHANNEL, {
          type: 'task.unblocked',
          taskId: dependent.id,
          state: 'IN_PROGRESS',
          version: 4,
        });
        signals.publish(TASKS_CHANNEL, {
          type: 'task.created',
          taskId: created.id,
          state: 'CREATED',
          version: 1,
        });
      });

      await waitFor(() =>
        expect(column('IN_PROGRESS').getByText('Deploy')).toBeInTheDocument(),
      );
      expect(column('COMPLETED').getByText('Approve')).toBeInTheDocument();
      expect(
        column('CREATED').getByText('Made by an agent'),
      ).toBeInTheDocument();
      expect(card(dependent.id).queryByTestId('task-blockers')).toBeNull();
      expect(api.listTasks).toHaveBeenCalledTimes(1);
    });

    it('re-reads the list on a filtered board, where only the server knows what matches', async () => {
      const task = exampleTask({ title: 'P1 work', priority: 'P1' });
      const listTasks = listing([task]);
      const api = mockAgentCoordinationApi({
        listTasks,
        getTask: jest.fn(),
        getWhoami: jest.fn(async () => WHOAMI_READ_ONLY),
      });
      const signals = fakeSignals();
      await renderBoard({
        api,
        signals,
        route: '/agent-coordination/tasks?priority=P1',
      });
      await screen.findByTestId(`task-card-${task.id}`);

      const created = exampleTask({ title: 'New P1 work', priority: 'P1' });
      listTasks.mockResolvedValue({ items: [task, created], nextCursor: null });
      act(() =>
        signals.publish(TASKS_CHANNEL, {
          type: 'task.created',
          taskId: created.id,
          state: 'CREATED',
          version: 1,
        }),
      );

      expect(await screen.findByText('New P1 work')).toBeInTheDocument();
      expect(listTasks).toHaveBeenCalledTimes(2);
      expect(listTasks).toHaveBeenLastCalledWith({
        priority: 'P1',
        cursor: undefined,
        limit: 200,
      });
      expect(api.getTask).not.toHaveBeenCalled();
    });

    it('drops a card the user may no longer read', async () => {
      const task = exampleTask({ title: 'Secret now' });
      const gone = await backendError(
        404,
        'Not Found',
        'NotFoundError',
        'No task',
      );
      const api = mockAgentCoordinationApi({
        listTasks: listing([task]),
        getTask: jest.fn(async () => {
          throw gone;
        }),
        getWhoami: jest.fn(async () => WHOAMI_READ_ONLY),
      });
      const signals = fakeSignals();
      await renderBoard({ api, signals });
      await screen.findByTestId(`task-card-${task.id}`);

      act(() =>
        signals.publish(TASKS_CHANNEL, {
          type: 'task.updated',
          taskId: task.id,
          state: 'CREATED',
          version: 2,
        }),
      );
      await waitFor(() =>
        expect(screen.queryByTestId(`task-card-${task.id}`)).toBeNull(),
      );
    });
  });

  it('opens a task in a drawer from its card', async () => {
    const task = exampleTask({ title: 'Peer the VPCs' });
    const api = mockAgentCoordinationApi({
      listTasks: listing([task]),
      getTask: jest.fn(async () => task),
      getTaskTransitions: jest.fn(async () => ({
        state: task.state,
        version: task.version,
        agent: null,
        roles: [],
        transitions: [],
        actions: {
          edit: false,
          reassign: false,
          addDependency: false,
          removeDependency: false,
          editableFields: [],
        },
      })),
      getTaskEvents: jest.fn(async () => ({ items: [], nextCursor: null })),
      getWhoami: jest.fn(async () => WHOAMI_READ_ONLY),
    });
    await renderBoard({ api });

    await user.click(
      await screen.findByRole('link', { name: 'Peer the VPCs' }),
    );

    const detail = await screen.findByTestId('task-detail');
    expect(within(detail).getByTestId('task-detail-title')).toHaveTextContent(
      'Peer the VPCs',
    );
    // The board stays where it was: the drawer is no navigation.
    expect(currentUrl().pathname).toBe('/agent-coordination/tasks');
    await user.click(
      screen.getByRole('button', { name: 'Close the task' }),
    );
    await waitFor(() => expect(screen.queryByTestId('task-detail')).toBeNull());
  });
});
