import type { FrameworkFile } from './schema';
import type { AgentDependency, CoordinationAgent } from './types';

type Group = FrameworkFile['agentGroups'][number];

/** Finds a group by id or alias (the seed writes ALL, ALL_AGENTS and all_agents). */
export function findGroup(
  file: Pick<FrameworkFile, 'agentGroups'>,
  name: string,
): Group | undefined {
  return file.agentGroups.find(g => g.id === name || g.aliases.includes(name));
}

/** The agents a group stands for, seen from `self` (a group never includes its referrer). */
export function groupMembers(
  file: { agents: Array<{ key: string; tier: number }> },
  group: Group,
  self?: string,
): string[] {
  const members = file.agents
    .filter(a => {
      if (group.allAgents) return true;
      if (group.tiers?.includes(a.tier)) return true;
      return group.agents?.includes(a.key) ?? false;
    })
    .map(a => a.key);
  return members.filter(k => k !== self);
}

/**
 * Expands group references and applies defaults. Assumes crossChecks passed,
 * so every name resolves. Explicit dependencies block unless marked otherwise;
 * dependencies through a group never block (they are the seed's "warns").
 */
export function resolveAgents(file: FrameworkFile): CoordinationAgent[] {
  const dependenciesOf = new Map(
    file.agents.map(agent => [agent.key, expandDependencies(file, agent)]),
  );
  return file.agents.map(agent => {
    const dependencies = dependenciesOf.get(agent.key)!;
    let communication: CoordinationAgent['communication'];
    if (agent.communication === 'ALL_AGENTS') {
      communication = {
        scope: 'ALL_AGENTS',
        agents: file.agents.map(a => a.key).filter(k => k !== agent.key),
      };
    } else if (agent.communication === 'DEPENDENCIES') {
      // Direct neighbours both ways: whoever it waits on and whoever waits on it.
      const neighbours = new Set(dependencies.map(d => d.agent));
      for (const [other, deps] of dependenciesOf) {
        if (deps.some(d => d.agent === agent.key)) neighbours.add(other);
      }
      communication = {
        scope: 'DEPENDENCIES',
        agents: file.agents.map(a => a.key).filter(k => neighbours.has(k)),
      };
    } else {
      communication = { scope: 'LIST', agents: agent.communication };
    }

    return {
      ...agent,
      authority: agent.authority ?? file.defaultAuthority,
      dependencies,
      communication,
    };
  });
}

function expandDependencies(
  file: FrameworkFile,
  agent: FrameworkFile['agents'][number],
): AgentDependency[] {
  const deps = new Map<string, AgentDependency>();
  for (const dep of agent.dependencies) {
    const name = typeof dep === 'string' ? dep : dep.agent;
    const blocking = typeof dep === 'string' ? true : dep.blocking;
    const group = findGroup(file, name);
    if (group) {
      for (const member of groupMembers(file, group, agent.key)) {
        if (!deps.has(member)) {
          deps.set(member, { agent: member, blocking: false, via: group.id });
        }
      }
    } else {
      // An explicit edge wins over one implied by a group.
      deps.set(name, { agent: name, blocking });
    }
  }
  return [...deps.values()];
}
