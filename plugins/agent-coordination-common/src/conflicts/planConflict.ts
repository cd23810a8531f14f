import type {
  ConflictResolution,
  ConflictSnapshot,
  ConflictVote,
  EscalateConflictRequest,
  Level,
  OpenConflictRequest,
  ResolveConflictRequest,
  VoteRequest,
} from '../api';
import type { CoordinationFramework } from '../framework/types';
import { lookupOwnership, normalizeRepoPath } from '../ownership/lookupOwnership';
import { allow, refuse, staleVersion, type Decision } from '../refusal';
import { normalizeEntityRef } from '../tasks/checkTaskInput';
import { readOnlyMessage } from '../tasks/taskRoles';
import { authorityAt } from './authorities';
import { conflictRoles, type ConflictActor, type ConflictRole } from './conflictRoles';
import { levelDeadline, nextLevel } from './deadlines';

type Framework = Pick<
  CoordinationFramework,
  'agents' | 'authorities' | 'conflictTypes' | 'escalationMatrix' | 'conflictPolicy' | 'conflictActions' | 'authorityLevels'
>;
type ConflictAction = keyof CoordinationFramework['conflictActions'];

function permits(framework: Framework, action: ConflictAction, roles: ConflictRole[]): boolean {
  return framework.conflictActions[action].some(r => roles.includes(r));
}

function list(items: readonly string[]): string {
  return items.length > 0 ? items.join(', ') : 'none';
}

function mayNot(framework: Framework, action: ConflictAction, actor: ConflictActor, roles: ConflictRole[], what: string) {
  if (roles.length === 0 && !actor.agent) {
    return refuse('not_permitted', 'read_only_caller', readOnlyMessage(actor.principal));
  }
  const who = actor.agent?.key ?? actor.principal;
  return refuse(
    'not_permitted',
    `${action}_not_permitted`,
    `${who} may not ${what}: framework conflictActions.${action} allows ${list(
      framework.conflictActions[action],
    )}; ${who} acts as ${list(roles)}`,
  );
}

/** The primary owners of `paths` by the framework's ownership, once each, in path order. @public */
export function primaryOwnersOf(framework: Pick<CoordinationFramework, 'agents'>, paths: string[]): string[] {
  const owners: string[] = [];
  for (const path of paths) {
    for (const key of lookupOwnership(framework.agents, path).primary) {
      if (!owners.includes(key)) owners.push(key);
    }
  }
  return owners;
}

/** An open request checked against the framework: known type, category, parties, tasks; refs and paths normalised. @public */
export function checkOpenConflict(
  framework: Framework,
  input: OpenConflictRequest,
  taskExists: (id: string) => boolean,
): Decision<OpenConflictRequest & { subject: { tasks: string[]; components: string[]; paths: string[] }; blocks: string[] }> {
  const problems: string[] = [];
  const type = framework.conflictTypes.find(t => t.id === input.type);
  if (!type) {
    problems.push(`type: unknown conflict type '${input.type}'; the framework's conflict types are ${list(framework.conflictTypes.map(t => t.id))}`);
  }
  if (input.category) {
    const row = framework.escalationMatrix.find(r => r.id === input.category);
    if (!row) {
      problems.push(`category: unknown escalation matrix row '${input.category}'; the rows are ${list(framework.escalationMatrix.map(r => r.id))}`);
    } else if (type && row.conflictType !== type.id) {
      problems.push(`category: ${row.id} (${row.name}) follows ${row.conflictType} conflicts, not ${type.id}`);
    }
  }
  const keys = framework.agents.map(a => a.key);
  input.parties.forEach((p, i) => {
    if (!keys.includes(p)) problems.push(`parties[${i}]: unknown agent '${p}'`);
  });
  if (new Set(input.parties).size !== input.parties.length) problems.push('parties: each agent once');
  else if (input.parties.length < 2) problems.push('parties: a conflict is between at least two agents');
  const title = input.title.trim();
  if (!title) problems.push('title: must not be empty');
  const tasks = [...new Set(input.subject?.tasks ?? [])];
  const blocks = [...new Set(input.blocks ?? [])];
  tasks.forEach(id => {
    if (!taskExists(id)) problems.push(`subject.tasks: no task with id '${id}'`);
  });
  blocks.forEach(id => {
    if (!taskExists(id)) problems.push(`blocks: no task with id '${id}'`);
  });
  const components: string[] = [];
  (input.subject?.components ?? []).forEach((c, i) => {
    const n = normalizeEntityRef(c);
    if ('ref' in n) {
      if (!components.includes(n.ref)) components.push(n.ref);
    } else {
      problems.push(`subject.components[${i}]: must be a catalog entity ref such as component:default/vpc (${n.problem})`);
    }
  });
  const paths: string[] = [];
  (input.subject?.paths ?? []).forEach((p, i) => {
    const n = normalizeRepoPath(p, `subject.paths[${i}]`);
    if (n.ok) {
      if (!paths.includes(n.value)) paths.push(n.value);
    } else {
      problems.push(n.refusal.message);
    }
  });
  if (problems.length > 0) {
    return refuse('invalid_input', 'invalid_input', `Invalid request body: ${problems.join('; ')}`);
  }
  return allow({ ...input, title, category: input.category ?? null, subject: { tasks, components, paths }, blocks });
}

/**
 * A new conflict at L1 (§4): its deadline from the framework, who may open
 * it, and the primary owners of its paths (who decide a primary-owner level).
 * `input` has been through checkOpenConflict.
 * @public
 */
export function planOpenConflict(
  framework: Framework,
  actor: ConflictActor,
  input: ReturnType<typeof checkOpenConflict> extends Decision<infer T> ? T : never,
  options: { id: string; now: Date; changeSet?: string | null },
): Decision<ConflictSnapshot> {
  const primaryOwners = primaryOwnersOf(framework, input.subject.paths);
  const roles: ConflictRole[] = [];
  if (actor.agent) {
    roles.push('any_agent');
    if (actor.agent.authority === framework.authorityLevels[0]?.id) roles.push('context_manager');
    if (input.parties.includes(actor.agent.key)) roles.push('party');
  }
  if (!permits(framework, 'open', roles)) return mayNot(framework, 'open', actor, roles, 'open conflicts');
  const nowIso = options.now.toISOString();
  const conflict = { type: input.type, category: input.category ?? null };
  const deadlineAt = levelDeadline(framework, conflict, options.now).toISOString();
  return allow({
    id: options.id,
    type: input.type,
    category: input.category ?? null,
    title: input.title,
    description: input.description ?? null,
    status: 'open',
    level: 'L1',
    parties: [...input.parties],
    subject: input.subject,
    blocks: input.blocks,
    primaryOwners,
    votes: [],
    resolution: null,
    openedAt: nowIso,
    levelEnteredAt: nowIso,
    deadlineAt,
    breachedAt: null,
    changeSet: options.changeSet ?? null,
    version: 1,
    createdBy: actor.principal,
    createdAt: nowIso,
    updatedAt: nowIso,
  });
}

function stateRefusal(conflict: ConflictSnapshot, version: number): ReturnType<typeof refuse> | ReturnType<typeof staleVersion> | null {
  if (version !== conflict.version) return staleVersion(`Conflict ${conflict.id}`, conflict.version, version);
  if (conflict.status !== 'open') {
    return refuse(
      'conflict',
      'already_resolved',
      `Conflict ${conflict.id} was resolved on ${conflict.resolution?.at ?? conflict.updatedAt}: "${conflict.resolution?.decision ?? ''}"`,
    );
  }
  return null;
}

const normalize = (position: string) => position.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-US');

/**
 * A party's vote; a later vote by the same party replaces the earlier one.
 * At a consensus level, the vote that makes `quorum` parties stand for the
 * same decision resolves the conflict with it.
 * @public
 */
export function planVote(
  framework: Framework,
  actor: ConflictActor,
  conflict: ConflictSnapshot,
  input: VoteRequest,
  now: Date,
): Decision<{ votes: ConflictVote[]; resolution: ConflictResolution | null }> {
  const state = stateRefusal(conflict, input.version);
  if (state) return state;
  const roles = conflictRoles(framework, actor, conflict);
  if (!permits(framework, 'vote', roles) || !actor.agent) {
    return mayNot(framework, 'vote', actor, roles, `vote on conflict ${conflict.id} (its parties are ${list(conflict.parties)})`);
  }
  const vote: ConflictVote = {
    agent: actor.agent.key,
    position: input.position.trim(),
    rationale: input.rationale?.trim() || null,
    at: now.toISOString(),
  };
  const votes = [...conflict.votes.filter(v => v.agent !== vote.agent), vote];
  const authority = authorityAt(framework, conflict, conflict.level);
  if (authority.kind !== 'consensus') return allow({ votes, resolution: null });
  const agreeing = votes.filter(v => conflict.parties.includes(v.agent) && normalize(v.position) === normalize(vote.position));
  if (agreeing.length < (authority.quorum ?? 2)) return allow({ votes, resolution: null });
  return allow({
    votes,
    resolution: {
      decision: agreeing[0].position,
      rationale: agreeing.map(v => `${v.agent}: ${v.rationale ?? 'agrees'}`).join('\n'),
      by: 'consensus',
      byAgent: null,
      via: 'consensus',
      at: now.toISOString(),
    },
  });
}

/** A decision by a holder of the current level's authority. @public */
export function planResolveConflict(
  framework: Framework,
  actor: ConflictActor,
  conflict: ConflictSnapshot,
  input: ResolveConflictRequest,
  now: Date,
): Decision<ConflictResolution> {
  const state = stateRefusal(conflict, input.version);
  if (state) return state;
  const authority = authorityAt(framework, conflict, conflict.level);
  if (authority.kind === 'consensus') {
    return refuse(
      'conflict',
      'decided_by_consensus',
      `Conflict ${conflict.id} is at ${conflict.level} (${authority.name}): its parties decide it by vote, ${authority.quorum} of them for the same decision; vote instead, or escalate it`,
    );
  }
  const roles = conflictRoles(framework, actor, conflict);
  if (!permits(framework, 'resolve', roles)) {
    const holders = [...authority.agents, ...authority.groups];
    return mayNot(
      framework,
      'resolve',
      actor,
      roles,
      `decide conflict ${conflict.id} at ${conflict.level}: ${authority.name} decides (${list(holders)})`,
    );
  }
  return allow({
    decision: input.decision.trim(),
    rationale: input.rationale.trim(),
    by: actor.principal,
    byAgent: actor.agent?.key ?? null,
    via: 'authority',
    at: now.toISOString(),
  });
}

/** Escalation by hand: the next level starts now, with its own deadline. @public */
export function planEscalateConflict(
  framework: Framework,
  actor: ConflictActor,
  conflict: ConflictSnapshot,
  input: EscalateConflictRequest,
  now: Date,
): Decision<{ level: Level; levelEnteredAt: string; deadlineAt: string }> {
  const state = stateRefusal(conflict, input.version);
  if (state) return state;
  const to = nextLevel(conflict.level);
  if (!to) {
    return refuse(
      'conflict',
      'top_level',
      `Conflict ${conflict.id} is at L3, the last level: it cannot be escalated further, and is breached if L3 does not decide by ${conflict.deadlineAt}`,
    );
  }
  const roles = conflictRoles(framework, actor, conflict);
  if (!permits(framework, 'escalate', roles)) {
    return mayNot(framework, 'escalate', actor, roles, `escalate conflict ${conflict.id}`);
  }
  return allow({
    level: to,
    levelEnteredAt: now.toISOString(),
    deadlineAt: levelDeadline(framework, conflict, now).toISOString(),
  });
}

/** What a caller may do with a conflict now, for the UI to offer. @public */
export function allowedConflictActions(framework: Framework, actor: ConflictActor, conflict: ConflictSnapshot) {
  const roles = conflictRoles(framework, actor, conflict);
  const at = new Date(conflict.updatedAt);
  const ok = (d: { ok: boolean }) => d.ok;
  return {
    agent: actor.agent?.key ?? null,
    roles,
    vote: ok(planVote(framework, actor, conflict, { position: 'x', version: conflict.version }, at)),
    resolve: ok(planResolveConflict(framework, actor, conflict, { decision: 'x', rationale: 'x', version: conflict.version }, at)),
    escalate: ok(planEscalateConflict(framework, actor, conflict, { reason: 'x', version: conflict.version }, at)),
  };
}
