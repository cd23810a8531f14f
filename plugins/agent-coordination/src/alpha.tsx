import {
  ApiBlueprint,
  PageBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
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
      import('./components/CoordinationPage').then(m => <m.CoordinationPage />),
  },
});

/**
 * Role, tier, authority, ownership and dependencies on Agent entity pages.
 * @alpha
 */
export const agentOverviewEntityCard = EntityCardBlueprint.make({
  name: 'agent-overview',
  params: {
    filter: { kind: 'agent' },
    loader: () =>
      import('./components/EntityAgentOverviewCard').then(m => (
        <m.EntityAgentOverviewCard />
      )),
  },
});

/**
 * The Coordination tab on Agent entity pages.
 * @alpha
 */
export const agentCoordinationEntityContent = EntityContentBlueprint.make({
  name: 'coordination',
  params: {
    path: 'coordination',
    title: 'Coordination',
    filter: { kind: 'agent' },
    loader: () =>
      import('./components/EntityAgentCoordinationContent').then(m => (
        <m.EntityAgentCoordinationContent />
      )),
  },
});

/**
 * Which agents own a Component's path, on Component entity pages.
 * @alpha
 */
export const owningAgentsEntityCard = EntityCardBlueprint.make({
  name: 'owning-agents',
  params: {
    filter: { kind: 'component' },
    loader: () =>
      import('./components/EntityOwningAgentsCard').then(m => (
        <m.EntityOwningAgentsCard />
      )),
  },
});

/**
 * An Agent's tasks by state, linking to its board, on Agent entity pages.
 * @alpha
 */
export const agentTasksEntityCard = EntityCardBlueprint.make({
  name: 'agent-tasks',
  params: {
    filter: { kind: 'agent' },
    loader: () =>
      import('./components/EntityAgentTasksCard').then(m => (
        <m.EntityAgentTasksCard />
      )),
  },
});

/**
 * The open conflicts an Agent is a party to, on Agent entity pages.
 * @alpha
 */
export const agentConflictsEntityCard = EntityCardBlueprint.make({
  name: 'agent-conflicts',
  params: {
    filter: { kind: 'agent' },
    loader: () =>
      import('./components/EntityAgentConflictsCard').then(m => (
        <m.EntityAgentConflictsCard />
      )),
  },
});

/**
 * An Agent's inbox: unread count and latest messages, on Agent entity pages.
 * @alpha
 */
export const agentMessagesEntityCard = EntityCardBlueprint.make({
  name: 'agent-messages',
  params: {
    filter: { kind: 'agent' },
    loader: () =>
      import('./components/EntityAgentMessagesCard').then(m => (
        <m.EntityAgentMessagesCard />
      )),
  },
});

/**
 * An Agent's handoffs in and out, on Agent entity pages.
 * @alpha
 */
export const agentHandoffsEntityCard = EntityCardBlueprint.make({
  name: 'agent-handoffs',
  params: {
    filter: { kind: 'agent' },
    loader: () =>
      import('./components/EntityAgentHandoffsCard').then(m => (
        <m.EntityAgentHandoffsCard />
      )),
  },
});

/**
 * The tasks about a Component, by state, on Component entity pages.
 * @alpha
 */
export const componentTasksEntityCard = EntityCardBlueprint.make({
  name: 'component-tasks',
  params: {
    filter: { kind: 'component' },
    loader: () =>
      import('./components/EntityComponentTasksCard').then(m => (
        <m.EntityComponentTasksCard />
      )),
  },
});

/**
 * The conflicts about a Component, open and decided, on Component entity pages.
 * @alpha
 */
export const componentConflictsEntityCard = EntityCardBlueprint.make({
  name: 'component-conflicts',
  params: {
    filter: { kind: 'component' },
    loader: () =>
      import('./components/EntityComponentConflictsCard').then(m => (
        <m.EntityComponentConflictsCard />
      )),
  },
});

/**
 * The Agent Coordination plugin for apps on the new frontend system. Its page
 * is `page:agent-coordination` (tabs for the registry, dependency graph,
 * path ownership, task board, escalation matrix and messages) and comes
 * with a nav item; it adds overview, tasks, conflicts and inbox cards and a Coordination tab
 * to Agent entity pages, and owning-agents, tasks and conflicts cards to
 * Component entity pages.
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
  extensions: [
    agentCoordinationApi,
    agentCoordinationPage,
    agentOverviewEntityCard,
    agentCoordinationEntityContent,
    agentTasksEntityCard,
    agentConflictsEntityCard,
    agentMessagesEntityCard,
    agentHandoffsEntityCard,
    owningAgentsEntityCard,
    componentTasksEntityCard,
    componentConflictsEntityCard,
  ],
});
