import { HANDOFF_PERMISSION_RULES } from '@agent-coordination/plugin-agent-coordination-common';
import { createPermissionRule } from '@backstage/plugin-permission-node';
import { z } from 'zod';
import { ruleParams as params } from '../../platform/permissions/ruleParams';
import type { HandoffResource } from '../store/handoffResources';
import { handoffResourceRef } from './handoffResourceRef';

/** The rules a policy can put on handoff permissions; each is SQL too, so lists stay filtered pages. */
export function createHandoffPermissionRules() {
  const isParty = createPermissionRule<
    typeof handoffResourceRef,
    { agents: string[] }
  >({
    name: HANDOFF_PERMISSION_RULES.isParty,
    description:
      'Allow handoffs one of the given framework agents sends or receives',
    resourceRef: handoffResourceRef,
    paramsSchema: params(
      z.object({
        agents: z.array(z.string()).describe('Framework agent keys'),
      }),
    ),
    apply: (handoff: HandoffResource, { agents }) =>
      agents.includes(handoff.from) || agents.includes(handoff.to),
    toQuery: ({ agents }) => ({ column: 'party', values: agents }),
  });
  return [isParty];
}
