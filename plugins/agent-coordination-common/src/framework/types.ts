import type { FrameworkFile, FrameworkFileAgent } from './schema';

/**
 * One edge of the agent dependency graph after group references were expanded.
 * `via` names the group (e.g. all_agents) the edge came from.
 * @public
 */
export interface AgentDependency {
  agent: string;
  blocking: boolean;
  via?: string;
}

/** Who an agent talks to, resolved to agent keys. @public */
export interface AgentCommunication {
  scope: 'ALL_AGENTS' | 'DEPENDENCIES' | 'LIST';
  agents: string[];
}

/** An agent of the loaded framework: defaults applied, groups expanded. @public */
export interface CoordinationAgent
  extends Omit<
    FrameworkFileAgent,
    'dependencies' | 'authority' | 'communication'
  > {
  authority: string;
  dependencies: AgentDependency[];
  communication: AgentCommunication;
}

/**
 * The framework as the backend serves it (GET /framework): the file's
 * sections as written, with agents resolved.
 * @public
 */
export interface CoordinationFramework extends Omit<FrameworkFile, 'agents'> {
  agents: CoordinationAgent[];
}

/** One thing wrong with a framework file. @public */
export interface FrameworkIssue {
  /** Dotted path of the field, e.g. `agents[3].tier`. */
  path: string;
  message: string;
  /** 1-based line in the file, where the field (or its parent) is found. */
  line?: number;
}
