/**
 * Scaffolder actions for Agent Coordination.
 *
 * @packageDocumentation
 */
export { scaffolderModuleAgentCoordination as default } from './module';
export {
  createAcknowledgeHandoffAction,
  createAddTaskDependencyAction,
  createAgentCoordinationActions,
  createCreateTaskAction,
  createEscalateConflictAction,
  createListConflictsAction,
  createListTasksAction,
  createLookupOwnersAction,
  createOpenConflictAction,
  createOpenHandoffAction,
  createReadInboxAction,
  createRequestHandoffClarificationAction,
  createResolveConflictAction,
  createSendMessageAction,
  createSubmitChangeSetAction,
  createTransitionTaskAction,
} from './actions';
