import type { ReactNode } from 'react';
import { InfoCard, Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import type { ListConflictsQuery } from '@agent-coordination/plugin-agent-coordination-common';
import { ConflictErrorPanel } from './ConflictErrorPanel';
import { ConflictList } from './ConflictList';
import { useConflictList } from './useConflictList';
import { useConflictSignals } from './useConflictSignals';

/**
 * An entity card of conflicts: those the query selects, live, with a
 * loading, an error and an empty state.
 */
export const ConflictListCard = ({
  title,
  subheader,
  query,
  empty,
  except,
}: {
  title: string;
  subheader?: ReactNode;
  query: ListConflictsQuery;
  empty: string;
  except?: string;
}) => {
  const list = useConflictList(query);
  useConflictSignals(list.reload);
  let body;
  if (!list.items && list.error) {
    body = <ConflictErrorPanel error={list.error} title="Could not load the conflicts" />;
  } else if (!list.items) {
    body = <Progress />;
  } else if (list.items.length === 0) {
    body = (
      <Typography variant="body2" color="textSecondary" data-testid="conflicts-empty">
        {empty}
      </Typography>
    );
  } else {
    body = (
      <>
        {Boolean(list.error) && (
          <ConflictErrorPanel error={list.error} title="Could not refresh the conflicts" />
        )}
        <ConflictList conflicts={list.items} except={except} />
        {list.hasMore && (
          <Box mt={1}>
            <Button size="small" onClick={list.loadMore} disabled={list.loadingMore}>
              Show more
            </Button>
          </Box>
        )}
      </>
    );
  }
  return (
    <InfoCard title={title} subheader={subheader}>
      {body}
    </InfoCard>
  );
};
