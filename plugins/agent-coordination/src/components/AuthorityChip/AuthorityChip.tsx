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
export const AuthorityChip = ({
  authority,
  levels = [],
}: AuthorityChipProps) => {
  const rank = levels.indexOf(authority);
  // Highest level filled, second outlined in the primary colour, the rest
  // (including levels the framework does not list) plain.
  return (
    <Chip
      size="small"
      color={rank === 0 || rank === 1 ? 'primary' : 'default'}
      variant={rank === 0 ? 'default' : 'outlined'}
      label={authority}
      title={`Authority: ${authority}`}
      data-testid="authority-chip"
    />
  );
};
