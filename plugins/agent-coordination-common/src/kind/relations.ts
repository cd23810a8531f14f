/*
 * Relation types the Agent kind adds. Each comes with its inverse: the catalog
 * shows a relation on both entities only if both directions are emitted.
 * Agent-to-agent blocking dependencies use Backstage's own dependsOn /
 * dependencyOf (RELATION_DEPENDS_ON in @backstage/catalog-model) so the stock
 * catalog graph draws them; ownership by a Group uses ownedBy / ownerOf.
 */

/**
 * Agent to Agent: follows it without waiting for it (its changes warn, never
 * block). Kept apart from dependsOn so blocking graphs stay acyclic-checkable.
 * @public
 */
export const RELATION_NON_BLOCKING_DEPENDS_ON = 'nonBlockingDependsOn';
/** Inverse of {@link RELATION_NON_BLOCKING_DEPENDS_ON}. @public */
export const RELATION_NON_BLOCKING_DEPENDENCY_OF = 'nonBlockingDependencyOf';

/**
 * Agent to Component: one of the agent's ownership globs covers the
 * component's source path (annotation agent-coordination.io/source-path).
 * @public
 */
export const RELATION_OWNS_PATH_OF = 'ownsPathOf';
/** Inverse of {@link RELATION_OWNS_PATH_OF}. @public */
export const RELATION_PATH_OWNED_BY = 'pathOwnedBy';

/** Agent to AiResource of type skill. @public */
export const RELATION_USES_SKILL = 'usesSkill';
/** Inverse of {@link RELATION_USES_SKILL}. @public */
export const RELATION_SKILL_USED_BY = 'skillUsedBy';

/** Agent to AiResource of type rule. @public */
export const RELATION_FOLLOWS_RULE = 'followsRule';
/** Inverse of {@link RELATION_FOLLOWS_RULE}. @public */
export const RELATION_RULE_FOLLOWED_BY = 'ruleFollowedBy';

/** Agent to API of type mcp-server. @public */
export const RELATION_USES_MCP_SERVER = 'usesMcpServer';
/** Inverse of {@link RELATION_USES_MCP_SERVER}. @public */
export const RELATION_MCP_SERVER_USED_BY = 'mcpServerUsedBy';
