import {
  MESSAGE_EVENTS,
  messageChangeEvent,
  parseDuration,
  planOverdue,
  type CoordinationFramework,
  type MessageSnapshot,
} from '@agent-coordination/plugin-agent-coordination-common';
import type {
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { SYSTEM_ACTOR } from '../../platform/actors';
import type { ChangeRunner } from '../../platform/changes/ChangeRunner';
import type { EventWriter } from '../../platform/changes/EventWriter';
import { dueMessages } from '../store/dueMessages';
import { updateMessage } from '../store/messages';

/** What one sweep did. */
export interface OverdueSweepResult {
  flagged: number;
  /** Due requests another sweep (another replica) or an answer had already taken. */
  skipped: number;
}

const BATCH = 500;
/** Claims per transaction: one commit for many, few row locks held. */
const CLAIMS_PER_TRANSACTION = 50;

/**
 * Flags every REQUEST past its response SLA without a RESPONSE (framework
 * §9.2, messageSchema.responseSla), once. One indexed query finds them (only
 * unanswered, unflagged requests have a due time); each is then claimed with
 * an UPDATE conditional on the version it was read at, with its event, so of
 * two replicas sweeping at once exactly one flags it, and an answer
 * committed meanwhile wins over the flag. Claims go in the query's order,
 * so two replicas lock rows in the same order and never deadlock.
 */
export async function sweepOverdueRequests(
  runner: ChangeRunner,
  framework: CoordinationFramework,
  now: Date = runner.now(),
): Promise<OverdueSweepResult> {
  const result: OverdueSweepResult = { flagged: 0, skipped: 0 };
  const sla = framework.messageSchema.responseSla;
  for (;;) {
    const due = await dueMessages(runner.db, now, BATCH);
    for (let i = 0; i < due.length; i += CLAIMS_PER_TRANSACTION) {
      const chunk = due.slice(i, i + CLAIMS_PER_TRANSACTION);
      const counted = await runner.system(SYSTEM_ACTOR, async writer => {
        const r: OverdueSweepResult = { flagged: 0, skipped: 0 };
        for (const request of chunk) {
          if (await claim(writer, request, now, sla)) r.flagged++;
          else r.skipped++;
        }
        return r;
      });
      result.flagged += counted.flagged;
      result.skipped += counted.skipped;
    }
    if (due.length < BATCH) return result;
  }
}

async function claim(
  writer: EventWriter,
  request: MessageSnapshot,
  now: Date,
  sla: string,
): Promise<boolean> {
  const flagged = planOverdue(request, now);
  if (!flagged) return false;
  if (!(await updateMessage(writer.tx, request, flagged))) return false;
  await writer.record(
    messageChangeEvent(
      MESSAGE_EVENTS.overdue,
      request,
      flagged,
      `no RESPONSE within ${sla} (due ${request.responseDueAt}); ${request.from} is notified`,
    ),
  );
  return true;
}

/**
 * Through the Backstage scheduler, so one replica sweeps at a time; the
 * conditional claims keep each flag single even if two overlap.
 */
export async function scheduleOverdueSweep(options: {
  scheduler: SchedulerService;
  runner: ChangeRunner;
  framework: CoordinationFramework;
  logger: LoggerService;
  interval: string;
}) {
  await options.scheduler.scheduleTask({
    id: 'agent-coordination-message-overdue-sweep',
    frequency: { milliseconds: parseDuration(options.interval) },
    timeout: { minutes: 5 },
    initialDelay: { seconds: 5 },
    fn: async () => {
      const r = await sweepOverdueRequests(options.runner, options.framework);
      if (r.flagged > 0)
        options.logger.info(
          `Message SLA sweep: ${r.flagged} REQUEST(s) flagged overdue`,
        );
    },
  });
}
