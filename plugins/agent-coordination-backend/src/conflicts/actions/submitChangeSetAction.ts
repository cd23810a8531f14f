import { agentCoordinationConflictOpenPermission } from '@agent-coordination/plugin-agent-coordination-common';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { conflictOutput, toOutput, type ConflictActionContext } from './conflictActionContext';

/** Checks a change's paths for ownership conflicts: POST /change-sets. */
export function registerSubmitChangeSetAction(registry: ActionsRegistryService, ctx: ConflictActionContext) {
  registry.register({
    name: 'submit-change-set',
    title: 'Check a change set for ownership conflicts',
    description:
      "Submit the paths a change (a pull request) touches and the agent making it: answers each path's owners, and opens an ownership conflict when paths belong to another agent or are claimed equally by several. The same change set again opens nothing again.",
    attributes: { destructive: false, idempotent: true, readOnly: false },
    schema: {
      input: z =>
        z.object({
          agent: z.string().describe('Framework agent key of the agent making the change'),
          paths: z.array(z.string()).min(1).max(500),
          ref: z.string().max(500).optional().describe('Where the change lives, e.g. a pull request URL'),
        }),
      output: z =>
        z.object({
          changeSet: z.string(),
          paths: z.array(
            z.object({ path: z.string(), primary: z.array(z.string()), conflict: z.boolean(), foreign: z.boolean() }),
          ),
          conflicts: z.array(conflictOutput(z)),
          opened: z.number(),
        }),
    },
    action: async ({ input, credentials }) => {
      const actor = await ctx.actorFor(credentials);
      await ctx.permissions.authorize(actor, agentCoordinationConflictOpenPermission);
      const { body } = await ctx.changes.submitChangeSet(actor, { agent: input.agent, paths: input.paths, ref: input.ref });
      return {
        output: {
          changeSet: body.id,
          paths: body.paths.map(p => ({ path: p.path, primary: p.primary, conflict: p.conflict, foreign: p.foreign })),
          conflicts: body.conflicts.map(toOutput),
          opened: body.opened,
        },
      };
    },
  });
}
