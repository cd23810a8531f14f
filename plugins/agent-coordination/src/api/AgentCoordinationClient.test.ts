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

    expect(fetchApi.fetch).toHaveBeenCalledWith(`${baseUrl}/health`);
  });
});
