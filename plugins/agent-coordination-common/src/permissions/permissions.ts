import { createPermission } from '@backstage/plugin-permission-common';

/**
 * The resource type of a coordination task. Resource permissions name it so
 * that a policy can answer them with conditions on the task (see
 * `agentCoordinationTaskConditions`).
 * @public
 */
export const TASK_RESOURCE_TYPE = 'agent-coordination-task';

/** Reading a task, its events and its allowed transitions; lists are filtered by it. @public */
export const agentCoordinationTaskReadPermission = createPermission({
  name: 'agent-coordination.task.read',
  attributes: { action: 'read' },
  resourceType: TASK_RESOURCE_TYPE,
});

/** Creating a task. Basic: there is no task yet to put conditions on. @public */
export const agentCoordinationTaskCreatePermission = createPermission({
  name: 'agent-coordination.task.create',
  attributes: { action: 'create' },
});

/** Changing a task's fields or dependencies. @public */
export const agentCoordinationTaskUpdatePermission = createPermission({
  name: 'agent-coordination.task.update',
  attributes: { action: 'update' },
  resourceType: TASK_RESOURCE_TYPE,
});

/**
 * Moving a task along the lifecycle. Checked before the framework's own rule
 * (which role may trigger which transition): the policy says which tasks a
 * caller may act on, the framework says what it may do with them.
 * @public
 */
export const agentCoordinationTaskTransitionPermission = createPermission({
  name: 'agent-coordination.task.transition',
  attributes: { action: 'update' },
  resourceType: TASK_RESOURCE_TYPE,
});

/** The task permissions, for the permissions registry. @public */
export const agentCoordinationTaskPermissions = [
  agentCoordinationTaskReadPermission,
  agentCoordinationTaskCreatePermission,
  agentCoordinationTaskUpdatePermission,
  agentCoordinationTaskTransitionPermission,
];

/**
 * The resource type of a conflict (§4).
 * @public
 */
export const CONFLICT_RESOURCE_TYPE = 'agent-coordination-conflict';

/** Reading conflicts, their timelines and the escalation matrix's open list; lists are filtered by it. @public */
export const agentCoordinationConflictReadPermission = createPermission({
  name: 'agent-coordination.conflict.read',
  attributes: { action: 'read' },
  resourceType: CONFLICT_RESOURCE_TYPE,
});

/** Opening a conflict, by hand or from a change set. @public */
export const agentCoordinationConflictOpenPermission = createPermission({
  name: 'agent-coordination.conflict.open',
  attributes: { action: 'create' },
});

/** Deciding a conflict: voting as a party, resolving as the level's authority. @public */
export const agentCoordinationConflictDecidePermission = createPermission({
  name: 'agent-coordination.conflict.decide',
  attributes: { action: 'update' },
  resourceType: CONFLICT_RESOURCE_TYPE,
});

/** Escalating a conflict to its next level by hand. @public */
export const agentCoordinationConflictEscalatePermission = createPermission({
  name: 'agent-coordination.conflict.escalate',
  attributes: { action: 'update' },
  resourceType: CONFLICT_RESOURCE_TYPE,
});

/** The conflict permissions, for the permissions registry. @public */
export const agentCoordinationConflictPermissions = [
  agentCoordinationConflictReadPermission,
  agentCoordinationConflictOpenPermission,
  agentCoordinationConflictDecidePermission,
  agentCoordinationConflictEscalatePermission,
];

/** Every Agent Coordination permission. @public */
export const agentCoordinationPermissions = [
  ...agentCoordinationTaskPermissions,
  ...agentCoordinationConflictPermissions,
];
