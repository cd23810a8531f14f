import {
  describeHandoff,
  type CoordinationFramework,
  type Handoff,
  type HandoffSnapshot,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { Actor } from '../platform/actors';
import type { ChangeRunner } from '../platform/changes/ChangeRunner';
import { StaleVersionError } from '../platform/changes/errors';
import type { EventWriter } from '../platform/changes/EventWriter';
import type { IdempotencyRequest } from '../platform/changes/IdempotentRequests';
import type { Outcome } from '../platform/changes/Outcome';
import type { TasksNoun } from '../tasks';
import { handoffSubject, type HandoffCommandContext } from './commands/context';
import { openHandoff } from './commands/openHandoff';
import {
  acknowledgeHandoff,
  answerHandoffClarification,
  completeHandoff,
  editHandoff,
  reportHandoffChecks,
  requestHandoffClarification,
  transferHandoff,
} from './commands/stepHandoff';
import { loadHandoff } from './store/handoffs';

/** The steps of a handoff after its opening, by the name the routes and actions use. */
export const HANDOFF_STEPS = {
  edit: editHandoff,
  validate: reportHandoffChecks,
  transfer: transferHandoff,
  acknowledge: acknowledgeHandoff,
  requestClarification: requestHandoffClarification,
  answerClarification: answerHandoffClarification,
  complete: completeHandoff,
} as const;

export type HandoffStep = keyof typeof HANDOFF_STEPS;
type StepInput<S extends HandoffStep> = Parameters<
  (typeof HANDOFF_STEPS)[S]
>[2];

/** Every change to handoffs, for the routes and the actions alike, through the change runner. */
export class HandoffChanges {
  constructor(
    private readonly runner: ChangeRunner,
    private readonly framework: CoordinationFramework,
    private readonly tasks: Pick<TasksNoun, 'hold' | 'release'>,
  ) {
    runner.answerStaleWrites('handoff', async (id, sentVersion) => {
      const current = await loadHandoff(runner.db, id);
      if (!current)
        return new StaleVersionError(
          `Handoff ${id} changed concurrently`,
          'handoff',
          null,
        );
      return new StaleVersionError(
        `Handoff ${id} is at version ${current.version}, not ${sentVersion}: it changed since you read it; the response carries the current handoff`,
        'handoff',
        describeHandoff(framework, current, runner.now()),
      );
    });
  }

  now(): Date {
    return this.runner.now();
  }

  describe(handoff: HandoffSnapshot): Handoff {
    return describeHandoff(this.framework, handoff, this.runner.now());
  }

  /** POST /handoffs: 201 with the handoff at initiation. */
  open(
    actor: Actor,
    input: Parameters<typeof openHandoff>[1],
    idempotency?: IdempotencyRequest,
  ): Promise<Outcome<Handoff>> {
    return this.runner.run({
      actor,
      status: 201,
      idempotency,
      work: async writer =>
        describeHandoff(
          this.framework,
          await openHandoff(this.context(actor, writer), input),
          writer.now,
        ),
    });
  }

  /** Opens and transfers in one transaction (the actions' `transfer: true`): a refused transfer opens nothing. */
  openAndTransfer(
    actor: Actor,
    input: Parameters<typeof openHandoff>[1],
  ): Promise<Outcome<Handoff>> {
    return this.runner.run({
      actor,
      status: 201,
      work: async writer => {
        const ctx = this.context(actor, writer);
        const opened = await openHandoff(ctx, input);
        return describeHandoff(
          this.framework,
          await transferHandoff(ctx, opened.id, { version: opened.version }),
          writer.now,
        );
      },
    });
  }

  /** One step of a handoff, with the version the caller read (a stale one is a 409 with the handoff as it is). */
  step<S extends HandoffStep>(
    actor: Actor,
    step: S,
    id: string,
    input: StepInput<S>,
    idempotency?: IdempotencyRequest,
  ): Promise<Outcome<Handoff>> {
    const command = HANDOFF_STEPS[step] as (
      ctx: HandoffCommandContext,
      id: string,
      input: StepInput<S>,
    ) => Promise<HandoffSnapshot>;
    return this.runner.run({
      actor,
      status: 200,
      idempotency,
      subject: handoffSubject(id),
      work: async writer =>
        describeHandoff(
          this.framework,
          await command(this.context(actor, writer), id, input),
          writer.now,
        ),
    });
  }

  private context(actor: Actor, writer: EventWriter): HandoffCommandContext {
    return { framework: this.framework, tasks: this.tasks, writer, actor };
  }
}
