/**
 * Agent Coordination frontend: which agents own what, depend on whom and who
 * decides conflicts. This entry point is the legacy frontend system plugin;
 * `@agent-coordination/plugin-agent-coordination/alpha` is the new one.
 *
 * @packageDocumentation
 */
export {
  agentCoordinationPlugin,
  AgentCoordinationPage,
  EntityAgentCoordinationContent,
  EntityAgentOverviewCard,
  EntityOwningAgentsCard,
} from './plugin';
export {
  agentCoordinationApiRef,
  AgentCoordinationClient,
  type AgentCoordinationApi,
} from './api';
export { humanizeAgentKey } from './components/AgentName';
export {
  AuthorityChip,
  type AuthorityChipProps,
} from './components/AuthorityChip';
export { AgentCard, type AgentCardProps } from './components/AgentCard';
export { TierCard, type TierCardProps } from './components/TierCard';
export {
  FrameworkSummary,
  type FrameworkSummaryProps,
} from './components/FrameworkSummary';
export {
  FrameworkOverview,
  type FrameworkOverviewProps,
} from './components/FrameworkOverview';
export {
  AgentRegistryTable,
  type AgentRegistryTableProps,
} from './components/AgentRegistry';
export {
  AgentDependencyGraph,
  type AgentDependencyGraphProps,
} from './components/AgentGraph';
export { rootRouteRef } from './routes';
