import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { filePlaceholderResolver } from './filePlaceholder';

/**
 * `$file` in catalog descriptors (see filePlaceholder.ts): the API entity of
 * catalog-info.yaml takes its OpenAPI definition from the backend plugin's
 * document in the checkout.
 */
export default createBackendModule({
  pluginId: 'catalog',
  moduleId: 'file-placeholder',
  register(env) {
    env.registerInit({
      deps: { processing: catalogProcessingExtensionPoint },
      async init({ processing }) {
        processing.addPlaceholderResolver('file', filePlaceholderResolver);
      },
    });
  },
});
