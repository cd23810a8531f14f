export { AuthorityChip } from './AuthorityChip';
export type { AuthorityChipProps } from './AuthorityChip';
