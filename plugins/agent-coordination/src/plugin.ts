import {
  createApiFactory,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { AgentCoordinationClient, agentCoordinationApiRef } from './api';
import { rootRouteRef } from './routes';

/**
 * The Agent Coordination plugin for apps on the legacy frontend system. Apps
 * on the new frontend system use the default export of `./alpha` instead.
 * @public
 */
export const agentCoordinationPlugin = createPlugin({
  id: 'agent-coordination',
  apis: [
    createApiFactory({
      api: agentCoordinationApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new AgentCoordinationClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: {
    root: rootRouteRef,
  },
});

/**
 * The framework overview page, for a `<Route path="/agent-coordination">`.
 * @public
 */
export const AgentCoordinationPage = agentCoordinationPlugin.provide(
  createRoutableExtension({
    name: 'AgentCoordinationPage',
    component: () =>
      import('./components/CoordinationPage').then(m => m.CoordinationPage),
    mountPoint: rootRouteRef,
  }),
);
