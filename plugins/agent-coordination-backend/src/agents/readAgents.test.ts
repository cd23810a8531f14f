import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { readAgents } from './readAgents';

/** A catalog that records whose credentials each read came with. */
function recordingCatalog() {
  const catalog = catalogServiceMock({ entities: [] });
  const seen: BackstageCredentials[] = [];
  const getEntities = catalog.getEntities.bind(catalog);
  catalog.getEntities = (async (request: any, options: { credentials: BackstageCredentials }) => {
    seen.push(options.credentials);
    return getEntities(request, options);
  }) as typeof catalog.getEntities;
  return { catalog, seen };
}

describe('readAgents', () => {
  const auth = mockServices.auth({ pluginId: 'agent-coordination' });

  it('reads with a user caller’s own credentials, so catalog permissions apply', async () => {
    const { catalog, seen } = recordingCatalog();
    const user = mockCredentials.user('user:default/jane');
    await readAgents(catalog, user, auth);
    expect(seen).toEqual([user]);
  });

  it('reads for a service caller with the plugin’s own credentials: a restricted token cannot be delegated', async () => {
    const { catalog, seen } = recordingCatalog();
    await readAgents(catalog, mockCredentials.service('external:cli-agent'), auth);
    expect(seen).toHaveLength(1);
    expect(auth.isPrincipal(seen[0], 'service')).toBe(true);
    expect((seen[0].principal as { subject: string }).subject).toBe('plugin:agent-coordination');
  });
});
