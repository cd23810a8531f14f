import {
  agentCoordinationPermissions,
  agentCoordinationTaskConditions as conditions,
  agentCoordinationTaskCreatePermission,
  agentCoordinationTaskReadPermission,
  agentCoordinationTaskTransitionPermission,
  TASK_RESOURCE_TYPE,
  type CoordinationFramework,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { Config } from '@backstage/config';
import {
  AuthorizeResult,
  type ConditionalPolicyDecision,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import type {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';

const OURS = new Set(agentCoordinationPermissions.map(p => p.name));
const allow: PolicyDecision = { result: AuthorizeResult.ALLOW };
const deny: PolicyDecision = { result: AuthorizeResult.DENY };

/**
 * The portal's policy, after the seed: an agent with the framework's highest
 * authority (FULL: the context manager) may do everything; any other agent
 * reads and creates tasks and acts on its own, and may act as a reviewer on
 * tasks in review (the lifecycle still decides which transition each role
 * may trigger). Users mapped to no agent only read. Everything outside Agent
 * Coordination is allowed, as with the allow-all policy this replaces.
 *
 * Only users reach a policy: service principals, static external-access
 * tokens included, are decided by their accessRestrictions in
 * backend.auth.externalAccess (ServerPermissionClient never asks the policy).
 */
export class AgentCoordinationPermissionPolicy implements PermissionPolicy {
  /** Principal (user entity ref) to framework agent key and whether it holds full authority. */
  private readonly agents: Map<string, { key: string; full: boolean }>;
  private readonly reviewState: string[];

  constructor(framework: CoordinationFramework, actors: Array<{ principal: string; agent: string }>) {
    const full = framework.authorityLevels[0]?.id;
    const byKey = new Map(framework.agents.map(a => [a.key, a]));
    this.agents = new Map(
      actors.map(({ principal, agent }) => [principal, { key: agent, full: byKey.get(agent)?.authority === full }]),
    );
    // The states a reviewer acts in: those a transition lets a reviewer leave.
    this.reviewState = [
      ...new Set(
        framework.lifecycle.transitions
          .filter(t => t.actors.includes('reviewer'))
          .map(t => t.from)
          .filter(s => s !== '*'),
      ),
    ];
  }

  static fromConfig(config: Config, framework: CoordinationFramework) {
    const actors = (config.getOptionalConfigArray('agentCoordination.actors') ?? []).map(c => ({
      principal: c.getString('principal'),
      agent: c.getString('agent'),
    }));
    return new AgentCoordinationPermissionPolicy(framework, actors);
  }

  async handle(request: PolicyQuery, user?: PolicyQueryUser): Promise<PolicyDecision> {
    const { permission } = request;
    if (!OURS.has(permission.name)) return allow;
    const principal = user?.credentials.principal as { userEntityRef?: string } | undefined;
    const agent = principal?.userEntityRef ? this.agents.get(principal.userEntityRef) : undefined;
    if (permission.name === agentCoordinationTaskReadPermission.name) return allow;
    if (!agent) return deny;
    if (agent.full || permission.name === agentCoordinationTaskCreatePermission.name) return allow;
    const own = conditions.isAssignee({ agents: [agent.key] });
    const criteria =
      permission.name === agentCoordinationTaskTransitionPermission.name && this.reviewState.length > 0
        ? { anyOf: [own, conditions.isInState({ states: this.reviewState })] }
        : own;
    return {
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'agent-coordination',
      resourceType: TASK_RESOURCE_TYPE,
      // TaskCondition's params are a narrower type than the policy API's
      // generic PermissionRuleParams, which TypeScript cannot relate.
      conditions: criteria as unknown as ConditionalPolicyDecision['conditions'],
    };
  }
}
