import { agentCoordinationConflictOpenPermission } from '@agent-coordination/plugin-agent-coordination-common';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { conflictOutput, toOutput, type ConflictActionContext } from './conflictActionContext';

/** Opens a conflict, for MCP clients and other action callers: POST /conflicts. */
export function registerOpenConflictAction(registry: ActionsRegistryService, ctx: ConflictActionContext) {
  registry.register({
    name: 'open-conflict',
    title: 'Open a conflict between agents',
    description:
      "Opens a conflict (framework §4) between two or more agents at L1: its authority and deadline come from the escalation matrix row (category) or the conflict type. Tasks listed in `blocks` stay blocked until it is resolved. Types: technical, design, priority, ownership; categories: code_merge, architecture, security, priority, resource.",
    attributes: { destructive: false, idempotent: false, readOnly: false },
    schema: {
      input: z =>
        z.object({
          type: z.string().describe('Conflict type id, e.g. technical'),
          category: z.string().optional().describe('Escalation matrix row id, e.g. code_merge'),
          title: z.string().min(1).max(200),
          description: z.string().max(10000).optional(),
          parties: z.array(z.string()).min(2).describe('Framework agent keys of the agents in conflict'),
          tasks: z.array(z.string()).optional().describe('Tasks the conflict is about'),
          components: z.array(z.string()).optional().describe('Catalog entity refs it is about'),
          paths: z.array(z.string()).optional().describe('Repository paths it is about'),
          blocks: z.array(z.string()).optional().describe('Tasks to hold blocked until it is resolved'),
        }),
      output: z => z.object({ conflict: conflictOutput(z) }),
    },
    action: async ({ input, credentials }) => {
      const actor = await ctx.actorFor(credentials);
      await ctx.permissions.authorize(actor, agentCoordinationConflictOpenPermission);
      const { body } = await ctx.changes.open(actor, {
        type: input.type,
        category: input.category ?? null,
        title: input.title,
        description: input.description ?? null,
        parties: input.parties,
        subject: { tasks: input.tasks ?? [], components: input.components ?? [], paths: input.paths ?? [] },
        blocks: input.blocks ?? [],
      });
      return { output: { conflict: toOutput(body) } };
    },
  });
}
