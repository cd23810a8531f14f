import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ListTasksQuery } from '@agent-coordination/plugin-agent-coordination-common';
import { loadSeedFramework, mockAgentCoordinationApi } from '../../__testUtils__/framework';
import {
  actionsAllowed,
  conflictError,
  exampleConflict,
  exampleMatrix,
  exampleTask,
} from '../../__testUtils__/conflicts';
import { renderConflictUi } from '../../__testUtils__/renderConflictUi';
import { AgentDirectoryProvider } from '../Conflicts/AgentDirectory';
import { EscalationMatrixPage } from './EscalationMatrixPage';
import { OpenConflictDialog } from './OpenConflictDialog';

// No timer between keystrokes: the same events, far fewer ticks per test.
const user = userEvent.setup({ delay: null });

function apiWith(overrides: Parameters<typeof mockAgentCoordinationApi>[0] = {}) {
  return mockAgentCoordinationApi({
    getEscalationMatrix: jest.fn(async () => exampleMatrix()),
    listConflicts: jest.fn(async () => ({ items: [], nextCursor: null })),
    getConflictActions: jest.fn(async () => actionsAllowed()),
    listTasks: jest.fn(async (query?: ListTasksQuery) => ({
      items: query?.text?.toLowerCase().includes('vpc')
        ? [exampleTask('t-1', 'Widen the VPC'), exampleTask('t-2', 'VPC flow logs', 'CREATED')]
        : [],
      nextCursor: null,
    })),
    ...overrides,
  });
}

/** The dialog on its own: the page's tables behind it would slow every keystroke. */
async function openDialog(api = apiWith()) {
  const onOpened = jest.fn();
  const onClose = jest.fn();
  await renderConflictUi(
    <AgentDirectoryProvider>
      <OpenConflictDialog
        framework={loadSeedFramework()}
        matrix={exampleMatrix()}
        onClose={onClose}
        onOpened={onOpened}
      />
    </AgentDirectoryProvider>,
    api,
  );
  const dialog = within(await screen.findByRole('dialog'));
  return Object.assign(dialog, { onOpened, onClose });
}

/** Types a whole value at once: keystroke by keystroke is slow on a busy machine. */
async function fill(field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

async function pick(dialog: ReturnType<typeof within>, testId: string, text: string, option: string) {
  await fill(dialog.getByTestId(testId), text);
  // ByText on the options' titles: ByRole walks the whole accessibility tree,
  // which is slow with a dialog of Material UI fields.
  await user.click(await screen.findByText(option, { selector: '[role="option"] p' }));
}

async function fillRequired(dialog: ReturnType<typeof within>) {
  await user.selectOptions(dialog.getByTestId('conflict-type'), 'technical');
  await fill(dialog.getByTestId('conflict-title'), 'Firewall rule for EKS');
  await pick(dialog, 'conflict-parties', 'netw', 'Network Engineer');
  await pick(dialog, 'conflict-parties', 'kube', 'Kubernetes Specialist');
}

describe('Opening a conflict', () => {
  it('sends every field the user filled in, with an idempotency key', async () => {
    const opened = exampleConflict({
      id: 'c-7',
      title: 'Firewall rule for EKS',
      category: 'security',
      deadlineAt: new Date(Date.now() + 2 * 3600_000).toISOString(),
    });
    const api = apiWith({ openConflict: jest.fn(async () => opened) });
    const dialog = await openDialog(api);

    const send = dialog.getByRole('button', { name: 'Open conflict' });
    expect(send).toBeDisabled();
    expect(dialog.getByTestId('conflict-category')).toBeDisabled();

    await user.selectOptions(dialog.getByTestId('conflict-type'), 'technical');
    expect(dialog.getByText(/4h a level · L1: Agent consensus \(2\+ agree\)/)).toBeInTheDocument();
    // Only the matrix rows that follow the technical procedure.
    const categories = Array.from(
      (dialog.getByTestId('conflict-category') as HTMLSelectElement).options,
      o => o.value,
    );
    expect(categories).toEqual(['', 'code_merge', 'security']);
    await user.selectOptions(dialog.getByTestId('conflict-category'), 'security');
    expect(dialog.getByText(/SLA 2h a level · L1: Security Spec · L2: CISO · L3: Executive/)).toBeInTheDocument();

    await fill(dialog.getByTestId('conflict-title'), '  Firewall rule for EKS ');
    await fill(dialog.getByTestId('conflict-description'), 'Port 10250 from the VPC');
    await pick(dialog, 'conflict-parties', 'netw', 'Network Engineer');
    expect(send).toBeDisabled();
    expect(dialog.getByText('The agents in conflict: at least two')).toBeInTheDocument();
    await pick(dialog, 'conflict-parties', 'kube', 'Kubernetes Specialist');
    expect(send).toBeEnabled();

    await pick(dialog, 'conflict-subject-tasks', 'vpc', 'Widen the VPC');
    expect(api.listTasks).toHaveBeenCalledWith({ text: 'vpc', limit: 20 });
    await fill(dialog.getByTestId('conflict-components'), 'component:default/vpc');
    await fill(
      dialog.getByTestId('conflict-paths'),
      'components/terraform/vpc/main.tf\nworkflows/deploy.yaml\n',
    );
    // An id pasted and confirmed, and one found by search.
    await fill(dialog.getByTestId('conflict-blocks'), 't-9');
    await user.keyboard('{Enter}');
    await pick(dialog, 'conflict-blocks', 'vpc flow', 'VPC flow logs');

    await user.click(send);

    expect(api.openConflict).toHaveBeenCalledWith(
      {
        type: 'technical',
        category: 'security',
        title: 'Firewall rule for EKS',
        description: 'Port 10250 from the VPC',
        parties: ['network_engineer', 'kubernetes_specialist'],
        subject: {
          tasks: ['t-1'],
          components: ['component:default/vpc'],
          paths: ['components/terraform/vpc/main.tf', 'workflows/deploy.yaml'],
        },
        blocks: ['t-9', 't-2'],
      },
      { idempotencyKey: expect.stringMatching(/\S{8,}/) },
    );
    await waitFor(() => expect(dialog.onOpened).toHaveBeenCalledWith(opened));
  });

  it('from the page: announces the new conflict, links to it and refreshes the list', async () => {
    const opened = exampleConflict({
      id: 'c-7',
      title: 'Firewall rule for EKS',
      category: 'security',
      deadlineAt: new Date(Date.now() + 2 * 3600_000).toISOString(),
    });
    const api = apiWith({ openConflict: jest.fn(async () => opened) });
    await renderConflictUi(<EscalationMatrixPage />, api);
    await screen.findByText('No open conflicts');
    const buttons = await screen.findAllByRole('button', { name: 'Open a conflict' });
    await waitFor(() => expect(buttons[0]).toBeEnabled());
    await user.click(buttons[0]);
    const dialog = within(await screen.findByRole('dialog'));
    await fillRequired(dialog);
    await user.click(dialog.getByRole('button', { name: 'Open conflict' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const notice = await screen.findByTestId('conflict-opened');
    expect(notice).toHaveTextContent('Opened “Firewall rule for EKS” at L1: Security Spec decides by');
    expect(within(notice).getByRole('link', { name: 'See its page' })).toHaveAttribute(
      'href',
      '/agent-coordination/conflicts/c-7',
    );
    await waitFor(() => expect(api.listConflicts).toHaveBeenCalledTimes(2));
  });

  it('sends only what is set: no category, description, subject or blocks', async () => {
    const api = apiWith({ openConflict: jest.fn(async () => exampleConflict()) });
    const dialog = await openDialog(api);
    await fillRequired(dialog);
    await user.click(dialog.getByRole('button', { name: 'Open conflict' }));

    expect(api.openConflict).toHaveBeenCalledWith(
      {
        type: 'technical',
        title: 'Firewall rule for EKS',
        parties: ['network_engineer', 'kubernetes_specialist'],
        subject: { tasks: [], components: [], paths: [] },
        blocks: [],
      },
      expect.anything(),
    );
  });

  it("shows a 400 in the backend's words, and retries the same request with the same key", async () => {
    const invalid = await conflictError(
      400,
      'Bad Request',
      'InputError',
      "Invalid request body: blocks: no task with id 't-404'",
      { code: 'invalid_input' },
    );
    const openConflict = jest
      .fn()
      .mockRejectedValueOnce(invalid)
      .mockRejectedValueOnce(invalid)
      .mockResolvedValue(exampleConflict());
    const dialog = await openDialog(apiWith({ openConflict }));
    await fillRequired(dialog);
    await fill(dialog.getByTestId('conflict-blocks'), 't-404');
    await user.keyboard('{Enter}');
    const send = dialog.getByRole('button', { name: 'Open conflict' });

    await user.click(send);
    const panel = await dialog.findByTestId('conflict-error');
    expect(panel).toHaveTextContent('Could not open the conflict');
    expect(panel).toHaveTextContent("Invalid request body: blocks: no task with id 't-404'");
    expect(panel).toHaveTextContent('400 Bad Request · InputError');
    expect(screen.queryByText(/Request failed with/)).toBeNull();

    await user.click(send);
    await waitFor(() => expect(openConflict).toHaveBeenCalledTimes(2));
    expect(openConflict.mock.calls[1][1]).toEqual(openConflict.mock.calls[0][1]);

    // Fixed: a different request, a new key.
    await user.click(dialog.getByRole('button', { name: /t-404/ }).querySelector('svg')!);
    await user.click(send);
    await waitFor(() => expect(openConflict).toHaveBeenCalledTimes(3));
    expect(openConflict.mock.calls[2][0].blocks).toEqual([]);
    expect(openConflict.mock.calls[2][1]).not.toEqual(openConflict.mock.calls[0][1]);
  });

  it("shows a 403 refusal with the rule that refused", async () => {
    const refused = await conflictError(
      403,
      'Forbidden',
      'NotAllowedError',
      'user:development/nobody acts as no agent (agentCoordination.actors): read only',
      { code: 'read_only_caller' },
    );
    const dialog = await openDialog(
      apiWith({
        openConflict: jest.fn(async () => {
          throw refused;
        }),
      }),
    );
    await fillRequired(dialog);
    await user.click(dialog.getByRole('button', { name: 'Open conflict' }));

    expect(await dialog.findByTestId('conflict-error')).toHaveTextContent(
      'user:development/nobody acts as no agent (agentCoordination.actors): read only',
    );
    expect(dialog.getByTestId('conflict-error-code')).toHaveTextContent('Rule: read_only_caller');
  });

  it("shows the backend's message when the task search fails", async () => {
    const error = await conflictError(403, 'Forbidden', 'NotAllowedError', 'You may not read tasks');
    const dialog = await openDialog(
      apiWith({
        listTasks: jest.fn(async () => {
          throw error;
        }),
      }),
    );
    await fill(dialog.getByTestId('conflict-subject-tasks'), 'vpc');

    expect(await dialog.findByTestId('conflict-error')).toHaveTextContent(
      'Could not search tasksYou may not read tasks',
    );
  });

  it('offers no category for a type no matrix row follows', async () => {
    const dialog = await openDialog();
    await user.selectOptions(dialog.getByTestId('conflict-type'), 'ownership');

    expect(dialog.getByTestId('conflict-category')).toBeDisabled();
    expect(dialog.getByText(/No matrix row follows this type/)).toBeInTheDocument();
    expect(dialog.getByText(/immediate a level · L1: Primary owner decision/)).toBeInTheDocument();
  });
});
