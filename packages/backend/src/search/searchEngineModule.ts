import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { searchEngineRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { PgSearchEngine } from '@backstage/plugin-search-backend-module-pg';

/**
 * The search engine follows the database: PostgreSQL's own full-text search
 * on PostgreSQL (app-config.production.yaml), the search backend's
 * in-process Lunr index otherwise (the embedded SQLite default), which needs
 * no registration. Adding @backstage/plugin-search-backend-module-pg itself
 * would warn on every SQLite start that it cannot run there.
 */
export default createBackendModule({
  pluginId: 'search',
  moduleId: 'portal-engine',
  register(env) {
    env.registerInit({
      deps: {
        searchEngineRegistry: searchEngineRegistryExtensionPoint,
        database: coreServices.database,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
      },
      async init({ searchEngineRegistry, database, config, logger }) {
        const client = config.getOptionalString('backend.database.client');
        if (client !== 'pg') {
          logger.info(
            `Search uses the in-process Lunr engine (database client ${client})`,
          );
          return;
        }
        if (!(await PgSearchEngine.supported(database))) {
          logger.warn(
            'Search uses the in-process Lunr engine: the PostgreSQL search engine needs PostgreSQL 12 or later',
          );
          return;
        }
        searchEngineRegistry.setSearchEngine(
          await PgSearchEngine.fromConfig(config, { database, logger }),
        );
        logger.info('Search uses the PostgreSQL engine');
      },
    });
  },
});
