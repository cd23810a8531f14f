import { createBackendModule } from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { agentCoordinationServiceRef } from '@agent-coordination/plugin-agent-coordination-node';
import { createAgentCoordinationActions } from './actions';

/**
 * Scaffolder actions for Agent Coordination: owners, tasks, conflicts,
 * change sets, messages and handoffs, each acting on behalf of the template's
 * user through the coordination API.
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
      },
      async init({ scaffolder, coordination }) {
        scaffolder.addActions(
          ...createAgentCoordinationActions({ coordination }),
        );
      },
    });
  },
});
