import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { InputError } from '@backstage/errors';
import type { AgentCoordinationService } from '@agent-coordination/plugin-agent-coordination-node';
import { examples } from './lookupOwners.examples';

export const LOOKUP_OWNERS_ACTION_ID = 'agent-coordination:owners:lookup';

/**
 * Tells a template which agent owns the path it is about to create, so the
 * template can assign the follow-up task or hand off to the right agent. It
 * asks the backend (GET /ownership), the one answer the portal and the API
 * give too: when two agents own the path equally there is no primary owner
 * to pick, and the step says so instead of choosing one.
 */
export function createLookupOwnersAction(options: { coordination: Pick<AgentCoordinationService, 'lookupOwnership'> }) {
  return createTemplateAction({
    id: LOOKUP_OWNERS_ACTION_ID,
    description:
      'Finds the agents whose ownership globs cover a repository path: every owner, most specific first, and the primary owner unless two agents claim the path equally.',
    examples,
    // It only reads, so a dry run can show who would get the work.
    supportsDryRun: true,
    schema: {
      input: {
        path: z => z.string().min(1).describe('Repository path, e.g. components/terraform/vpc/main.tf'),
        required: z =>
          z
            .boolean()
            .default(false)
            .describe('Fail the step when no single agent owns the path (none, or several equally)'),
      },
      output: {
        primary: z => z.string().optional().describe('Key of the primary owner, when there is exactly one'),
        primaryId: z => z.string().optional().describe('Its agent id, e.g. agent-004'),
        primaryOwners: z => z.array(z.string()).describe('Keys of every primary owner: several when in conflict'),
        conflict: z => z.boolean().describe('Several agents own the path equally'),
        owners: z =>
          z
            .array(z.object({ agent: z.string(), agentId: z.string(), glob: z.string(), primary: z.boolean() }))
            .describe('Every owning agent, most specific first'),
      },
    },
    async handler(ctx) {
      const answer = await options.coordination.lookupOwnership(ctx.input.path, {
        credentials: await ctx.getInitiatorCredentials(),
      });
      const owners = answer.owners.map(o => ({ agent: o.agent, agentId: o.agentId, glob: o.glob, primary: o.primary }));
      if (ctx.input.required && answer.primary.length === 0) {
        throw new InputError(`No agent owns '${answer.path}'`);
      }
      if (ctx.input.required && answer.conflict) {
        throw new InputError(
          `'${answer.path}' is owned equally by ${answer.primary.join(' and ')}: an ownership conflict; settle it before assigning work there`,
        );
      }
      ctx.logger.info(
        owners.length
          ? `${answer.path} is owned by ${owners.map(o => `${o.agent} (${o.glob})`).join(', ')}${
              answer.conflict ? ` (conflict: ${answer.primary.join(', ')} equally)` : ''
            }`
          : `${answer.path} has no owning agent`,
      );
      ctx.output('owners', owners);
      ctx.output('primaryOwners', answer.primary);
      ctx.output('conflict', answer.conflict);
      if (answer.primary.length === 1) {
        const primary = answer.owners.find(o => o.agent === answer.primary[0])!;
        ctx.output('primary', primary.agent);
        ctx.output('primaryId', primary.agentId);
      }
    },
  });
}
