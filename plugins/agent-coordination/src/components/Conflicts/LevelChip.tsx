import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import type { Level } from '@agent-coordination/plugin-agent-coordination-common';

const useStyles = makeStyles(theme => ({
  L1: {
    backgroundColor: theme.palette.info.light,
    color: theme.palette.getContrastText(theme.palette.info.light),
  },
  L2: {
    backgroundColor: theme.palette.warning.main,
    color: theme.palette.getContrastText(theme.palette.warning.main),
  },
  L3: {
    backgroundColor: theme.palette.error.main,
    color: theme.palette.error.contrastText,
  },
}));

/** A conflict's escalation level, warmer the higher it has climbed. */
export const LevelChip = ({ level }: { level: Level }) => {
  const classes = useStyles();
  return (
    <Chip
      size="small"
      label={level}
      className={classes[level]}
      data-testid="level-chip"
    />
  );
};
