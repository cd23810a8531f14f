import { createBackendPlugin } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { agentCoordinationFrameworkServiceRef, type AgentCoordinationFrameworkService } from './frameworkService';
import { loadFramework } from './loadFramework';

jest.mock('./loadFramework', () => {
  const actual = jest.requireActual('./loadFramework');
  return { ...actual, loadFramework: jest.fn(actual.loadFramework) };
});

describe('agentCoordinationFrameworkServiceRef', () => {
  it('loads the framework once per backend, for every plugin and module that asks', async () => {
    const load = loadFramework as jest.Mock;
    const seen: AgentCoordinationFrameworkService[] = [];
    const reader = (pluginId: string) =>
      createBackendPlugin({
        pluginId,
        register(env) {
          env.registerInit({
            deps: { coordination: agentCoordinationFrameworkServiceRef },
            async init({ coordination }) {
              seen.push(coordination);
            },
          });
        },
      });
    await startTestBackend({
      features: [
        reader('one'),
        reader('two'),
        mockServices.rootConfig.factory({
          data: { agentCoordination: { actors: [{ principal: 'cli-agent', agent: 'network_engineer' }] } },
        }),
      ],
    });
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(seen[0].actors.agentFor('cli-agent')?.key).toBe('network_engineer');
  });
});
