import { agentCoordinationHandoffActPermission } from '@agent-coordination/plugin-agent-coordination-common';
import { idempotencyOf, sendOutcome } from '../../platform/http/requestContext';
import { route } from '../../platform/http/route';
import type { OperationId } from '../../schema/openapi.generated';
import type { HandoffStep } from '../HandoffChanges';
import type { HandoffRouteContext } from '../HandoffRouteContext';

/** Each step's operation: one endpoint each, the same shape (the act permission, then the step with its version). */
const STEP_OPERATIONS: Array<[OperationId, HandoffStep]> = [
  ['updateHandoff', 'edit'],
  ['reportHandoffChecks', 'validate'],
  ['transferHandoff', 'transfer'],
  ['acknowledgeHandoff', 'acknowledge'],
  ['requestHandoffClarification', 'requestClarification'],
  ['answerHandoffClarification', 'answerClarification'],
  ['completeHandoff', 'complete'],
];

/**
 * PATCH /handoffs/{id}; POST /handoffs/{id}/validation, /transfer, /acknowledgment,
 * /clarifications, /clarifications/answer and /completion. Honour
 * Idempotency-Key.
 */
export function handoffStepRoutes(ctx: HandoffRouteContext) {
  for (const [operationId, step] of STEP_OPERATIONS) {
    route(ctx.router, operationId, async (req, res) => {
      const actor = await ctx.actorOf(req);
      await ctx.permissions.authorizeResource(
        actor,
        agentCoordinationHandoffActPermission,
        req.params.id,
      );
      sendOutcome(
        res,
        await ctx.changes.step(
          actor,
          step,
          req.params.id,
          req.body as never,
          idempotencyOf(req),
        ),
      );
    });
  }
}
