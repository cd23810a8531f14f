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
  EntityAgentConflictsCard,
  EntityAgentCoordinationContent,
  EntityAgentHandoffsCard,
  EntityAgentMessagesCard,
  EntityAgentOverviewCard,
  EntityAgentTasksCard,
  EntityComponentConflictsCard,
  EntityComponentTasksCard,
  EntityOwningAgentsCard,
} from './plugin';
export {
  TaskBoardPage,
  TaskRoutes,
  type TaskRoutesProps,
  CreateTaskDialog,
  type CreateTaskDialogProps,
} from './components/TaskBoard';
export {
  TaskDetail,
  type TaskDetailProps,
  TaskDetailDrawer,
  type TaskDetailDrawerProps,
  TaskDetailPage,
} from './components/TaskDetail';
export { EscalationMatrixPage } from './components/EscalationMatrix';
export {
  ConflictDetailPage,
  type ConflictDetailPageProps,
} from './components/ConflictDetail';
export {
  MessageRoutes,
  MessagesPage,
  MessageDetailPage,
  ComposeMessageDialog,
  type ComposeMessageDialogProps,
  type MessageDraft,
} from './components/Messages';
export {
  HandoffRoutes,
  HandoffsPage,
  HandoffDetailPage,
  type HandoffDetailPageProps,
  HandoffFormDialog,
  type HandoffFormDialogProps,
} from './components/Handoffs';
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
  type NonBlockingView,
} from './components/AgentGraph';
export {
  createAgentCatalogColumns,
  type AgentCatalogRow,
} from './components/AgentCatalogColumns';
export {
  BackendErrorPanel,
  type BackendErrorPanelProps,
} from './components/BackendErrorPanel';
export {
  useCoordinationFramework,
  type CoordinationFrameworkState,
} from './hooks';
export { rootRouteRef } from './routes';
