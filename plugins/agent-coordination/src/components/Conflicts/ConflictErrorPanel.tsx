import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { BackendErrorPanel } from '../BackendErrorPanel';
import { refusalCodeOf } from './conflictErrors';

/**
 * The backend's answer to a failed request, in its words (BackendErrorPanel),
 * with the framework rule that refused it when there is one: what someone
 * reporting "I may not escalate this" needs to quote.
 */
export const ConflictErrorPanel = ({
  error,
  title,
}: {
  error: unknown;
  title: string;
}) => {
  const code = refusalCodeOf(error);
  return (
    <Box data-testid="conflict-error">
      <BackendErrorPanel error={error} title={title} />
      {code && (
        <Typography
          variant="caption"
          color="textSecondary"
          component="p"
          data-testid="conflict-error-code"
        >
          Rule: <code>{code}</code>
        </Typography>
      )}
    </Box>
  );
};
