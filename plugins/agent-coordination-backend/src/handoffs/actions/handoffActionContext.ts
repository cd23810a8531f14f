import type {
  CoordinationFramework,
  Handoff,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { ActorDirectory } from '@agent-coordination/plugin-agent-coordination-node';
import type { Knex } from 'knex';
import type { HandoffChanges } from '../HandoffChanges';
import type { HandoffPermissions } from '../permissions/handoffPermissions';

/** What the handoff actions get: the same changes and permissions as the routes. */
export interface HandoffActionContext {
  db: Knex;
  framework: CoordinationFramework;
  changes: HandoffChanges;
  permissions: HandoffPermissions;
  actors: ActorDirectory;
}

/** The output of an action about one handoff: what an agent needs to act on it. */
export const handoffOutput = (z: any) =>
  z.object({
    id: z.string(),
    title: z.string(),
    from: z.string(),
    to: z.string(),
    stage: z.string().describe('The last of the five stages passed'),
    status: z
      .string()
      .describe(
        'draft, awaiting_acknowledgment, clarification_requested, acknowledged, completed',
      ),
    missing: z
      .array(z.string())
      .describe(
        'Mandatory checks that fail now (a transfer is refused while any does)',
      ),
    acknowledgmentDueAt: z.string().nullable(),
    openQuestion: z
      .string()
      .nullable()
      .describe('The clarification waiting for the sender'),
    blocks: z.array(z.string()),
    version: z.number().describe('Send it back to act on the handoff'),
  });

export function toOutput(h: Handoff) {
  const last = h.clarifications[h.clarifications.length - 1];
  return {
    id: h.id,
    title: h.title,
    from: h.from,
    to: h.to,
    stage: h.stage,
    status: h.status,
    missing: h.missing,
    acknowledgmentDueAt: h.acknowledgmentDueAt,
    openQuestion: last && last.answer === null ? last.question : null,
    blocks: h.blocks,
    version: h.version,
  };
}
