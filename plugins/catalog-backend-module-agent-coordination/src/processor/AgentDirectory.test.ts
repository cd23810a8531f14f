import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AgentDirectory } from './AgentDirectory';
import { testAgent } from './testAgents';

const component = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'vpc' },
  spec: { type: 'service', lifecycle: 'production', owner: 'infrastructure' },
};

function setup(entities = [testAgent('a'), component]) {
  let time = 1_000_000;
  const catalog = catalogServiceMock({ entities });
  const getEntities = jest.spyOn(catalog, 'getEntities');
  const logger = mockServices.logger.mock();
  const directory = new AgentDirectory({
    catalog,
    auth: mockServices.auth({ pluginId: 'catalog' }),
    logger,
    catalogTtlMs: 30_000,
    seenTtlMs: 600_000,
    now: () => time,
  });
  const advance = (ms: number) => {
    time += ms;
  };
  return { directory, getEntities, logger, advance };
}

const names = (agents: { metadata: { name: string } }[]) =>
  agents.map(a => a.metadata.name).sort();

describe('AgentDirectory', () => {
  it('reads only Agents, with the catalog module own credentials', async () => {
    const { directory, getEntities } = setup();
    expect(names(await directory.list())).toEqual(['a']);
    expect(getEntities).toHaveBeenCalledWith(
      { filter: { kind: 'Agent' } },
      { credentials: mockCredentials.service('plugin:catalog') },
    );
  });

  it('shares one catalog read between concurrent and close calls', async () => {
    const { directory, getEntities, advance } = setup();
    await Promise.all([directory.list(), directory.list()]);
    advance(29_000);
    await directory.list();
    expect(getEntities).toHaveBeenCalledTimes(1);
    advance(2_000);
    await directory.list();
    expect(getEntities).toHaveBeenCalledTimes(2);
  });

  it('adds remembered agents the catalog does not have yet, and prefers their copy', async () => {
    const { directory } = setup([testAgent('a', { role: 'old' })]);
    directory.remember(testAgent('a', { role: 'new' }));
    directory.remember(testAgent('b'));
    const agents = await directory.list();
    expect(names(agents)).toEqual(['a', 'b']);
    expect(agents.find(a => a.metadata.name === 'a')?.spec.role).toBe('new');
  });

  it('forgets a remembered agent that was not seen for seenTtlMs', async () => {
    const { directory, advance } = setup([]);
    directory.remember(testAgent('gone'));
    advance(600_001);
    expect(names(await directory.list())).toEqual([]);
  });

  it('falls back to the last good read when the catalog fails', async () => {
    const { directory, getEntities, logger, advance } = setup();
    await directory.list();
    advance(31_000);
    getEntities.mockRejectedValueOnce(new Error('catalog down'));
    expect(names(await directory.list())).toEqual(['a']);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('Could not read Agent entities from the catalog'),
    );
  });

  it('rejects when the catalog was never read', async () => {
    const { directory, getEntities } = setup();
    getEntities.mockRejectedValueOnce(new Error('catalog down'));
    await expect(directory.list()).rejects.toThrow('catalog down');
  });
});
