import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type {
  Conflict,
  ConflictPage,
} from '@agent-coordination/plugin-agent-coordination-common';
import { mockAgentCoordinationApi } from '../../__testUtils__/framework';
import {
  actionsAllowed,
  conflictError,
  exampleConflict,
  exampleMatrix,
} from '../../__testUtils__/conflicts';
import { renderConflictUi } from '../../__testUtils__/renderConflictUi';
import { EscalationMatrixPage } from './EscalationMatrixPage';

// No timer between keystrokes: the same events, far fewer ticks per test.
const user = userEvent.setup({ delay: null });

const HOUR = 3600_000;
const iso = (offset: number) => new Date(Date.now() + offset).toISOString();

function servedConflicts(): Conflict[] {
  // As the backend orders them: breached first, then the nearest deadline.
  return [
    exampleConflict({
      id: 'c-3',
      title: 'Zeta firewall exception',
      type: 'technical',
      category: 'security',
      level: 'L3',
      parties: ['security_specialist', 'network_engineer'],
      deadlineAt: iso(-2 * HOUR),
      breachedAt: iso(-2 * HOUR),
    }),
    exampleConflict({
      id: 'c-1',
      title: 'Alpha merge of the VPC module',
      deadlineAt: iso(2 * HOUR),
      votes: [
        {
          agent: 'kubernetes_specialist',
          position: 'Use /20 subnets',
          rationale: 'EKS needs room',
          at: iso(-HOUR),
        },
      ],
    }),
    exampleConflict({
      id: 'c-2',
      title: 'Mesh or no mesh',
      type: 'design',
      category: 'architecture',
      level: 'L2',
      parties: ['infrastructure_architect', 'security_specialist'],
      deadlineAt: iso(5 * HOUR),
      blocks: ['t-1'],
    }),
  ];
}

const page = (items: Conflict[], nextCursor: string | null = null): ConflictPage => ({
  items,
  nextCursor,
});

function apiWith(overrides: Parameters<typeof mockAgentCoordinationApi>[0] = {}) {
  const allowed: Record<string, ReturnType<typeof actionsAllowed>> = {
    'c-1': actionsAllowed({ vote: true, escalate: true }),
    'c-2': actionsAllowed({ resolve: true }),
    'c-3': actionsAllowed(),
  };
  return mockAgentCoordinationApi({
    getEscalationMatrix: jest.fn(async () => exampleMatrix()),
    listConflicts: jest.fn(async () => page(servedConflicts())),
    getConflictActions: jest.fn(async (id: string) => allowed[id] ?? actionsAllowed()),
    ...overrides,
  });
}

/** Types a whole value at once: keystroke by keystroke is slow on a busy machine. */
async function fill(field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

const rowOf = (id: string) => screen.getByTestId(`conflict-${id}`).closest('tr')!;

async function renderPage(api = apiWith(), options?: { permission?: 'ALLOW' | 'DENY' }) {
  const rendered = await renderConflictUi(<EscalationMatrixPage />, api, options);
  await screen.findByTestId('conflict-c-1');
  return { api, ...rendered };
}

describe('EscalationMatrixPage: the matrix', () => {
  it('shows each category with who decides at L1, L2 and L3 and its SLA', async () => {
    await renderPage();

    const codeMerge = screen.getByTestId('matrix-row-code_merge').closest('tr')!;
    expect(codeMerge).toHaveTextContent(
      /Code Merge.*follows Technical conflicts.*Agents.*The parties vote; 2 must agree.*Context Manager.*Tech Lead.*4h/,
    );
    expect(within(codeMerge).getByRole('link', { name: 'Context Manager' })).toHaveAttribute(
      'href',
      '/catalog/default/agent/context-manager',
    );
    expect(within(codeMerge).getByRole('link', { name: 'tech-leads' })).toHaveAttribute(
      'href',
      '/catalog/default/group/tech-leads',
    );
    expect(screen.getByTestId('matrix-row-security').closest('tr')).toHaveTextContent(
      /Security.*Security Spec.*CISO.*Executive.*2h/,
    );
    const rows = screen
      .getAllByTestId(/^matrix-row-/)
      .map(e => e.getAttribute('data-testid'));
    expect(rows).toEqual([
      'matrix-row-code_merge',
      'matrix-row-architecture',
      'matrix-row-security',
      'matrix-row-priority',
      'matrix-row-resource',
    ]);
  });

  it('shows the conflict types with their resolvers and time a level', async () => {
    await renderPage();

    expect(screen.getByTestId('matrix-type-ownership').closest('tr')).toHaveTextContent(
      /Ownership conflicts.*Overlapping changes.*Primary owner decision.*The primary owner of the conflict's paths.*Shared ownership agreement.*Context manager assignment.*immediate \(1h a level\)/,
    );
    expect(screen.getByTestId('matrix-type-design').closest('tr')).toHaveTextContent(/1d$/);
  });

  it("shows the backend's message when the matrix cannot be loaded", async () => {
    const error = await conflictError(401, 'Unauthorized', 'AuthenticationError', 'Missing credentials');
    await renderPage(
      apiWith({
        getEscalationMatrix: jest.fn(async () => {
          throw error;
        }),
      }),
    );

    const panel = screen.getByTestId('conflict-error');
    expect(panel).toHaveTextContent('Could not load the escalation matrix');
    expect(panel).toHaveTextContent('Missing credentials');
    expect(screen.queryByText(/Request failed with/)).toBeNull();
  });
});

describe('EscalationMatrixPage: the open conflicts', () => {
  it('lists them in the order served, with level, who decides, parties and a countdown', async () => {
    const { api } = await renderPage();

    expect(api.listConflicts).toHaveBeenCalledWith({ status: 'open', limit: 50 });
    expect(
      screen.getAllByTestId(/^conflict-c-/).map(e => e.getAttribute('data-testid')),
    ).toEqual(['conflict-c-3', 'conflict-c-1', 'conflict-c-2']);

    const breached = within(rowOf('c-3'));
    expect(breached.getByTestId('level-chip')).toHaveTextContent('L3');
    expect(breached.getByTestId('authority-label')).toHaveTextContent('Executive');
    expect(breached.getByTestId('countdown')).toHaveAttribute('data-state', 'breached');
    expect(breached.getByTestId('countdown')).toHaveTextContent(/Breachedoverdue by 2h 0m \d+s/);

    const first = within(rowOf('c-1'));
    expect(first.getByRole('link', { name: 'Alpha merge of the VPC module' })).toHaveAttribute(
      'href',
      '/agent-coordination/conflicts/c-1',
    );
    expect(rowOf('c-1')).toHaveTextContent('Technical conflicts · Code Merge');
    expect(first.getByTestId('authority-label')).toHaveTextContent(
      'AgentsParties vote (2 must agree): Network Engineer, Kubernetes Specialist',
    );
    expect(first.getByTestId('countdown')).toHaveTextContent(/^1h 59m \d+s left/);
    // In the parties' cell, and again as the consensus level's voters.
    for (const link of first.getAllByRole('link', { name: 'Network Engineer' })) {
      expect(link).toHaveAttribute('href', '/catalog/default/agent/network-engineer');
    }

    const design = within(rowOf('c-2'));
    expect(rowOf('c-2')).toHaveTextContent('Design conflicts · Architecture · blocks 1 task');
    expect(design.getByTestId('authority-label')).toHaveTextContent(
      'Review Boardarchitecture-review-board',
    );
    // The catalog has no entity for the security specialist: named, not linked.
    expect(design.getByText('Security Specialist')).toBeInTheDocument();
    expect(design.queryByRole('link', { name: 'Security Specialist' })).toBeNull();
    expect(design.getByRole('link', { name: 'Infrastructure Architect' })).toBeInTheDocument();
  });

  it('counts down live, every second', async () => {
    await renderPage();
    const countdown = within(rowOf('c-1')).getByTestId('countdown');
    const seconds = () => Number(/(\d+)s left/.exec(countdown.textContent ?? '')![1]);
    const before = seconds();

    await waitFor(() => expect(seconds()).not.toBe(before), { timeout: 2500 });
  });

  it('offers only the actions the backend allows, per conflict', async () => {
    const { api } = await renderPage();

    await waitFor(() => expect(api.getConflictActions).toHaveBeenCalledTimes(3));
    const buttons = async (id: string) => {
      const row = within(rowOf(id));
      await waitFor(() => expect(row.queryByLabelText('Loading your actions')).toBeNull());
      return row.queryAllByRole('button').map(b => b.textContent);
    };
    expect(await buttons('c-1')).toEqual(['Vote', 'Escalate']);
    expect(await buttons('c-2')).toEqual(['Resolve']);
    expect(await buttons('c-3')).toEqual([]);
    expect(within(rowOf('c-3')).getByTestId('no-conflict-actions')).toHaveTextContent(
      'Nothing for you to do',
    );
  });

  it("shows the backend's message when the user's actions cannot be loaded", async () => {
    const error = await conflictError(404, 'Not Found', 'NotFoundError', 'No conflict c-2');
    await renderPage(
      apiWith({
        getConflictActions: jest.fn(async (id: string) => {
          if (id === 'c-2') throw error;
          return actionsAllowed();
        }),
      }),
    );
    expect(await within(rowOf('c-2')).findByTestId('conflict-error')).toHaveTextContent(
      'Could not load what you may doNo conflict c-2',
    );
  });

  it('says so when nothing is open', async () => {
    await renderConflictUi(
      <EscalationMatrixPage />,
      apiWith({ listConflicts: jest.fn(async () => page([])) }),
    );
    expect(await screen.findByText('No open conflicts')).toBeInTheDocument();
    expect(screen.getByText(/Nothing is waiting for a decision/)).toBeInTheDocument();
  });

  it('shows progress while the list loads', async () => {
    await renderConflictUi(
      <EscalationMatrixPage />,
      apiWith({ listConflicts: jest.fn(() => new Promise<ConflictPage>(() => {})) }),
    );
    await screen.findByTestId('matrix-row-code_merge');
    expect(screen.getAllByTestId('progress').length).toBeGreaterThan(0);
    expect(screen.queryByText('No open conflicts')).toBeNull();
  });

  it("shows the backend's message when the list is refused", async () => {
    const error = await conflictError(
      403,
      'Forbidden',
      'NotAllowedError',
      "You may not read conflicts: permission 'agent-coordination.conflict.read' denied",
    );
    await renderConflictUi(
      <EscalationMatrixPage />,
      apiWith({
        listConflicts: jest.fn(async () => {
          throw error;
        }),
      }),
    );
    const panel = await screen.findByTestId('conflict-error');
    expect(panel).toHaveTextContent('Could not load the open conflicts');
    expect(panel).toHaveTextContent(
      "You may not read conflicts: permission 'agent-coordination.conflict.read' denied",
    );
    expect(panel).toHaveTextContent('403 Forbidden · NotAllowedError');
    expect(screen.queryByText(/Request failed with/)).toBeNull();
  });

  it('refetches when a conflict changes (signals)', async () => {
    const later = exampleConflict({ id: 'c-4', title: 'Newly opened', deadlineAt: iso(HOUR) });
    const listConflicts = jest
      .fn()
      .mockResolvedValueOnce(page(servedConflicts()))
      .mockResolvedValue(page([...servedConflicts(), later]));
    const { api, signals } = await renderPage(apiWith({ listConflicts }));
    expect(screen.queryByTestId('conflict-c-4')).toBeNull();

    act(() => {
      signals.publish('agent-coordination:conflicts', {
        type: 'conflict.opened',
        conflictId: 'c-4',
        level: 'L1',
        status: 'open',
        version: 1,
      });
    });

    expect(await screen.findByTestId('conflict-c-4')).toBeInTheDocument();
    expect(api.listConflicts).toHaveBeenCalledTimes(2);
  });

  it('pages on with the cursor', async () => {
    const listConflicts = jest.fn(async (query?: { cursor?: string }) =>
      query?.cursor
        ? page([exampleConflict({ id: 'c-9', title: 'On page two' })])
        : page(servedConflicts(), 'next-1'),
    );
    await renderPage(apiWith({ listConflicts }));

    await user.click(screen.getByRole('button', { name: 'Show more' }));

    expect(await screen.findByTestId('conflict-c-9')).toBeInTheDocument();
    expect(listConflicts).toHaveBeenLastCalledWith({ status: 'open', cursor: 'next-1', limit: 50 });
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });
});

describe('EscalationMatrixPage: acting on a conflict', () => {
  async function openAction(id: string, name: string) {
    await user.click(await within(rowOf(id)).findByRole('button', { name }));
    return within(await screen.findByRole('dialog'));
  }

  it('escalates with a required reason, then refreshes the list', async () => {
    const api = apiWith({
      escalateConflict: jest.fn(async () => exampleConflict({ level: 'L2', version: 2 })),
    });
    await renderPage(api);

    const dialog = await openAction('c-1', 'Escalate');
    expect(dialog.getByText(/From L1 \(Agents\) to L2 \(Context Manager\)/)).toBeInTheDocument();
    const send = dialog.getByRole('button', { name: 'Escalate' });
    expect(send).toBeDisabled();
    await fill(dialog.getByLabelText(/Reason/), '  Blocks the release  ');
    await user.click(send);

    expect(api.escalateConflict).toHaveBeenCalledWith('c-1', {
      reason: 'Blocks the release',
      version: 1,
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(api.listConflicts).toHaveBeenCalledTimes(2));
  });

  it('resolves with a decision and a rationale, both required', async () => {
    const api = apiWith({
      resolveConflict: jest.fn(async () => exampleConflict({ id: 'c-2', status: 'resolved' })),
    });
    await renderPage(api);

    const dialog = await openAction('c-2', 'Resolve');
    expect(dialog.getByText(/the task it blocks is released/)).toBeInTheDocument();
    const send = dialog.getByRole('button', { name: 'Resolve' });
    await fill(dialog.getByLabelText(/Decision/), 'No mesh for now');
    expect(send).toBeDisabled();
    await fill(dialog.getByLabelText(/Rationale/), 'Latency budget');
    await user.click(send);

    expect(api.resolveConflict).toHaveBeenCalledWith('c-2', {
      decision: 'No mesh for now',
      rationale: 'Latency budget',
      version: 1,
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('votes with a position (agreeing with one is a click) and a rationale', async () => {
    const api = apiWith({ voteOnConflict: jest.fn(async () => exampleConflict({ version: 2 })) });
    await renderPage(api);

    const dialog = await openAction('c-1', 'Vote');
    expect(dialog.getByTestId('current-votes')).toHaveTextContent(
      'Kubernetes Specialist: "Use /20 subnets"',
    );
    expect(dialog.getByText(/when 2 of them stand for the same position/)).toBeInTheDocument();
    await user.click(dialog.getByText('Agree: Use /20 subnets'));
    await fill(dialog.getByLabelText(/Rationale/), 'Fits the plan');
    await user.click(dialog.getByRole('button', { name: 'Vote' }));

    expect(api.voteOnConflict).toHaveBeenCalledWith('c-1', {
      position: 'Use /20 subnets',
      rationale: 'Fits the plan',
      version: 1,
    });
  });

  it('sends a vote without a rationale when none is given', async () => {
    const api = apiWith({ voteOnConflict: jest.fn(async () => exampleConflict({ version: 2 })) });
    await renderPage(api);

    const dialog = await openAction('c-1', 'Vote');
    await fill(dialog.getByLabelText(/Position/), 'Keep /16');
    await user.click(dialog.getByRole('button', { name: 'Vote' }));

    expect(api.voteOnConflict).toHaveBeenCalledWith('c-1', { position: 'Keep /16', version: 1 });
  });

  it('on a stale version, says what changed, takes the new version and lets the user send again', async () => {
    const current = exampleConflict({
      level: 'L2',
      version: 2,
      deadlineAt: iso(4 * HOUR),
      votes: [
        { agent: 'kubernetes_specialist', position: 'Use /20 subnets', rationale: null, at: iso(-HOUR) },
        { agent: 'network_engineer', position: 'Keep /16', rationale: null, at: iso(-1000) },
      ],
    });
    const stale = await conflictError(
      409,
      'Conflict',
      'ConflictError',
      'Conflict c-1 is at version 2; the request was made against version 1',
      { code: 'stale_version', conflict: current },
    );
    const escalateConflict = jest
      .fn()
      .mockRejectedValueOnce(stale)
      .mockResolvedValueOnce(exampleConflict({ level: 'L3', version: 3 }));
    const api = apiWith({ escalateConflict });
    await renderPage(api);

    const dialog = await openAction('c-1', 'Escalate');
    await fill(dialog.getByLabelText(/Reason/), 'Still stuck');
    await user.click(dialog.getByRole('button', { name: 'Escalate' }));

    const changed = await dialog.findByTestId('conflict-changed');
    expect(changed).toHaveTextContent(
      'The conflict changed before your request arrived, so nothing was sent: it moved from L1 to L2 (Context Manager decides now); Network Engineer voted "Keep /16". Check it and send again.',
    );
    expect(dialog.queryByTestId('conflict-error')).toBeNull();
    // The list shows the conflict as it is now.
    await waitFor(() => expect(api.listConflicts).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(api.getConflictActions).toHaveBeenCalledWith('c-1'));
    expect(dialog.getByText(/From L2 \(Context Manager\) to L3 \(Tech Lead\)/)).toBeInTheDocument();

    await user.click(dialog.getByRole('button', { name: 'Escalate again' }));
    expect(escalateConflict).toHaveBeenLastCalledWith('c-1', { reason: 'Still stuck', version: 2 });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('after a stale version, says when the action is no longer the user\'s', async () => {
    const current = exampleConflict({
      version: 2,
      status: 'resolved',
      resolution: {
        decision: 'Keep /16',
        rationale: 'agreed',
        by: 'consensus',
        byAgent: null,
        via: 'consensus',
        at: iso(-1000),
      },
    });
    const stale = await conflictError(409, 'Conflict', 'ConflictError', 'stale', {
      code: 'stale_version',
      conflict: current,
    });
    const getConflictActions = jest
      .fn()
      .mockResolvedValueOnce(actionsAllowed({ escalate: true }))
      .mockResolvedValue(actionsAllowed());
    const api = apiWith({
      listConflicts: jest.fn(async () => page([servedConflicts()[1]])),
      getConflictActions,
      escalateConflict: jest.fn(async () => {
        throw stale;
      }),
    });
    await renderPage(api);

    const dialog = await openAction('c-1', 'Escalate');
    await fill(dialog.getByLabelText(/Reason/), 'Still stuck');
    await user.click(dialog.getByRole('button', { name: 'Escalate' }));

    expect(await dialog.findByTestId('conflict-changed')).toHaveTextContent(
      'it was resolved: "Keep /16". You may no longer escalate it.',
    );
    expect(dialog.getByRole('button', { name: 'Escalate' })).toBeDisabled();
  });

  it("shows a 403 refusal in the backend's words, with the rule", async () => {
    const refusal = await conflictError(
      403,
      'Forbidden',
      'NotAllowedError',
      'network_engineer may not escalate conflict c-1: framework conflictActions.escalate allows party, authority, context_manager; network_engineer acts as any_agent',
      { code: 'escalate_not_permitted' },
    );
    const api = apiWith({
      escalateConflict: jest.fn(async () => {
        throw refusal;
      }),
    });
    await renderPage(api);

    const dialog = await openAction('c-1', 'Escalate');
    await fill(dialog.getByLabelText(/Reason/), 'Urgent');
    await user.click(dialog.getByRole('button', { name: 'Escalate' }));

    const panel = await dialog.findByTestId('conflict-error');
    expect(panel).toHaveTextContent('Could not escalate the conflict');
    expect(panel).toHaveTextContent(
      'network_engineer may not escalate conflict c-1: framework conflictActions.escalate allows party, authority, context_manager',
    );
    expect(panel).toHaveTextContent('403 Forbidden · NotAllowedError');
    expect(dialog.getByTestId('conflict-error-code')).toHaveTextContent('Rule: escalate_not_permitted');
    expect(screen.queryByText(/Request failed with/)).toBeNull();
    // The dialog stays, with what the user typed.
    expect(dialog.getByLabelText(/Reason/)).toHaveValue('Urgent');
  });

  it('refreshes the list on a 409 that carries no conflict (resolved meanwhile)', async () => {
    const refusal = await conflictError(
      409,
      'Conflict',
      'ConflictError',
      'Conflict c-2 was resolved on 2025-03-01T12:00:00.000Z: "Mesh"',
      { code: 'already_resolved' },
    );
    const api = apiWith({
      resolveConflict: jest.fn(async () => {
        throw refusal;
      }),
    });
    await renderPage(api);

    const dialog = await openAction('c-2', 'Resolve');
    await fill(dialog.getByLabelText(/Decision/), 'No mesh');
    await fill(dialog.getByLabelText(/Rationale/), 'Budget');
    await user.click(dialog.getByRole('button', { name: 'Resolve' }));

    expect(await dialog.findByTestId('conflict-error')).toHaveTextContent(
      'Conflict c-2 was resolved on 2025-03-01T12:00:00.000Z: "Mesh"',
    );
    expect(dialog.getByTestId('conflict-error-code')).toHaveTextContent('already_resolved');
    await waitFor(() => expect(api.listConflicts).toHaveBeenCalledTimes(2));
  });
});
