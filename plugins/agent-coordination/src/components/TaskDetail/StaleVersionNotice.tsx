import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import type { Task } from '@agent-coordination/plugin-agent-coordination-common';
import { describeBackendError } from '../BackendErrorPanel';
import { taskChanges } from '../TaskShared';

export interface StaleVersionNoticeProps {
  /** What the user tried, e.g. "Move to REVIEW". */
  attempt: string;
  /** The task as the user saw it when they acted. */
  seen: Task;
  /** The task as it is now, from the 409's body. */
  current: Task;
  error: unknown;
  /** False when the attempt is no longer offered on the current task. */
  canRetry: boolean;
  busy: boolean;
  onRetry(): void;
  onDismiss(): void;
}

/**
 * A change refused because the task changed since the user read it: what
 * changed, field by field, so they can decide whether their change still
 * makes sense, and a retry on the task as it is now.
 */
export const StaleVersionNotice = ({
  attempt,
  seen,
  current,
  error,
  canRetry,
  busy,
  onRetry,
  onDismiss,
}: StaleVersionNoticeProps) => {
  const changes = taskChanges(seen, current);
  return (
    <Alert
      severity="warning"
      data-testid="stale-version"
      action={
        <>
          {canRetry && (
            <Button
              color="inherit"
              size="small"
              onClick={onRetry}
              disabled={busy}
            >
              Retry on the current task
            </Button>
          )}
          <Button
            color="inherit"
            size="small"
            onClick={onDismiss}
            disabled={busy}
          >
            Dismiss
          </Button>
        </>
      }
    >
      <AlertTitle>
        “{attempt}” was not applied: the task changed since you read it
      </AlertTitle>
      <Typography variant="body2" gutterBottom>
        {describeBackendError(error).message}
      </Typography>
      <Typography variant="body2">
        Version {seen.version} → {current.version}
        {changes.length ? ':' : ' (no field you see changed).'}
      </Typography>
      {changes.length > 0 && (
        <ul data-testid="stale-version-changes">
          {changes.map(c => (
            <li key={c.field}>
              <strong>{c.label}</strong>: {c.before} → {c.after}
            </li>
          ))}
        </ul>
      )}
      {!canRetry && (
        <Typography variant="body2">
          This is no longer offered to you on the task as it is now.
        </Typography>
      )}
    </Alert>
  );
};
