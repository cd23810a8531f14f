import type {
  ConflictSnapshot,
  EditHandoffRequest,
  Handoff,
  HandoffActions,
  HandoffAutomatedCheck,
  HandoffCheck,
  HandoffContent,
  HandoffSnapshot,
  HandoffContentInput,
  OpenHandoffRequest,
  ReportHandoffChecksRequest,
  TransferHandoffRequest,
} from '../api';
import { levelDeadline } from '../conflicts/deadlines';
import type { CoordinationFramework } from '../framework/types';
import { allow, refuse, staleVersion, type Decision } from '../refusal';
import { parseDuration } from '../rules/duration';
import { normalizeEntityRef } from '../tasks/checkTaskInput';
import { readOnlyMessage, type TaskActor } from '../tasks/taskRoles';

type Framework = Pick<
  CoordinationFramework,
  | 'agents'
  | 'handoff'
  | 'authorityLevels'
  | 'conflictTypes'
  | 'escalationMatrix'
  | 'conflictPolicy'
>;

/** The capacities a caller acts in on a handoff. @public */
export type HandoffRole = 'sender' | 'receiver' | 'context_manager';

function list(items: readonly string[]): string {
  return items.length > 0 ? items.join(', ') : 'none';
}

/**
 * The roles of `actor` on a handoff: its sender, its receiver, and the
 * context manager (the framework's highest authority), who may act for
 * either. A caller mapped to no agent has none: it only reads.
 * @public
 */
export function handoffRoles(
  framework: Pick<Framework, 'authorityLevels'>,
  actor: TaskActor,
  handoff: Pick<HandoffSnapshot, 'from' | 'to'>,
): HandoffRole[] {
  if (actor.system || !actor.agent) return [];
  const roles: HandoffRole[] = [];
  if (actor.agent.key === handoff.from) roles.push('sender');
  if (actor.agent.key === handoff.to) roles.push('receiver');
  if (actor.agent.authority === framework.authorityLevels[0]?.id)
    roles.push('context_manager');
  return roles;
}

/**
 * The mandatory checklist (§7.2) of a handoff: each check decided from the
 * content or by the sender's attestation, as `handoff.checkDerivations`
 * says (a check not listed there is attested).
 * @public
 */
export function evaluateHandoffChecklist(
  framework: Pick<Framework, 'handoff'>,
  content: HandoffContent,
  attested: readonly string[],
): { checklist: HandoffCheck[]; missing: string[] } {
  const checklist = framework.handoff.mandatoryChecks.map(
    (check): HandoffCheck => {
      const by = framework.handoff.checkDerivations[check] ?? 'attested';
      const attests = attested.includes(check);
      let passed: boolean;
      switch (by) {
        case 'successCriteria':
          passed = content.successCriteria.length > 0;
          break;
        case 'knownIssues':
          passed =
            content.knownIssues !== null && content.knownIssues !== undefined;
          break;
        case 'dependencies':
          passed =
            content.dependencies !== null && content.dependencies !== undefined;
          break;
        case 'artifacts':
          passed =
            (content.artifacts.length > 0 &&
              content.artifacts.every(a => a.path.trim() !== '')) ||
            attests;
          break;
        default:
          passed = attests;
      }
      return { check, passed, by };
    },
  );
  return {
    checklist,
    missing: checklist.filter(c => !c.passed).map(c => c.check),
  };
}

/**
 * The mandatory checks a sender's attestation can make pass: those decided
 * by their word, and the artifacts one (a handoff of decisions only has no
 * files). The others are read from the content whatever is attested.
 * @public
 */
export function attestableHandoffChecks(
  framework: Pick<Framework, 'handoff'>,
): string[] {
  return framework.handoff.mandatoryChecks.filter(check => {
    const by = framework.handoff.checkDerivations[check] ?? 'attested';
    return by === 'attested' || by === 'artifacts';
  });
}

/** Whether a transferred handoff is past its acknowledgment deadline. @public */
export function isHandoffOverdue(handoff: HandoffSnapshot, now: Date): boolean {
  return (
    (handoff.status === 'awaiting_acknowledgment' ||
      handoff.status === 'clarification_requested') &&
    handoff.acknowledgmentDueAt !== null &&
    Date.parse(handoff.acknowledgmentDueAt) <= now.getTime()
  );
}

/** A handoff as the API serves it: its checklist now, and whether it is overdue. @public */
export function describeHandoff(
  framework: Pick<Framework, 'handoff'>,
  handoff: HandoffSnapshot,
  now: Date,
): Handoff {
  return {
    ...handoff,
    ...evaluateHandoffChecklist(framework, handoff.content, handoff.attested),
    overdue: isHandoffOverdue(handoff, now),
  };
}

function readOnly(actor: TaskActor) {
  return refuse(
    'not_permitted',
    'read_only_caller',
    readOnlyMessage(actor.principal),
  );
}

function mayNot(actor: TaskActor, what: string, who: string) {
  if (!actor.agent) return readOnly(actor);
  return refuse(
    'not_permitted',
    'handoff_actor_not_permitted',
    `${actor.agent.key} may not ${what}: only ${who} or the context manager may`,
  );
}

/** The attested checks of a request, checked against the mandatory list. */
function checkAttest(
  framework: Pick<Framework, 'handoff'>,
  attest: readonly string[] | undefined,
  problems: string[],
): string[] {
  const out: string[] = [];
  (attest ?? []).forEach((name, i) => {
    const check = framework.handoff.mandatoryChecks.find(
      c => c.trim().toLowerCase() === name.trim().toLowerCase(),
    );
    if (!check) {
      problems.push(
        `attest[${i}]: '${name}' is not a mandatory check; they are ${list(
          framework.handoff.mandatoryChecks,
        )}`,
      );
    } else if (!out.includes(check)) {
      out.push(check);
    }
  });
  return out;
}

const trimmed = (items: readonly string[] | undefined) =>
  (items ?? []).map(i => i.trim()).filter(i => i !== '');

/**
 * Appendix B's content from a request, over `base`: each field given
 * replaces base's. A missing known-issues or dependencies list stays null
 * (not yet documented), which is what the checklist tells from an empty
 * list (an explicit "none").
 */
function contentOf(
  input: HandoffContentInput,
  base: HandoffContent | null,
): HandoffContent {
  const documented = (
    given: string[] | undefined,
    kept: string[] | null | undefined,
  ) => (given === undefined ? kept ?? null : trimmed(given));
  return {
    completedWork:
      input.completedWork === undefined
        ? base?.completedWork ?? []
        : trimmed(input.completedWork),
    artifacts:
      input.artifacts === undefined
        ? base?.artifacts ?? []
        : input.artifacts.map(a => ({ ...a, path: a.path.trim() })),
    knownIssues: documented(input.knownIssues, base?.knownIssues),
    dependencies: documented(input.dependencies, base?.dependencies),
    successCriteria:
      input.successCriteria === undefined
        ? base?.successCriteria ?? []
        : trimmed(input.successCriteria),
    notes:
      input.notes === undefined
        ? base?.notes ?? null
        : input.notes.trim() || null,
  };
}

/**
 * A new handoff at initiation, from the caller's agent (the context manager
 * may open one for another sender) to another agent, with Appendix B's
 * content. The tasks it names must exist.
 * @public
 */
export function planOpenHandoff(
  framework: Framework,
  actor: TaskActor,
  input: OpenHandoffRequest,
  context: { id: string; now: Date; taskExists: (id: string) => boolean },
): Decision<HandoffSnapshot> {
  if (actor.system || !actor.agent) return readOnly(actor);
  const self = actor.agent.key;
  const isContextManager =
    actor.agent.authority === framework.authorityLevels[0]?.id;
  const from = input.from ?? self;
  if (from !== self && !isContextManager) {
    return refuse(
      'not_permitted',
      'send_as_other_agent',
      `${actor.principal} acts as ${self} and may hand off as ${self} only, not as '${from}'`,
    );
  }
  const problems: string[] = [];
  const agents = framework.agents.map(a => a.key);
  if (!agents.includes(from)) problems.push(`from: unknown agent '${from}'`);
  if (!agents.includes(input.to))
    problems.push(
      `to: unknown agent '${input.to}'; the framework's agents are ${list(
        agents,
      )}`,
    );
  else if (input.to === from)
    problems.push(`to: ${from} cannot hand off to itself`);
  const title = input.title.trim();
  if (!title) problems.push('title: must not be empty');
  if (input.task !== undefined && !context.taskExists(input.task))
    problems.push(`task: no task with id '${input.task}'`);
  const blocks = [...new Set(input.blocks ?? [])];
  blocks.forEach(id => {
    if (!context.taskExists(id))
      problems.push(`blocks: no task with id '${id}'`);
  });
  let component: string | null = null;
  if (input.component !== undefined) {
    const n = normalizeEntityRef(input.component);
    if ('ref' in n) component = n.ref;
    else
      problems.push(
        `component: must be a catalog entity ref such as component:default/vpc (${n.problem})`,
      );
  }
  const attested = checkAttest(framework, input.attest, problems);
  if (problems.length > 0)
    return refuse(
      'invalid_input',
      'invalid_input',
      `Invalid request body: ${problems.join('; ')}`,
    );
  const nowIso = context.now.toISOString();
  return allow({
    id: context.id,
    title,
    from,
    to: input.to,
    task: input.task ?? null,
    component,
    blocks,
    stage: 'initiation',
    status: 'draft',
    content: contentOf(input.content ?? {}, null),
    attested,
    automatedChecks: [],
    clarifications: [],
    transferredAt: null,
    acknowledgmentDueAt: null,
    acknowledgedAt: null,
    completedAt: null,
    escalatedAt: null,
    escalationConflict: null,
    version: 1,
    createdBy: actor.principal,
    createdAt: nowIso,
    updatedAt: nowIso,
  });
}

type Step =
  | 'edit'
  | 'validate'
  | 'transfer'
  | 'acknowledge'
  | 'requestClarification'
  | 'answerClarification'
  | 'complete';

const STEPS: Record<
  Step,
  {
    by: 'sender' | 'receiver';
    statuses: HandoffSnapshot['status'][];
    what: string;
  }
> = {
  edit: { by: 'sender', statuses: ['draft'], what: 'edit' },
  validate: {
    by: 'sender',
    statuses: ['draft'],
    what: 'report check results for',
  },
  transfer: { by: 'sender', statuses: ['draft'], what: 'transfer' },
  acknowledge: {
    by: 'receiver',
    statuses: ['awaiting_acknowledgment', 'clarification_requested'],
    what: 'acknowledge',
  },
  requestClarification: {
    by: 'receiver',
    statuses: ['awaiting_acknowledgment'],
    what: 'ask for clarification on',
  },
  answerClarification: {
    by: 'sender',
    statuses: ['clarification_requested'],
    what: 'answer a clarification on',
  },
  complete: { by: 'sender', statuses: ['acknowledged'], what: 'complete' },
};

const STATUS_WORDS: Record<HandoffSnapshot['status'], string> = {
  draft: 'has not been transferred yet',
  awaiting_acknowledgment: 'waits for its receiver to acknowledge it',
  clarification_requested: 'waits for its sender to answer a question',
  acknowledged: 'has been acknowledged',
  completed: 'is completed',
};

/** Who may take `step` now, or why not: role, stage, version. */
function gate(
  framework: Pick<Framework, 'authorityLevels'>,
  actor: TaskActor,
  handoff: HandoffSnapshot,
  step: Step,
  version: number | undefined,
): ReturnType<typeof refuse> | ReturnType<typeof staleVersion> | null {
  const rule = STEPS[step];
  const roles = handoffRoles(framework, actor, handoff);
  if (!roles.includes(rule.by) && !roles.includes('context_manager')) {
    return mayNot(
      actor,
      `${rule.what} handoff ${handoff.id}`,
      `its ${rule.by} (${rule.by === 'sender' ? handoff.from : handoff.to})`,
    );
  }
  if (version !== undefined && version !== handoff.version)
    return staleVersion(`Handoff ${handoff.id}`, handoff.version, version);
  if (!rule.statuses.includes(handoff.status)) {
    return refuse(
      'conflict',
      `handoff_${handoff.status}`,
      `Handoff ${handoff.id} ${STATUS_WORDS[handoff.status]}: it cannot ${
        step === 'complete' ? 'be completed' : `take this step (${rule.what})`
      } now`,
    );
  }
  return null;
}

function next(
  handoff: HandoffSnapshot,
  now: Date,
  changes: Partial<HandoffSnapshot>,
): HandoffSnapshot {
  return {
    ...handoff,
    ...changes,
    version: handoff.version + 1,
    updatedAt: now.toISOString(),
  };
}

/** What the caller may do with a handoff now, by the same rules as the changes. @public */
export function allowedHandoffActions(
  framework: Framework,
  actor: TaskActor,
  handoff: HandoffSnapshot,
): HandoffActions {
  const may = (step: Step) =>
    gate(framework, actor, handoff, step, undefined) === null;
  let transfer = may('transfer');
  if (transfer)
    transfer =
      evaluateHandoffChecklist(framework, handoff.content, handoff.attested)
        .missing.length === 0;
  return {
    agent: actor.agent?.key ?? null,
    roles: handoffRoles(framework, actor, handoff),
    edit: may('edit'),
    validate: may('validate'),
    transfer,
    acknowledge: may('acknowledge'),
    requestClarification: may('requestClarification'),
    answerClarification: may('answerClarification'),
    complete: may('complete'),
  };
}

/**
 * The sender changes a draft: title, content, attested checks (each given
 * replaces what is stored), for instance to fix what a refused transfer
 * named as missing. A request changing nothing is refused rather than
 * recorded as a change.
 * @public
 */
export function planEditHandoff(
  framework: Framework,
  actor: TaskActor,
  handoff: HandoffSnapshot,
  input: EditHandoffRequest,
  now: Date,
): Decision<HandoffSnapshot> {
  const refused = gate(framework, actor, handoff, 'edit', input.version);
  if (refused) return refused;
  const problems: string[] = [];
  if (
    input.title === undefined &&
    input.content === undefined &&
    input.attest === undefined
  )
    problems.push('nothing to change: give title, content or attest');
  const title = input.title === undefined ? handoff.title : input.title.trim();
  if (!title) problems.push('title: must not be empty');
  const attested =
    input.attest === undefined
      ? handoff.attested
      : checkAttest(framework, input.attest, problems);
  if (problems.length > 0)
    return refuse(
      'invalid_input',
      'invalid_input',
      `Invalid request body: ${problems.join('; ')}`,
    );
  return allow(
    next(handoff, now, {
      title,
      attested,
      content: contentOf(input.content ?? {}, handoff.content),
    }),
  );
}

/** Validation: the automated checks a caller ran, the latest result of each kept. @public */
export function planReportHandoffChecks(
  framework: Framework,
  actor: TaskActor,
  handoff: HandoffSnapshot,
  input: ReportHandoffChecksRequest,
  now: Date,
): Decision<HandoffSnapshot> {
  const refused = gate(framework, actor, handoff, 'validate', input.version);
  if (refused) return refused;
  const problems: string[] = [];
  const reported: HandoffAutomatedCheck[] = [];
  input.results.forEach((r, i) => {
    const check = framework.handoff.automatedChecks.find(
      c => c.trim().toLowerCase() === r.check.trim().toLowerCase(),
    );
    if (!check) {
      problems.push(
        `results[${i}].check: '${
          r.check
        }' is not an automated check; they are ${list(
          framework.handoff.automatedChecks,
        )}`,
      );
      return;
    }
    reported.push({
      check,
      result: r.result,
      details: r.details?.trim() || null,
      reportedAt: now.toISOString(),
      reportedBy: actor.principal,
    });
  });
  if (problems.length > 0)
    return refuse(
      'invalid_input',
      'invalid_input',
      `Invalid request body: ${problems.join('; ')}`,
    );
  const latest = new Map(handoff.automatedChecks.map(c => [c.check, c]));
  for (const r of reported) latest.set(r.check, r);
  const automatedChecks = framework.handoff.automatedChecks
    .filter(c => latest.has(c))
    .map(c => latest.get(c)!);
  return allow(next(handoff, now, { stage: 'validation', automatedChecks }));
}

/**
 * Transfer, by the sender: refused while a mandatory check fails, naming
 * each (422, `handoff_checklist_incomplete`, `details.missing`). The
 * acknowledgment deadline starts now.
 * @public
 */
export function planTransferHandoff(
  framework: Framework,
  actor: TaskActor,
  handoff: HandoffSnapshot,
  input: TransferHandoffRequest,
  now: Date,
): Decision<HandoffSnapshot> {
  const refused = gate(framework, actor, handoff, 'transfer', input.version);
  if (refused) return refused;
  const problems: string[] = [];
  const attest = checkAttest(framework, input.attest, problems);
  if (problems.length > 0)
    return refuse(
      'invalid_input',
      'invalid_input',
      `Invalid request body: ${problems.join('; ')}`,
    );
  const attested = [
    ...handoff.attested,
    ...attest.filter(a => !handoff.attested.includes(a)),
  ];
  const { missing } = evaluateHandoffChecklist(
    framework,
    handoff.content,
    attested,
  );
  if (missing.length > 0) {
    return {
      ok: false,
      refusal: {
        code: 'unprocessable',
        rule: 'handoff_checklist_incomplete',
        message: `Handoff ${
          handoff.id
        } cannot be transferred: the mandatory checklist fails on ${missing.join(
          ', ',
        )}`,
        details: { missing },
      },
    };
  }
  const dueAt = new Date(
    now.getTime() + parseDuration(framework.handoff.acknowledgmentSla),
  );
  return allow(
    next(handoff, now, {
      stage: 'transfer',
      status: 'awaiting_acknowledgment',
      attested,
      transferredAt: now.toISOString(),
      acknowledgmentDueAt: dueAt.toISOString(),
    }),
  );
}

/** The receiver accepts. @public */
export function planAcknowledgeHandoff(
  framework: Framework,
  actor: TaskActor,
  handoff: HandoffSnapshot,
  version: number,
  now: Date,
): Decision<HandoffSnapshot> {
  const refused = gate(framework, actor, handoff, 'acknowledge', version);
  if (refused) return refused;
  return allow(
    next(handoff, now, {
      stage: 'acknowledgment',
      status: 'acknowledged',
      acknowledgedAt: now.toISOString(),
    }),
  );
}

/** The receiver asks the sender a question before accepting. @public */
export function planRequestHandoffClarification(
  framework: Framework,
  actor: TaskActor,
  handoff: HandoffSnapshot,
  input: { question: string; version: number },
  now: Date,
): Decision<HandoffSnapshot> {
  const refused = gate(
    framework,
    actor,
    handoff,
    'requestClarification',
    input.version,
  );
  if (refused) return refused;
  const question = input.question.trim();
  if (!question)
    return refuse(
      'invalid_input',
      'invalid_input',
      'Invalid request body: question: must not be empty',
    );
  return allow(
    next(handoff, now, {
      status: 'clarification_requested',
      clarifications: [
        ...handoff.clarifications,
        {
          question,
          askedBy: actor.principal,
          askedAt: now.toISOString(),
          answer: null,
          answeredBy: null,
          answeredAt: null,
        },
      ],
    }),
  );
}

/** The sender answers the open question; the handoff goes back to waiting for its acknowledgment. @public */
export function planAnswerHandoffClarification(
  framework: Framework,
  actor: TaskActor,
  handoff: HandoffSnapshot,
  input: { answer: string; version: number },
  now: Date,
): Decision<HandoffSnapshot> {
  const refused = gate(
    framework,
    actor,
    handoff,
    'answerClarification',
    input.version,
  );
  if (refused) return refused;
  const answer = input.answer.trim();
  if (!answer)
    return refuse(
      'invalid_input',
      'invalid_input',
      'Invalid request body: answer: must not be empty',
    );
  const clarifications = handoff.clarifications.map((c, i) =>
    i === handoff.clarifications.length - 1
      ? {
          ...c,
          answer,
          answeredBy: actor.principal,
          answeredAt: now.toISOString(),
        }
      : c,
  );
  return allow(
    next(handoff, now, { status: 'awaiting_acknowledgment', clarifications }),
  );
}

/** Completion, by the sender once acknowledged: archived. @public */
export function planCompleteHandoff(
  framework: Framework,
  actor: TaskActor,
  handoff: HandoffSnapshot,
  version: number,
  now: Date,
): Decision<HandoffSnapshot> {
  const refused = gate(framework, actor, handoff, 'complete', version);
  if (refused) return refused;
  return allow(
    next(handoff, now, {
      stage: 'completion',
      status: 'completed',
      completedAt: now.toISOString(),
    }),
  );
}

/**
 * A handoff past its acknowledgment deadline (§3.3 has no SLA of its own:
 * `handoff.acknowledgmentSla`): the conflict it opens, between sender and
 * receiver, of `handoff.escalation`'s type and matrix row, at L1; and the
 * handoff marked escalated. Null when it is not due.
 * @public
 */
export function planHandoffEscalation(
  framework: Framework,
  handoff: HandoffSnapshot,
  options: { conflictId: string; now: Date; principal: string },
): { handoff: HandoffSnapshot; conflict: ConflictSnapshot } | null {
  if (
    !isHandoffOverdue(handoff, options.now) ||
    handoff.escalationConflict !== null
  )
    return null;
  const { conflictType, category } = framework.handoff.escalation;
  const nowIso = options.now.toISOString();
  const kind = { type: conflictType, category: category ?? null };
  const conflict: ConflictSnapshot = {
    id: options.conflictId,
    type: conflictType,
    category: category ?? null,
    title: `Handoff not acknowledged: ${handoff.title}`.slice(0, 200),
    description: `Handoff ${handoff.id} from ${handoff.from} to ${handoff.to} was transferred at ${handoff.transferredAt} and not acknowledged by ${handoff.acknowledgmentDueAt} (handoff.acknowledgmentSla ${framework.handoff.acknowledgmentSla}). See /handoffs/${handoff.id}.`,
    status: 'open',
    level: 'L1',
    parties: [handoff.from, handoff.to],
    subject: {
      tasks: [
        ...new Set([
          ...(handoff.task ? [handoff.task] : []),
          ...handoff.blocks,
        ]),
      ],
      components: handoff.component ? [handoff.component] : [],
      paths: [],
    },
    blocks: [],
    primaryOwners: [],
    votes: [],
    resolution: null,
    openedAt: nowIso,
    levelEnteredAt: nowIso,
    deadlineAt: levelDeadline(framework, kind, options.now).toISOString(),
    breachedAt: null,
    changeSet: null,
    version: 1,
    createdBy: options.principal,
    createdAt: nowIso,
    updatedAt: nowIso,
  };
  return {
    handoff: next(handoff, options.now, {
      escalatedAt: nowIso,
      escalationConflict: conflict.id,
    }),
    conflict,
  };
}
