import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { InputError } from '@backstage/errors';
import { ownersOfPath } from '@agent-coordination/plugin-agent-coordination-common';
import type { AgentCoordinationService } from '@agent-coordination/plugin-agent-coordination-node';
import { examples } from './lookupOwners.examples';

export const LOOKUP_OWNERS_ACTION_ID = 'agent-coordination:owners:lookup';

/**
 * Tells a template which agent owns the path it is about to create, so the
 * template can assign the follow-up task or hand off to the right agent.
 */
export function createLookupOwnersAction(options: {
  coordination: AgentCoordinationService;
}) {
  return createTemplateAction({
    id: LOOKUP_OWNERS_ACTION_ID,
    description:
      'Finds the agents whose ownership globs cover a repository path, most specific first.',
    examples,
    schema: {
      input: {
        path: z =>
          z
            .string()
            .min(1)
            .describe('Repository path, e.g. components/terraform/vpc/main.tf'),
        required: z =>
          z
            .boolean()
            .default(false)
            .describe('Fail the step when no agent owns the path'),
      },
      output: {
        primary: z =>
          z.string().optional().describe('Key of the most specific owner'),
        primaryId: z => z.string().optional().describe('Its agent id, e.g. agent-004'),
        owners: z =>
          z
            .array(
              z.object({ agent: z.string(), agentId: z.string(), glob: z.string() }),
            )
            .describe('Every owning agent, most specific first'),
      },
    },
    async handler(ctx) {
      const path = ctx.input.path.replace(/^\.?\/+/, '');
      const framework = await options.coordination.getFramework({
        credentials: await ctx.getInitiatorCredentials(),
      });
      const matches = ownersOfPath(
        framework.agents.map(a => ({ owner: a.key, globs: a.ownership.paths })),
        path,
      );
      const idOf = new Map(framework.agents.map(a => [a.key, a.id]));
      const owners = matches.map(m => ({
        agent: m.owner,
        agentId: idOf.get(m.owner)!,
        glob: m.glob,
      }));
      if (owners.length === 0 && ctx.input.required) {
        throw new InputError(`No agent owns '${path}'`);
      }
      ctx.logger.info(
        owners.length
          ? `${path} is owned by ${owners.map(o => `${o.agent} (${o.glob})`).join(', ')}`
          : `${path} has no owning agent`,
      );
      ctx.output('owners', owners);
      if (owners[0]) {
        ctx.output('primary', owners[0].agent);
        ctx.output('primaryId', owners[0].agentId);
      }
    },
  });
}
