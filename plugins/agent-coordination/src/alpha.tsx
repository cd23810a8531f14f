import {
  ApiBlueprint,
  PageBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import AccountTreeIcon from '@material-ui/icons/AccountTree';
import { AgentCoordinationClient, agentCoordinationApiRef } from './api';
import { rootRouteRef } from './routes';

// One converted ref shared by the page and the plugin's routes, so that route
// bindings and useRouteRef resolve to the same mount point.
const pageRouteRef = convertLegacyRouteRef(rootRouteRef);

/** @alpha */
export const agentCoordinationApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: agentCoordinationApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new AgentCoordinationClient({ discoveryApi, fetchApi }),
    }),
});

/** @alpha */
export const agentCoordinationPage = PageBlueprint.make({
  params: {
    path: '/agent-coordination',
    title: 'Agent Coordination',
    icon: <AccountTreeIcon />,
    routeRef: pageRouteRef,
    // The page draws its own core-components Header with the framework's
    // title and version; the app's default plugin header would duplicate it.
    noHeader: true,
    loader: () =>
      import('./components/CoordinationPage').then(m => (
        <m.CoordinationPage />
      )),
  },
});

/**
 * The Agent Coordination plugin for apps on the new frontend system. Its page
 * is `page:agent-coordination` and comes with a nav item.
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'agent-coordination',
  title: 'Agent Coordination',
  icon: <AccountTreeIcon />,
  info: { packageJson: () => import('../package.json') },
  routes: {
    root: pageRouteRef,
  },
  extensions: [agentCoordinationApi, agentCoordinationPage],
});
