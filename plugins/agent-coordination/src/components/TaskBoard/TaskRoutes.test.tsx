import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { mockAgentCoordinationApi } from '../../__testUtils__/framework';
import {
  WHOAMI_READ_ONLY,
  listing,
  renderWithApis,
} from '../../__testUtils__/taskApis';
import { allowedTransitions, exampleTask } from '../../__testUtils__/tasks';
import { TaskRoutes } from './TaskRoutes';

const task = exampleTask({ title: 'Routed' });

function api() {
  return mockAgentCoordinationApi({
    listTasks: listing([task]),
    getTask: jest.fn(async () => task),
    getTaskTransitions: jest.fn(async () => allowedTransitions(task)),
    getTaskEvents: jest.fn(async () => ({ items: [], nextCursor: null })),
    getWhoami: jest.fn(async () => WHOAMI_READ_ONLY),
  });
}

// As core-components' tabs mount a tab: its path with everything below it.
const tab = (
  <Routes>
    <Route path="/agent-coordination/tasks/*" element={<TaskRoutes />} />
  </Routes>
);

describe('TaskRoutes', () => {
  it('shows the board at the tab root', async () => {
    await renderWithApis(tab, {
      api: api(),
      route: '/agent-coordination/tasks',
    });
    expect(await screen.findByTestId('task-board')).toBeInTheDocument();
  });

  it('shows one task at :id', async () => {
    await renderWithApis(tab, {
      api: api(),
      route: `/agent-coordination/tasks/${task.id}`,
    });
    expect(await screen.findByTestId('task-detail-title')).toHaveTextContent(
      'Routed',
    );
    expect(screen.queryByTestId('task-board')).toBeNull();
  });

  it('says there is nothing at an unknown path below it', async () => {
    await renderWithApis(tab, {
      api: api(),
      route: `/agent-coordination/tasks/${task.id}/nonsense`,
    });
    expect(await screen.findByText('No such page')).toBeInTheDocument();
  });
});
