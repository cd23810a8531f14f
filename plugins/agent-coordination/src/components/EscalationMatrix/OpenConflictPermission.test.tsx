import { screen, waitFor } from '@testing-library/react';
import { mockAgentCoordinationApi } from '../../__testUtils__/framework';
import { actionsAllowed, exampleMatrix } from '../../__testUtils__/conflicts';
import { renderConflictUi } from '../../__testUtils__/renderConflictUi';
import { EscalationMatrixPage } from './EscalationMatrixPage';

// A file of its own: usePermission caches answers (SWR) for the whole test
// file, so a refusal here would leak into tests that expect an allowance.
describe('Opening a conflict, refused by the permission policy', () => {
  it('is not offered', async () => {
    const api = mockAgentCoordinationApi({
      getEscalationMatrix: jest.fn(async () => exampleMatrix()),
      listConflicts: jest.fn(async () => ({ items: [], nextCursor: null })),
      getConflictActions: jest.fn(async () => actionsAllowed()),
    });
    const { permissions } = await renderConflictUi(<EscalationMatrixPage />, api, {
      permission: 'DENY',
    });

    expect(await screen.findByText('No open conflicts')).toBeInTheDocument();
    await waitFor(() =>
      expect(permissions.authorize).toHaveBeenCalledWith(
        expect.objectContaining({
          permission: expect.objectContaining({ name: 'agent-coordination.conflict.open' }),
        }),
      ),
    );
    // Let the answer land before asserting the button's absence.
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(screen.queryByRole('button', { name: 'Open a conflict' })).toBeNull();
  });
});
