import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import type {
  Conflict,
  ConflictSnapshot,
} from '@agent-coordination/plugin-agent-coordination-common';
import { mockAgentCoordinationApi } from '../../__testUtils__/framework';
import {
  actionsAllowed,
  conflictError,
  conflictEvent,
  exampleConflict,
  exampleTask,
} from '../../__testUtils__/conflicts';
import { renderConflictUi } from '../../__testUtils__/renderConflictUi';
import { ConflictDetailPage } from './ConflictDetailPage';

// No timer between keystrokes: the same events, far fewer ticks per test.
const user = userEvent.setup({ delay: null });

const HOUR = 3600_000;
const OPENED = '2025-03-01T10:00:00.000Z';
const t = (hours: number) =>
  new Date(Date.parse(OPENED) + hours * HOUR).toISOString();

function openConflict(overrides: Partial<ConflictSnapshot> = {}): Conflict {
  return exampleConflict({
    level: 'L2',
    levelEnteredAt: t(4),
    deadlineAt: new Date(Date.now() + 3 * HOUR).toISOString(),
    subject: {
      tasks: ['t-1'],
      components: ['component:default/vpc'],
      paths: ['components/terraform/vpc/main.tf'],
    },
    primaryOwners: ['network_engineer'],
    blocks: ['t-2'],
    votes: [
      {
        agent: 'kubernetes_specialist',
        position: 'Use /20 subnets',
        rationale: 'EKS needs room',
        at: t(1),
      },
    ],
    version: 3,
    ...overrides,
  });
}

function timeline() {
  const l1 = exampleConflict();
  const voted = { ...l1, votes: openConflict().votes, version: 2 };
  const l2 = { ...voted, level: 'L2' as const, version: 3 };
  const l3 = { ...l2, level: 'L3' as const, version: 4 };
  const breached = { ...l3, breachedAt: t(12), version: 5 };
  const resolved = {
    ...breached,
    status: 'resolved' as const,
    version: 6,
    resolution: {
      decision: 'Use /20 subnets',
      rationale: 'Room for EKS nodes; the VPC stays /16.',
      by: 'user:development/guest',
      byAgent: 'context_manager',
      via: 'authority' as const,
      at: t(14),
    },
  };
  return [
    conflictEvent(1, 'conflict.opened', {
      actorAgent: 'network_engineer',
      after: l1,
      createdAt: OPENED,
    }),
    conflictEvent(2, 'conflict.voted', {
      actorAgent: 'kubernetes_specialist',
      before: l1,
      after: voted,
      reason: 'kubernetes_specialist votes: Use /20 subnets',
      createdAt: t(1),
    }),
    conflictEvent(3, 'conflict.escalated', {
      actor: 'system:agent-coordination',
      before: voted,
      after: l2,
      reason: `SLA: L1 (Agents) did not decide within 4h; L2 (Context Manager) decides by ${t(
        8,
      )}`,
      createdAt: t(4),
    }),
    conflictEvent(4, 'conflict.escalated', {
      actorAgent: 'network_engineer',
      before: l2,
      after: l3,
      reason: 'L2 -> L3 (Tech Lead) by hand: the context manager is away',
      createdAt: t(5),
    }),
    conflictEvent(5, 'conflict.breached', {
      actor: 'system:agent-coordination',
      before: l3,
      after: breached,
      reason: `SLA: L3 (Tech Lead) did not decide by ${t(
        12,
      )}; the conflict stays open and alerts every 1h`,
      createdAt: t(12),
    }),
    conflictEvent(6, 'conflict.breach_reminder', {
      actor: 'system:agent-coordination',
      after: { level: 'L3', breachedAt: t(12), overdueBy: '1h' },
      reason: 'still open 1h after its SLA was breached at L3',
      createdAt: t(13),
    }),
    conflictEvent(7, 'conflict.resolved', {
      actorAgent: 'context_manager',
      before: breached,
      after: resolved,
      reason: 'L3 decided: Use /20 subnets',
      createdAt: t(14),
    }),
  ];
}

function apiWith(
  overrides: Parameters<typeof mockAgentCoordinationApi>[0] = {},
) {
  return mockAgentCoordinationApi({
    getConflict: jest.fn(async () => openConflict()),
    getConflictEvents: jest.fn(async () => ({
      items: timeline().slice(0, 3),
      nextCursor: null,
    })),
    getConflictActions: jest.fn(async () =>
      actionsAllowed({ resolve: true, escalate: true }, 'context_manager'),
    ),
    getTask: jest.fn(async (id: string) => {
      if (id === 't-1') return exampleTask('t-1', 'Widen the VPC');
      throw new Error('not readable');
    }),
    ...overrides,
  });
}

async function renderDetail(api = apiWith(), id = 'c-1') {
  const rendered = await renderConflictUi(
    <Routes>
      <Route
        path="/agent-coordination/conflicts/:id"
        element={
          <ConflictDetailPage
            backLink={{
              to: '/agent-coordination/escalation',
              title: 'Escalation matrix',
            }}
          />
        }
      />
    </Routes>,
    api,
    { routeEntries: [`/agent-coordination/conflicts/${id}`] },
  );
  return { api, ...rendered };
}

const fact = (label: string) => screen.getByTestId(`fact-${label}`);

describe('ConflictDetailPage', () => {
  it('shows everything about the conflict', async () => {
    const { api } = await renderDetail();

    const summary = await screen.findByTestId('conflict-summary');
    expect(api.getConflict).toHaveBeenCalledWith('c-1');
    expect(screen.getByText('VPC module merge')).toBeInTheDocument();
    expect(
      screen.getByText('Technical conflicts · Code Merge'),
    ).toBeInTheDocument();
    expect(summary).toHaveTextContent('Open');
    expect(within(summary).getByTestId('level-chip')).toHaveTextContent('L2');
    expect(within(summary).getByTestId('countdown')).toHaveTextContent(
      /^2h 59m \d+s left/,
    );
    expect(summary).toHaveTextContent(
      'Both want to change the VPC CIDR layout.',
    );

    expect(fact('now-l2-')).toHaveTextContent('Context ManagerContext Manager');
    expect(
      within(fact('now-l2-')).getByRole('link', { name: 'Context Manager' }),
    ).toHaveAttribute('href', '/catalog/default/agent/context-manager');
    expect(fact('resolve-by')).toHaveTextContent(
      'the end of L3, counted from the opening',
    );
    expect(within(fact('opened')).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/development/user/guest',
    );
    expect(fact('parties')).toHaveTextContent(
      'Network Engineer, Kubernetes Specialist',
    );
    expect(fact('primary-owners')).toHaveTextContent('Network Engineer');
    expect(
      await within(fact('tasks')).findByText('Widen the VPC'),
    ).toBeInTheDocument();
    expect(fact('tasks')).toHaveTextContent('IN_PROGRESS · t-1');
    expect(
      within(fact('components')).getByRole('link', { name: 'vpc' }),
    ).toHaveAttribute('href', '/catalog/default/component/vpc');
    expect(fact('paths')).toHaveTextContent('components/terraform/vpc/main.tf');
    // A task the user may not read is still named by its id.
    expect(fact('blocked-tasks')).toHaveTextContent(
      't-2Held BLOCKED until the conflict is resolved',
    );
    expect(screen.getByTestId('conflict-votes')).toHaveTextContent(
      'Kubernetes Specialist: “Use /20 subnets”EKS needs room',
    );
    expect(
      screen.getByRole('link', { name: '← Escalation matrix' }),
    ).toHaveAttribute('href', '/agent-coordination/escalation');
  });

  it('tells the whole story in its timeline: who, what, why and when', async () => {
    const resolved = openConflict({
      status: 'resolved',
      level: 'L3',
      breachedAt: t(12),
      resolution: {
        decision: 'Use /20 subnets',
        rationale: 'Room for EKS nodes; the VPC stays /16.',
        by: 'user:development/guest',
        byAgent: 'context_manager',
        via: 'authority',
        at: t(14),
      },
    });
    const api = apiWith({
      getConflict: jest.fn(async () => resolved),
      getConflictActions: jest.fn(async () =>
        actionsAllowed({}, 'context_manager'),
      ),
      getConflictEvents: jest.fn(async () => ({
        items: timeline(),
        nextCursor: null,
      })),
    });
    await renderDetail(api);

    await screen.findByTestId('conflict-timeline');
    const events = screen.getAllByTestId('timeline-event');
    expect(events.map(e => e.getAttribute('data-type'))).toEqual([
      'conflict.opened',
      'conflict.voted',
      'conflict.escalated',
      'conflict.escalated',
      'conflict.breached',
      'conflict.breach_reminder',
      'conflict.resolved',
    ]);
    expect(
      screen.getAllByTestId('timeline-what').map(e => e.textContent),
    ).toEqual([
      'Opened at L1',
      'Kubernetes Specialist voted “Use /20 subnets”',
      'Escalated L1 → L2 by SLA',
      'Escalated L2 → L3 by hand',
      'SLA breached at L3',
      'Reminder: still open, overdue by 1h',
      'Decided: “Use /20 subnets”',
    ]);
    const who = events.map(e => within(e).getByTestId('actor').textContent);
    expect(who).toEqual([
      'development/guest as Network Engineer',
      'development/guest as Kubernetes Specialist',
      'Agent Coordination (automatic)',
      'development/guest as Network Engineer',
      'Agent Coordination (automatic)',
      'Agent Coordination (automatic)',
      'development/guest as Context Manager',
    ]);
    expect(within(events[2]).getByTestId('timeline-why')).toHaveTextContent(
      'SLA: L1 (Agents) did not decide within 4h; L2 (Context Manager) decides by',
    );
    expect(within(events[3]).getByTestId('timeline-why')).toHaveTextContent(
      'L2 -> L3 (Tech Lead) by hand: the context manager is away',
    );
    expect(events[1]).toHaveTextContent('Rationale: EKS needs room');
    expect(events[6]).toHaveTextContent(
      'Rationale: Room for EKS nodes; the VPC stays /16.',
    );
    expect(within(events[0]).getByRole('time')).toHaveAttribute(
      'datetime',
      OPENED,
    );

    // Decided: the decision is shown, nobody decides any more, no actions.
    expect(screen.getByTestId('conflict-resolution')).toHaveTextContent(
      'Use /20 subnetsRoom for EKS nodes; the VPC stays /16.By development/guest as Context Manager',
    );
    expect(fact('now-l3-')).toHaveTextContent('Nobody: it is decided');
    expect(screen.getByTestId('conflict-summary')).toHaveTextContent(
      'Resolved',
    );
    expect(await screen.findByTestId('no-conflict-actions')).toHaveTextContent(
      'Closed',
    );
  });

  it('offers the actions the backend allows and resolves with a decision and rationale', async () => {
    const api = apiWith({
      resolveConflict: jest.fn(async () =>
        openConflict({ status: 'resolved', version: 4 }),
      ),
    });
    await renderDetail(api);

    const actions = await screen.findByTestId('conflict-actions');
    expect(
      within(actions)
        .getAllByRole('button')
        .map(b => b.textContent),
    ).toEqual(['Resolve', 'Escalate']);
    await user.click(
      within(actions).getByRole('button', { name: 'Resolve' }),
    );
    const dialog = within(await screen.findByRole('dialog'));
    expect(
      dialog.getByText(/At L2, Context Manager decides/),
    ).toBeInTheDocument();
    await user.click(dialog.getByLabelText(/Decision/));
    await user.paste('Use /20 subnets');
    await user.click(dialog.getByLabelText(/Rationale/));
    await user.paste('Both fit');
    await user.click(dialog.getByRole('button', { name: 'Resolve' }));

    expect(api.resolveConflict).toHaveBeenCalledWith('c-1', {
      decision: 'Use /20 subnets',
      rationale: 'Both fit',
      version: 3,
    });
    await waitFor(() => expect(api.getConflict).toHaveBeenCalledTimes(2));
    expect(api.getConflictEvents).toHaveBeenCalledTimes(2);
  });

  it('refetches on a signal about this conflict, not about another', async () => {
    const { api, signals } = await renderDetail();
    await screen.findByTestId('conflict-timeline');
    const signal = (conflictId: string) =>
      act(() => {
        signals.publish('agent-coordination:conflicts', {
          type: 'conflict.escalated',
          conflictId,
          level: 'L3',
          status: 'open',
          version: 4,
        });
      });

    signal('c-other');
    await new Promise(resolve => setTimeout(resolve, 400));
    expect(api.getConflict).toHaveBeenCalledTimes(1);

    signal('c-1');
    await waitFor(() => expect(api.getConflict).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(api.getConflictEvents).toHaveBeenCalledTimes(2));
  });

  it('reads every page of the timeline', async () => {
    const [first, second, third] = timeline();
    const getConflictEvents = jest.fn(async (_id: string, cursor?: string) =>
      cursor
        ? { items: [third], nextCursor: null }
        : { items: [first, second], nextCursor: 'p2' },
    );
    await renderDetail(apiWith({ getConflictEvents }));

    await screen.findByTestId('conflict-timeline');
    expect(screen.getAllByTestId('timeline-event')).toHaveLength(3);
    expect(getConflictEvents).toHaveBeenNthCalledWith(2, 'c-1', 'p2');
  });

  it("shows the backend's message for a conflict that is not there", async () => {
    const error = await conflictError(
      404,
      'Not Found',
      'NotFoundError',
      'No conflict with id c-404',
    );
    await renderDetail(
      apiWith({
        getConflict: jest.fn(async () => {
          throw error;
        }),
      }),
      'c-404',
    );

    const panel = await screen.findByTestId('conflict-error');
    expect(panel).toHaveTextContent('Could not load the conflict');
    expect(panel).toHaveTextContent('No conflict with id c-404');
    expect(panel).toHaveTextContent('404 Not Found · NotFoundError');
    expect(screen.queryByText(/Request failed with/)).toBeNull();
  });

  it("shows the backend's message when the timeline is refused", async () => {
    const error = await conflictError(
      403,
      'Forbidden',
      'NotAllowedError',
      "You may not read this conflict's events",
    );
    await renderDetail(
      apiWith({
        getConflictEvents: jest.fn(async () => {
          throw error;
        }),
      }),
    );

    expect(
      await screen.findByText("You may not read this conflict's events"),
    ).toBeInTheDocument();
    expect(screen.getByText('Could not load the timeline')).toBeInTheDocument();
  });

  it('shows progress while loading', async () => {
    await renderDetail(
      apiWith({ getConflict: jest.fn(() => new Promise<Conflict>(() => {})) }),
    );
    expect(screen.getByTestId('progress')).toBeInTheDocument();
    expect(screen.queryByTestId('conflict-summary')).toBeNull();
  });
});
