import type { AgentCoordinationService } from '@agent-coordination/plugin-agent-coordination-node';
import { createAcknowledgeHandoffAction } from './acknowledgeHandoff';
import { createAddTaskDependencyAction } from './addTaskDependency';
import { createCreateTaskAction } from './createTask';
import { createEscalateConflictAction } from './escalateConflict';
import { createListConflictsAction } from './listConflicts';
import { createListTasksAction } from './listTasks';
import { createLookupOwnersAction } from './lookupOwners';
import { createOpenConflictAction } from './openConflict';
import { createOpenHandoffAction } from './openHandoff';
import { createReadInboxAction } from './readInbox';
import { createRequestHandoffClarificationAction } from './requestHandoffClarification';
import { createResolveConflictAction } from './resolveConflict';
import { createSendMessageAction } from './sendMessage';
import { createSubmitChangeSetAction } from './submitChangeSet';
import { createTransitionTaskAction } from './transitionTask';

export {
  createAcknowledgeHandoffAction,
  ACKNOWLEDGE_HANDOFF_ACTION_ID,
} from './acknowledgeHandoff';
export {
  createAddTaskDependencyAction,
  ADD_TASK_DEPENDENCY_ACTION_ID,
} from './addTaskDependency';
export { createCreateTaskAction, CREATE_TASK_ACTION_ID } from './createTask';
export {
  createEscalateConflictAction,
  ESCALATE_CONFLICT_ACTION_ID,
} from './escalateConflict';
export {
  createListConflictsAction,
  LIST_CONFLICTS_ACTION_ID,
} from './listConflicts';
export { createListTasksAction, LIST_TASKS_ACTION_ID } from './listTasks';
export {
  createLookupOwnersAction,
  LOOKUP_OWNERS_ACTION_ID,
} from './lookupOwners';
export {
  createOpenConflictAction,
  OPEN_CONFLICT_ACTION_ID,
} from './openConflict';
export { createOpenHandoffAction, OPEN_HANDOFF_ACTION_ID } from './openHandoff';
export { createReadInboxAction, READ_INBOX_ACTION_ID } from './readInbox';
export {
  createRequestHandoffClarificationAction,
  REQUEST_HANDOFF_CLARIFICATION_ACTION_ID,
} from './requestHandoffClarification';
export {
  createResolveConflictAction,
  RESOLVE_CONFLICT_ACTION_ID,
} from './resolveConflict';
export { createSendMessageAction, SEND_MESSAGE_ACTION_ID } from './sendMessage';
export {
  createSubmitChangeSetAction,
  SUBMIT_CHANGE_SET_ACTION_ID,
} from './submitChangeSet';
export {
  createTransitionTaskAction,
  TRANSITION_TASK_ACTION_ID,
} from './transitionTask';

/** Every action of this module, acting through one coordination client. */
export function createAgentCoordinationActions(options: {
  coordination: AgentCoordinationService;
}) {
  return [
    createLookupOwnersAction(options),
    createCreateTaskAction(options),
    createTransitionTaskAction(options),
    createAddTaskDependencyAction(options),
    createListTasksAction(options),
    createOpenConflictAction(options),
    createEscalateConflictAction(options),
    createResolveConflictAction(options),
    createSubmitChangeSetAction(options),
    createListConflictsAction(options),
    createSendMessageAction(options),
    createReadInboxAction(options),
    createOpenHandoffAction(options),
    createAcknowledgeHandoffAction(options),
    createRequestHandoffClarificationAction(options),
  ];
}
