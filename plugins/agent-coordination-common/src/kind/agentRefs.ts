import {
  DEFAULT_NAMESPACE,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { AgentEntityV1alpha1 } from './AgentEntityV1alpha1';

/**
 * The entity refs of an Agent's spec, resolved to full lower-case refs
 * (`kind:namespace/name`) the way the catalog stores relation targets.
 * @public
 */
export interface AgentRefs {
  owner: string;
  system?: string;
  /** Blocking first; a ref listed both ways counts as blocking only. */
  dependencies: Array<{ target: string; blocking: boolean }>;
  /** Agent refs when spec.communication is a list, else the keyword. */
  communication: 'ALL_AGENTS' | 'DEPENDENCIES' | string[];
  skills: string[];
  rules: string[];
  mcpServers: string[];
}

function resolver(entity: AgentEntityV1alpha1) {
  const namespace = entity.metadata.namespace ?? DEFAULT_NAMESPACE;
  return (
    field: string,
    ref: string,
    defaultKind: string,
    allowedKinds: string[],
  ): string => {
    let parsed;
    try {
      parsed = parseEntityRef(ref, {
        defaultKind,
        defaultNamespace: namespace,
      });
    } catch (e) {
      throw new TypeError(
        `${field} '${ref}' is not an entity ref: ${(e as Error).message}`,
      );
    }
    if (
      !allowedKinds.some(k => k.toLowerCase() === parsed.kind.toLowerCase())
    ) {
      throw new TypeError(
        `${field} '${ref}' must refer to ${allowedKinds.join(' or ')}, not ${
          parsed.kind
        }`,
      );
    }
    return stringifyEntityRef(parsed);
  };
}

/**
 * Resolves every ref in an Agent's spec against the entity's namespace and
 * each field's default kind. Throws a TypeError naming the field when a ref
 * is malformed, points at a kind the field does not allow, or is the agent
 * itself: these are mistakes in the entity alone, so the catalog should
 * reject it before any cross-entity check runs.
 * @public
 */
export function resolveAgentRefs(entity: AgentEntityV1alpha1): AgentRefs {
  const resolve = resolver(entity);
  const self = stringifyEntityRef(entity);
  const { spec } = entity;
  const list = (
    field: string,
    refs: string[] | undefined,
    defaultKind: string,
    allowedKinds = [defaultKind],
  ) => [
    ...new Set(
      (refs ?? []).map((r, i) =>
        resolve(`spec.${field}[${i}]`, r, defaultKind, allowedKinds),
      ),
    ),
  ];

  const blocking = list('dependsOn', spec.dependsOn, 'Agent');
  const nonBlocking = list(
    'nonBlockingDependsOn',
    spec.nonBlockingDependsOn,
    'Agent',
  );
  const dependencies = [
    ...blocking.map(target => ({ target, blocking: true })),
    ...nonBlocking
      .filter(t => !blocking.includes(t))
      .map(target => ({ target, blocking: false })),
  ];
  const selfDependency = dependencies.find(d => d.target === self);
  if (selfDependency) {
    throw new TypeError(`agent ${self} depends on itself`);
  }

  return {
    owner: resolve('spec.owner', spec.owner, 'Group', ['Group', 'User']),
    system:
      spec.system === undefined
        ? undefined
        : resolve('spec.system', spec.system, 'System', ['System']),
    dependencies,
    communication: Array.isArray(spec.communication)
      ? list('communication', spec.communication, 'Agent')
      : spec.communication ?? 'DEPENDENCIES',
    skills: list('skills', spec.skills, 'AiResource'),
    rules: list('rules', spec.rules, 'AiResource'),
    mcpServers: list('mcpServers', spec.mcpServers, 'API'),
  };
}
