export {
  AGENT_API_VERSION,
  AGENT_KIND,
  agentEntityV1alpha1Validator,
  isAgentEntity,
} from './AgentEntityV1alpha1';
export type {
  AgentAuthority,
  AgentEntityV1alpha1,
} from './AgentEntityV1alpha1';
export { resolveAgentRefs } from './agentRefs';
export type { AgentRefs } from './agentRefs';
export { checkAgentGraph } from './checkAgentGraph';
export type { AgentGraphProblem } from './checkAgentGraph';
export { findPathOwners } from './findPathOwners';
export type { AgentPathOwner } from './findPathOwners';
export * from './relations';
export {
  ANNOTATION_OWNERSHIP_CONFLICTS,
  ANNOTATION_OWNERSHIP_NOTES,
  ANNOTATION_SOURCE_PATH,
} from './annotations';
