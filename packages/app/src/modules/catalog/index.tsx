import {
  PageBlueprint,
  coreExtensionData,
  createExtensionInput,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import CategoryIcon from '@material-ui/icons/Category';

/*
 * The catalog's index page, replaced so that the table has columns for
 * Agents: in Backstage 1.55 the new frontend system's page:catalog passes no
 * columns to its CatalogIndexPage and takes none from config or extensions.
 * This is that page (same id, path, route, nav item and filter extensions)
 * with a columns function; exporters contributed as catalog-export-config
 * extensions are not wired, as this portal has none.
 */
const catalogIndexPage = PageBlueprint.makeWithOverrides({
  inputs: {
    filters: createExtensionInput([coreExtensionData.reactElement]),
  },
  factory(originalFactory, { inputs }) {
    return originalFactory({
      path: '/catalog',
      routeRef: catalogPlugin.routes.catalogIndex,
      title: 'Catalog',
      icon: <CategoryIcon fontSize="inherit" />,
      loader: async () => {
        const { AgentAwareCatalogIndexPage } = await import(
          './AgentAwareCatalogIndexPage'
        );
        const filters = inputs.filters.map(filter =>
          filter.get(coreExtensionData.reactElement),
        );
        return <AgentAwareCatalogIndexPage filters={<>{filters}</>} />;
      },
    });
  },
});

export const catalogModule = createFrontendModule({
  pluginId: 'catalog',
  extensions: [catalogIndexPage],
});
