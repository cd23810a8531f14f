import { act, screen, waitFor, within } from '@testing-library/react';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { exampleAgent } from '../../__testUtils__/agents';
import { backendError } from '../../__testUtils__/backendError';
import { mockAgentCoordinationApi } from '../../__testUtils__/framework';
import { renderWithApis } from '../../__testUtils__/taskApis';
import {
  exampleTask,
  fakeSignals,
  frameworkWithRenamedStates,
} from '../../__testUtils__/tasks';
import { EntityAgentTasksCard } from './EntityAgentTasksCard';

const network = exampleAgent('network-engineer');

async function renderCard(
  api = mockAgentCoordinationApi(),
  entity = network,
  signals = fakeSignals(),
) {
  await renderWithApis(
    <EntityProvider entity={entity}>
      <EntityAgentTasksCard />
    </EntityProvider>,
    { api, signals, route: '/catalog/default/agent/network-engineer' },
  );
  return { api, signals };
}

describe('EntityAgentTasksCard', () => {
  it("lists the agent's tasks by state, asking for the framework key its agentId maps to", async () => {
    const tasks = [
      exampleTask({
        title: 'Plan subnets',
        state: 'ASSIGNED',
        assignee: 'network_engineer',
        priority: 'P3',
      }),
      exampleTask({
        title: 'Peer VPCs',
        state: 'ASSIGNED',
        assignee: 'network_engineer',
        priority: 'P0',
        component: 'component:default/vpc',
      }),
      exampleTask({
        title: 'Wait on security',
        state: 'BLOCKED',
        assignee: 'network_engineer',
        blockedBy: ['x'],
      }),
      exampleTask({
        title: 'Old DNS work',
        state: 'COMPLETED',
        assignee: 'network_engineer',
      }),
    ];
    const api = mockAgentCoordinationApi({
      listTasks: jest.fn(async () => ({ items: tasks, nextCursor: null })),
    });
    await renderCard(api);

    const card = await screen.findByTestId('agent-tasks-summary');
    expect(card).toHaveTextContent('4 tasks, 3 open');
    expect(api.listTasks).toHaveBeenCalledWith({
      assignee: 'network_engineer',
      cursor: undefined,
      limit: 200,
    });
    const assigned = within(screen.getByTestId('agent-tasks-state-ASSIGNED'));
    expect(assigned.getAllByRole('link').map(a => a.textContent)).toEqual([
      'Peer VPCs',
      'vpc',
      'Plan subnets',
    ]);
    expect(assigned.getByRole('link', { name: 'Peer VPCs' })).toHaveAttribute(
      'href',
      `/agent-coordination/tasks/${tasks[1].id}`,
    );
    expect(screen.getByTestId('agent-tasks-state-BLOCKED')).toHaveTextContent(
      'Wait on security · blocked',
    );
    // Final states are counted, not listed.
    expect(screen.getByTestId('agent-tasks-state-COMPLETED')).toHaveTextContent(
      'COMPLETED1',
    );
    expect(screen.queryByText('Old DNS work')).toBeNull();
    expect(
      screen.getByRole('link', { name: /Open on the task board/ }),
    ).toHaveAttribute(
      'href',
      '/agent-coordination/tasks?assignee=network_engineer',
    );
  });

  it("uses the framework's state names and order", async () => {
    const api = mockAgentCoordinationApi({
      getFramework: jest.fn(async () => frameworkWithRenamedStates()),
      listTasks: jest.fn(async () => ({
        items: [
          exampleTask({
            title: 'Later',
            state: 'CHECKING',
            assignee: 'network_engineer',
          }),
          exampleTask({
            title: 'Sooner',
            state: 'TODO',
            assignee: 'network_engineer',
          }),
        ],
        nextCursor: null,
      })),
    });
    await renderCard(api);
    await screen.findByTestId('agent-tasks-summary');
    expect(
      screen
        .getAllByTestId(/^agent-tasks-state-/)
        .map(e => e.getAttribute('data-testid')),
    ).toEqual(['agent-tasks-state-TODO', 'agent-tasks-state-CHECKING']);
  });

  it('says so when the agent has no task', async () => {
    await renderCard(
      mockAgentCoordinationApi({
        listTasks: jest.fn(async () => ({ items: [], nextCursor: null })),
      }),
    );
    expect(
      await screen.findByText('No task is assigned to this agent.'),
    ).toBeInTheDocument();
  });

  it('says so when the entity is no agent of the framework', async () => {
    const stranger = exampleAgent('network-engineer');
    stranger.spec.agentId = 'agent-999';
    const api = mockAgentCoordinationApi({ listTasks: jest.fn() });
    await renderCard(api, stranger);
    expect(
      await screen.findByText(
        'The framework has no agent agent-999, so no task can be assigned to this one.',
      ),
    ).toBeInTheDocument();
    expect(api.listTasks).not.toHaveBeenCalled();
  });

  it("shows the backend's message when the tasks cannot be loaded", async () => {
    const error = await backendError(
      403,
      'Forbidden',
      'NotAllowedError',
      'You may not read tasks',
    );
    await renderCard(
      mockAgentCoordinationApi({
        listTasks: jest.fn(async () => {
          throw error;
        }),
      }),
    );
    const panel = await screen.findByTestId('backend-error');
    expect(panel).toHaveTextContent('Could not load the tasks');
    expect(panel).toHaveTextContent('You may not read tasks');
  });

  it('reloads when a task changes', async () => {
    const listTasks = jest.fn(async () => ({
      items: [] as any[],
      nextCursor: null,
    }));
    const { signals } = await renderCard(
      mockAgentCoordinationApi({ listTasks }),
    );
    await screen.findByText('No task is assigned to this agent.');

    listTasks.mockResolvedValue({
      items: [
        exampleTask({
          title: 'Just assigned',
          state: 'ASSIGNED',
          assignee: 'network_engineer',
        }),
      ],
      nextCursor: null,
    });
    act(() =>
      signals.publish('agent-coordination:tasks', {
        type: 'task.updated',
        taskId: 't',
        state: 'ASSIGNED',
        version: 2,
      }),
    );
    expect(
      await screen.findByText('Just assigned', {}, { timeout: 4000 }),
    ).toBeInTheDocument();
    await waitFor(() => expect(listTasks).toHaveBeenCalledTimes(2));
  });
});
