export { AuthorityChip } from './AuthorityChip';
export type { AuthorityChipProps } from './AuthorityChip';
export { authorityLevelChoices, compareAuthority } from './authorityRank';
