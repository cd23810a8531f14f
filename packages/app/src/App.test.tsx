import { fireEvent, render, screen, within } from '@testing-library/react';
import App from './App';

describe('App', () => {
  beforeEach(() => {
    process.env = {
      NODE_ENV: 'test',
      APP_CONFIG: [
        {
          data: {
            app: { title: 'Test' },
            backend: { baseUrl: 'http://localhost:7007' },
            techdocs: {
              storageUrl: 'http://localhost:7007/api/techdocs/static/docs',
            },
          },
          context: 'test',
        },
      ] as any,
    };
  });

  afterEach(() => {
    localStorage.clear();
    jest.restoreAllMocks();
  });

  it('asks a signed-out user to sign in as guest', async () => {
    render(App.createRoot());

    expect(
      await screen.findByText('Guest', {}, { timeout: 15000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Enter' })).toBeInTheDocument();
  }, 30_000);

  it('shows the plugins in the sidebar once signed in', async () => {
    // There is no auth backend in a unit test, so the guest provider asks
    // whether to fall back to its local guest token; accept.
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(true);
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
    expect(confirm).toHaveBeenCalled();

    const nav = screen.getByRole('navigation', { name: 'sidebar nav' });
    const hrefs = within(nav)
      .getAllByRole('link')
      .map(link => link.getAttribute('href'));
    // Catalog, scaffolder and ours lead the menu, in that order.
    expect(hrefs.slice(1, 4)).toEqual([
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
