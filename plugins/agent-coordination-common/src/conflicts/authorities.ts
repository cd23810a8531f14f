import type { Authority, Level } from '../api';
import type { CoordinationFramework } from '../framework/types';

type Framework = Pick<CoordinationFramework, 'authorities' | 'conflictTypes' | 'escalationMatrix'>;
type AuthorityEntry = CoordinationFramework['authorities'][number];

/** The framework's entry for an authority name, as the matrix or a conflict type writes it. @public */
export function authorityNamed(framework: Pick<CoordinationFramework, 'authorities'>, name: string): AuthorityEntry {
  const key = name.trim().toLowerCase();
  const entry = framework.authorities.find(a => a.names.some(n => n.trim().toLowerCase() === key));
  // parseFramework checks every name resolves; only a hand-made framework gets here.
  if (!entry) throw new Error(`no authority is named '${name}'`);
  return entry;
}

/**
 * The name of who decides at `level`: the matrix row's authority when the
 * conflict has a category, otherwise its type's resolver.
 * @public
 */
export function authorityNameAt(
  framework: Framework,
  conflict: { type: string; category: string | null },
  level: Level,
): string {
  if (conflict.category) {
    const row = framework.escalationMatrix.find(r => r.id === conflict.category);
    if (row) return row.authorities[level];
  }
  const type = framework.conflictTypes.find(t => t.id === conflict.type);
  const resolver = type?.levels.find(l => l.level === level)?.resolver;
  if (!resolver) throw new Error(`conflict type '${conflict.type}' has no resolver for ${level}`);
  return resolver;
}

/** An authority as the API shows it: who holds it, for a conflict with these parties and primary owners. @public */
export function describeAuthority(
  entry: AuthorityEntry,
  name: string,
  conflict: { parties: string[]; primaryOwners: string[] },
): Authority {
  if (entry.consensus) {
    const quorum = entry.consensus.quorum === 'all' ? conflict.parties.length : entry.consensus.quorum;
    return { id: entry.id, name, kind: 'consensus', agents: [...conflict.parties], groups: [], quorum };
  }
  if (entry.primaryOwner) {
    return { id: entry.id, name, kind: 'primary_owner', agents: [...conflict.primaryOwners], groups: [] };
  }
  return { id: entry.id, name, kind: 'holders', agents: [...entry.agents], groups: [...entry.groups] };
}

/** Who decides `conflict` at `level`. @public */
export function authorityAt(
  framework: Framework,
  conflict: { type: string; category: string | null; parties: string[]; primaryOwners: string[] },
  level: Level,
): Authority {
  const name = authorityNameAt(framework, conflict, level);
  return describeAuthority(authorityNamed(framework, name), name, conflict);
}
