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

/**
 * The resource type of a message (§3.2).
 * @public
 */
export const MESSAGE_RESOURCE_TYPE = 'agent-coordination-message';

/**
 * Reading messages, inboxes and message events; lists are filtered by it.
 * The framework's own rule comes after it: an agent reads its inbox, what
 * it sent and broadcasts, the context manager all.
 * @public
 */
export const agentCoordinationMessageReadPermission = createPermission({
  name: 'agent-coordination.message.read',
  attributes: { action: 'read' },
  resourceType: MESSAGE_RESOURCE_TYPE,
});

/**
 * Sending a message (and marking one read, which a recipient does to its
 * own read state). Basic: there is no message yet to put conditions on.
 * @public
 */
export const agentCoordinationMessageSendPermission = createPermission({
  name: 'agent-coordination.message.send',
  attributes: { action: 'create' },
});

/** The message permissions, for the permissions registry. @public */
export const agentCoordinationMessagePermissions = [
  agentCoordinationMessageReadPermission,
  agentCoordinationMessageSendPermission,
];

/**
 * The resource type of a handoff (§3.3).
 * @public
 */
export const HANDOFF_RESOURCE_TYPE = 'agent-coordination-handoff';

/** Reading handoffs, their documents and events; lists are filtered by it. @public */
export const agentCoordinationHandoffReadPermission = createPermission({
  name: 'agent-coordination.handoff.read',
  attributes: { action: 'read' },
  resourceType: HANDOFF_RESOURCE_TYPE,
});

/** Opening a handoff. Basic: there is no handoff yet to put conditions on. @public */
export const agentCoordinationHandoffCreatePermission = createPermission({
  name: 'agent-coordination.handoff.create',
  attributes: { action: 'create' },
});

/**
 * Acting on a handoff: validation, transfer, acknowledgment, clarification,
 * completion. The framework's own rule comes after it: the sender and the
 * receiver take their steps, the context manager any.
 * @public
 */
export const agentCoordinationHandoffActPermission = createPermission({
  name: 'agent-coordination.handoff.act',
  attributes: { action: 'update' },
  resourceType: HANDOFF_RESOURCE_TYPE,
});

/** The handoff permissions, for the permissions registry. @public */
export const agentCoordinationHandoffPermissions = [
  agentCoordinationHandoffReadPermission,
  agentCoordinationHandoffCreatePermission,
  agentCoordinationHandoffActPermission,
];

/** Every Agent Coordination permission. @public */
export const agentCoordinationPermissions = [
  ...agentCoordinationTaskPermissions,
  ...agentCoordinationConflictPermissions,
  ...agentCoordinationMessagePermissions,
  ...agentCoordinationHandoffPermissions,
];
