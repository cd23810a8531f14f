import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { agentCoordinationServiceRef } from '@agent-coordination/plugin-agent-coordination-node';
import { createLookupOwnersAction } from './actions/lookupOwners';

/**
 * Scaffolder actions for Agent Coordination.
 * @public
 */
export const scaffolderModuleAgentCoordination = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'agent-coordination',
  register(env) {
    env.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        coordination: agentCoordinationServiceRef,
        logger: coreServices.logger,
      },
      async init({ scaffolder, coordination }) {
        scaffolder.addActions(createLookupOwnersAction({ coordination }));
      },
    });
  },
});
