import {
  fireEvent,
  render,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import { setupServer } from 'msw/node';
import { http, HttpResponse, ws } from 'msw';
import App from './App';

// No real backend, whatever listens on this machine: the app talks to a host
// under the reserved .test domain, and msw answers every request to it.
const BACKEND = 'http://backstage.test';

const base64url = (value: object) =>
  btoa(JSON.stringify(value))
    .replace(/=+$/, '')
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
// An unsigned token is enough: the app only reads its expiry.
const GUEST_TOKEN = [
  base64url({ alg: 'none', typ: 'JWT' }),
  base64url({
    sub: 'user:default/guest',
    exp: Math.floor(Date.now() / 1000) + 3600,
  }),
  'unsigned',
].join('.');

let guestSignIn: 'works' | 'fails' = 'works';

const server = setupServer(
  http.get(`${BACKEND}/api/auth/guest/refresh`, () =>
    guestSignIn === 'works'
      ? HttpResponse.json({
          profile: { displayName: 'Guest' },
          providerInfo: {},
          backstageIdentity: {
            token: GUEST_TOKEN,
            identity: {
              type: 'user',
              userEntityRef: 'user:default/guest',
              ownershipEntityRefs: [
                'user:default/guest',
                'group:default/platform-team',
              ],
            },
          },
        })
      : HttpResponse.json(
          {
            error: { name: 'NotFoundError', message: 'no guest provider' },
            request: { method: 'GET', url: '/api/auth/guest/refresh' },
            response: { statusCode: 404 },
          },
          { status: 404 },
        ),
  ),
  // Everything else the sidebar and pages ask for: an empty Backstage answer.
  http.all(`${BACKEND}/*`, ({ request }) => {
    return HttpResponse.json(
      {
        error: { name: 'NotFoundError', message: 'not in this test' },
        request: { method: request.method, url: request.url },
        response: { statusCode: 404 },
      },
      { status: 404 },
    );
  }),
  // Signals (notifications' live updates) connect over a WebSocket.
  ws.link('ws://backstage.test/*').addEventListener('connection', () => {}),
);

describe('App', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  beforeEach(() => {
    guestSignIn = 'works';
    process.env = {
      NODE_ENV: 'test',
      APP_CONFIG: [
        {
          data: {
            app: { title: 'Test', baseUrl: 'http://localhost:3000' },
            backend: { baseUrl: BACKEND },
            techdocs: { storageUrl: `${BACKEND}/api/techdocs/static/docs` },
          },
          context: 'test',
        },
      ] as any,
    };
  });

  afterEach(() => {
    server.resetHandlers();
    localStorage.clear();
    jest.restoreAllMocks();
  });

  it('asks a signed-out user to sign in as guest, with the button focused', async () => {
    guestSignIn = 'fails';
    jest.spyOn(console, 'warn').mockImplementation(() => {});
    render(App.createRoot());

    expect(
      await screen.findByText('Guest', {}, { timeout: 15000 }),
    ).toBeInTheDocument();
    const enter = screen.getByRole('button', { name: 'Enter' });
    // So that Enter signs in, as the README says.
    await waitFor(() => expect(enter).toHaveFocus());
  }, 30_000);

  it('signs the guest in through the auth backend and shows the plugins in the sidebar', async () => {
    const confirm = jest.spyOn(window, 'confirm');
    jest.spyOn(console, 'warn').mockImplementation(() => {});

    render(App.createRoot());
    fireEvent.click(
      await screen.findByRole('button', { name: 'Enter' }, { timeout: 15000 }),
    );

    const agentCoordination = await screen.findByRole(
      'link',
      { name: /Agent Coordination/ },
      { timeout: 15000 },
    );
    expect(agentCoordination).toHaveAttribute('href', '/agent-coordination');
    // The auth backend answered, so no fallback to a local guest token.
    expect(confirm).not.toHaveBeenCalled();

    const nav = screen.getByRole('navigation', { name: 'sidebar nav' });
    const hrefs = within(nav)
      .getAllByRole('link')
      .map(link => link.getAttribute('href'));
    // Search first, then catalog, scaffolder and ours, in that order.
    expect(hrefs.slice(1, 5)).toEqual([
      '/search',
      '/catalog',
      '/create',
      '/agent-coordination',
    ]);
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '/api-docs',
        '/catalog-graph',
        '/notifications',
        '/settings',
      ]),
    );
    // Each page once: the notifications page's own nav item is replaced by
    // NotificationsSidebarItem, not shown beside it.
    expect(new Set(hrefs).size).toBe(hrefs.length);
  }, 30_000);
});
