import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ResponseError } from '@backstage/errors';
import { Route, Routes } from 'react-router-dom';
import type { Handoff } from '@agent-coordination/plugin-agent-coordination-common';
import { backendError } from '../../__testUtils__/backendError';
import { exampleTask } from '../../__testUtils__/conflicts';
import { mockAgentCoordinationApi } from '../../__testUtils__/framework';
import {
  exampleHandoff,
  exampleHandoffActions,
} from '../../__testUtils__/handoffs';
import { exampleWhoami } from '../../__testUtils__/messages';
import { renderConflictUi } from '../../__testUtils__/renderConflictUi';
import { HANDOFF_SIGNAL_CHANNEL } from './useHandoffSignals';
import { HandoffRoutes } from './HandoffRoutes';

// No timer between keystrokes: the same events, far fewer ticks per test.
const user = userEvent.setup({ delay: null });

const incomplete = exampleHandoff({
  id: 'h-1',
  attested: [],
  content: {
    completedWork: ['Half of it'],
    artifacts: [],
    knownIssues: null,
    dependencies: null,
    successCriteria: [],
    notes: null,
  },
});

/** The backend's answer with its body as sent: a refusal's code, missing checks, or the current handoff. */
function refusal(status: number, body: object): Promise<ResponseError> {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        request: {
          method: 'POST',
          url: '/api/agent-coordination/handoffs/h-1',
        },
        response: { statusCode: status },
        ...body,
      }),
      {
        status,
        headers: { 'Content-Type': 'application/json' },
      },
    ),
  );
}

function detailApi(
  handoff: Handoff,
  overrides: Parameters<typeof mockAgentCoordinationApi>[0] = {},
) {
  return mockAgentCoordinationApi({
    getWhoami: jest.fn(async () => exampleWhoami('network_engineer')),
    getHandoff: jest.fn(async () => handoff),
    getHandoffActions: jest.fn(async () =>
      exampleHandoffActions({
        agent: 'network_engineer',
        roles: ['sender'],
        edit: true,
      }),
    ),
    getHandoffDocument: jest.fn(
      async () => '# Task Handoff\n\n## Completed Work\n- Half of it',
    ),
    getHandoffEvents: jest.fn(async () => ({
      items: [
        {
          id: 'e-1',
          type: 'handoff.opened',
          subject: { type: 'handoff', id: 'h-1' },
          actor: 'user:default/net',
          actorAgent: 'network_engineer',
          reason: null,
          before: null,
          after: handoff,
          createdAt: '2030-03-01T09:00:00.000Z',
        },
      ],
      nextCursor: null,
    })),
    getTask: jest.fn(async (id: string) =>
      exampleTask(id, `Task ${id}`, 'BLOCKED'),
    ),
    ...overrides,
  } as never);
}

async function renderDetail(api: ReturnType<typeof mockAgentCoordinationApi>) {
  return renderConflictUi(
    <Routes>
      <Route
        path="/agent-coordination/handoffs/*"
        element={<HandoffRoutes />}
      />
    </Routes>,
    api,
    { routeEntries: ['/agent-coordination/handoffs/h-1'] },
  );
}

describe('HandoffDetailPage', () => {
  it('shows the five stages, the checklist with what is missing, the document and the timeline', async () => {
    await renderDetail(detailApi(incomplete));
    const stepper = await screen.findByTestId('handoff-stepper');
    expect(
      within(stepper).getByTestId('handoff-stage-initiation'),
    ).toHaveAttribute('data-state', 'done');
    expect(
      within(stepper).getByTestId('handoff-stage-transfer'),
    ).toHaveAttribute('data-state', 'failing');
    expect(
      within(stepper).getByTestId('handoff-stage-transfer'),
    ).toHaveTextContent('Checklist fails: Context files updated');
    const checklist = screen.getAllByTestId('handoff-checklist')[0];
    expect(
      within(checklist).getByTestId('handoff-check-Known issues listed'),
    ).toHaveAttribute('data-passed', 'false');
    expect(checklist).toHaveTextContent('Known issues listed — missing');
    expect(
      screen.getByText('5 missing: the transfer is refused until they pass'),
    ).toBeInTheDocument();
    expect(await screen.findByTestId('handoff-document')).toHaveTextContent(
      'Completed Work',
    );
    expect(await screen.findByTestId('handoff-timeline')).toHaveTextContent(
      'Opened',
    );
    expect(screen.getByTestId('handoff-turn')).toHaveTextContent(
      'Network Engineer to transfer',
    );
    const actions = screen.getByTestId('handoff-actions');
    expect(
      within(actions)
        .getAllByRole('button')
        .map(b => b.textContent),
    ).toEqual(['Edit draft', 'Transfer']);
  });

  it('shows a refused transfer’s missing checks, then the edit that fixes them and a transfer that passes', async () => {
    const fixed = exampleHandoff({ id: 'h-1', version: 2 });
    const transferred = exampleHandoff({
      id: 'h-1',
      version: 3,
      stage: 'transfer',
      status: 'awaiting_acknowledgment',
      transferredAt: '2030-03-01T10:00:00.000Z',
      acknowledgmentDueAt: '2099-03-01T14:00:00.000Z',
    });
    const api = detailApi(incomplete, {
      transferHandoff: jest
        .fn()
        .mockImplementationOnce(async () => {
          throw await refusal(422, {
            error: {
              name: 'UnprocessableError',
              message:
                'Handoff h-1 cannot be transferred: the mandatory checklist fails on Artifacts accessible, Success criteria defined',
              code: 'handoff_checklist_incomplete',
              missing: ['Artifacts accessible', 'Success criteria defined'],
            },
          });
        })
        .mockResolvedValueOnce(transferred),
      updateHandoff: jest.fn(async () => fixed),
    });
    await renderDetail(api);
    await user.click(await screen.findByTestId('handoff-action-transfer'));
    const dialog = await screen.findByTestId('handoff-dialog-transfer');
    await user.click(
      within(dialog).getByTestId('transfer-attest-Context files updated'),
    );
    await user.click(screen.getByTestId('handoff-step-confirm'));
    const missing = await screen.findByTestId('handoff-missing');
    expect(missing).toHaveTextContent('Artifacts accessible');
    expect(missing).toHaveTextContent('Success criteria defined');
    expect(
      screen.getByText(/^Not transferred: 2 mandatory checks missing/),
    ).toBeInTheDocument();
    expect(api.transferHandoff).toHaveBeenCalledWith(
      'h-1',
      { version: 1, attest: ['Context files updated'] },
      expect.objectContaining({ idempotencyKey: expect.any(String) }),
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    await user.click(screen.getByTestId('handoff-action-edit'));
    const form = await screen.findByTestId('handoff-form');
    expect(within(form).getByTestId('handoff-completed-work')).toHaveValue(
      'Half of it',
    );
    await user.type(
      within(form).getByTestId('handoff-success-criteria'),
      'Plan is clean',
    );
    await user.click(within(form).getByTestId('handoff-add-artifact'));
    await user.type(
      within(form).getByTestId('handoff-artifact-path-0'),
      'components/terraform/vpc/main.tf',
    );
    await user.click(
      within(form).getByTestId('handoff-known-issues-none'),
    );
    await user.click(
      within(form).getByTestId('handoff-dependencies-none'),
    );
    await user.click(
      within(form).getByTestId('handoff-attest-Context files updated'),
    );
    await user.click(screen.getByTestId('handoff-save'));
    await waitFor(() => expect(api.updateHandoff).toHaveBeenCalled());
    expect((api.updateHandoff as jest.Mock).mock.calls[0]).toEqual([
      'h-1',
      {
        title: 'VPC module',
        content: {
          completedWork: ['Half of it'],
          artifacts: [
            {
              path: 'components/terraform/vpc/main.tf',
              type: 'code',
              status: 'final',
            },
          ],
          knownIssues: [],
          dependencies: [],
          successCriteria: ['Plan is clean'],
          notes: '',
        },
        attest: ['Context files updated'],
        version: 1,
      },
    ]);
    await waitFor(() =>
      expect(screen.getByText('Every check passes')).toBeInTheDocument(),
    );

    await user.click(screen.getByTestId('handoff-action-transfer'));
    await user.click(await screen.findByTestId('handoff-step-confirm'));
    await waitFor(() =>
      expect(screen.getByTestId('handoff-status')).toHaveTextContent(
        'Awaiting acknowledgment',
      ),
    );
    expect(api.transferHandoff).toHaveBeenLastCalledWith(
      'h-1',
      { version: 2 },
      expect.anything(),
    );
  });

  it('offers the receiver acknowledge and clarification, sends the version it saw, and lists the tasks it holds', async () => {
    const waiting = exampleHandoff({
      id: 'h-1',
      version: 4,
      stage: 'transfer',
      status: 'awaiting_acknowledgment',
      blocks: ['t-9'],
      transferredAt: '2030-03-01T10:00:00.000Z',
      acknowledgmentDueAt: '2099-03-01T14:00:00.000Z',
    });
    const acknowledged = exampleHandoff({
      ...waiting,
      version: 5,
      stage: 'acknowledgment',
      status: 'acknowledged',
      acknowledgedAt: '2030-03-01T11:00:00.000Z',
    });
    const api = detailApi(waiting, {
      getWhoami: jest.fn(async () => exampleWhoami('api_developer')),
      getHandoffActions: jest.fn(async () =>
        exampleHandoffActions({
          agent: 'api_developer',
          roles: ['receiver'],
          acknowledge: true,
          requestClarification: true,
        }),
      ),
      acknowledgeHandoff: jest.fn(async () => acknowledged),
    });
    await renderDetail(api);
    expect(await screen.findByTestId('handoff-due')).toHaveTextContent('left');
    expect(await screen.findByTestId('task-t-9')).toHaveTextContent('Task t-9');
    expect(screen.getByTestId('task-t-9')).toHaveTextContent('BLOCKED');
    expect(
      screen.getByText('Held BLOCKED until the receiver acknowledges it'),
    ).toBeInTheDocument();
    const actions = screen.getByTestId('handoff-actions');
    expect(
      within(actions)
        .getAllByRole('button')
        .map(b => b.textContent),
    ).toEqual(['Acknowledge', 'Request clarification']);
    await user.click(screen.getByTestId('handoff-action-acknowledge'));
    await user.type(
      await screen.findByTestId('handoff-step-text'),
      'Taking it',
    );
    await user.click(screen.getByTestId('handoff-step-confirm'));
    await waitFor(() =>
      expect(screen.getByTestId('handoff-status')).toHaveTextContent(
        'Acknowledged',
      ),
    );
    expect(api.acknowledgeHandoff).toHaveBeenCalledWith(
      'h-1',
      { version: 4, note: 'Taking it' },
      expect.anything(),
    );
    expect(
      screen.getByText('Released when it was acknowledged'),
    ).toBeInTheDocument();
  });

  it('says when the handoff changed under the user, and shows it as it is now', async () => {
    const waiting = exampleHandoff({
      id: 'h-1',
      version: 4,
      stage: 'transfer',
      status: 'awaiting_acknowledgment',
      acknowledgmentDueAt: '2099-01-01T00:00:00.000Z',
    });
    const now = exampleHandoff({
      ...waiting,
      version: 5,
      status: 'clarification_requested',
    });
    const api = detailApi(waiting, {
      getHandoffActions: jest.fn(async () =>
        exampleHandoffActions({ agent: 'api_developer', acknowledge: true }),
      ),
      acknowledgeHandoff: jest.fn(async () => {
        throw await refusal(409, {
          error: { name: 'ConflictError', message: 'stale' },
          handoff: now,
        });
      }),
    });
    await renderDetail(api);
    await user.click(
      await screen.findByTestId('handoff-action-acknowledge'),
    );
    await user.click(await screen.findByTestId('handoff-step-confirm'));
    expect(
      await screen.findByText(
        /changed since you read it: it is now clarification requested at version 5/,
      ),
    ).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Show it as it is now' }),
    );
    await waitFor(() =>
      expect(screen.getByTestId('handoff-status')).toHaveTextContent(
        'Clarification requested',
      ),
    );
  });

  it('refetches on a signal about this handoff, not on one about another', async () => {
    const api = detailApi(incomplete);
    const { signals } = await renderDetail(api);
    await screen.findByTestId('handoff-stepper');
    await waitFor(() => expect(api.getHandoff).toHaveBeenCalledTimes(1));
    act(() =>
      signals.publish(HANDOFF_SIGNAL_CHANNEL, {
        type: 'handoff.edited',
        handoffId: 'other',
      }),
    );
    act(() =>
      signals.publish(HANDOFF_SIGNAL_CHANNEL, {
        type: 'handoff.edited',
        handoffId: 'h-1',
      }),
    );
    await waitFor(() => expect(api.getHandoff).toHaveBeenCalledTimes(2));
    await new Promise(r => setTimeout(r, 400));
    expect(api.getHandoff).toHaveBeenCalledTimes(2);
  });

  it('shows the backend’s words when the handoff cannot be read, and the read-only note', async () => {
    const error = await backendError(
      404,
      'Not Found',
      'NotFoundError',
      "No handoff with id 'h-1'",
    );
    await renderDetail(
      detailApi(incomplete, {
        getHandoff: jest.fn(async () => {
          throw error;
        }),
      }),
    );
    expect(
      await screen.findByTestId('backend-error-message'),
    ).toHaveTextContent("No handoff with id 'h-1'");
  });

  it('tells a caller of no agent it only reads', async () => {
    await renderDetail(
      detailApi(incomplete, {
        getHandoffActions: jest.fn(async () => exampleHandoffActions()),
      }),
    );
    expect(
      await screen.findByText(
        /You act as no agent: you can read this handoff, not act on it/,
      ),
    ).toBeInTheDocument();
  });
});
