import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { DefaultAgentCoordinationService } from './DefaultAgentCoordinationService';

const server = setupServer();
const BASE = 'http://localhost:0/api/agent-coordination';

describe('DefaultAgentCoordinationService', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  const service = new DefaultAgentCoordinationService({
    discovery: mockServices.discovery(),
    auth: mockServices.auth(),
  });

  it('calls /framework on behalf of the caller', async () => {
    let authorization: string | null = null;
    server.use(
      http.get(`${BASE}/framework`, ({ request }) => {
        authorization = request.headers.get('authorization');
        return HttpResponse.json({ metadata: { name: 'seed' }, agents: [] });
      }),
    );
    const framework = await service.getFramework({
      credentials: mockCredentials.user('user:default/alice'),
    });
    expect(framework.metadata.name).toBe('seed');
    expect(authorization).toBe(
      mockCredentials.service.header({
        onBehalfOf: mockCredentials.user('user:default/alice'),
        targetPluginId: 'agent-coordination',
      }),
    );
  });

  it('turns error responses into ResponseError with the server’s message', async () => {
    server.use(
      http.get(`${BASE}/framework`, () =>
        HttpResponse.json(
          {
            error: { name: 'NotAllowedError', message: 'nope' },
            response: { statusCode: 403 },
          },
          { status: 403 },
        ),
      ),
    );
    await expect(
      service.getFramework({ credentials: mockCredentials.user() }),
    ).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 403,
      body: { error: { message: 'nope' } },
    });
  });

  it('reads /health without credentials', async () => {
    server.use(
      http.get(`${BASE}/health`, ({ request }) =>
        request.headers.get('authorization')
          ? HttpResponse.json({}, { status: 400 })
          : HttpResponse.json({
              status: 'ok',
              framework: { name: 'seed', version: '1.0', agents: 14 },
            }),
      ),
    );
    expect(await service.getHealth()).toEqual({
      status: 'ok',
      framework: { name: 'seed', version: '1.0', agents: 14 },
    });
  });

  it('posts writes as JSON with the idempotency key, and returns the answer', async () => {
    const seen: Array<{
      url: string;
      key: string | null;
      type: string | null;
      body: unknown;
    }> = [];
    const record = async ({ request }: { request: Request }) => {
      seen.push({
        url: new URL(request.url).pathname,
        key: request.headers.get('idempotency-key'),
        type: request.headers.get('content-type'),
        body: await request.json(),
      });
    };
    server.use(
      http.post(`${BASE}/tasks`, async r => {
        await record(r);
        return HttpResponse.json(
          { task: { id: 't1', state: 'CREATED' }, warnings: [] },
          { status: 201 },
        );
      }),
      http.post(`${BASE}/tasks/t%2F1/transitions`, async r => {
        await record(r);
        return HttpResponse.json({
          task: { id: 't/1', state: 'ASSIGNED' },
          warnings: [],
        });
      }),
      http.post(`${BASE}/conflicts`, async r => {
        await record(r);
        return HttpResponse.json({ id: 'c1', level: 'L1' }, { status: 201 });
      }),
    );
    const credentials = mockCredentials.user('user:default/alice');
    const created = await service.createTask(
      { title: 'Plan', kind: 'general' },
      { credentials, idempotencyKey: 'scaffolder:1:task' },
    );
    expect(created.task.id).toBe('t1');
    await service.transitionTask(
      't/1',
      { to: 'ASSIGNED', version: 1 },
      { credentials },
    );
    const conflict = await service.openConflict(
      { type: 'design', title: 'Two designs', parties: ['a', 'b'] },
      { credentials, idempotencyKey: 'k2' },
    );
    expect(conflict).toEqual({ id: 'c1', level: 'L1' });
    expect(seen).toEqual([
      {
        url: '/api/agent-coordination/tasks',
        key: 'scaffolder:1:task',
        type: 'application/json',
        body: { title: 'Plan', kind: 'general' },
      },
      {
        url: '/api/agent-coordination/tasks/t%2F1/transitions',
        key: null,
        type: 'application/json',
        body: { to: 'ASSIGNED', version: 1 },
      },
      {
        url: '/api/agent-coordination/conflicts',
        key: 'k2',
        type: 'application/json',
        body: { type: 'design', title: 'Two designs', parties: ['a', 'b'] },
      },
    ]);
  });

  it('reads and changes conflicts and dependencies, sending filters as the query and writes with their key', async () => {
    const seen: Array<{
      method: string;
      url: string;
      key: string | null;
      body: unknown;
    }> = [];
    const record = async (request: Request) => {
      const url = new URL(request.url);
      seen.push({
        method: request.method,
        url: `${url.pathname}${url.search}`,
        key: request.headers.get('idempotency-key'),
        body: request.method === 'GET' ? undefined : await request.json(),
      });
    };
    const conflict = { id: 'c/1', level: 'L1', version: 3 };
    server.use(
      http.get(`${BASE}/tasks`, async ({ request }) => {
        await record(request);
        return HttpResponse.json({
          items: [{ id: 't1', state: 'ASSIGNED' }],
          nextCursor: 'n1',
        });
      }),
      http.post(`${BASE}/tasks/t1/dependencies`, async ({ request }) => {
        await record(request);
        return HttpResponse.json(
          { task: { id: 't1', version: 4 }, warnings: [] },
          { status: 201 },
        );
      }),
      http.get(`${BASE}/conflicts`, async ({ request }) => {
        await record(request);
        return HttpResponse.json({ items: [conflict], nextCursor: null });
      }),
      http.get(`${BASE}/conflicts/c%2F1`, async ({ request }) => {
        await record(request);
        return HttpResponse.json(conflict);
      }),
      http.post(`${BASE}/conflicts/c%2F1/escalation`, async ({ request }) => {
        await record(request);
        return HttpResponse.json({ ...conflict, level: 'L2', version: 4 });
      }),
      http.post(`${BASE}/conflicts/c%2F1/resolution`, async ({ request }) => {
        await record(request);
        return HttpResponse.json({
          ...conflict,
          status: 'resolved',
          version: 5,
        });
      }),
    );
    const credentials = mockCredentials.user('user:default/alice');

    const page = await service.listTasks(
      {
        assignee: 'network_engineer',
        state: 'ASSIGNED',
        label: 'team:net/a',
        limit: 10,
        component: undefined,
      },
      { credentials },
    );
    expect(page).toEqual({
      items: [{ id: 't1', state: 'ASSIGNED' }],
      nextCursor: 'n1',
    });
    const change = await service.addTaskDependency(
      't1',
      { taskId: 't0', blocking: true, version: 3 },
      { credentials, idempotencyKey: 'dep-1' },
    );
    expect(change.task.version).toBe(4);
    expect(
      (
        await service.listConflicts(
          { status: 'open', party: 'network_engineer', breached: false },
          { credentials },
        )
      ).items,
    ).toEqual([conflict]);
    expect(await service.getConflict('c/1', { credentials })).toEqual(conflict);
    expect(
      (
        await service.escalateConflict(
          'c/1',
          { reason: 'stuck', version: 3 },
          { credentials, idempotencyKey: 'esc-1' },
        )
      ).level,
    ).toBe('L2');
    expect(
      (
        await service.resolveConflict(
          'c/1',
          { decision: 'Keep A', rationale: 'Simpler', version: 4 },
          { credentials },
        )
      ).status,
    ).toBe('resolved');
    await service.listConflicts({}, { credentials });

    expect(seen).toEqual([
      {
        method: 'GET',
        url: '/api/agent-coordination/tasks?assignee=network_engineer&state=ASSIGNED&label=team%3Anet%2Fa&limit=10',
        key: null,
        body: undefined,
      },
      {
        method: 'POST',
        url: '/api/agent-coordination/tasks/t1/dependencies',
        key: 'dep-1',
        body: { taskId: 't0', blocking: true, version: 3 },
      },
      {
        method: 'GET',
        url: '/api/agent-coordination/conflicts?status=open&party=network_engineer&breached=false',
        key: null,
        body: undefined,
      },
      {
        method: 'GET',
        url: '/api/agent-coordination/conflicts/c%2F1',
        key: null,
        body: undefined,
      },
      {
        method: 'POST',
        url: '/api/agent-coordination/conflicts/c%2F1/escalation',
        key: 'esc-1',
        body: { reason: 'stuck', version: 3 },
      },
      {
        method: 'POST',
        url: '/api/agent-coordination/conflicts/c%2F1/resolution',
        key: null,
        body: { decision: 'Keep A', rationale: 'Simpler', version: 4 },
      },
      {
        method: 'GET',
        url: '/api/agent-coordination/conflicts',
        key: null,
        body: undefined,
      },
    ]);
  });

  it('sends, lists, reads and marks messages, filters as the query and a send with its key', async () => {
    const seen: Array<{
      method: string;
      url: string;
      key: string | null;
      body: unknown;
    }> = [];
    const record = async (request: Request) => {
      const url = new URL(request.url);
      const text = request.method === 'GET' ? '' : await request.text();
      seen.push({
        method: request.method,
        url: `${url.pathname}${url.search}`,
        key: request.headers.get('idempotency-key'),
        body: text ? JSON.parse(text) : undefined,
      });
    };
    const message = { id: 'm/1', type: 'REQUEST', readAt: null };
    server.use(
      http.post(`${BASE}/messages`, async ({ request }) => {
        await record(request);
        return HttpResponse.json(message, { status: 201 });
      }),
      http.get(`${BASE}/messages`, async ({ request }) => {
        await record(request);
        return HttpResponse.json({ items: [message], nextCursor: null });
      }),
      http.get(`${BASE}/messages/m%2F1`, async ({ request }) => {
        await record(request);
        return HttpResponse.json(message);
      }),
      http.post(`${BASE}/messages/m%2F1/read`, async ({ request }) => {
        await record(request);
        return HttpResponse.json({
          ...message,
          readAt: '2026-03-02T09:00:00.000Z',
        });
      }),
      http.get(`${BASE}/agents/api_developer/inbox`, async ({ request }) => {
        await record(request);
        return HttpResponse.json({
          agent: 'api_developer',
          total: 1,
          unread: 1,
          unreadByPriority: { P2: 1 },
          items: [message],
          nextCursor: null,
        });
      }),
    );
    const credentials = mockCredentials.user('user:default/alice');
    const body = {
      to: 'api_developer',
      priority: 'P2',
      type: 'REQUEST',
      subject: 'VPC id?',
    };
    expect(
      await service.sendMessage(body, { credentials, idempotencyKey: 'msg-1' }),
    ).toEqual(message);
    expect(
      (
        await service.listMessages(
          { to: 'api_developer', unread: true, limit: 5 },
          { credentials },
        )
      ).items,
    ).toEqual([message]);
    expect(await service.getMessage('m/1', { credentials })).toEqual(message);
    expect(
      (
        await service.getInbox(
          'api_developer',
          { unread: true },
          { credentials },
        )
      ).unread,
    ).toBe(1);
    expect((await service.markMessageRead('m/1', { credentials })).readAt).toBe(
      '2026-03-02T09:00:00.000Z',
    );
    expect(seen).toEqual([
      {
        method: 'POST',
        url: '/api/agent-coordination/messages',
        key: 'msg-1',
        body,
      },
      {
        method: 'GET',
        url: '/api/agent-coordination/messages?to=api_developer&unread=true&limit=5',
        key: null,
        body: undefined,
      },
      {
        method: 'GET',
        url: '/api/agent-coordination/messages/m%2F1',
        key: null,
        body: undefined,
      },
      {
        method: 'GET',
        url: '/api/agent-coordination/agents/api_developer/inbox?unread=true',
        key: null,
        body: undefined,
      },
      {
        method: 'POST',
        url: '/api/agent-coordination/messages/m%2F1/read',
        key: null,
        body: undefined,
      },
    ]);
  });

  it('opens, reads, lists and moves handoffs along, each step with its key, and asks for JSON', async () => {
    const seen: Array<{
      method: string;
      url: string;
      key: string | null;
      accept: string | null;
      body: unknown;
    }> = [];
    const record = async (request: Request) => {
      const url = new URL(request.url);
      seen.push({
        method: request.method,
        url: `${url.pathname}${url.search}`,
        key: request.headers.get('idempotency-key'),
        accept: request.headers.get('accept'),
        body: request.method === 'GET' ? undefined : await request.json(),
      });
    };
    const handoff = {
      id: 'h/1',
      stage: 'initiation',
      status: 'draft',
      version: 1,
      missing: [],
    };
    const answer =
      (changes: object, status = 200) =>
      async ({ request }: { request: Request }) => {
        await record(request);
        return HttpResponse.json({ ...handoff, ...changes }, { status });
      };
    server.use(
      http.post(`${BASE}/handoffs`, answer({}, 201)),
      http.get(`${BASE}/handoffs`, async ({ request }) => {
        await record(request);
        return HttpResponse.json({ items: [handoff], nextCursor: null });
      }),
      http.get(`${BASE}/handoffs/h%2F1`, answer({})),
      http.post(
        `${BASE}/handoffs/h%2F1/transfer`,
        answer({ stage: 'transfer', status: 'awaiting_acknowledgment' }),
      ),
      http.post(
        `${BASE}/handoffs/h%2F1/clarifications`,
        answer({ status: 'clarification_requested' }),
      ),
      http.post(
        `${BASE}/handoffs/h%2F1/clarifications/answer`,
        answer({ status: 'awaiting_acknowledgment' }),
      ),
      http.post(
        `${BASE}/handoffs/h%2F1/acknowledgment`,
        answer({ stage: 'acknowledgment', status: 'acknowledged' }),
      ),
      http.post(
        `${BASE}/handoffs/h%2F1/completion`,
        answer({ stage: 'completion', status: 'completed' }),
      ),
    );
    const credentials = mockCredentials.user('user:default/alice');
    const open = {
      to: 'api_developer',
      title: 'VPC module',
      content: { completedWork: ['Module written'], knownIssues: [] },
      attest: ['Context files updated'],
    };
    expect(
      await service.openHandoff(open, { credentials, idempotencyKey: 'h-1' }),
    ).toEqual(handoff);
    expect(await service.getHandoff('h/1', { credentials })).toEqual(handoff);
    expect(
      (
        await service.listHandoffs(
          { to: 'api_developer', status: 'draft', overdue: false, limit: 5 },
          { credentials },
        )
      ).items,
    ).toEqual([handoff]);
    expect(
      (
        await service.transferHandoff(
          'h/1',
          { version: 1 },
          { credentials, idempotencyKey: 'h-2' },
        )
      ).status,
    ).toBe('awaiting_acknowledgment');
    expect(
      (
        await service.requestHandoffClarification(
          'h/1',
          { question: 'Which region first?', version: 2 },
          { credentials, idempotencyKey: 'h-3' },
        )
      ).status,
    ).toBe('clarification_requested');
    expect(
      (
        await service.answerHandoffClarification(
          'h/1',
          { answer: 'us-east-1', version: 3 },
          { credentials },
        )
      ).status,
    ).toBe('awaiting_acknowledgment');
    expect(
      (
        await service.acknowledgeHandoff(
          'h/1',
          { version: 4, note: 'Thanks' },
          { credentials, idempotencyKey: 'h-5' },
        )
      ).status,
    ).toBe('acknowledged');
    expect(
      (
        await service.completeHandoff(
          'h/1',
          { version: 5 },
          { credentials, idempotencyKey: 'h-6' },
        )
      ).stage,
    ).toBe('completion');

    const post = (url: string, key: string | null, body: unknown) => ({
      method: 'POST',
      url: `/api/agent-coordination${url}`,
      key,
      accept: 'application/json',
      body,
    });
    const get = (url: string) => ({
      method: 'GET',
      url: `/api/agent-coordination${url}`,
      key: null,
      accept: 'application/json',
      body: undefined,
    });
    expect(seen).toEqual([
      post('/handoffs', 'h-1', open),
      get('/handoffs/h%2F1'),
      get('/handoffs?to=api_developer&status=draft&overdue=false&limit=5'),
      post('/handoffs/h%2F1/transfer', 'h-2', { version: 1 }),
      post('/handoffs/h%2F1/clarifications', 'h-3', {
        question: 'Which region first?',
        version: 2,
      }),
      post('/handoffs/h%2F1/clarifications/answer', null, {
        answer: 'us-east-1',
        version: 3,
      }),
      post('/handoffs/h%2F1/acknowledgment', 'h-5', {
        version: 4,
        note: 'Thanks',
      }),
      post('/handoffs/h%2F1/completion', 'h-6', { version: 5 }),
    ]);
  });

  it('surfaces a refused transfer with the checks the backend says are missing', async () => {
    const message =
      'Handoff h1 cannot be transferred: the mandatory checklist fails on Known issues listed, Success criteria defined';
    server.use(
      http.post(`${BASE}/handoffs/h1/transfer`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'InputError',
              message,
              code: 'handoff_checklist_incomplete',
              missing: ['Known issues listed', 'Success criteria defined'],
            },
            response: { statusCode: 422 },
          },
          { status: 422 },
        ),
      ),
    );
    await expect(
      service.transferHandoff(
        'h1',
        { version: 1 },
        { credentials: mockCredentials.user(), idempotencyKey: 'k' },
      ),
    ).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 422,
      body: {
        error: {
          message,
          code: 'handoff_checklist_incomplete',
          missing: ['Known issues listed', 'Success criteria defined'],
        },
      },
    });
  });

  it('surfaces a stale-version refusal with the backend’s message and status', async () => {
    server.use(
      http.post(`${BASE}/conflicts/c1/escalation`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'ConflictError',
              message:
                'Conflict c1 is at version 5, not 4: reload it and try again',
            },
            response: { statusCode: 409 },
          },
          { status: 409 },
        ),
      ),
    );
    await expect(
      service.escalateConflict(
        'c1',
        { reason: 'stuck', version: 4 },
        { credentials: mockCredentials.user() },
      ),
    ).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 409,
      body: {
        error: {
          message:
            'Conflict c1 is at version 5, not 4: reload it and try again',
        },
      },
    });
  });
});
