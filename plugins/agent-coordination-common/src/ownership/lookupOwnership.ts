import type { OwnershipLookup } from '../api';
import type { CoordinationAgent } from '../framework/types';
import { allow, refuse, type Decision } from '../refusal';
import { pathOwnership } from '../rules/ownership';

/*
 * DECISION: the framework file is the authoritative ownership data. It is
 * validated at start-up, it is what tasks, conflicts and permissions refer
 * to (framework agent keys), and another organisation changes it in one
 * place. Agent entities mirror it for the catalog (relations, entity pages);
 * the catalog module notes on an Agent entity where its globs differ from
 * the framework's.
 */

const MAX_PATH = 1024;

/** network_engineer -> Network Engineer */
function humanizeKey(key: string): string {
  return key
    .split('_')
    .map(w => (w ? w[0].toUpperCase() + w.slice(1) : w))
    .join(' ');
}

/**
 * A repository path as the ownership globs are written: relative to the
 * infrastructure monorepo's root. An absolute path or one climbing out with
 * '..' could only match by accident, so it is refused.
 * @public
 */
export function normalizeRepoPath(value: string, field = 'path'): Decision<string> {
  const bad = (message: string) => refuse('invalid_input', 'invalid_path', `'${field}' ${message}`);
  const path = value.trim();
  if (path === '') return bad('is required');
  if (path.length > MAX_PATH) return bad(`must be at most ${MAX_PATH} characters`);
  if (/^([/\\]|[A-Za-z]:)/.test(path)) return bad(`must be relative to the repository root, not absolute: '${path}'`);
  if (path.split(/[/\\]/).includes('..')) return bad(`must not contain '..': '${path}'`);
  const normalized = path.replace(/\/{2,}/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  if (normalized === '' || normalized === '.') return bad(`names no file: '${path}'`);
  return allow(normalized);
}

/**
 * Who owns `path` by the framework's agents, with each agent's catalog
 * entity (ref and title) when `entityOf` knows it by agent id.
 * @public
 */
export function lookupOwnership(
  agents: CoordinationAgent[],
  path: string,
  entityOf: (agentId: string) => { ref: string; title?: string } | undefined = () => undefined,
): OwnershipLookup {
  const answer = pathOwnership(
    agents.map(a => ({ key: a.key, globs: a.ownership.paths, agent: a })),
    path,
  );
  return {
    path,
    owners: answer.owners.map(m => ({
      agent: m.owner.key,
      agentId: m.owner.agent.id,
      title: entityOf(m.owner.agent.id)?.title ?? humanizeKey(m.owner.key),
      role: m.owner.agent.role,
      entityRef: entityOf(m.owner.agent.id)?.ref ?? null,
      glob: m.glob,
      specificity: m.specificity,
      primary: m.primary,
    })),
    primary: answer.primary.map(p => p.key),
    overlaps: answer.overlaps.map(o => ({
      a: o.a.key,
      globA: o.globA,
      b: o.b.key,
      globB: o.globB,
      nested: o.nested,
    })),
    conflict: answer.conflict,
  };
}
