import { screen, within } from '@testing-library/react';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import { mockAgentCoordinationApi } from '../../__testUtils__/framework';
import { renderWithApis } from '../../__testUtils__/taskApis';
import { exampleTask } from '../../__testUtils__/tasks';
import { EntityComponentTasksCard } from './EntityComponentTasksCard';

const vpc: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'vpc', namespace: 'default' },
  spec: { type: 'terraform-component', owner: 'group:default/infrastructure' },
};

async function renderCard(api = mockAgentCoordinationApi()) {
  await renderWithApis(
    <EntityProvider entity={vpc}>
      <EntityComponentTasksCard variant="gridItem" />
    </EntityProvider>,
    { api, route: '/catalog/default/component/vpc' },
  );
  return api;
}

describe('EntityComponentTasksCard', () => {
  it('lists the tasks on the component by state, with their assignees', async () => {
    const task = exampleTask({
      title: 'Peer the VPCs',
      state: 'IN_PROGRESS',
      assignee: 'network_engineer',
      component: 'component:default/vpc',
    });
    const unassigned = exampleTask({
      title: 'Triage',
      component: 'component:default/vpc',
    });
    const api = await renderCard(
      mockAgentCoordinationApi({
        listTasks: jest.fn(async () => ({
          items: [task, unassigned],
          nextCursor: null,
        })),
      }),
    );

    expect(
      await screen.findByTestId('component-tasks-summary'),
    ).toHaveTextContent('2 tasks, 2 open');
    expect(api.listTasks).toHaveBeenCalledWith({
      component: 'component:default/vpc',
      cursor: undefined,
      limit: 200,
    });
    const running = within(
      screen.getByTestId('component-tasks-state-IN_PROGRESS'),
    );
    expect(
      running.getByRole('link', { name: 'Peer the VPCs' }),
    ).toHaveAttribute('href', `/agent-coordination/tasks/${task.id}`);
    expect(
      running.getByRole('link', { name: 'Network Engineer' }),
    ).toHaveAttribute('href', '/catalog/default/agent/network-engineer');
    expect(
      screen.getByTestId('component-tasks-state-CREATED'),
    ).toHaveTextContent('Unassigned');
    expect(
      screen.getByRole('link', { name: /Open on the task board/ }),
    ).toHaveAttribute(
      'href',
      '/agent-coordination/tasks?component=component%3Adefault%2Fvpc',
    );
  });

  it('says so when no task is on the component', async () => {
    await renderCard(
      mockAgentCoordinationApi({
        listTasks: jest.fn(async () => ({ items: [], nextCursor: null })),
      }),
    );
    expect(
      await screen.findByText('No task is on this component.'),
    ).toBeInTheDocument();
  });

  it('shows progress while the tasks load', async () => {
    await renderCard(
      mockAgentCoordinationApi({
        listTasks: jest.fn(() => new Promise<never>(() => {})),
      }),
    );
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });
});
