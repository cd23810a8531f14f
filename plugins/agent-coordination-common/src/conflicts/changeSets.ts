import type { ChangeSetRequest, OwnershipLookup } from '../api';
import type { CoordinationFramework } from '../framework/types';
import { lookupOwnership, normalizeRepoPath } from '../ownership/lookupOwnership';
import { allow, refuse, type Decision } from '../refusal';

/** An ownership conflict a change set calls for. @public */
export interface ChangeSetConflict {
  parties: string[];
  paths: string[];
  title: string;
  description: string;
}

/** A change set checked against the framework's ownership. @public */
export interface ChangeSetPlan {
  agent: string;
  /** Agent and paths, canonical: the same change set always gives the same key. */
  key: string;
  paths: Array<{ path: string; lookup: OwnershipLookup; foreign: boolean }>;
  conflicts: ChangeSetConflict[];
}

/**
 * The paths of a change (a pull request) and the agent making it: each
 * path's owners, and the ownership conflicts it calls for (§4.1, "detection:
 * overlapping changes"). A path whose primary owner is another agent, or
 * which several agents claim equally, is contested; contested paths with the
 * same parties (the maker and the owners) make one conflict. A path nobody
 * owns, or that the maker alone owns, contests nothing.
 * @public
 */
export function planChangeSet(
  framework: Pick<CoordinationFramework, 'agents'>,
  input: ChangeSetRequest,
): Decision<ChangeSetPlan> {
  const agent = framework.agents.find(a => a.key === input.agent);
  if (!agent) {
    return refuse('invalid_input', 'invalid_input', `Invalid request body: agent: unknown agent '${input.agent}'`);
  }
  const paths: string[] = [];
  for (const [i, raw] of input.paths.entries()) {
    const n = normalizeRepoPath(raw, `paths[${i}]`);
    if (!n.ok) return refuse('invalid_input', 'invalid_path', `Invalid request body: ${n.refusal.message}`);
    if (!paths.includes(n.value)) paths.push(n.value);
  }
  paths.sort();
  const checked = paths.map(path => {
    const lookup = lookupOwnership(framework.agents, path);
    const others = lookup.primary.filter(p => p !== agent.key);
    const foreign = lookup.primary.length > 0 && !lookup.primary.includes(agent.key);
    return { path, lookup, foreign, contested: others.length > 0 };
  });
  const byParties = new Map<string, ChangeSetConflict>();
  for (const c of checked.filter(x => x.contested)) {
    const parties = [agent.key, ...c.lookup.primary.filter(p => p !== agent.key)];
    const key = [...parties].sort().join(',');
    const entry = byParties.get(key) ?? { parties, paths: [], title: '', description: '' };
    entry.paths.push(c.path);
    byParties.set(key, entry);
  }
  const conflicts = [...byParties.values()].map(c => {
    const owners = c.parties.slice(1);
    const shown = c.paths.slice(0, 3).join(', ') + (c.paths.length > 3 ? ` and ${c.paths.length - 3} more` : '');
    return {
      ...c,
      title: `${agent.key} changes ${c.paths.length === 1 ? 'a path' : `${c.paths.length} paths`} owned by ${owners.join(' and ')}`,
      description: `${agent.key} submitted a change${input.ref ? ` (${input.ref})` : ''} touching ${shown}, owned by ${owners.join(
        ' and ',
      )} by the framework's ownership globs.`,
    };
  });
  return allow({
    agent: agent.key,
    key: `${agent.key}\n${paths.join('\n')}`,
    paths: checked.map(({ path, lookup, foreign }) => ({ path, lookup, foreign })),
    conflicts,
  });
}
