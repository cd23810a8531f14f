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
          { error: { name: 'NotAllowedError', message: 'nope' }, response: { statusCode: 403 } },
          { status: 403 },
        ),
      ),
    );
    await expect(
      service.getFramework({ credentials: mockCredentials.user() }),
    ).rejects.toMatchObject({ name: 'ResponseError', statusCode: 403, body: { error: { message: 'nope' } } });
  });

  it('reads /health without credentials', async () => {
    server.use(
      http.get(`${BASE}/health`, ({ request }) =>
        request.headers.get('authorization')
          ? HttpResponse.json({}, { status: 400 })
          : HttpResponse.json({ status: 'ok', framework: { name: 'seed', version: '1.0', agents: 14 } }),
      ),
    );
    expect(await service.getHealth()).toEqual({
      status: 'ok',
      framework: { name: 'seed', version: '1.0', agents: 14 },
    });
  });
});
