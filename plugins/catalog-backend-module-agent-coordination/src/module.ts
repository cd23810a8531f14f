import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  catalogProcessingExtensionPoint,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { agentCoordinationFrameworkServiceRef } from '@agent-coordination/plugin-agent-coordination-node';
import { AgentDirectory } from './processor/AgentDirectory';
import { AgentEntityProcessor } from './processor/AgentEntityProcessor';
import { ComponentPathOwnerProcessor } from './processor/ComponentPathOwnerProcessor';

/**
 * Adds the Agent kind to the catalog: validation, relations and the checks
 * across agents, plus agent ownership of Components by source path. Agents
 * are checked against the framework the backend plugin serves: the
 * framework service loads agentCoordination.framework.file (default the
 * seed) once per backend, and a missing or broken file stops start-up.
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
        coordination: agentCoordinationFrameworkServiceRef,
      },
      async init({ processing, catalog, auth, logger, coordination }) {
        const { framework, file } = coordination;
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
