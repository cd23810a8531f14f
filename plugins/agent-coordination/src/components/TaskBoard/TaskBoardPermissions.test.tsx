import { screen, waitFor } from '@testing-library/react';
import { mockAgentCoordinationApi } from '../../__testUtils__/framework';
import { exampleTask } from '../../__testUtils__/tasks';
import {
  WHOAMI_NETWORK,
  listing,
  renderWithApis,
} from '../../__testUtils__/taskApis';
import { TaskBoardPage } from './TaskBoardPage';

// A file of its own: usePermission caches answers for the whole test file
// (stale-while-revalidate), so an allowed answer from another test would
// show first.
describe('TaskBoardPage permissions', () => {
  it('offers "New task" only when the permission policy allows creating tasks', async () => {
    const api = mockAgentCoordinationApi({
      listTasks: listing([exampleTask()]),
      getWhoami: jest.fn(async () => WHOAMI_NETWORK),
    });
    await renderWithApis(<TaskBoardPage />, { api, mayCreate: false });

    await screen.findByTestId('task-board');
    await waitFor(() => expect(api.getWhoami).toHaveBeenCalled());
    expect(screen.queryByRole('button', { name: 'New task' })).toBeNull();
    expect(api.createTask).not.toHaveBeenCalled();
  });
});
