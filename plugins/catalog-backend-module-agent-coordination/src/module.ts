import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  catalogProcessingExtensionPoint,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { loadFramework } from '@agent-coordination/plugin-agent-coordination-node';
import { AgentDirectory } from './processor/AgentDirectory';
import { AgentEntityProcessor } from './processor/AgentEntityProcessor';
import { ComponentPathOwnerProcessor } from './processor/ComponentPathOwnerProcessor';

/**
 * Adds the Agent kind to the catalog: validation, relations and the checks
 * across agents, plus agent ownership of Components by source path. Agents
 * are checked against the framework file the backend plugin serves
 * (agentCoordination.framework.file, default the seed); a missing or broken
 * file stops start-up, as it does for the plugin.
 * @public
 */
export const catalogModuleAgentCoordination = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'agent-coordination',
  register(env) {
    env.registerInit({
      deps: {
        processing: catalogProcessingExtensionPoint,
        catalog: catalogServiceRef,
        auth: coreServices.auth,
        logger: coreServices.logger,
        config: coreServices.rootConfig,
      },
      async init({ processing, catalog, auth, logger, config }) {
        const { framework, file } = loadFramework(config);
        logger.info(
          `Checking Agent entities against framework '${framework.metadata.name}' v${framework.metadata.version} from ${file}`,
        );
        // One directory for both processors: a processing batch reads the
        // catalog's agents once.
        const directory = new AgentDirectory({ catalog, auth, logger });
        processing.addProcessor(
          new AgentEntityProcessor({ directory, logger, framework }),
          new ComponentPathOwnerProcessor({ directory }),
        );
      },
    });
  },
});
