import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import type { AgentCoordinationService } from '@agent-coordination/plugin-agent-coordination-node';
import type { Conflict, ListConflictsQuery } from '@agent-coordination/plugin-agent-coordination-common';
import { examples } from './listConflicts.examples';
import { conflictUrl, explained, given } from './shared';

export const LIST_CONFLICTS_ACTION_ID = 'agent-coordination:conflict:list';

/** The API serves at most this many per page. */
const PAGE = 200;

/**
 * Looks conflicts up for a template: by default the open ones, breached and
 * nearest deadline first, optionally those one agent is a party to. It only
 * reads, so it runs in dry runs too.
 */
export function createListConflictsAction(options: { coordination: Pick<AgentCoordinationService, 'listConflicts'> }) {
  const { coordination } = options;
  return createTemplateAction({
    id: LIST_CONFLICTS_ACTION_ID,
    description:
      'Finds conflicts (by default the open ones), optionally one agent’s, of a type, category or level, about a task or component.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        party: z => z.string().optional().describe('Framework agent key of a party, e.g. network_engineer'),
        status: z => z.enum(['open', 'resolved']).default('open').describe('open (default) or resolved'),
        type: z => z.string().optional().describe('Conflict type: technical, design, priority or ownership'),
        category: z => z.string().optional().describe('Escalation matrix row, e.g. code_merge'),
        level: z => z.enum(['L1', 'L2', 'L3']).optional().describe('Escalation level'),
        task: z => z.string().max(64).optional().describe('Conflicts about or blocking this task id'),
        component: z => z.string().max(255).optional().describe('Conflicts about this catalog entity'),
        breached: z => z.boolean().optional().describe('Only conflicts past (true) or within (false) their last deadline'),
        limit: z => z.number().int().min(1).max(1000).default(100).describe('At most this many (default 100)'),
      },
      output: {
        conflicts: z =>
          z
            .array(
              z.object({
                id: z.string(),
                title: z.string(),
                type: z.string(),
                category: z.string().nullable(),
                status: z.string(),
                level: z.string(),
                parties: z.array(z.string()),
                authority: z.string(),
                deadlineAt: z.string(),
                breached: z.boolean(),
                version: z.number(),
                url: z.string(),
              }),
            )
            .describe('The conflicts found, breached and nearest deadline first'),
        conflictIds: z => z.array(z.string()).describe('Their ids'),
        count: z => z.number().describe('How many were found (up to limit)'),
        more: z => z.boolean().describe('More conflicts match than limit allowed'),
      },
    },
    async handler(ctx) {
      const filters: ListConflictsQuery = { status: ctx.input.status ?? 'open' };
      for (const name of ['party', 'type', 'category', 'task', 'component'] as const) {
        const value = given(ctx.input[name]);
        if (value) filters[name] = value;
      }
      if (ctx.input.level) filters.level = ctx.input.level;
      if (ctx.input.breached !== undefined) filters.breached = ctx.input.breached;
      const limit = ctx.input.limit ?? 100;
      const credentials = await ctx.getInitiatorCredentials();

      const found: Conflict[] = [];
      let cursor: string | undefined;
      let more = false;
      for (;;) {
        const query = { ...filters, limit: Math.min(PAGE, limit - found.length), ...(cursor ? { cursor } : {}) };
        const page = await explained(() => coordination.listConflicts(query, { credentials }));
        found.push(...page.items);
        if (!page.nextCursor) break;
        if (found.length >= limit) {
          more = true;
          break;
        }
        cursor = page.nextCursor;
      }
      const conflicts = found.slice(0, limit).map(c => ({
        id: c.id,
        title: c.title,
        type: c.type,
        category: c.category,
        status: c.status,
        level: c.level,
        parties: c.parties,
        authority: c.authority.name,
        deadlineAt: c.deadlineAt,
        breached: c.breachedAt !== null,
        version: c.version,
        url: conflictUrl(c.id),
      }));
      const described = Object.entries(filters)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ');
      ctx.logger.info(
        `${conflicts.length}${more ? '+' : ''} conflict(s) with ${described}${
          conflicts.length
            ? `: ${conflicts.map(c => `${c.id} '${c.title}' (${c.level}, ${c.authority} decides by ${c.deadlineAt})`).join('; ')}`
            : ''
        }`,
      );
      ctx.output('conflicts', conflicts);
      ctx.output('conflictIds', conflicts.map(c => c.id));
      ctx.output('count', conflicts.length);
      ctx.output('more', more);
    },
  });
}
