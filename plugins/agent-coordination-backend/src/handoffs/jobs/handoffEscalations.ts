import {
  planHandoffEscalation,
  type CoordinationFramework,
} from '@agent-coordination/plugin-agent-coordination-common';
import { randomUUID } from 'crypto';
import { SYSTEM_ACTOR, SYSTEM_PRINCIPAL } from '../../platform/actors';
import type { ChangeRunner } from '../../platform/changes/ChangeRunner';
import { StaleVersionError, StaleWrite } from '../../platform/changes/errors';
import { createConflictRow } from '../../conflicts/commands/context';
import type { EscalationSource } from '../../conflicts/jobs/escalationSweep';
import type { TasksNoun } from '../../tasks';
import { saveHandoff } from '../commands/context';
import { dueHandoffs } from '../store/dueHandoffs';

const BATCH = 500;
const CLAIMS_PER_TRANSACTION = 50;

/**
 * The conflict sweep's handoff source: each handoff transferred and not
 * acknowledged by its deadline is claimed with an update conditional on the
 * version it was read at (of two replicas, or a sweep and an
 * acknowledgment, exactly one wins) and opens, in the same transaction, a
 * conflict between its sender and receiver, which the conflict machinery
 * then escalates L1 -> L2 -> L3. An escalated handoff has no `due_at`
 * again, so it opens one conflict only.
 */
export function handoffEscalationSource(
  tasks: Pick<TasksNoun, 'hold' | 'release'>,
): EscalationSource {
  return async (
    runner: ChangeRunner,
    framework: CoordinationFramework,
    now: Date,
  ) => {
    let opened = 0;
    for (;;) {
      const due = await dueHandoffs(runner.db, now, BATCH);
      for (let i = 0; i < due.length; i += CLAIMS_PER_TRANSACTION) {
        const chunk = due.slice(i, i + CLAIMS_PER_TRANSACTION);
        opened += await runner.system(SYSTEM_ACTOR, async writer => {
          let n = 0;
          for (const handoff of chunk) {
            const plan = planHandoffEscalation(framework, handoff, {
              conflictId: randomUUID(),
              now,
              principal: SYSTEM_PRINCIPAL,
            });
            if (!plan) continue;
            try {
              await saveHandoff(
                writer,
                'handoff.escalated',
                handoff,
                plan.handoff,
                `not acknowledged by ${handoff.acknowledgmentDueAt}: conflict ${plan.conflict.id} opened between ${handoff.from} and ${handoff.to}`,
              );
            } catch (error) {
              if (
                error instanceof StaleWrite ||
                error instanceof StaleVersionError
              )
                continue;
              throw error;
            }
            await createConflictRow(
              { framework, tasks, writer, actor: SYSTEM_ACTOR },
              plan.conflict,
            );
            n++;
          }
          return n;
        });
      }
      if (due.length < BATCH) return opened;
    }
  };
}
