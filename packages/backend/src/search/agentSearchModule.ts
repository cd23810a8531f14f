import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogCollatorExtensionPoint } from '@backstage/plugin-search-backend-module-catalog';
import { agentSearchDocument } from './agentSearchDocument';

/** Agents in search: findable by name, role, framework id and owned path. */
export default createBackendModule({
  pluginId: 'search',
  moduleId: 'agent-coordination-documents',
  register(env) {
    env.registerInit({
      deps: { collator: catalogCollatorExtensionPoint },
      async init({ collator }) {
        collator.setEntityTransformer(agentSearchDocument);
      },
    });
  },
});
