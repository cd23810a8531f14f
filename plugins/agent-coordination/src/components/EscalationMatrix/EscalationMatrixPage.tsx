import { useState } from 'react';
import {
  ContentHeader,
  EmptyState,
  Link,
  Progress,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import useAsync from 'react-use/esm/useAsync';
import {
  agentCoordinationConflictOpenPermission,
  type Conflict,
  type ListConflictsQuery,
} from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';
import { useCoordinationFramework } from '../../hooks';
import { AgentDirectoryProvider } from '../Conflicts/AgentDirectory';
import type { ConflictAction } from '../Conflicts/ConflictActionButtons';
import { ConflictActionDialog } from '../Conflicts/ConflictActionDialog';
import { ConflictErrorPanel } from '../Conflicts/ConflictErrorPanel';
import { formatTime } from '../Conflicts/time';
import { useConflictHref } from '../Conflicts/useConflictHref';
import { useConflictList } from '../Conflicts/useConflictList';
import { useConflictSignals } from '../Conflicts/useConflictSignals';
import { MatrixTables } from './MatrixTables';
import { OpenConflictDialog } from './OpenConflictDialog';
import { OpenConflictsTable } from './OpenConflictsTable';

const OPEN: ListConflictsQuery = { status: 'open' };

function Content() {
  const api = useApi(agentCoordinationApiRef);
  const matrix = useAsync(() => api.getEscalationMatrix(), [api]);
  const { framework } = useCoordinationFramework();
  const list = useConflictList(OPEN);
  useConflictSignals(list.reload);
  const { allowed: mayOpen } = usePermission({
    permission: agentCoordinationConflictOpenPermission,
  });
  const conflictHref = useConflictHref();
  const [acting, setActing] = useState<{ action: ConflictAction; conflict: Conflict }>();
  const [opening, setOpening] = useState(false);
  const [opened, setOpened] = useState<Conflict>();

  const openButton = mayOpen && (
    <Button
      variant="contained"
      color="primary"
      onClick={() => setOpening(true)}
      disabled={!framework || !matrix.value}
    >
      Open a conflict
    </Button>
  );

  let matrixSection;
  if (matrix.loading) {
    matrixSection = <Progress />;
  } else if (matrix.error) {
    matrixSection = (
      <ConflictErrorPanel
        error={matrix.error}
        title="Could not load the escalation matrix"
      />
    );
  } else if (matrix.value) {
    matrixSection = <MatrixTables matrix={matrix.value} />;
  }

  let listSection;
  if (!list.items && list.loading) {
    listSection = <Progress />;
  } else if (list.items && list.items.length === 0) {
    listSection = (
      <EmptyState
        missing="content"
        title="No open conflicts"
        description="Nothing is waiting for a decision. When agents disagree about code, design, priorities or ownership, open a conflict: the matrix above says who decides and by when."
        action={openButton || undefined}
      />
    );
  } else if (list.items) {
    listSection = (
      <>
        <OpenConflictsTable
          conflicts={list.items}
          conflictHref={conflictHref}
          onAction={(action, conflict) => setActing({ action, conflict })}
        />
        {list.hasMore && (
          <Box mt={1} display="flex" justifyContent="center">
            <Button onClick={list.loadMore} disabled={list.loadingMore}>
              Show more
            </Button>
          </Box>
        )}
      </>
    );
  }

  return (
    <div data-testid="escalation-matrix-page">
      <Box mb={4}>{matrixSection}</Box>
      <ContentHeader
        title="Open conflicts"
        description="Breached first, then the nearest deadline; updated as they change"
      >
        {openButton}
      </ContentHeader>
      {opened && (
        <Box mb={2}>
          <Alert
            severity="success"
            onClose={() => setOpened(undefined)}
            data-testid="conflict-opened"
          >
            Opened “{opened.title}” at {opened.level}: {opened.authority.name}{' '}
            decides by {formatTime(opened.deadlineAt)}.{' '}
            {conflictHref && (
              <Link to={conflictHref(opened.id)}>See its page</Link>
            )}
          </Alert>
        </Box>
      )}
      {Boolean(list.error) && (
        <Box mb={2}>
          <ConflictErrorPanel
            error={list.error}
            title="Could not load the open conflicts"
          />
        </Box>
      )}
      {listSection}

      {opening && framework && matrix.value && (
        <OpenConflictDialog
          framework={framework}
          matrix={matrix.value}
          onClose={() => setOpening(false)}
          onOpened={conflict => {
            setOpening(false);
            setOpened(conflict);
            list.reload();
          }}
        />
      )}
      {acting && (
        <ConflictActionDialog
          key={`${acting.action}-${acting.conflict.id}`}
          action={acting.action}
          conflict={acting.conflict}
          onClose={() => setActing(undefined)}
          onChanged={() => list.reload()}
          onRefresh={list.reload}
        />
      )}
    </div>
  );
}

/**
 * The Escalation matrix tab (framework §4): the matrix and conflict types
 * at the top, the open conflicts below, most urgent first, each with a live
 * countdown and the actions the backend allows this user. A tab body: the
 * Agent Coordination page draws the header.
 * @public
 */
export const EscalationMatrixPage = () => (
  <AgentDirectoryProvider>
    <Content />
  </AgentDirectoryProvider>
);
