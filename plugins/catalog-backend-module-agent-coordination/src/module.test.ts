import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  catalogProcessingExtensionPoint,
  type CatalogProcessor,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { defaultFrameworkFile } from '@agent-coordination/plugin-agent-coordination-node';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { catalogModuleAgentCoordination } from './module';
import { testAgent } from './processor/testAgents';

/** Starts the module and returns the processors it adds to the catalog. */
async function start(frameworkFile?: string) {
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
      mockServices.rootConfig.factory({
        data: frameworkFile
          ? { agentCoordination: { framework: { file: frameworkFile } } }
          : {},
      }),
    ],
  });
  return added;
}

describe('catalogModuleAgentCoordination', () => {
  it('adds the Agent and Component path-owner processors to the catalog', async () => {
    const added = await start();
    expect(added.map(p => p.getProcessorName())).toEqual([
      'AgentEntityProcessor',
      'AgentComponentPathOwnerProcessor',
    ]);
  });

  it('checks agents against the seed framework by default', async () => {
    const [agents] = await start();
    await expect(
      agents.validateEntityKind!(testAgent('a', { tier: 5 })),
    ).resolves.toBe(true);
    await expect(
      agents.validateEntityKind!(testAgent('b', { tier: 6 })),
    ).rejects.toThrow(
      'Agent agent:default/b: spec.tier 6 is not a tier of framework terraform-atmos-platform (1 Coordination Layer',
    );
  });

  it('checks agents against the framework file named by agentCoordination.framework.file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'framework-')), 'mine.yaml');
    writeFileSync(
      file,
      readFileSync(defaultFrameworkFile(), 'utf8')
        .replace('name: terraform-atmos-platform', 'name: my-org')
        .replace(
          '  - { level: 5, id: quality, name: Quality & Documentation }\n',
          '  - { level: 5, id: quality, name: Quality & Documentation }\n  - { level: 6, id: research, name: Research Layer }\n',
        ),
    );
    const [agents] = await start(file);
    await expect(
      agents.validateEntityKind!(testAgent('b', { tier: 6 })),
    ).resolves.toBe(true);
    await expect(
      agents.validateEntityKind!(testAgent('c', { tier: 7 })),
    ).rejects.toThrow(
      'Agent agent:default/c: spec.tier 7 is not a tier of framework my-org (1 Coordination Layer, 2 Infrastructure Layer, 3 Platform Layer, 4 Operations Layer, 5 Quality & Documentation, 6 Research Layer)',
    );
  });

  it('refuses to start when the framework file cannot be read', async () => {
    await expect(start('/nonexistent/framework.yaml')).rejects.toThrow(
      'Cannot read agent coordination framework file /nonexistent/framework.yaml',
    );
  });
});
