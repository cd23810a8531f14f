import { findCycle } from '../rules/graph';
import { checkTransition, type LifecycleDefinition } from '../rules/lifecycle';
import type { FrameworkFile } from './schema';
import { findGroup, resolveAgents } from './resolveAgents';
import type { FrameworkIssue } from './types';

type Issue = Omit<FrameworkIssue, 'line'> & { at: (string | number)[] };

function list(values: Iterable<string | number>): string {
  return [...values].join(', ');
}

function duplicates<T>(
  items: T[],
  keyOf: (t: T) => string | number,
  at: (string | number)[],
  what: string,
  out: Issue[],
) {
  const seen = new Set<string | number>();
  items.forEach((item, i) => {
    const k = keyOf(item);
    if (seen.has(k)) {
      out.push({
        at: [...at, i],
        path: '',
        message: `duplicate ${what} '${k}'`,
      });
    }
    seen.add(k);
  });
}

/**
 * Checks that need the whole document: every reference between sections
 * resolves, names are unique, and blocking agent dependencies form no cycle.
 * Returns issues with `at` as a path array; the caller formats and locates them.
 */
export function crossCheckFramework(file: FrameworkFile): Issue[] {
  const out: Issue[] = [];
  const push = (at: (string | number)[], message: string) =>
    out.push({ at, path: '', message });

  const agentKeys = new Set(file.agents.map(a => a.key));
  const tierLevels = new Set(file.tiers.map(t => t.level));
  const authorities = new Set(file.authorityLevels.map(a => a.id));
  const states = new Set(file.lifecycle.states.map(s => s.name));
  const kinds = new Set(file.workKinds.map(k => k.id));
  const conflictTypes = new Set(file.conflictTypes.map(c => c.id));
  const groupNames = file.agentGroups.flatMap(g => [g.id, ...g.aliases]);
  const knownAgentsText = `known agents are ${list(agentKeys)}`;
  const isAgentOrGroup = (n: string) =>
    agentKeys.has(n) || findGroup(file, n) !== undefined;

  duplicates(file.tiers, t => t.level, ['tiers'], 'tier level', out);
  duplicates(file.tiers, t => t.id, ['tiers'], 'tier id', out);
  duplicates(file.agents, a => a.key, ['agents'], 'agent key', out);
  duplicates(file.agents, a => a.id, ['agents'], 'agent id', out);
  duplicates(
    file.authorityLevels,
    a => a.id,
    ['authorityLevels'],
    'authority level',
    out,
  );
  duplicates(
    file.lifecycle.states,
    s => s.name,
    ['lifecycle', 'states'],
    'state',
    out,
  );
  duplicates(file.workKinds, k => k.id, ['workKinds'], 'work kind', out);
  duplicates(
    file.conflictTypes,
    c => c.id,
    ['conflictTypes'],
    'conflict type',
    out,
  );
  duplicates(
    file.escalationMatrix,
    r => r.id,
    ['escalationMatrix'],
    'matrix row',
    out,
  );
  duplicates(
    file.incidentLevels,
    l => l.id,
    ['incidentLevels'],
    'incident level',
    out,
  );

  if (agentKeys.has(file.messageSchema.broadcastRecipient)) {
    push(
      ['messageSchema', 'broadcastRecipient'],
      `'${file.messageSchema.broadcastRecipient}' is an agent key; the broadcast recipient must name no agent, or a message to that agent would reach every agent`,
    );
  }

  for (const check of Object.keys(file.handoff.checkDerivations)) {
    if (!file.handoff.mandatoryChecks.includes(check)) {
      push(
        ['handoff', 'checkDerivations', check],
        `'${check}' is not one of handoff.mandatoryChecks (${list(
          file.handoff.mandatoryChecks,
        )})`,
      );
    }
  }
  {
    const { conflictType, category } = file.handoff.escalation;
    if (!conflictTypes.has(conflictType)) {
      push(
        ['handoff', 'escalation', 'conflictType'],
        `unknown conflict type '${conflictType}'; conflict types are ${list(
          conflictTypes,
        )}`,
      );
    }
    if (category !== undefined) {
      const row = file.escalationMatrix.find(r => r.id === category);
      if (!row) {
        push(
          ['handoff', 'escalation', 'category'],
          `unknown escalation matrix row '${category}'`,
        );
      } else if (row.conflictType !== conflictType) {
        push(
          ['handoff', 'escalation', 'category'],
          `${category} follows ${row.conflictType} conflicts, not ${conflictType}`,
        );
      }
    }
  }

  if (!authorities.has(file.defaultAuthority)) {
    push(
      ['defaultAuthority'],
      `unknown authority '${
        file.defaultAuthority
      }'; authority levels are ${list(authorities)}`,
    );
  }
  if (
    file.metadata.owner !== undefined &&
    !agentKeys.has(file.metadata.owner)
  ) {
    push(
      ['metadata', 'owner'],
      `unknown agent '${file.metadata.owner}'; ${knownAgentsText}`,
    );
  }

  file.agentGroups.forEach((g, gi) => {
    g.agents?.forEach((a, ai) => {
      if (!agentKeys.has(a)) {
        push(
          ['agentGroups', gi, 'agents', ai],
          `unknown agent '${a}'; ${knownAgentsText}`,
        );
      }
    });
    g.tiers?.forEach((t, ti) => {
      if (!tierLevels.has(t)) {
        push(
          ['agentGroups', gi, 'tiers', ti],
          `unknown tier ${t}; tiers are ${list(tierLevels)}`,
        );
      }
    });
    if (agentKeys.has(g.id)) {
      push(
        ['agentGroups', gi, 'id'],
        `group '${g.id}' has the name of an agent`,
      );
    }
  });

  file.agents.forEach((agent, i) => {
    if (!tierLevels.has(agent.tier)) {
      push(
        ['agents', i, 'tier'],
        `unknown tier ${agent.tier} for agent '${agent.key}'; tiers are ${list(
          tierLevels,
        )}`,
      );
    }
    if (agent.authority !== undefined && !authorities.has(agent.authority)) {
      push(
        ['agents', i, 'authority'],
        `unknown authority '${agent.authority}' for agent '${
          agent.key
        }'; authority levels are ${list(authorities)}`,
      );
    }
    agent.dependencies.forEach((dep, di) => {
      const name = typeof dep === 'string' ? dep : dep.agent;
      const at =
        typeof dep === 'string'
          ? ['agents', i, 'dependencies', di]
          : ['agents', i, 'dependencies', di, 'agent'];
      if (name === agent.key) {
        push(at, `agent '${agent.key}' depends on itself`);
      } else if (!isAgentOrGroup(name)) {
        push(
          at,
          `agent '${
            agent.key
          }' depends on unknown agent '${name}'; ${knownAgentsText}; groups are ${list(
            groupNames,
          )}`,
        );
      }
    });
    if (Array.isArray(agent.communication)) {
      agent.communication.forEach((a, ci) => {
        if (!agentKeys.has(a)) {
          push(
            ['agents', i, 'communication', ci],
            `unknown agent '${a}'; ${knownAgentsText}`,
          );
        }
      });
    }
  });

  file.conflictTypes.forEach((c, i) => {
    const order = c.levels.map(l => l.level).join(',');
    if (order !== 'L1,L2,L3') {
      push(
        ['conflictTypes', i, 'levels'],
        `levels must be L1, L2, L3 in that order, got ${order}`,
      );
    }
  });
  checkAuthorities(file, push, agentKeys);
  if (!conflictTypes.has(file.conflictPolicy.ownershipConflictType)) {
    push(
      ['conflictPolicy', 'ownershipConflictType'],
      `unknown conflict type '${
        file.conflictPolicy.ownershipConflictType
      }'; conflict types are ${list(conflictTypes)}`,
    );
  }
  for (const key of ['immediateResponse', 'breachReminder'] as const) {
    if (
      file.conflictPolicy[key] === 'immediate' ||
      file.conflictPolicy[key] === '0'
    ) {
      push(
        ['conflictPolicy', key],
        'must be a real duration such as 1h: a conflict level cannot have no time at all',
      );
    }
  }
  file.escalationMatrix.forEach((row, i) => {
    if (!conflictTypes.has(row.conflictType)) {
      push(
        ['escalationMatrix', i, 'conflictType'],
        `unknown conflict type '${row.conflictType}'; conflict types are ${list(
          conflictTypes,
        )}`,
      );
    }
  });

  file.dependencyDiagram.forEach((edge, i) => {
    (['from', 'to'] as const).forEach(end => {
      if (!isAgentOrGroup(edge[end])) {
        push(
          ['dependencyDiagram', i, end],
          `unknown agent '${edge[end]}'; ${knownAgentsText}`,
        );
      }
    });
  });

  file.workKinds.forEach((k, i) => {
    k.performedBy.forEach((a, ai) => {
      if (!agentKeys.has(a)) {
        push(
          ['workKinds', i, 'performedBy', ai],
          `unknown agent '${a}'; ${knownAgentsText}`,
        );
      }
    });
  });
  const kindText = `work kinds are ${list(kinds)}`;
  file.dependencyRules.blocking.forEach((r, i) => {
    if (!kinds.has(r.kind)) {
      push(
        ['dependencyRules', 'blocking', i, 'kind'],
        `unknown work kind '${r.kind}'; ${kindText}`,
      );
    }
    r.blocks.forEach((b, bi) => {
      if (!kinds.has(b)) {
        push(
          ['dependencyRules', 'blocking', i, 'blocks', bi],
          `unknown work kind '${b}'; ${kindText}`,
        );
      }
    });
  });
  file.dependencyRules.nonBlocking.forEach((r, i) => {
    if (!kinds.has(r.kind)) {
      push(
        ['dependencyRules', 'nonBlocking', i, 'kind'],
        `unknown work kind '${r.kind}'; ${kindText}`,
      );
    }
    r.warns.forEach((w, wi) => {
      if (!isAgentOrGroup(w)) {
        push(
          ['dependencyRules', 'nonBlocking', i, 'warns', wi],
          `unknown agent or group '${w}'; groups are ${list(groupNames)}`,
        );
      }
    });
  });

  const stateText = `states are ${list(states)}`;
  const lc = file.lifecycle;
  if (!states.has(lc.initial)) {
    push(
      ['lifecycle', 'initial'],
      `unknown state '${lc.initial}'; ${stateText}`,
    );
  }
  lc.terminal.forEach((t, i) => {
    if (!states.has(t))
      push(['lifecycle', 'terminal', i], `unknown state '${t}'; ${stateText}`);
  });
  const seenTransitions = new Set<string>();
  lc.transitions.forEach((t, i) => {
    if (t.from !== '*' && !states.has(t.from)) {
      push(
        ['lifecycle', 'transitions', i, 'from'],
        `unknown state '${t.from}' in transition ${t.from} -> ${t.to}; ${stateText}`,
      );
    }
    if (!states.has(t.to)) {
      push(
        ['lifecycle', 'transitions', i, 'to'],
        `unknown state '${t.to}' in transition ${t.from} -> ${t.to}; ${stateText}`,
      );
    }
    if (t.from === t.to) {
      push(
        ['lifecycle', 'transitions', i],
        `transition ${t.from} -> ${t.to} goes nowhere`,
      );
    }
    const id = `${t.from}->${t.to}`;
    if (seenTransitions.has(id)) {
      push(
        ['lifecycle', 'transitions', i],
        `duplicate transition ${t.from} -> ${t.to}`,
      );
    }
    seenTransitions.add(id);
  });

  checkStateRoles(file, push);
  (
    Object.keys(file.taskActions) as Array<keyof FrameworkFile['taskActions']>
  ).forEach(action => {
    if (action === 'editableWhenTerminal') return;
    file.taskActions[action].forEach((role, i) => {
      if (role === 'system') {
        push(
          ['taskActions', action, i],
          `'system' is the plugin itself and takes no task actions; use an agent role`,
        );
      }
    });
  });

  file.incidentLevels.forEach((l, i) => {
    if (l.triggeredBy !== 'any' && !authorities.has(l.triggeredBy)) {
      push(
        ['incidentLevels', i, 'triggeredBy'],
        `unknown authority '${l.triggeredBy}'; use 'any' or one of ${list(
          authorities,
        )}`,
      );
    }
  });

  // Cycles only make sense once every name resolves.
  if (out.length === 0) {
    const agents = resolveAgents(file);
    const cycle = findCycle(
      {
        nodes: agents.map(a => a.key),
        edges: agents.flatMap(a =>
          a.dependencies.map(d => ({
            from: a.key,
            to: d.agent,
            blocking: d.blocking,
          })),
        ),
      },
      { blockingOnly: true },
    );
    if (cycle) {
      push(
        ['agents'],
        `blocking dependency cycle: ${[...cycle, cycle[0]].join(' -> ')}`,
      );
    }
  }
  return out;
}

/** State roles every lifecycle must give: the task service blocks, unblocks, assigns and finishes by role, never by name. */
const REQUIRED_STATE_ROLES = [
  'assigned',
  'running',
  'blocked',
  'done',
  'failed',
] as const;

function checkStateRoles(
  file: FrameworkFile,
  push: (at: (string | number)[], message: string) => void,
) {
  const lc = file.lifecycle;
  const byRole = new Map<string, number[]>();
  lc.states.forEach((s, i) => {
    if (s.role) byRole.set(s.role, [...(byRole.get(s.role) ?? []), i]);
  });
  for (const [role, indexes] of byRole) {
    indexes
      .slice(1)
      .forEach(i =>
        push(
          ['lifecycle', 'states', i, 'role'],
          `role '${role}' is already given to ${
            lc.states[indexes[0]].name
          }; each role names one state`,
        ),
      );
  }
  const stateOf = (role: string) => {
    const i = byRole.get(role)?.[0];
    return i === undefined ? undefined : lc.states[i].name;
  };
  const missing = REQUIRED_STATE_ROLES.filter(r => !byRole.has(r));
  if (missing.length > 0) {
    push(
      ['lifecycle', 'states'],
      `no state has role ${missing
        .map(r => `'${r}'`)
        .join(
          ', ',
        )}: the task service needs to know which state is assigned, running (worked on), blocked, done and failed; mark each with 'role'`,
    );
  }
  const initial = stateOf('initial');
  if (initial !== undefined && initial !== lc.initial) {
    push(
      ['lifecycle', 'states', byRole.get('initial')![0], 'role'],
      `role 'initial' is on ${initial}, but lifecycle.initial is ${lc.initial}`,
    );
  }
  for (const role of ['done', 'failed'] as const) {
    const state = stateOf(role);
    if (state !== undefined && !lc.terminal.includes(state)) {
      push(
        ['lifecycle', 'terminal'],
        `${state} has role '${role}' and must be a terminal state`,
      );
    }
  }
  for (const role of ['assigned', 'running', 'blocked'] as const) {
    const state = stateOf(role);
    if (state !== undefined && lc.terminal.includes(state)) {
      push(
        ['lifecycle', 'terminal'],
        `${state} has role '${role}' and cannot be a terminal state`,
      );
    }
  }
  const running = stateOf('running');
  const blocked = stateOf('blocked');
  if (running === undefined || blocked === undefined) return;
  const def = lc as LifecycleDefinition;
  for (const [from, to] of [
    [running, blocked],
    [blocked, running],
  ]) {
    if (!checkTransition(def, from, to, ['system']).allowed) {
      push(
        ['lifecycle', 'transitions'],
        `the task service blocks and unblocks tasks itself: a transition ${from} -> ${to} must list 'system' among its actors`,
      );
    }
  }
}

/**
 * Every authority the matrix and the conflict types name resolves to one
 * entry of `authorities`, which says who holds it: agents and catalog
 * groups, the parties by consensus, or the primary owner of the paths.
 */
function checkAuthorities(
  file: FrameworkFile,
  push: (at: (string | number)[], message: string) => void,
  agentKeys: Set<string>,
) {
  const byName = new Map<string, number>();
  file.authorities.forEach((a, i) => {
    a.names.forEach((name, ni) => {
      const key = name.trim().toLowerCase();
      const first = byName.get(key);
      if (first !== undefined) {
        push(
          ['authorities', i, 'names', ni],
          `'${name}' already names authority '${file.authorities[first].id}'`,
        );
      }
      byName.set(key, i);
    });
    a.agents.forEach((agent, ai) => {
      if (!agentKeys.has(agent)) {
        push(
          ['authorities', i, 'agents', ai],
          `unknown agent '${agent}'; known agents are ${list(agentKeys)}`,
        );
      }
    });
    const kinds = [
      a.agents.length + a.groups.length > 0,
      a.consensus !== undefined,
      a.primaryOwner === true,
    ];
    if (kinds.filter(Boolean).length !== 1) {
      push(
        ['authorities', i],
        `authority '${a.id}' must say who holds it in exactly one way: agents and/or groups, consensus of the parties, or primaryOwner`,
      );
    }
  });
  const names = file.authorities.flatMap(a => a.names).join(', ');
  const resolve = (at: (string | number)[], name: string) => {
    if (!byName.has(name.trim().toLowerCase())) {
      push(
        at,
        `no authority is named '${name}'; add it to the names of an entry of authorities (named: ${names})`,
      );
    }
  };
  file.escalationMatrix.forEach((row, i) => {
    (['L1', 'L2', 'L3'] as const).forEach(level =>
      resolve(
        ['escalationMatrix', i, 'authorities', level],
        row.authorities[level],
      ),
    );
  });
  file.conflictTypes.forEach((t, i) => {
    t.levels.forEach((l, li) =>
      resolve(['conflictTypes', i, 'levels', li, 'resolver'], l.resolver),
    );
  });
}
