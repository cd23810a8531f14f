import { memo } from 'react';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  badge: {
    display: 'inline-block',
    padding: '0 6px',
    borderRadius: 4,
    fontSize: theme.typography.caption.fontSize,
    fontWeight: theme.typography.fontWeightBold as number,
    lineHeight: '18px',
    border: `1px solid ${theme.palette.divider}`,
    color: theme.palette.text.secondary,
  },
  P0: {
    backgroundColor: theme.palette.error.main,
    borderColor: theme.palette.error.main,
    color: theme.palette.error.contrastText,
  },
  P1: {
    borderColor: theme.palette.warning.main,
    color: theme.palette.warning.dark,
  },
  P2: {},
  P3: {},
}));

/**
 * A task's priority as a small badge; P0 stands out. A plain span, not a
 * Chip: a board draws one per card, a thousand of them.
 */
export const PriorityBadge = memo(({ priority }: { priority: string }) => {
  const classes = useStyles();
  const extra = (classes as Record<string, string>)[priority] ?? '';
  return (
    <span
      className={`${classes.badge} ${extra}`}
      title={`Priority ${priority}`}
      data-testid="task-priority"
    >
      {priority}
    </span>
  );
});
