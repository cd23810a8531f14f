import type { Conflict, ConflictSnapshot, EscalationMatrix } from '../api';
import type { CoordinationFramework } from '../framework/types';
import { authorityAt, authorityNamed, describeAuthority } from './authorities';
import { LEVELS, resolveBy } from './deadlines';

type Framework = Pick<CoordinationFramework, 'authorities' | 'conflictTypes' | 'escalationMatrix' | 'conflictPolicy'>;

/** A conflict as served: who decides at its level, its type's and category's names, and its last deadline. @public */
export function describeConflict(framework: Framework, conflict: ConflictSnapshot): Conflict {
  const type = framework.conflictTypes.find(t => t.id === conflict.type);
  const row = conflict.category ? framework.escalationMatrix.find(r => r.id === conflict.category) : undefined;
  return {
    ...conflict,
    authority: authorityAt(framework, conflict, conflict.level),
    typeName: type?.name ?? conflict.type,
    categoryName: row?.name ?? null,
    resolveBy: resolveBy(framework, conflict).toISOString(),
  };
}

/**
 * The escalation matrix (§4.2) and the conflict types (§4.1), each level
 * with who holds its authority; consensus and primary-owner levels name no
 * one, since who decides depends on the conflict's parties and paths.
 * @public
 */
export function escalationMatrixOf(framework: Framework): EscalationMatrix {
  const level = (name: string) => describeAuthority(authorityNamed(framework, name), name, { parties: [], primaryOwners: [] });
  return {
    rows: framework.escalationMatrix.map(r => ({
      id: r.id,
      name: r.name,
      conflictType: r.conflictType,
      levels: LEVELS.map(l => ({ level: l, authority: level(r.authorities[l]) })),
      sla: r.sla,
    })),
    types: framework.conflictTypes.map(t => ({
      id: t.id,
      name: t.name,
      detection: t.detection,
      levels: t.levels.map(l => ({ level: l.level, authority: level(l.resolver) })),
      levelTime: t.escalationTime === 'immediate' ? `immediate (${framework.conflictPolicy.immediateResponse} a level)` : t.escalationTime,
    })),
  };
}
