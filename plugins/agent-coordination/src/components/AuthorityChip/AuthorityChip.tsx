import Chip from '@material-ui/core/Chip';

/** @public */
export interface AuthorityChipProps {
  authority: string;
  /** The framework's authority levels, highest first. */
  levels?: string[];
}

/**
 * An agent's authority level. The framework orders its levels from highest
 * to lowest, so colour follows rank rather than fixed names: another
 * organisation's framework may call its levels something else.
 * @public
 */
export const AuthorityChip = ({ authority, levels = [] }: AuthorityChipProps) => {
  const rank = levels.indexOf(authority);
  let color: 'primary' | 'secondary' | 'default' = 'default';
  if (rank === 0) {
    color = 'primary';
  } else if (rank === 1) {
    color = 'secondary';
  }
  return (
    <Chip
      size="small"
      color={color}
      variant={color === 'default' ? 'outlined' : 'default'}
      label={authority}
      title={`Authority: ${authority}`}
      data-testid="authority-chip"
    />
  );
};
