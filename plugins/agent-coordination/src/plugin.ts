import {
  createApiFactory,
  createComponentExtension,
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

/**
 * The agent overview card, for an Agent entity page (inside
 * `<EntitySwitch.Case if={isKind('agent')}>`).
 * @public
 */
export const EntityAgentOverviewCard = agentCoordinationPlugin.provide(
  createComponentExtension({
    name: 'EntityAgentOverviewCard',
    component: {
      lazy: () =>
        import('./components/EntityAgentOverviewCard').then(
          m => m.EntityAgentOverviewCard,
        ),
    },
  }),
);

/**
 * The content of a "Coordination" tab on an Agent entity page.
 * @public
 */
export const EntityAgentCoordinationContent = agentCoordinationPlugin.provide(
  createComponentExtension({
    name: 'EntityAgentCoordinationContent',
    component: {
      lazy: () =>
        import('./components/EntityAgentCoordinationContent').then(
          m => m.EntityAgentCoordinationContent,
        ),
    },
  }),
);

/**
 * The agents owning a Component's path, for a Component entity page.
 * @public
 */
export const EntityOwningAgentsCard = agentCoordinationPlugin.provide(
  createComponentExtension({
    name: 'EntityOwningAgentsCard',
    component: {
      lazy: () =>
        import('./components/EntityOwningAgentsCard').then(
          m => m.EntityOwningAgentsCard,
        ),
    },
  }),
);
