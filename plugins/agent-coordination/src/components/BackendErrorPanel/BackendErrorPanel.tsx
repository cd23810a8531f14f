import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { describeBackendError } from './backendErrorMessage';

/** @public */
export interface BackendErrorPanelProps {
  error: unknown;
  /** What could not be done, e.g. "Could not look up the path". */
  title?: string;
}

/**
 * A failed request to the backend, in the backend's words: its message in
 * full view (core-components' ResponseErrorPanel shows the status line and
 * folds the message away under a stack trace), the status and error name
 * below it in small print.
 * @public
 */
export const BackendErrorPanel = ({
  error,
  title = 'The request failed',
}: BackendErrorPanelProps) => {
  const { message, detail } = describeBackendError(error);
  return (
    <Alert severity="error" data-testid="backend-error">
      <AlertTitle>{title}</AlertTitle>
      <Typography variant="body2" data-testid="backend-error-message">
        {message}
      </Typography>
      {detail && (
        <Typography
          variant="caption"
          color="textSecondary"
          component="p"
          data-testid="backend-error-detail"
        >
          {detail}
        </Typography>
      )}
    </Alert>
  );
};
