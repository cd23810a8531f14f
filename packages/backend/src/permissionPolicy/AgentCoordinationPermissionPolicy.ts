import {
  agentCoordinationConflictConditions,
  agentCoordinationConflictDecidePermission,
  agentCoordinationConflictEscalatePermission,
  agentCoordinationPermissions,
  CONFLICT_RESOURCE_TYPE,
  type CoordinationFramework,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { ActorDirectory } from '@agent-coordination/plugin-agent-coordination-node';
import { AuthorizeResult, isResourcePermission, type PolicyDecision } from '@backstage/plugin-permission-common';
import type { PermissionPolicy, PolicyQuery, PolicyQueryUser } from '@backstage/plugin-permission-node';

const OURS = new Set(agentCoordinationPermissions.map(p => p.name));
const BY_AUTHORITY = new Set([agentCoordinationConflictDecidePermission.name, agentCoordinationConflictEscalatePermission.name]);
const allow: PolicyDecision = { result: AuthorizeResult.ALLOW };
const deny: PolicyDecision = { result: AuthorizeResult.DENY };

/**
 * The portal's policy. Who may do what with coordination state is the
 * framework file's rule set (lifecycle.transitions, taskActions,
 * conflictActions), which the plugin enforces for every caller, users and
 * tokens alike; this policy is the organisation's extra layer on top, for
 * users only (service principals never reach a policy: their
 * accessRestrictions fence them).
 *
 * Here the layer is thin: everyone signed in reads; a user mapped to an
 * agent in agentCoordination.actors may write. A user mapped to no agent
 * gets no write permission, with one exception: people decide conflicts
 * too (a tech lead, the CISO, finance: the framework's authorities held by
 * catalog groups), so such a user may decide and escalate the conflicts
 * whose current level an authority of one of their groups decides, as a
 * conditional decision the plugin turns into a filter. The portal's pages
 * ask the permission framework, so everyone else sees no write controls.
 * An organisation narrows further with the rules the plugin registers
 * (IS_ASSIGNEE, AGENT_HAS_AUTHORITY, OWNS_COMPONENT, IS_IN_STATE, IS_PARTY,
 * HOLDS_AUTHORITY, IS_RECIPIENT, IS_SENDER). Who reads which message is the
 * framework's rule too (an agent its inbox and what it sent, the context
 * manager all), applied after this policy. Everything outside Agent Coordination is allowed, as
 * with the allow-all policy this replaces.
 */
export class AgentCoordinationPermissionPolicy implements PermissionPolicy {
  constructor(
    private readonly actors: ActorDirectory,
    private readonly framework: Pick<CoordinationFramework, 'authorities'>,
  ) {}

  async handle(request: PolicyQuery, user?: PolicyQueryUser): Promise<PolicyDecision> {
    const { permission } = request;
    if (!OURS.has(permission.name)) return allow;
    if (permission.attributes.action === 'read') return allow;
    const principal = user?.credentials.principal as { userEntityRef?: string } | undefined;
    const agent = principal?.userEntityRef ? this.actors.agentFor(principal.userEntityRef) : null;
    if (agent) return allow;
    if (!BY_AUTHORITY.has(permission.name) || !isResourcePermission(permission, CONFLICT_RESOURCE_TYPE)) return deny;
    const groups = new Set(user?.info.ownershipEntityRefs ?? []);
    const held = this.framework.authorities.filter(a => a.groups.some(g => groups.has(g))).map(a => a.id);
    if (held.length === 0) return deny;
    return {
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'agent-coordination',
      resourceType: CONFLICT_RESOURCE_TYPE,
      conditions: agentCoordinationConflictConditions.holdsAuthority({ authorities: held }),
    };
  }
}
