import { makeStyles } from '@material-ui/core/styles';

/**
 * The styles of every card, asked for once by the board and handed down:
 * a makeStyles hook per card (and per badge and link in it) was a large
 * part of drawing a board of a thousand tasks.
 */
export const useCardStyles = makeStyles(theme => ({
  card: {
    padding: theme.spacing(1, 1.5),
    marginBottom: theme.spacing(1),
    borderRadius: theme.shape.borderRadius,
    border: `1px solid ${theme.palette.divider}`,
    backgroundColor: theme.palette.background.paper,
    fontSize: theme.typography.body2.fontSize,
    lineHeight: 1.5,
    // Cards below the fold are laid out and painted only when scrolled to.
    contentVisibility: 'auto',
    containIntrinsicSize: 'auto 120px',
  } as Record<string, unknown>,
  blockedCard: {
    borderLeft: `4px solid ${theme.palette.error.main}`,
  },
  top: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    color: theme.palette.text.secondary,
    fontSize: theme.typography.caption.fontSize,
  },
  kind: {
    flex: 1,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  link: {
    color:
      (theme.palette as { link?: string }).link ?? theme.palette.primary.main,
    textDecoration: 'none',
    '&:hover': { textDecoration: 'underline' },
  },
  title: {
    display: 'block',
    fontWeight: theme.typography.fontWeightMedium as number,
    margin: theme.spacing(0.5, 0),
    wordBreak: 'break-word',
  },
  line: {
    color: theme.palette.text.secondary,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  blocked: {
    color: theme.palette.error.main,
  },
  dates: {
    fontSize: theme.typography.caption.fontSize,
    color: theme.palette.text.secondary,
  },
  overdue: {
    color: theme.palette.error.main,
    fontWeight: theme.typography.fontWeightBold as number,
  },
  labels: {
    color: theme.palette.text.secondary,
    fontSize: theme.typography.caption.fontSize,
  },
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
}));

export type CardClasses = ReturnType<typeof useCardStyles>;
