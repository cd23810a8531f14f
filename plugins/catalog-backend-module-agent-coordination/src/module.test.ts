import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  catalogProcessingExtensionPoint,
  type CatalogProcessor,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { catalogModuleAgentCoordination } from './module';

describe('catalogModuleAgentCoordination', () => {
  it('adds the Agent and Component path-owner processors to the catalog', async () => {
    const added: CatalogProcessor[] = [];
    await startTestBackend({
      extensionPoints: [
        [
          catalogProcessingExtensionPoint,
          { addProcessor: (...p: any[]) => added.push(...p.flat()) },
        ],
      ],
      features: [
        catalogModuleAgentCoordination,
        catalogServiceMock.factory(),
        mockServices.auth.factory(),
      ],
    });
    expect(added.map(p => p.getProcessorName())).toEqual([
      'AgentEntityProcessor',
      'AgentComponentPathOwnerProcessor',
    ]);
  });
});
