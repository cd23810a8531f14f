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

/**
 * An Agent's tasks by state, linking to its board, for an Agent entity page.
 * @public
 */
export const EntityAgentTasksCard = agentCoordinationPlugin.provide(
  createComponentExtension({
    name: 'EntityAgentTasksCard',
    component: {
      lazy: () =>
        import('./components/EntityAgentTasksCard').then(
          m => m.EntityAgentTasksCard,
        ),
    },
  }),
);

/**
 * The open conflicts an Agent is a party to, for an Agent entity page.
 * @public
 */
export const EntityAgentConflictsCard = agentCoordinationPlugin.provide(
  createComponentExtension({
    name: 'EntityAgentConflictsCard',
    component: {
      lazy: () =>
        import('./components/EntityAgentConflictsCard').then(
          m => m.EntityAgentConflictsCard,
        ),
    },
  }),
);

/**
 * An Agent's inbox: its unread count and latest messages, for an Agent
 * entity page (its overview or its Coordination tab).
 * @public
 */
export const EntityAgentMessagesCard = agentCoordinationPlugin.provide(
  createComponentExtension({
    name: 'EntityAgentMessagesCard',
    component: {
      lazy: () =>
        import('./components/EntityAgentMessagesCard').then(
          m => m.EntityAgentMessagesCard,
        ),
    },
  }),
);

/**
 * An Agent's handoffs in and out, for an Agent entity page.
 * @public
 */
export const EntityAgentHandoffsCard = agentCoordinationPlugin.provide(
  createComponentExtension({
    name: 'EntityAgentHandoffsCard',
    component: {
      lazy: () =>
        import('./components/EntityAgentHandoffsCard').then(
          m => m.EntityAgentHandoffsCard,
        ),
    },
  }),
);

/**
 * The tasks about a Component, by state, for a Component entity page.
 * @public
 */
export const EntityComponentTasksCard = agentCoordinationPlugin.provide(
  createComponentExtension({
    name: 'EntityComponentTasksCard',
    component: {
      lazy: () =>
        import('./components/EntityComponentTasksCard').then(
          m => m.EntityComponentTasksCard,
        ),
    },
  }),
);

/**
 * The conflicts about a Component, open and decided, for a Component entity page.
 * @public
 */
export const EntityComponentConflictsCard = agentCoordinationPlugin.provide(
  createComponentExtension({
    name: 'EntityComponentConflictsCard',
    component: {
      lazy: () =>
        import('./components/EntityComponentConflictsCard').then(
          m => m.EntityComponentConflictsCard,
        ),
    },
  }),
);
