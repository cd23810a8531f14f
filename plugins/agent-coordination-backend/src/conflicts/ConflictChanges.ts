import {
  describeConflict,
  type ChangeSetAnswer,
  type ChangeSetRequest,
  type Conflict,
  type CoordinationFramework,
  type EscalateConflictRequest,
  type OpenConflictRequest,
  type ResolveConflictRequest,
  type VoteRequest,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { ChangeRunner } from '../platform/changes/ChangeRunner';
import { StaleVersionError } from '../platform/changes/errors';
import type { IdempotencyRequest } from '../platform/changes/IdempotentRequests';
import type { Outcome } from '../platform/changes/Outcome';
import type { TasksNoun } from '../tasks';
import { conflictSubject, type ConflictCommandContext } from './commands/context';
import { escalateConflict } from './commands/escalateConflict';
import { openConflict } from './commands/openConflict';
import { resolveConflict } from './commands/resolveConflict';
import { submitChangeSet } from './commands/submitChangeSet';
import { voteOnConflict } from './commands/voteOnConflict';
import type { ConflictActorInfo } from './ConflictActorInfo';
import { loadConflict } from './store/conflicts';

/** Every change to conflicts, for the routes and the actions alike, through the change runner. */
export class ConflictChanges {
  constructor(
    private readonly runner: ChangeRunner,
    private readonly framework: CoordinationFramework,
    private readonly tasks: Pick<TasksNoun, 'hold' | 'release'>,
  ) {
    runner.answerStaleWrites('conflict', async (id, sentVersion) => {
      const current = await loadConflict(runner.db, id);
      if (!current) return new StaleVersionError(`Conflict ${id} changed concurrently`, 'conflict', null);
      return new StaleVersionError(
        `Conflict ${id} is at version ${current.version}, not ${sentVersion}: it changed since you read it; the response carries the current conflict`,
        'conflict',
        describeConflict(framework, current),
      );
    });
  }

  open(actor: ConflictActorInfo, input: OpenConflictRequest, idempotency?: IdempotencyRequest) {
    return this.change(actor, 201, undefined, idempotency, ctx => openConflict(ctx, input));
  }

  vote(actor: ConflictActorInfo, id: string, input: VoteRequest, idempotency?: IdempotencyRequest) {
    return this.change(actor, 200, id, idempotency, ctx => voteOnConflict(ctx, id, input));
  }

  resolve(actor: ConflictActorInfo, id: string, input: ResolveConflictRequest, idempotency?: IdempotencyRequest) {
    return this.change(actor, 200, id, idempotency, ctx => resolveConflict(ctx, id, input));
  }

  escalate(actor: ConflictActorInfo, id: string, input: EscalateConflictRequest, idempotency?: IdempotencyRequest) {
    return this.change(actor, 200, id, idempotency, ctx => escalateConflict(ctx, id, input));
  }

  submitChangeSet(
    actor: ConflictActorInfo,
    input: ChangeSetRequest,
    idempotency?: IdempotencyRequest,
  ): Promise<Outcome<ChangeSetAnswer>> {
    return this.runner.run({
      actor,
      status: 200,
      idempotency,
      work: async writer => {
        const answer = await submitChangeSet(this.context(actor, writer), input);
        return { ...answer, conflicts: answer.conflicts.map(c => describeConflict(this.framework, c)) };
      },
    });
  }

  private context(actor: ConflictActorInfo, writer: ConflictCommandContext['writer']): ConflictCommandContext {
    return { framework: this.framework, tasks: this.tasks, writer, actor };
  }

  private change(
    actor: ConflictActorInfo,
    status: number,
    id: string | undefined,
    idempotency: IdempotencyRequest | undefined,
    command: (ctx: ConflictCommandContext) => ReturnType<typeof openConflict>,
  ): Promise<Outcome<Conflict>> {
    return this.runner.run({
      actor,
      status,
      idempotency,
      subject: id === undefined ? undefined : conflictSubject(id),
      work: async writer => describeConflict(this.framework, await command(this.context(actor, writer))),
    });
  }
}
