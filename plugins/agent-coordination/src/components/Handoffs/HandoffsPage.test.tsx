import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import type { ListHandoffsQuery } from '@agent-coordination/plugin-agent-coordination-common';
import { backendError } from '../../__testUtils__/backendError';
import { mockAgentCoordinationApi } from '../../__testUtils__/framework';
import { exampleHandoff } from '../../__testUtils__/handoffs';
import { exampleWhoami } from '../../__testUtils__/messages';
import { renderConflictUi } from '../../__testUtils__/renderConflictUi';
import { HandoffRoutes } from './HandoffRoutes';

// No timer between keystrokes: the same events, far fewer ticks per test.
const user = userEvent.setup({ delay: null });

const toMe = exampleHandoff({
  id: 'h-in',
  title: 'Peering routes',
  from: 'network_engineer',
  to: 'api_developer',
  stage: 'transfer',
  status: 'awaiting_acknowledgment',
  transferredAt: '2030-03-01T09:00:00.000Z',
  acknowledgmentDueAt: '2030-03-01T09:30:00.000Z',
  updatedAt: '2030-03-01T09:00:00.000Z',
});
const myDraft = exampleHandoff({
  id: 'h-draft',
  title: 'Gateway config',
  from: 'api_developer',
  to: 'security_specialist',
  attested: [],
  content: {
    completedWork: [],
    artifacts: [],
    knownIssues: null,
    dependencies: null,
    successCriteria: [],
    notes: null,
  },
  updatedAt: '2030-03-01T10:00:00.000Z',
});

/** GET /handoffs over a fixed set, filtered as the backend does. */
function handoffApi(
  overrides: Parameters<typeof mockAgentCoordinationApi>[0] = {},
) {
  const all = [toMe, myDraft];
  return mockAgentCoordinationApi({
    getWhoami: jest.fn(async () => exampleWhoami('api_developer')),
    listHandoffs: jest.fn(async (q: ListHandoffsQuery = {}) => ({
      items: all.filter(
        h =>
          (!q.to || h.to === q.to) &&
          (!q.from || h.from === q.from) &&
          (!q.status || h.status === q.status) &&
          (q.overdue === undefined || h.overdue === q.overdue),
      ),
      nextCursor: null,
    })),
    ...overrides,
  });
}

async function renderPage(
  api: ReturnType<typeof mockAgentCoordinationApi>,
  path = '/agent-coordination/handoffs',
) {
  return renderConflictUi(
    <Routes>
      <Route
        path="/agent-coordination/handoffs/*"
        element={<HandoffRoutes />}
      />
    </Routes>,
    api,
    { routeEntries: [path] },
  );
}

describe('HandoffsPage', () => {
  it("shows what waits on the user's agent: one to acknowledge, its own draft to transfer", async () => {
    const api = handoffApi();
    await renderPage(api);
    const list = await screen.findByTestId('handoff-list');
    const incoming = within(list).getByTestId('handoff-row-h-in');
    expect(incoming).toHaveTextContent('Peering routes');
    expect(incoming).toHaveTextContent('Awaiting acknowledgment');
    expect(incoming).toHaveTextContent('Overdue');
    expect(incoming).toHaveTextContent(/to acknowledge/);
    const draft = within(list).getByTestId('handoff-row-h-draft');
    expect(draft).toHaveTextContent('5 missing');
    expect(draft).toHaveTextContent(/to transfer/);
    expect(
      within(list).getByRole('link', { name: 'Gateway config' }),
    ).toHaveAttribute('href', '/agent-coordination/handoffs/h-draft');
    expect(api.listHandoffs).toHaveBeenCalledWith({
      to: 'api_developer',
      status: 'awaiting_acknowledgment',
      limit: 100,
    });
    expect(api.listHandoffs).toHaveBeenCalledWith({
      from: 'api_developer',
      status: 'draft',
      limit: 100,
    });
  });

  it('switches views through the URL: sent by me, overdue', async () => {
    const api = handoffApi();
    await renderPage(api, '/agent-coordination/handoffs?view=overdue');
    const list = await screen.findByTestId('handoff-list');
    expect(within(list).getByTestId('handoff-row-h-in')).toBeInTheDocument();
    expect(within(list).queryByTestId('handoff-row-h-draft')).toBeNull();
    await user.click(screen.getByTestId('handoff-view-sent'));
    await waitFor(() =>
      expect(api.listHandoffs).toHaveBeenLastCalledWith({
        from: 'api_developer',
        limit: 100,
      }),
    );
    expect(
      await screen.findByTestId('handoff-row-h-draft'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByTestId('handoff-row-h-in')).toBeNull(),
    );
  });

  it('tells a user who acts as no agent that they only read, and shows all', async () => {
    const api = handoffApi({
      getWhoami: jest.fn(async () => exampleWhoami(null)),
    });
    await renderPage(api);
    expect(
      await screen.findByText(/you can read handoffs, not open or act on them/),
    ).toBeInTheDocument();
    expect(await screen.findByTestId('handoff-row-h-in')).toBeInTheDocument();
    expect(screen.queryByTestId('open-handoff')).toBeNull();
    expect(screen.getByTestId('handoff-view-waiting')).toBeDisabled();
    expect(api.listHandoffs).toHaveBeenCalledWith({ limit: 100 });
  });

  it('says when nothing waits, and shows the backend’s words when the list fails', async () => {
    const empty = handoffApi({
      listHandoffs: jest.fn(async () => ({ items: [], nextCursor: null })),
    });
    await renderPage(empty);
    expect(await screen.findByTestId('handoff-list-empty')).toHaveTextContent(
      'Nothing waits on you',
    );
  });

  it('shows the backend’s error when the list cannot be loaded', async () => {
    const error = await backendError(
      503,
      'Service Unavailable',
      'ServiceUnavailableError',
      'The database is starting',
    );
    const api = handoffApi({
      listHandoffs: jest.fn(async () => {
        throw error;
      }),
    });
    await renderPage(api);
    expect(
      await screen.findByTestId('backend-error-message'),
    ).toHaveTextContent('The database is starting');
  });

  it('opens a handoff with the checklist read live, then goes to it', async () => {
    const opened = exampleHandoff({
      id: 'h-new',
      from: 'api_developer',
      to: 'security_specialist',
    });
    const api = handoffApi({
      openHandoff: jest.fn(async () => opened),
      getHandoff: jest.fn(async () => opened),
      getHandoffActions: jest.fn(async () => {
        throw new Error('not needed');
      }),
      getHandoffDocument: jest.fn(async () => '# Task Handoff'),
      getHandoffEvents: jest.fn(async () => ({ items: [], nextCursor: null })),
    });
    await renderPage(api);
    await user.click(await screen.findByTestId('open-handoff'));
    const form = await screen.findByTestId('handoff-form');
    expect(
      within(form).getByTestId('handoff-check-Success criteria defined'),
    ).toHaveAttribute('data-passed', 'false');
    await user.type(
      within(form).getByTestId('handoff-title'),
      'Gateway WAF',
    );
    await user.click(within(form).getByTestId('handoff-to'));
    await user.click(
      await screen.findByRole('option', { name: /Security Specialist/ }),
    );
    await user.type(
      within(form).getByTestId('handoff-success-criteria'),
      'WAF blocks the OWASP top 10',
    );
    await user.click(
      within(form).getByTestId('handoff-known-issues-none'),
    );
    expect(
      within(form).getByTestId('handoff-check-Success criteria defined'),
    ).toHaveAttribute('data-passed', 'true');
    expect(
      within(form).getByTestId('handoff-check-Known issues listed'),
    ).toHaveAttribute('data-passed', 'true');
    expect(
      within(form).getByTestId('handoff-check-Dependencies documented'),
    ).toHaveAttribute('data-passed', 'false');
    await user.click(
      within(form).getByTestId('handoff-attest-Context files updated'),
    );
    await user.click(screen.getByTestId('handoff-save'));

    await waitFor(() => expect(api.openHandoff).toHaveBeenCalled());
    const [body, options] = (api.openHandoff as jest.Mock).mock.calls[0];
    expect(body).toEqual({
      to: 'security_specialist',
      title: 'Gateway WAF',
      content: {
        completedWork: [],
        artifacts: [],
        knownIssues: [],
        successCriteria: ['WAF blocks the OWASP top 10'],
        notes: '',
      },
      attest: ['Context files updated'],
    });
    expect(options.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(
      await screen.findByTestId('handoff-detail-page'),
    ).toBeInTheDocument();
  });
});
