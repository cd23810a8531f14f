import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  globCovers,
  ownersOfPath,
  type AgentEntityV1alpha1,
  type OwnershipLookupResponse,
  type OwnershipMatchOverlap,
} from '@agent-coordination/plugin-agent-coordination-common';

const MAX_PATH = 1024;

/**
 * The `path` query parameter as a repo-relative path. Ownership globs are
 * written against the infrastructure monorepo's root, so an absolute path or
 * one climbing out with '..' can only match by accident: refuse it.
 */
export function repoPathParam(value: unknown): string {
  if (value === undefined || (typeof value === 'string' && !value.trim())) {
    throw new InputError(`Invalid query: 'path' is required`);
  }
  if (typeof value !== 'string') {
    throw new InputError(`Invalid query: 'path' must be given once, as text`);
  }
  if (value.length > MAX_PATH) {
    throw new InputError(
      `Invalid query: 'path' must be at most ${MAX_PATH} characters`,
    );
  }
  const path = value.trim();
  if (/^([/\\]|[A-Za-z]:)/.test(path)) {
    throw new InputError(
      `Invalid query: 'path' must be relative to the repository root, not absolute: '${path}'`,
    );
  }
  if (path.split(/[/\\]/).includes('..')) {
    throw new InputError(
      `Invalid query: 'path' must not contain '..': '${path}'`,
    );
  }
  const normalized = path
    .replace(/\/{2,}/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/\/+$/, '');
  if (normalized === '' || normalized === '.') {
    throw new InputError(`Invalid query: 'path' names no file: '${path}'`);
  }
  return normalized;
}

/** Every glob of `inner` lies in `outer`'s, and not the other way round. */
function strictlyInside(inner: string, outer: string): boolean {
  return globCovers(outer, inner).covers && !globCovers(inner, outer).covers;
}

/**
 * Which agents own `path`. The primary owners hold a matching glob with no
 * other matching glob strictly inside it: nesting, not glob length, decides,
 * the same rule the catalog module uses for a Component's owners, so
 * `components/terraform/vpc/main.tf` goes to the network engineer and
 * `workflows/x`, claimed by two identical globs, is a conflict.
 */
export function lookupOwnership(
  agents: AgentEntityV1alpha1[],
  path: string,
): OwnershipLookupResponse {
  const byRef = new Map(agents.map(a => [stringifyEntityRef(a), a]));
  const matches = ownersOfPath(
    [...byRef].map(([owner, a]) => ({
      owner,
      globs: a.spec.ownership?.paths ?? [],
    })),
    path,
  );
  const owners = matches.map(m => {
    const agent = byRef.get(m.owner)!;
    return {
      agent: m.owner,
      title: agent.metadata.title,
      agentId: agent.spec.agentId,
      glob: m.glob,
      specificity: m.specificity,
      primary: !matches.some(o => strictlyInside(o.glob, m.glob)),
    };
  });
  const overlaps: OwnershipMatchOverlap[] = [];
  owners.forEach((a, i) => {
    for (const b of owners.slice(i + 1)) {
      if (a.agent === b.agent) continue;
      overlaps.push({
        a: a.agent,
        globA: a.glob,
        b: b.agent,
        globB: b.glob,
        nested:
          strictlyInside(a.glob, b.glob) || strictlyInside(b.glob, a.glob),
      });
    }
  });
  const primary = [...new Set(owners.filter(o => o.primary).map(o => o.agent))];
  return { path, owners, primary, overlaps, conflict: primary.length > 1 };
}
