import {
  planAcknowledgeHandoff,
  planAnswerHandoffClarification,
  planCompleteHandoff,
  planReportHandoffChecks,
  planRequestHandoffClarification,
  planTransferHandoff,
  renderHandoffDocument,
  type HandoffAnswerRequest,
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

/** Validation: the automated checks a caller ran. */
export async function reportHandoffChecks(
  ctx: HandoffCommandContext,
  id: string,
  input: ReportHandoffChecksRequest,
) {
  const before = await requireHandoff(ctx.writer.tx, id);
  const after = decided(
    planReportHandoffChecks(
      ctx.framework,
      ctx.actor,
      before,
      input,
      ctx.writer.now,
    ),
    id,
  );
  const reported = input.results.map(r => `${r.check}: ${r.result}`).join(', ');
  return saveHandoff(
    ctx.writer,
    'handoff.validated',
    before,
    after,
    `checks reported: ${reported}`,
  );
}

/** Transfer: refused while the mandatory checklist fails; the acknowledgment deadline starts. */
export async function transferHandoff(
  ctx: HandoffCommandContext,
  id: string,
  input: TransferHandoffRequest,
) {
  const before = await requireHandoff(ctx.writer.tx, id);
  const after = decided(
    planTransferHandoff(
      ctx.framework,
      ctx.actor,
      before,
      input,
      ctx.writer.now,
    ),
    id,
  );
  return saveHandoff(
    ctx.writer,
    'handoff.transferred',
    before,
    after,
    `transferred to ${after.to}; to be acknowledged by ${after.acknowledgmentDueAt}`,
  );
}

/** The receiver accepts; the tasks the handoff blocked are released in the same transaction. */
export async function acknowledgeHandoff(
  ctx: HandoffCommandContext,
  id: string,
  input: HandoffVersionRequest,
) {
  const before = await requireHandoff(ctx.writer.tx, id);
  const after = decided(
    planAcknowledgeHandoff(
      ctx.framework,
      ctx.actor,
      before,
      input.version,
      ctx.writer.now,
    ),
    id,
  );
  const saved = await saveHandoff(
    ctx.writer,
    'handoff.acknowledged',
    before,
    after,
    input.note?.trim() || `acknowledged by ${after.to}`,
  );
  if (saved.blocks.length > 0)
    await ctx.tasks.release(
      ctx.writer,
      saved.blocks,
      `handoff ${id} acknowledged`,
    );
  return saved;
}

/** The receiver asks before accepting. */
export async function requestHandoffClarification(
  ctx: HandoffCommandContext,
  id: string,
  input: HandoffClarificationRequest,
) {
  const before = await requireHandoff(ctx.writer.tx, id);
  const after = decided(
    planRequestHandoffClarification(
      ctx.framework,
      ctx.actor,
      before,
      input,
      ctx.writer.now,
    ),
    id,
  );
  return saveHandoff(
    ctx.writer,
    'handoff.clarification_requested',
    before,
    after,
    input.question.trim(),
  );
}

/** The sender answers; the handoff waits for its acknowledgment again. */
export async function answerHandoffClarification(
  ctx: HandoffCommandContext,
  id: string,
  input: HandoffAnswerRequest,
) {
  const before = await requireHandoff(ctx.writer.tx, id);
  const after = decided(
    planAnswerHandoffClarification(
      ctx.framework,
      ctx.actor,
      before,
      input,
      ctx.writer.now,
    ),
    id,
  );
  return saveHandoff(
    ctx.writer,
    'handoff.clarification_answered',
    before,
    after,
    input.answer.trim(),
  );
}

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
  const before = await requireHandoff(ctx.writer.tx, id);
  const after = decided(
    planCompleteHandoff(
      ctx.framework,
      ctx.actor,
      before,
      input.version,
      ctx.writer.now,
    ),
    id,
  );
  const saved = await saveHandoff(
    ctx.writer,
    'handoff.completed',
    before,
    after,
    input.note?.trim() || 'archived',
  );
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
