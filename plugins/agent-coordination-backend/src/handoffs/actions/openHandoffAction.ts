import { agentCoordinationHandoffCreatePermission } from '@agent-coordination/plugin-agent-coordination-common';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { actorFor } from '../../platform/actors';
import {
  handoffOutput,
  toOutput,
  type HandoffActionContext,
} from './handoffActionContext';

/** Opens a handoff, and transfers it when asked: POST /handoffs (then /transfer). */
export function registerOpenHandoffAction(
  registry: ActionsRegistryService,
  ctx: HandoffActionContext,
) {
  registry.register({
    name: 'open-handoff',
    title: 'Hand work over to another agent',
    description:
      "Opens a handoff (framework §3.3) from the caller's agent to another, with Appendix B's content: completed work, artifacts (path, type code/config/doc, status final/draft), known issues (an empty list means none), dependencies, success criteria, notes. With `transfer: true` it is opened and transferred in one change (a refused transfer opens nothing), which the mandatory checklist must pass (Context files updated is attested through `attest`); tasks in `blocks` stay BLOCKED until the receiver acknowledges.",
    attributes: { destructive: false, idempotent: false, readOnly: false },
    schema: {
      input: z =>
        z.object({
          to: z.string().describe('Framework agent key of the receiver'),
          title: z
            .string()
            .min(1)
            .max(200)
            .describe('The component or feature handed over'),
          task: z.string().optional(),
          component: z.string().optional().describe('A catalog entity ref'),
          blocks: z.array(z.string()).optional(),
          completedWork: z.array(z.string()).optional(),
          artifacts: z
            .array(
              z.object({
                path: z.string(),
                type: z.enum(['code', 'config', 'doc']),
                status: z.enum(['final', 'draft']),
              }),
            )
            .optional(),
          knownIssues: z.array(z.string()).optional(),
          dependencies: z.array(z.string()).optional(),
          successCriteria: z.array(z.string()).optional(),
          notes: z.string().optional(),
          attest: z
            .array(z.string())
            .optional()
            .describe(
              'Mandatory checks the sender attests, e.g. Context files updated',
            ),
          transfer: z
            .boolean()
            .optional()
            .describe('Transfer it to the receiver now'),
        }),
      output: z => z.object({ handoff: handoffOutput(z) }),
    },
    action: async ({ input, credentials }) => {
      const actor = actorFor(credentials, ctx.actors);
      await ctx.permissions.authorize(
        actor,
        agentCoordinationHandoffCreatePermission,
      );
      const request = {
        to: input.to,
        title: input.title,
        task: input.task,
        component: input.component,
        blocks: input.blocks,
        attest: input.attest,
        content: {
          completedWork: input.completedWork,
          artifacts: input.artifacts,
          knownIssues: input.knownIssues,
          dependencies: input.dependencies,
          successCriteria: input.successCriteria,
          notes: input.notes,
        },
      };
      const { body } = input.transfer
        ? await ctx.changes.openAndTransfer(actor, request)
        : await ctx.changes.open(actor, request);
      return { output: { handoff: toOutput(body) } };
    },
  });
}
