import { analyzeFramework } from '@agent-coordination/plugin-agent-coordination-common';
import { ActorDirectory } from '@agent-coordination/plugin-agent-coordination-node';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { AgentRouteContext } from '../agents/AgentRouteContext';
import { exampleEntities } from './exampleAgents';
import { seedFramework } from './taskMachinery';

/**
 * What the read-only actions run against in tests: the seed framework, the
 * example agents in a mock catalog, and a mock actions registry to invoke
 * them through (as the MCP actions backend would).
 */
export function actionsContext() {
  const framework = seedFramework;
  const actors = ActorDirectory.fromMappings([{ principal: 'user:default/net', agent: 'network_engineer' }], framework);
  const agents: AgentRouteContext = {
    router: null as never,
    framework,
    actorOf: null as never,
    catalog: catalogServiceMock({
      entities: [...exampleEntities('agents.yaml'), ...exampleEntities('infrastructure.yaml')],
    }),
    auth: mockServices.auth({ pluginId: 'agent-coordination' }),
    openTasks: async () => new Map([['network_engineer', 2]]),
  };
  return {
    framework,
    analysis: analyzeFramework(framework),
    actors,
    agents,
    registry: actionsRegistryServiceMock(),
    credentials: mockCredentials.user('user:default/net'),
  };
}
