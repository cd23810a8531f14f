import {
  authorityAt,
  formatDuration,
  overdueStep,
  parseDuration,
  CONFLICT_SUBJECT,
  type CoordinationFramework,
} from '@agent-coordination/plugin-agent-coordination-common';
import type {
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { SYSTEM_ACTOR } from '../../platform/actors';
import type { ChangeRunner } from '../../platform/changes/ChangeRunner';
import type { EventWriter } from '../../platform/changes/EventWriter';
import { StaleVersionError, StaleWrite } from '../../platform/changes/errors';
import { claimReminder, dueConflicts } from '../store/dueConflicts';
import { saveConflict } from '../commands/context';

/** What one sweep did. */
export interface SweepResult {
  escalated: number;
  breached: number;
  reminded: number;
  /** Due conflicts another sweep (another replica) had already taken. */
  skipped: number;
  /** Conflicts opened by the other escalation sources (handoffs past their acknowledgment SLA). */
  opened: number;
}

/**
 * Something else that escalates into conflicts on the same sweep (no second
 * timer): it claims what of its own is due by `now`, exactly once across
 * replicas, opens a conflict for each, and says how many it opened. It runs
 * before the conflicts are swept, so what it opens starts at L1.
 */
export type EscalationSource = (runner: ChangeRunner, framework: CoordinationFramework, now: Date) => Promise<number>;

/** Where other nouns register their escalation sources with the conflict sweep. */
export class EscalationSources {
  readonly list: EscalationSource[] = [];

  add(source: EscalationSource): void {
    this.list.push(source);
  }
}

const BATCH = 500;
/** Due conflicts claimed per transaction: one commit (one fsync) for many, short enough to hold few row locks. */
const CLAIMS_PER_TRANSACTION = 50;

type Due = Awaited<ReturnType<typeof dueConflicts>>[number];

/**
 * Escalates every open conflict past its level's deadline, breaches those
 * past L3's, and reminds of breached ones (framework §4, conflictPolicy).
 * One indexed query finds them; each is then claimed with an UPDATE
 * conditional on the version (a reminder: on the due time) it was read at,
 * with its event, so two replicas sweeping at once act on each exactly once
 * between them: the loser's update matches no row and it moves on. Claims
 * go in transactions of up to CLAIMS_PER_TRANSACTION, taken in the query's
 * order, so two replicas lock rows in the same order and never deadlock.
 */
export async function sweepEscalations(
  runner: ChangeRunner,
  framework: CoordinationFramework,
  now: Date = runner.now(),
  sources: readonly EscalationSource[] = [],
): Promise<SweepResult> {
  const result: SweepResult = { escalated: 0, breached: 0, reminded: 0, skipped: 0, opened: 0 };
  for (const source of sources) result.opened += await source(runner, framework, now);
  for (;;) {
    const due = await dueConflicts(runner.db, now, BATCH);
    for (let i = 0; i < due.length; i += CLAIMS_PER_TRANSACTION) {
      const chunk = due.slice(i, i + CLAIMS_PER_TRANSACTION);
      // The counts of a transaction only count once it committed; a retried one starts them again.
      const counted = await runner.system(SYSTEM_ACTOR, async writer => {
        const r: SweepResult = { escalated: 0, breached: 0, reminded: 0, skipped: 0, opened: 0 };
        for (const item of chunk) {
          const kind = await claim(framework, writer, item, now);
          if (kind === null) r.skipped++;
          else if (kind === 'escalate') r.escalated++;
          else if (kind === 'breach') r.breached++;
          else r.reminded++;
        }
        return r;
      });
      result.escalated += counted.escalated;
      result.breached += counted.breached;
      result.reminded += counted.reminded;
      result.skipped += counted.skipped;
    }
    if (due.length < BATCH) return result;
  }
}

/** Acts on one due conflict in the sweep's transaction; null when another sweep or a decision got there first. */
async function claim(
  framework: CoordinationFramework,
  writer: EventWriter,
  { conflict, dueAt }: Due,
  now: Date,
): Promise<'escalate' | 'breach' | 'remind' | null> {
  const step = overdueStep(framework, { ...conflict, dueAt }, now);
  if (!step) return null;
  const ctx = { framework, writer };
  if (step.kind === 'remind') {
    if (!(await claimReminder(writer.tx, conflict.id, dueAt, step.dueAt))) return null;
    const late = formatDuration(Math.floor((now.getTime() - Date.parse(conflict.breachedAt!)) / 60_000) * 60_000);
    await writer.record({
      subject: { type: CONFLICT_SUBJECT, id: conflict.id },
      type: 'conflict.breach_reminder',
      before: null,
      after: { level: conflict.level, breachedAt: conflict.breachedAt!, overdueBy: late },
      reason: `still open ${late} after its SLA was breached at L3`,
    });
    return 'remind';
  }
  const from = authorityAt(framework, conflict, conflict.level);
  try {
    if (step.kind === 'breach') {
      await saveConflict(
        ctx,
        'conflict.breached',
        conflict,
        { breachedAt: step.breachedAt },
        `SLA: L3 (${from.name}) did not decide by ${conflict.deadlineAt}; the conflict stays open and alerts every ${framework.conflictPolicy.breachReminder}`,
        { dueAt: step.dueAt },
      );
      return 'breach';
    }
    const to = authorityAt(framework, conflict, step.to);
    const took = formatDuration(Math.max(0, Date.parse(conflict.deadlineAt) - Date.parse(conflict.levelEnteredAt)));
    await saveConflict(
      ctx,
      'conflict.escalated',
      conflict,
      { level: step.to, levelEnteredAt: step.levelEnteredAt, deadlineAt: step.deadlineAt },
      `SLA: ${conflict.level} (${from.name}) did not decide within ${took}; ${step.to} (${to.name}) decides by ${step.deadlineAt}`,
      { dueAt: step.dueAt },
    );
    return 'escalate';
  } catch (error) {
    // The conditional update matched no row, and nothing was written for it: the transaction goes on.
    if (error instanceof StaleWrite || error instanceof StaleVersionError) return null;
    throw error;
  }
}

/**
 * Through the Backstage scheduler, so one replica sweeps at a time; the
 * conditional claims keep each escalation single even if two overlap.
 */
export async function scheduleEscalationSweep(options: {
  scheduler: SchedulerService;
  runner: ChangeRunner;
  framework: CoordinationFramework;
  logger: LoggerService;
  interval: string;
  sources?: EscalationSources;
}) {
  await options.scheduler.scheduleTask({
    id: 'agent-coordination-escalation-sweep',
    frequency: { milliseconds: parseDuration(options.interval) },
    timeout: { minutes: 5 },
    initialDelay: { seconds: 5 },
    fn: async () => {
      const r = await sweepEscalations(options.runner, options.framework, undefined, options.sources?.list);
      if (r.escalated + r.breached + r.reminded + r.opened > 0) {
        options.logger.info(
          `Conflict SLA sweep: ${r.opened} opened, ${r.escalated} escalated, ${r.breached} breached, ${r.reminded} reminded`,
        );
      }
    },
  });
}
