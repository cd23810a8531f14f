export type { HealthResponse } from './types';
export type {
  AgentGraphEdge,
  AgentGraphNode,
  AgentGraphResponse,
  AgentLink,
  AgentListResponse,
  AgentSummary,
  OwnershipLookupResponse,
  OwnershipMatch,
  OwnershipMatchOverlap,
} from './agents';
export type {
  AddDependencyRequest,
  AllowedTransition,
  AllowedTransitionsResponse,
  CoordinationEvent,
  CreateTaskRequest,
  ListTasksQuery,
  Page,
  Task,
  TaskChangeResponse,
  TaskDependency,
  TaskPriority,
  TaskSnapshot,
  TaskWarning,
  TransitionTaskRequest,
  UpdateTaskRequest,
} from './tasks';
