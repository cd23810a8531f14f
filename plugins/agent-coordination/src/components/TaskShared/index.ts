export { AgentName } from './AgentName';
export { ComponentLink } from './ComponentLink';
export { PriorityBadge } from './PriorityBadge';
export { TaskSearchField, type TaskSearchFieldProps } from './TaskSearchField';
export { TimeInState, earliestBlockingDeadline } from './TaskTimes';
export { newIdempotencyKey } from './idempotencyKey';
export { listAllTasks } from './listAllTasks';
export { DEFAULT_PRIORITY, PRIORITIES, priorityRank } from './priorities';
export { cachedRequest } from './requestCache';
export { isGone, refusalCode, staleTaskOf } from './taskErrors';
export { taskChanges, type FieldChange } from './taskDiff';
export {
  formatDateTime,
  formatDuration,
  isPastDueDate,
  useMinuteClock,
} from './time';
export {
  buildAgentDirectory,
  useAgentDirectory,
  type AgentDirectory,
  type AgentDirectoryState,
  type DirectoryAgent,
} from './useAgentDirectory';
export {
  TASK_SIGNAL_CHANNEL,
  useTaskSignals,
  type TaskSignal,
} from './useTaskSignals';
export {
  useTaskLinks,
  type BoardLinkFilters,
  type TaskLinks,
} from './useTaskLinks';
export { useWhoami, type WhoamiState } from './useWhoami';
export {
  TasksByStateCard,
  type TasksByStateCardProps,
} from './TasksByStateCard';
