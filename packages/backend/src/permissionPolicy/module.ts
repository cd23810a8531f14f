import { loadFramework } from '@agent-coordination/plugin-agent-coordination-backend';
import { coreServices, createBackendModule } from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { AgentCoordinationPermissionPolicy } from './AgentCoordinationPermissionPolicy';

/**
 * Installs the portal's permission policy. Reads the same framework file and
 * `agentCoordination.actors` mapping as the plugin, so the policy and the
 * lifecycle rules agree on who is which agent.
 */
export default createBackendModule({
  pluginId: 'permission',
  moduleId: 'agent-coordination-policy',
  register(env) {
    env.registerInit({
      deps: { config: coreServices.rootConfig, policy: policyExtensionPoint },
      async init({ config, policy }) {
        const { framework } = loadFramework(config);
        policy.setPolicy(AgentCoordinationPermissionPolicy.fromConfig(config, framework));
      },
    });
  },
});
