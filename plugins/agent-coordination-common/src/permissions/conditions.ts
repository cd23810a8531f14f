import type {
  PermissionCondition,
  PermissionRuleParams,
} from '@backstage/plugin-permission-common';
import {
  CONFLICT_RESOURCE_TYPE,
  MESSAGE_RESOURCE_TYPE,
  HANDOFF_RESOURCE_TYPE,
  TASK_RESOURCE_TYPE,
} from './permissions';

/**
 * Names of the task permission rules the backend registers. Kept here so a
 * policy can build conditions without depending on the backend package.
 * @public
 */
export const TASK_PERMISSION_RULES = {
  isAssignee: 'IS_ASSIGNEE',
  agentHasAuthority: 'AGENT_HAS_AUTHORITY',
  ownsComponent: 'OWNS_COMPONENT',
  isInState: 'IS_IN_STATE',
} as const;

/** @public */
export type TaskCondition<P extends PermissionRuleParams> = PermissionCondition<
  typeof TASK_RESOURCE_TYPE,
  P
>;

function condition<P extends PermissionRuleParams>(rule: string) {
  return (params: P): TaskCondition<P> => ({
    rule,
    resourceType: TASK_RESOURCE_TYPE,
    params,
  });
}

/**
 * Condition builders for a permission policy answering task permissions
 * with a CONDITIONAL decision.
 * @public
 */
export const agentCoordinationTaskConditions = {
  /** The task is assigned to one of these agents (framework agent keys). */
  isAssignee: condition<{ agents: string[] }>(TASK_PERMISSION_RULES.isAssignee),
  /** The task's assignee holds one of these authority levels (e.g. LIMITED). */
  agentHasAuthority: condition<{ levels: string[] }>(
    TASK_PERMISSION_RULES.agentHasAuthority,
  ),
  /** The task concerns one of these components; a policy passes the components the caller owns. */
  ownsComponent: condition<{ components: string[] }>(
    TASK_PERMISSION_RULES.ownsComponent,
  ),
  /** The task is in one of these lifecycle states. */
  isInState: condition<{ states: string[] }>(TASK_PERMISSION_RULES.isInState),
};

/**
 * Names of the conflict permission rules the backend registers.
 * @public
 */
export const CONFLICT_PERMISSION_RULES = {
  isParty: 'IS_PARTY',
  holdsAuthority: 'HOLDS_AUTHORITY',
} as const;

/** @public */
export type ConflictCondition<P extends PermissionRuleParams> =
  PermissionCondition<typeof CONFLICT_RESOURCE_TYPE, P>;

function conflictCondition<P extends PermissionRuleParams>(rule: string) {
  return (params: P): ConflictCondition<P> => ({
    rule,
    resourceType: CONFLICT_RESOURCE_TYPE,
    params,
  });
}

/**
 * Condition builders for a permission policy answering conflict
 * permissions with a CONDITIONAL decision.
 * @public
 */
export const agentCoordinationConflictConditions = {
  /** One of these agents (framework agent keys) is a party to the conflict. */
  isParty: conflictCondition<{ agents: string[] }>(
    CONFLICT_PERMISSION_RULES.isParty,
  ),
  /** The conflict's current level is decided by one of these framework authorities (ids). */
  holdsAuthority: conflictCondition<{ authorities: string[] }>(
    CONFLICT_PERMISSION_RULES.holdsAuthority,
  ),
};

/**
 * Names of the message permission rules the backend registers.
 * @public
 */
export const MESSAGE_PERMISSION_RULES = {
  isRecipient: 'IS_RECIPIENT',
  isSender: 'IS_SENDER',
} as const;

/** @public */
export type MessageCondition<P extends PermissionRuleParams> =
  PermissionCondition<typeof MESSAGE_RESOURCE_TYPE, P>;

function messageCondition<P extends PermissionRuleParams>(rule: string) {
  return (params: P): MessageCondition<P> => ({
    rule,
    resourceType: MESSAGE_RESOURCE_TYPE,
    params,
  });
}

/**
 * Condition builders for a permission policy answering message permissions
 * with a CONDITIONAL decision.
 * @public
 */
export const agentCoordinationMessageConditions = {
  /** One of these agents (framework agent keys) receives the message: it is to them, or to ALL and from another agent. */
  isRecipient: messageCondition<{ agents: string[] }>(
    MESSAGE_PERMISSION_RULES.isRecipient,
  ),
  /** One of these agents sent the message. */
  isSender: messageCondition<{ agents: string[] }>(
    MESSAGE_PERMISSION_RULES.isSender,
  ),
};

/**
 * Names of the handoff permission rules the backend registers.
 * @public
 */
export const HANDOFF_PERMISSION_RULES = {
  isParty: 'IS_PARTY',
} as const;

/** @public */
export type HandoffCondition<P extends PermissionRuleParams> =
  PermissionCondition<typeof HANDOFF_RESOURCE_TYPE, P>;

/**
 * Condition builders for a permission policy answering handoff permissions
 * with a CONDITIONAL decision.
 * @public
 */
export const agentCoordinationHandoffConditions = {
  /** One of these agents (framework agent keys) is the handoff's sender or receiver. */
  isParty: (params: { agents: string[] }): HandoffCondition<{ agents: string[] }> => ({
    rule: HANDOFF_PERMISSION_RULES.isParty,
    resourceType: HANDOFF_RESOURCE_TYPE,
    params,
  }),
};
