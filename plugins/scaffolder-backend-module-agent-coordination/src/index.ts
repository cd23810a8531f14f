/**
 * Scaffolder actions for Agent Coordination.
 *
 * @packageDocumentation
 */
export { scaffolderModuleAgentCoordination as default } from './module';
export {
  createAddTaskDependencyAction,
  createAgentCoordinationActions,
  createCreateTaskAction,
  createEscalateConflictAction,
  createListConflictsAction,
  createListTasksAction,
  createLookupOwnersAction,
  createOpenConflictAction,
  createReadInboxAction,
  createResolveConflictAction,
  createSendMessageAction,
  createSubmitChangeSetAction,
  createTransitionTaskAction,
} from './actions';
