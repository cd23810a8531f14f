/*
 * The task lifecycle guard. The lifecycle itself is data (the framework
 * document's states and transitions), so a team can add a state without
 * touching this code; the guard only answers "may these roles move a task
 * from A to B, and if not, why". A `from` of '*' means "from every state
 * except the target", which is how the seed says any task may fail.
 */

/**
 * The capacity in which a caller acts on a task.
 * @public
 */
export type ActorRole =
  | 'context_manager'
  | 'assignee'
  | 'creator'
  | 'reviewer'
  | 'any_agent'
  | 'system';

/**
 * What a lifecycle state means to the task service (framework
 * `lifecycle.states[].role`).
 * @public
 */
export type StateRole =
  | 'initial'
  | 'assigned'
  | 'running'
  | 'blocked'
  | 'done'
  | 'failed';

/**
 * One allowed state change. `from` may be '*' (every state except `to`).
 * @public
 */
export interface LifecycleTransition {
  from: string;
  to: string;
  trigger: string;
  actors: ActorRole[];
}

/**
 * A task lifecycle: its states, the transitions between them, where a task
 * starts and where it ends.
 * @public
 */
export interface LifecycleDefinition {
  states: { name: string; description: string; role?: StateRole }[];
  transitions: LifecycleTransition[];
  initial: string;
  terminal: string[];
}

/**
 * A transition with its wildcard resolved to a concrete source state.
 * @public
 */
export type ExpandedTransition = Omit<LifecycleTransition, 'from'> & {
  from: string;
  wildcard: boolean;
};

/**
 * The result of checkTransition.
 * @public
 */
export type TransitionCheck =
  | { allowed: true; trigger: string }
  | {
      allowed: false;
      code: 'unknown_state' | 'no_such_transition' | 'actor_not_permitted';
      message: string;
    };

/**
 * Every transition with '*' replaced by one entry per state other than the
 * target, in definition order (a wildcard expands in state order).
 * @public
 */
export function expandTransitions(
  def: LifecycleDefinition,
): ExpandedTransition[] {
  const out: ExpandedTransition[] = [];
  for (const t of def.transitions) {
    if (t.from === '*') {
      for (const s of def.states) {
        if (s.name !== t.to) out.push({ ...t, from: s.name, wildcard: true });
      }
    } else {
      out.push({ ...t, wildcard: false });
    }
  }
  return out;
}

/**
 * expandTransitions, computed once per definition: the checks run on every
 * transition request, and a framework is immutable once loaded.
 */
const expandedCache = new WeakMap<LifecycleDefinition, readonly ExpandedTransition[]>();
function expanded(def: LifecycleDefinition): readonly ExpandedTransition[] {
  let out = expandedCache.get(def);
  if (!out) {
    out = expandTransitions(def);
    expandedCache.set(def, out);
  }
  return out;
}

function permits(
  t: LifecycleTransition | ExpandedTransition,
  roles: ActorRole[],
) {
  return t.actors.some(a => roles.includes(a));
}

/**
 * The transitions out of `state` that at least one of `roles` may trigger,
 * in definition order, without duplicates. An unknown state has none.
 * @public
 */
export function allowedTransitions(
  def: LifecycleDefinition,
  state: string,
  roles: ActorRole[],
): Array<{ to: string; trigger: string }> {
  const out: Array<{ to: string; trigger: string }> = [];
  const seen = new Set<string>();
  for (const t of expanded(def)) {
    if (t.from !== state || !permits(t, roles)) continue;
    const key = `${t.to}\u0000${t.trigger}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ to: t.to, trigger: t.trigger });
  }
  return out;
}

function list(items: string[]): string {
  return items.length > 0 ? items.join(', ') : 'none';
}

/**
 * Decides whether a caller acting in `roles` may move a task from `from` to
 * `to`. Refusals carry a code and a message that names the states and the
 * rule, so that it can be shown to the agent unchanged.
 * @public
 */
export function checkTransition(
  def: LifecycleDefinition,
  from: string,
  to: string,
  roles: ActorRole[],
): TransitionCheck {
  const names = def.states.map(s => s.name);
  for (const state of [from, to]) {
    if (!names.includes(state)) {
      return {
        allowed: false,
        code: 'unknown_state',
        message: `unknown state '${state}': states are ${list(names)}`,
      };
    }
  }
  const all = expanded(def);
  const candidates = all.filter(t => t.from === from && t.to === to);
  if (candidates.length === 0) {
    const targets = [
      ...new Set(all.filter(t => t.from === from).map(t => t.to)),
    ];
    return {
      allowed: false,
      code: 'no_such_transition',
      message: `no transition from ${from} to ${to}: allowed targets from ${from} are ${list(
        targets,
      )}`,
    };
  }
  const permitted = candidates.find(t => permits(t, roles));
  if (permitted) {
    return { allowed: true, trigger: permitted.trigger };
  }
  const actors = [...new Set(candidates.flatMap(t => t.actors))];
  return {
    allowed: false,
    code: 'actor_not_permitted',
    message: `transition ${from} -> ${to} ("${
      candidates[0].trigger
    }") may be triggered by ${list(actors)}; caller acts as ${list(roles)}`,
  };
}
