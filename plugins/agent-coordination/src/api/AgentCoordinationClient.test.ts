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
