import {
  agentCoordinationConflictReadPermission,
  describeConflict,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { listConflicts } from '../store/listConflicts';
import { conflictOutput, toOutput, type ConflictActionContext } from './conflictActionContext';

/** The open conflicts, breached and nearest deadline first: GET /conflicts?status=open. */
export function registerListOpenConflictsAction(registry: ActionsRegistryService, ctx: ConflictActionContext) {
  registry.register({
    name: 'list-open-conflicts',
    title: 'List open conflicts',
    description:
      'The open conflicts the caller may read, breached and nearest deadline first, optionally only those an agent is a party to: level, who decides now, deadline.',
    attributes: { destructive: false, idempotent: true, readOnly: true },
    schema: {
      input: z =>
        z.object({
          party: z.string().optional().describe('Only conflicts this framework agent is a party to'),
          limit: z.number().int().min(1).max(200).optional(),
        }),
      output: z => z.object({ conflicts: z.array(conflictOutput(z)) }),
    },
    action: async ({ input, credentials }) => {
      const actor = await ctx.actorFor(credentials);
      const permission = await ctx.permissions.listFilter(actor, agentCoordinationConflictReadPermission);
      const page = await listConflicts(ctx.db, { status: 'open', party: input.party, permission }, undefined, input.limit ?? 50);
      return { output: { conflicts: page.items.map(c => toOutput(describeConflict(ctx.framework, c))) } };
    },
  });
}
