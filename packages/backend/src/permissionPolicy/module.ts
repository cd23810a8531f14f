import { agentCoordinationFrameworkServiceRef } from '@agent-coordination/plugin-agent-coordination-node';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { AgentCoordinationPermissionPolicy } from './AgentCoordinationPermissionPolicy';

/**
 * Installs the portal's permission policy. It reads the actor mapping from
 * the framework service the plugin reads too, so both agree on who is
 * which agent.
 */
export default createBackendModule({
  pluginId: 'permission',
  moduleId: 'agent-coordination-policy',
  register(env) {
    env.registerInit({
      deps: { coordination: agentCoordinationFrameworkServiceRef, policy: policyExtensionPoint },
      async init({ coordination, policy }) {
        policy.setPolicy(new AgentCoordinationPermissionPolicy(coordination.actors, coordination.framework));
      },
    });
  },
});
