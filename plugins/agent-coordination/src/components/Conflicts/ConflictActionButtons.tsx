import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import type { Conflict } from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';
import { ConflictErrorPanel } from './ConflictErrorPanel';

/** What a user can do with a conflict, when the backend says they may. */
export type ConflictAction = 'vote' | 'resolve' | 'escalate';

const ORDER: Array<{ action: ConflictAction; label: string }> = [
  { action: 'vote', label: 'Vote' },
  { action: 'resolve', label: 'Resolve' },
  { action: 'escalate', label: 'Escalate' },
];

/** @public */
export interface ConflictActionButtonsProps {
  conflict: Conflict;
  onAction(action: ConflictAction, conflict: Conflict): void;
  /** Small buttons, for a table row. */
  dense?: boolean;
}

/**
 * The actions the signed-in user may take on the conflict now, as the
 * backend answers (GET /conflicts/{id}/actions): the framework's
 * conflictActions and the conflict's level decide, never this page. Asked
 * again whenever the conflict's version changes.
 */
export const ConflictActionButtons = ({
  conflict,
  onAction,
  dense,
}: ConflictActionButtonsProps) => {
  const api = useApi(agentCoordinationApiRef);
  const { value, loading, error } = useAsync(
    () => api.getConflictActions(conflict.id),
    [api, conflict.id, conflict.version],
  );
  if (!value && loading) {
    return <CircularProgress size={16} aria-label="Loading your actions" />;
  }
  if (error) {
    return (
      <ConflictErrorPanel error={error} title="Could not load what you may do" />
    );
  }
  const allowed = ORDER.filter(o => value?.[o.action]);
  if (allowed.length === 0) {
    return (
      <Typography
        variant="caption"
        color="textSecondary"
        data-testid="no-conflict-actions"
      >
        {conflict.status === 'open' ? 'Nothing for you to do' : 'Closed'}
      </Typography>
    );
  }
  return (
    <Box
      display="flex"
      flexWrap={dense ? 'nowrap' : 'wrap'}
      style={{ gap: 8 }}
      data-testid="conflict-actions"
    >
      {allowed.map(o => (
        <Button
          key={o.action}
          size="small"
          variant={o.action === 'resolve' ? 'contained' : 'outlined'}
          color={o.action === 'escalate' ? 'secondary' : 'primary'}
          onClick={() => onAction(o.action, conflict)}
          // A table cell is narrow; a label broken mid-word ("RESOLV E") reads badly.
          style={{ whiteSpace: 'nowrap', flexShrink: 0 }}
        >
          {o.label}
        </Button>
      ))}
    </Box>
  );
};
