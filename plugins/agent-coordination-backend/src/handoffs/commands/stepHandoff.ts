import {
  planAcknowledgeHandoff,
  planEditHandoff,
  planAnswerHandoffClarification,
  planCompleteHandoff,
  planReportHandoffChecks,
  planRequestHandoffClarification,
  planTransferHandoff,
  renderHandoffDocument,
  type Decision,
  type EditHandoffRequest,
  type HandoffAnswerRequest,
  type HandoffChangeType,
  type HandoffContent,
  type HandoffClarificationRequest,
  type HandoffSnapshot,
  type HandoffVersionRequest,
  type ReportHandoffChecksRequest,
  type TransferHandoffRequest,
} from '@agent-coordination/plugin-agent-coordination-common';
import { sendMessage } from '../../messages/commands/sendMessage';
import {
  decided,
  requireHandoff,
  saveHandoff,
  type HandoffCommandContext,
} from './context';

const CONTENT_WORDS: Record<keyof HandoffContent, string> = {
  completedWork: 'completed work',
  artifacts: 'artifacts',
  knownIssues: 'known issues',
  dependencies: 'dependencies',
  successCriteria: 'success criteria',
  notes: 'notes',
};

type Plan<I> = (
  framework: HandoffCommandContext['framework'],
  actor: HandoffCommandContext['actor'],
  before: HandoffSnapshot,
  input: I,
  now: Date,
) => Decision<HandoffSnapshot>;

/**
 * A step as a command: load, decide by the pure rule, save with its event
 * conditional on the version read. `reason` is the event's audit line.
 */
function step<I>(
  event: Exclude<HandoffChangeType, 'handoff.opened'>,
  plan: Plan<I>,
  reason: (input: I, after: HandoffSnapshot, before: HandoffSnapshot) => string,
) {
  return async (ctx: HandoffCommandContext, id: string, input: I) => {
    const before = await requireHandoff(ctx.writer.tx, id);
    const after = decided(
      plan(ctx.framework, ctx.actor, before, input, ctx.writer.now),
      id,
    );
    return saveHandoff(
      ctx.writer,
      event,
      before,
      after,
      reason(input, after, before),
    );
  };
}

/** The sender changes a draft, for instance to fix what a refused transfer named. */
export const editHandoff = step<EditHandoffRequest>(
  'handoff.edited',
  planEditHandoff,
  (_, after, before) => {
    const same = (a: unknown, b: unknown) =>
      JSON.stringify(a) === JSON.stringify(b);
    const changed = [
      !same(before.title, after.title) && 'title',
      ...(Object.keys(after.content) as Array<keyof HandoffContent>)
        .filter(k => !same(before.content[k], after.content[k]))
        .map(k => CONTENT_WORDS[k]),
      !same(before.attested, after.attested) && 'attested checks',
    ].filter(Boolean);
    return changed.length > 0
      ? `edited: ${changed.join(', ')}`
      : 'edited: nothing changed';
  },
);

/** Validation: the automated checks a caller ran. */
export const reportHandoffChecks = step<ReportHandoffChecksRequest>(
  'handoff.validated',
  planReportHandoffChecks,
  input =>
    `checks reported: ${input.results
      .map(r => `${r.check}: ${r.result}`)
      .join(', ')}`,
);

/** Transfer: refused while the mandatory checklist fails; the acknowledgment deadline starts. */
export const transferHandoff = step<TransferHandoffRequest>(
  'handoff.transferred',
  planTransferHandoff,
  (_, after) =>
    `transferred to ${after.to}; to be acknowledged by ${after.acknowledgmentDueAt}`,
);

const acknowledge = step<HandoffVersionRequest>(
  'handoff.acknowledged',
  (framework, actor, before, input, now) =>
    planAcknowledgeHandoff(framework, actor, before, input.version, now),
  (input, after) => input.note?.trim() || `acknowledged by ${after.to}`,
);

/** The receiver accepts; the tasks the handoff blocked are released in the same transaction. */
export async function acknowledgeHandoff(
  ctx: HandoffCommandContext,
  id: string,
  input: HandoffVersionRequest,
) {
  const saved = await acknowledge(ctx, id, input);
  if (saved.blocks.length > 0)
    await ctx.tasks.release(
      ctx.writer,
      saved.blocks,
      `handoff ${id} acknowledged`,
    );
  return saved;
}

/** The receiver asks before accepting. */
export const requestHandoffClarification = step<HandoffClarificationRequest>(
  'handoff.clarification_requested',
  planRequestHandoffClarification,
  input => input.question.trim(),
);

/** The sender answers; the handoff waits for its acknowledgment again. */
export const answerHandoffClarification = step<HandoffAnswerRequest>(
  'handoff.clarification_answered',
  planAnswerHandoffClarification,
  input => input.answer.trim(),
);

const complete = step<HandoffVersionRequest>(
  'handoff.completed',
  (framework, actor, before, input, now) =>
    planCompleteHandoff(framework, actor, before, input.version, now),
  input => input.note?.trim() || 'archived',
);

/** The context manager's agent: the one holding the framework's highest authority. */
function contextManagerOf(ctx: HandoffCommandContext): string | undefined {
  const top = ctx.framework.authorityLevels[0]?.id;
  return ctx.framework.agents.find(a => a.authority === top)?.key;
}

/**
 * Completion: archived, and logged to the context manager (§3.3, "Context
 * manager logs") as an UPDATE message with the handoff document, in the same
 * transaction; the context manager completing one itself has the event.
 */
export async function completeHandoff(
  ctx: HandoffCommandContext,
  id: string,
  input: HandoffVersionRequest,
): Promise<HandoffSnapshot> {
  const saved = await complete(ctx, id, input);
  const contextManager = contextManagerOf(ctx);
  if (
    contextManager &&
    ctx.actor.agent &&
    ctx.actor.agent.key !== contextManager
  ) {
    await sendMessage(
      { framework: ctx.framework, writer: ctx.writer, actor: ctx.actor },
      {
        to: contextManager,
        priority:
          ctx.framework.messageSchema.priorities[
            ctx.framework.messageSchema.priorities.length - 1
          ],
        type: 'UPDATE',
        subject: `Handoff completed: ${saved.title}`.slice(0, 200),
        content: renderHandoffDocument(saved).slice(0, 20000),
        tags: ['handoff'],
      },
    );
  }
  return saved;
}
