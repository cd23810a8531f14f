export { AuthorityChip } from './AuthorityChip';
export type { AuthorityChipProps } from './AuthorityChip';
export { AGENT_AUTHORITY_LEVELS } from './agentAuthorityLevels';
