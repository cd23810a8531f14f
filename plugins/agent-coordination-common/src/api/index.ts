export type { HealthResponse } from './types';
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
