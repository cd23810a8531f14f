import { CONFLICT_PERMISSION_RULES } from '@agent-coordination/plugin-agent-coordination-common';
import { createPermissionRule } from '@backstage/plugin-permission-node';
import { z } from 'zod';
import { ruleParams as params } from '../../platform/permissions/ruleParams';
import type { ConflictResource } from '../store/conflictResources';
import { conflictResourceRef } from './conflictResourceRef';

/** The rules a policy can put on conflict permissions; each is SQL too, so lists stay filtered pages. */
export function createConflictPermissionRules() {
  const isParty = createPermissionRule<typeof conflictResourceRef, { agents: string[] }>({
    name: CONFLICT_PERMISSION_RULES.isParty,
    description: 'Allow conflicts one of the given framework agents is a party to',
    resourceRef: conflictResourceRef,
    paramsSchema: params(z.object({ agents: z.array(z.string()).describe('Framework agent keys') })),
    apply: (conflict: ConflictResource, { agents }) => conflict.parties.some(p => agents.includes(p)),
    toQuery: ({ agents }) => ({ column: 'party', values: agents }),
  });

  const holdsAuthority = createPermissionRule<typeof conflictResourceRef, { authorities: string[] }>({
    name: CONFLICT_PERMISSION_RULES.holdsAuthority,
    description: "Allow conflicts whose current level one of the given framework authorities decides",
    resourceRef: conflictResourceRef,
    paramsSchema: params(z.object({ authorities: z.array(z.string()).describe('Framework authority ids') })),
    apply: (conflict: ConflictResource, { authorities }) => authorities.includes(conflict.authority),
    toQuery: ({ authorities }) => ({ column: 'authority', values: authorities }),
  });

  return [isParty, holdsAuthority];
}
