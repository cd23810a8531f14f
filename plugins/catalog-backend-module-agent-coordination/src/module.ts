import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  catalogProcessingExtensionPoint,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { AgentDirectory } from './processor/AgentDirectory';
import { AgentEntityProcessor } from './processor/AgentEntityProcessor';
import { ComponentPathOwnerProcessor } from './processor/ComponentPathOwnerProcessor';

/**
 * Adds the Agent kind to the catalog: validation, relations and the checks
 * across agents, plus agent ownership of Components by source path.
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
      },
      async init({ processing, catalog, auth, logger }) {
        // One directory for both processors: a processing batch reads the
        // catalog's agents once.
        const directory = new AgentDirectory({ catalog, auth, logger });
        processing.addProcessor(
          new AgentEntityProcessor({ directory, logger }),
          new ComponentPathOwnerProcessor({ directory }),
        );
      },
    });
  },
});
