import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import CancelIcon from '@material-ui/icons/Cancel';
import RemoveCircleOutlineIcon from '@material-ui/icons/RemoveCircleOutline';
import type {
  HandoffAutomatedCheck,
  HandoffCheck,
} from '@agent-coordination/plugin-agent-coordination-common';
import { formatTime } from '../Conflicts/time';

const useStyles = makeStyles(theme => ({
  passed: { color: theme.palette.success.main },
  failed: { color: theme.palette.error.main },
  skipped: { color: theme.palette.text.secondary },
  icon: { minWidth: 32 },
  missing: { color: theme.palette.error.main, fontWeight: 600 },
}));

const BY: Record<HandoffCheck['by'], string> = {
  attested: "the sender's word",
  artifacts: 'at least one artifact with a path, or the sender’s word',
  dependencies: 'the dependencies documented (“none” counts)',
  knownIssues: 'the known issues listed (“none” counts)',
  successCriteria: 'at least one success criterion',
};

/** The mandatory checklist (§7.2): each check, whether it passes, and what decides it. */
export const HandoffChecklist = ({
  checklist,
  dense,
}: {
  checklist: HandoffCheck[];
  dense?: boolean;
}) => {
  const classes = useStyles();
  return (
    <List dense data-testid="handoff-checklist" disablePadding={dense}>
      {checklist.map(c => (
        <ListItem
          key={c.check}
          disableGutters
          data-testid={`handoff-check-${c.check}`}
          data-passed={c.passed ? 'true' : 'false'}
        >
          <ListItemIcon className={classes.icon}>
            {c.passed ? (
              <CheckCircleIcon
                fontSize="small"
                className={classes.passed}
                titleAccess="Passes"
              />
            ) : (
              <CancelIcon
                fontSize="small"
                className={classes.failed}
                titleAccess="Missing"
              />
            )}
          </ListItemIcon>
          <ListItemText
            primary={
              <span className={c.passed ? undefined : classes.missing}>
                {c.check}
                {!c.passed && ' — missing'}
              </span>
            }
            secondary={dense ? undefined : `Decided by ${BY[c.by] ?? c.by}`}
          />
        </ListItem>
      ))}
    </List>
  );
};

/** The automated checks (§7.2) a caller reported, with each one's latest result; the others not run. */
export const AutomatedChecks = ({
  names,
  reported,
}: {
  names: readonly string[];
  reported: HandoffAutomatedCheck[];
}) => {
  const classes = useStyles();
  const byName = new Map(reported.map(r => [r.check, r]));
  return (
    <List dense data-testid="handoff-automated-checks">
      {names.map(name => {
        const r = byName.get(name);
        let icon = (
          <RemoveCircleOutlineIcon
            fontSize="small"
            className={classes.skipped}
          />
        );
        if (r?.result === 'passed')
          icon = (
            <CheckCircleIcon fontSize="small" className={classes.passed} />
          );
        else if (r?.result === 'failed')
          icon = <CancelIcon fontSize="small" className={classes.failed} />;
        return (
          <ListItem
            key={name}
            disableGutters
            data-testid={`handoff-automated-${name}`}
          >
            <ListItemIcon className={classes.icon}>{icon}</ListItemIcon>
            <ListItemText
              primary={`${name}: ${r ? r.result : 'not reported'}`}
              secondary={
                r ? (
                  <>
                    {r.details && (
                      <Typography
                        variant="caption"
                        component="span"
                        style={{ whiteSpace: 'pre-line' }}
                      >
                        {r.details}
                        {' · '}
                      </Typography>
                    )}
                    {formatTime(r.reportedAt)} by {r.reportedBy}
                  </>
                ) : undefined
              }
            />
          </ListItem>
        );
      })}
    </List>
  );
};
