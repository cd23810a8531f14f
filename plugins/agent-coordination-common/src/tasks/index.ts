/*
 * The task rules: pure functions from the framework, the caller and the task
 * to a decision. The backend reads and writes; these decide.
 */
export * from './lifecycleRoles';
export * from './taskRoles';
export * from './planTransition';
export * from './planTaskActions';
export * from './dependencies';
export * from './snapshots';
export * from './taskEvents';
export * from './replayTasks';
export * from './overdueAlerts';
export * from './failedDependencies';
export * from './checkTaskInput';
