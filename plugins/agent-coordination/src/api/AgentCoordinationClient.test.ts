import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import {
  MockFetchApi,
  mockApis,
  registerMswTestHooks,
} from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import { AgentCoordinationClient } from './AgentCoordinationClient';
import { loadSeedFramework } from '../__testUtils__/framework';

const baseUrl = 'http://backstage.test/api/agent-coordination';

describe('AgentCoordinationClient', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  const client = new AgentCoordinationClient({
    discoveryApi: mockApis.discovery({ baseUrl: 'http://backstage.test' }),
    fetchApi: new MockFetchApi(),
  });

  it('fetches the framework from the plugin base URL', async () => {
    const framework = loadSeedFramework();
    server.use(
      http.get(`${baseUrl}/framework`, () => HttpResponse.json(framework)),
    );

    const result = await client.getFramework();

    expect(result.metadata.version).toBe('1.0');
    expect(result.tiers).toHaveLength(5);
    expect(result.agents).toHaveLength(14);
    expect(result.agents[0]).toMatchObject({
      key: 'context_manager',
      id: 'agent-001',
    });
  });

  it('fetches health', async () => {
    server.use(
      http.get(`${baseUrl}/health`, () =>
        HttpResponse.json({
          status: 'ok',
          framework: { name: 'f', version: '1.0', agents: 14 },
        }),
      ),
    );

    await expect(client.getHealth()).resolves.toEqual({
      status: 'ok',
      framework: { name: 'f', version: '1.0', agents: 14 },
    });
  });

  it('fetches the agent list and the agent graph', async () => {
    const items = [{ entityRef: 'agent:default/network-engineer' }];
    const graph = { nodes: [], edges: [], analysis: { cycles: [] } };
    server.use(
      http.get(`${baseUrl}/agents`, () => HttpResponse.json({ items })),
      http.get(`${baseUrl}/agents/graph`, () => HttpResponse.json(graph)),
    );

    await expect(client.getAgents()).resolves.toEqual({ items });
    await expect(client.getAgentGraph()).resolves.toEqual(graph);
  });

  it('looks up ownership with the path encoded as a query parameter', async () => {
    let seen: string | null = null;
    server.use(
      http.get(`${baseUrl}/ownership`, ({ request }) => {
        seen = new URL(request.url).searchParams.get('path');
        return HttpResponse.json({ path: seen, owners: [] });
      }),
    );

    const result = await client.lookupOwnership('stacks/a b&c=d.yaml');

    expect(seen).toBe('stacks/a b&c=d.yaml');
    expect(result).toEqual({ path: 'stacks/a b&c=d.yaml', owners: [] });
  });

  it('surfaces a 400 from the ownership lookup as a ResponseError', async () => {
    server.use(
      http.get(`${baseUrl}/ownership`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'InputError',
              message: "Invalid query: 'path' must not contain '..'",
            },
            request: { method: 'GET', url: '/ownership' },
            response: { statusCode: 400 },
          },
          { status: 400, statusText: 'Bad Request' },
        ),
      ),
    );

    const error = await client.lookupOwnership('../x').catch(e => e);

    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(400);
    expect(error.body.error.message).toMatch(/'path' must not contain/);
  });

  it('throws a ResponseError carrying the backend error on non-2xx', async () => {
    server.use(
      http.get(`${baseUrl}/framework`, () =>
        HttpResponse.json(
          {
            error: { name: 'NotFoundError', message: 'no framework loaded' },
            request: { method: 'GET', url: '/framework' },
            response: { statusCode: 404 },
          },
          { status: 404, statusText: 'Not Found' },
        ),
      ),
    );

    const error = await client.getFramework().catch(e => e);

    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(404);
    expect(error.body.error.message).toBe('no framework loaded');
  });

  it('sends requests through fetchApi, not the global fetch', async () => {
    const fetchApi = {
      fetch: jest.fn(async () => new Response('{"status":"ok"}')),
    };
    const spied = new AgentCoordinationClient({
      discoveryApi: mockApis.discovery({ baseUrl: 'http://backstage.test' }),
      fetchApi,
    });

    await spied.getHealth();

    expect(fetchApi.fetch).toHaveBeenCalledWith(`${baseUrl}/health`, expect.objectContaining({ method: 'GET' }));
  });
  it('sends writes as JSON with the Idempotency-Key, ids encoded, and filters as query parameters', async () => {
    const seen: Array<{ method: string; url: string; key: string | null; body: unknown }> = [];
    const record = async ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      seen.push({
        method: request.method,
        url: `${url.pathname}${url.search}`,
        key: request.headers.get('idempotency-key'),
        body: request.method === 'GET' ? null : await request.json(),
      });
    };
    server.use(
      http.post(`${baseUrl}/conflicts`, async r => {
        await record(r);
        return HttpResponse.json({ id: 'c-1' }, { status: 201 });
      }),
      http.post(`${baseUrl}/conflicts/:id/resolution`, async r => {
        await record(r);
        return HttpResponse.json({ id: 'c/1', status: 'resolved' });
      }),
      http.get(`${baseUrl}/conflicts`, async r => {
        await record(r);
        return HttpResponse.json({ items: [], nextCursor: null });
      }),
      http.post(`${baseUrl}/tasks/:id/transitions`, async r => {
        await record(r);
        return HttpResponse.json({ task: { id: 't-1' }, warnings: [] });
      }),
    );

    await client.openConflict({ type: 'design', title: 'Two designs', parties: ['a', 'b'] }, { idempotencyKey: 'k-1' });
    await client.resolveConflict('c/1', { decision: 'A', rationale: 'B', version: 2 });
    await client.listConflicts({ status: 'open', party: 'network_engineer', limit: 20 });
    await client.transitionTask('t-1', { to: 'IN_PROGRESS', version: 3 });

    expect(seen).toEqual([
      { method: 'POST', url: '/api/agent-coordination/conflicts', key: 'k-1', body: { type: 'design', title: 'Two designs', parties: ['a', 'b'] } },
      { method: 'POST', url: '/api/agent-coordination/conflicts/c%2F1/resolution', key: null, body: { decision: 'A', rationale: 'B', version: 2 } },
      { method: 'GET', url: '/api/agent-coordination/conflicts?status=open&party=network_engineer&limit=20', key: null, body: null },
      { method: 'POST', url: '/api/agent-coordination/tasks/t-1/transitions', key: null, body: { to: 'IN_PROGRESS', version: 3 } },
    ]);
  });

  it('sends and reads messages: the send with its Idempotency-Key, an inbox and a thread by query', async () => {
    const seen: Array<{ method: string; url: string; key: string | null; body: unknown }> = [];
    const record = async ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      seen.push({
        method: request.method,
        url: `${url.pathname}${url.search}`,
        key: request.headers.get('idempotency-key'),
        body: request.method === 'GET' ? null : await request.text(),
      });
    };
    server.use(
      http.post(`${baseUrl}/messages`, async r => {
        await record(r);
        return HttpResponse.json({ id: 'm-1' }, { status: 201 });
      }),
      http.get(`${baseUrl}/messages`, async r => {
        await record(r);
        return HttpResponse.json({ items: [], nextCursor: null });
      }),
      http.get(`${baseUrl}/messages/:id`, async r => {
        await record(r);
        return HttpResponse.json({ id: 'm/1' });
      }),
      http.post(`${baseUrl}/messages/:id/read`, async r => {
        await record(r);
        return HttpResponse.json({ id: 'm/1', readAt: '2030-01-01T00:00:00.000Z' });
      }),
      http.get(`${baseUrl}/agents/:key/inbox`, async r => {
        await record(r);
        return HttpResponse.json({ agent: 'network_engineer', items: [] });
      }),
    );

    await client.sendMessage({ to: 'ALL', type: 'UPDATE', priority: 'P2', subject: 'Hi' }, { idempotencyKey: 'k-2' });
    await client.listMessages({ thread: 'm-1', limit: 200 });
    await client.getMessage('m/1');
    await client.markMessageRead('m/1');
    await client.getInbox('network_engineer', { unread: true, limit: 1 });

    expect(seen).toEqual([
      { method: 'POST', url: '/api/agent-coordination/messages', key: 'k-2', body: JSON.stringify({ to: 'ALL', type: 'UPDATE', priority: 'P2', subject: 'Hi' }) },
      { method: 'GET', url: '/api/agent-coordination/messages?thread=m-1&limit=200', key: null, body: null },
      { method: 'GET', url: '/api/agent-coordination/messages/m%2F1', key: null, body: null },
      { method: 'POST', url: '/api/agent-coordination/messages/m%2F1/read', key: null, body: '' },
      { method: 'GET', url: '/api/agent-coordination/agents/network_engineer/inbox?unread=true&limit=1', key: null, body: null },
    ]);
  });

  it('walks a handoff: each step to its endpoint with its body and key, the document as markdown text', async () => {
    const seen: Array<{ method: string; url: string; key: string | null; body: unknown }> = [];
    server.use(
      http.all(`${baseUrl}/handoffs*`, async ({ request }) => {
        const url = new URL(request.url);
        seen.push({
          method: request.method,
          url: `${url.pathname.replace('/api/agent-coordination', '')}${url.search}`,
          key: request.headers.get('idempotency-key'),
          body: request.method === 'GET' ? null : JSON.parse(await request.text()),
        });
        if (url.pathname.endsWith('/document')) {
          return new HttpResponse('# Handoff: VPC', { headers: { 'Content-Type': 'text/markdown' } });
        }
        return HttpResponse.json({ id: 'h/1', version: 2 });
      }),
    );

    await client.openHandoff({ to: 'api_developer', title: 'VPC' }, { idempotencyKey: 'k-h' });
    await client.listHandoffs({ to: 'api_developer', overdue: true });
    await client.getHandoff('h/1');
    await client.getHandoffActions('h/1');
    expect(await client.getHandoffDocument('h/1')).toBe('# Handoff: VPC');
    await client.updateHandoff('h/1', { version: 1, content: { knownIssues: [] } });
    await client.reportHandoffChecks('h/1', { version: 2, results: [{ check: 'Syntax validation', result: 'passed' }] });
    await client.transferHandoff('h/1', { version: 3, attest: ['Context files updated'] });
    await client.requestHandoffClarification('h/1', { version: 4, question: 'Which region?' });
    await client.answerHandoffClarification('h/1', { version: 5, answer: 'us-east-1' });
    await client.acknowledgeHandoff('h/1', { version: 6 }, { idempotencyKey: 'k-a' });
    await client.completeHandoff('h/1', { version: 7 });
    await client.getHandoffEvents('h/1');

    expect(seen.map(s => `${s.method} ${s.url}`)).toEqual([
      'POST /handoffs',
      'GET /handoffs?to=api_developer&overdue=true',
      'GET /handoffs/h%2F1',
      'GET /handoffs/h%2F1/actions',
      'GET /handoffs/h%2F1/document',
      'PATCH /handoffs/h%2F1',
      'POST /handoffs/h%2F1/validation',
      'POST /handoffs/h%2F1/transfer',
      'POST /handoffs/h%2F1/clarifications',
      'POST /handoffs/h%2F1/clarifications/answer',
      'POST /handoffs/h%2F1/acknowledgment',
      'POST /handoffs/h%2F1/completion',
      'GET /handoffs/h%2F1/events?limit=200',
    ]);
    expect(seen[0]).toMatchObject({ key: 'k-h', body: { to: 'api_developer', title: 'VPC' } });
    expect(seen[5].body).toEqual({ version: 1, content: { knownIssues: [] } });
    expect(seen[10]).toMatchObject({ key: 'k-a', body: { version: 6 } });
  });

  it("throws the backend's refusal, with its code, for a write it refuses", async () => {
    server.use(
      http.post(`${baseUrl}/conflicts/:id/escalation`, () =>
        HttpResponse.json(
          {
            error: { name: 'NotAllowedError', message: 'sec may not escalate', code: 'escalate_not_permitted' },
            response: { statusCode: 403 },
          },
          { status: 403 },
        ),
      ),
    );
    const error = await client.escalateConflict('c-1', { reason: 'r', version: 1 }).catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(403);
    expect(error.body.error).toMatchObject({ message: 'sec may not escalate', code: 'escalate_not_permitted' });
  });
});
