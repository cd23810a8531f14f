import { MESSAGE_PERMISSION_RULES } from '@agent-coordination/plugin-agent-coordination-common';
import {
  createPermissionRule,
  type PermissionRule,
} from '@backstage/plugin-permission-node';
import { z } from 'zod';
import { ruleParams as params } from '../../platform/permissions/ruleParams';
import type { MessageCondition } from '../store/messageConditions';
import type { MessageResource } from '../store/messageResources';
import { messageResourceRef } from './messageResourceRef';

/**
 * The rules a policy can put on message permissions; each is SQL too
 * (store/messageConditions), so inboxes and lists stay filtered pages.
 * `broadcast` is the framework's broadcast recipient (ALL).
 */
export function createMessagePermissionRules(
  broadcast: string,
): PermissionRule<MessageResource, MessageCondition, string, any>[] {
  const isRecipient = createPermissionRule<
    typeof messageResourceRef,
    { agents: string[] }
  >({
    name: MESSAGE_PERMISSION_RULES.isRecipient,
    description:
      'Allow messages one of the given framework agents receives: sent to it, or to ALL by another agent',
    resourceRef: messageResourceRef,
    paramsSchema: params(
      z.object({
        agents: z.array(z.string()).describe('Framework agent keys'),
      }),
    ),
    apply: (message: MessageResource, { agents }) =>
      message.to === broadcast
        ? agents.some(a => a !== message.from)
        : agents.includes(message.to),
    toQuery: ({ agents }) => ({ column: 'recipient', values: agents }),
  });

  const isSender = createPermissionRule<
    typeof messageResourceRef,
    { agents: string[] }
  >({
    name: MESSAGE_PERMISSION_RULES.isSender,
    description: 'Allow messages one of the given framework agents sent',
    resourceRef: messageResourceRef,
    paramsSchema: params(
      z.object({
        agents: z.array(z.string()).describe('Framework agent keys'),
      }),
    ),
    apply: (message: MessageResource, { agents }) =>
      agents.includes(message.from),
    toQuery: ({ agents }) => ({ column: 'sender', values: agents }),
  });

  return [isRecipient, isSender];
}
