import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import {
  Content,
  ContentHeader,
  Link,
  Progress,
  SupportButton,
} from '@backstage/core-components';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import Alert from '@material-ui/lab/Alert';
import {
  agentCoordinationHandoffCreatePermission,
  type Handoff,
} from '@agent-coordination/plugin-agent-coordination-common';
import { BackendErrorPanel } from '../BackendErrorPanel';
import { formatDateTime, useAgentDirectory, useWhoami } from '../TaskShared';
import {
  AcknowledgmentDue,
  HandoffStatusChip,
  stageLabel,
} from './HandoffChips';
import { HandoffFormDialog } from './HandoffFormDialog';
import {
  HANDOFF_VIEWS,
  isHandoffView,
  viewQueries,
  whoseTurn,
  type HandoffView,
} from './handoffViews';
import { useHandoffLinks } from './useHandoffLinks';
import { useHandoffList } from './useHandoffList';
import { useHandoffSignals } from './useHandoffSignals';

const EMPTY: Record<HandoffView, string> = {
  waiting:
    'Nothing waits on you: no handoff to acknowledge, transfer, answer or complete.',
  sent: 'You have not handed anything off yet.',
  overdue: 'No handoff is past its acknowledgment deadline.',
  all: 'No handoffs yet.',
};

const NOWRAP = { whiteSpace: 'nowrap' } as const;

const HandoffTable = ({
  items,
  nameOf,
  hrefOf,
}: {
  items: Handoff[];
  nameOf(key: string): string;
  hrefOf(id: string): string;
}) => (
  <Table size="small" data-testid="handoff-list">
    <TableHead>
      <TableRow>
        <TableCell>Handoff</TableCell>
        <TableCell>From → to</TableCell>
        <TableCell style={NOWRAP}>Stage</TableCell>
        <TableCell style={NOWRAP}>Status</TableCell>
        <TableCell style={NOWRAP}>Checklist</TableCell>
        <TableCell>Whose turn</TableCell>
        <TableCell>Updated</TableCell>
      </TableRow>
    </TableHead>
    <TableBody>
      {items.map(h => (
        <TableRow key={h.id} data-testid={`handoff-row-${h.id}`}>
          <TableCell>
            <Link to={hrefOf(h.id)}>{h.title}</Link>
          </TableCell>
          <TableCell style={NOWRAP}>
            {nameOf(h.from)} → {nameOf(h.to)}
          </TableCell>
          <TableCell style={NOWRAP}>{stageLabel(h.stage)}</TableCell>
          <TableCell style={NOWRAP}>
            <HandoffStatusChip handoff={h} />
            <AcknowledgmentDue handoff={h} dense />
          </TableCell>
          <TableCell style={NOWRAP}>
            {h.missing.length === 0 ? (
              'Passes'
            ) : (
              <Typography
                variant="body2"
                color="error"
                title={h.missing.join(', ')}
              >
                {h.missing.length} missing
              </Typography>
            )}
          </TableCell>
          <TableCell>{whoseTurn(h, nameOf)}</TableCell>
          <TableCell style={NOWRAP}>{formatDateTime(h.updatedAt)}</TableCell>
        </TableRow>
      ))}
    </TableBody>
  </Table>
);

/**
 * The Handoffs tab (§3.3): what waits on the user's agent, what it sent,
 * what is overdue, or everything; and a dialog to open a handoff. Live:
 * a change to any handoff of the list refetches it.
 * @public
 */
export const HandoffsPage = () => {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { whoami, loading: whoLoading, error: whoError } = useWhoami();
  const { framework, directory, error: frameworkError } = useAgentDirectory();
  const links = useHandoffLinks();
  const { allowed: mayOpen } = usePermission({
    permission: agentCoordinationHandoffCreatePermission,
  });
  const [opening, setOpening] = useState(false);

  const self = whoami?.agent?.key ?? null;
  const asked = params.get('view');
  // A user who acts as no agent has nothing waiting and sent nothing.
  let view: HandoffView = self ? 'waiting' : 'all';
  if (isHandoffView(asked)) view = asked;
  const queries = useMemo(
    () => (whoLoading ? [] : viewQueries(view, self)),
    [view, self, whoLoading],
  );
  const list = useHandoffList(queries);
  useHandoffSignals(list.reload);

  const nameOf = (k: string) => directory?.byKey.get(k)?.title ?? k;
  const hrefOf = (id: string) => links?.handoff(id) ?? id;

  let body;
  if (whoError || frameworkError) {
    body = (
      <BackendErrorPanel
        error={whoError ?? frameworkError}
        title="Could not load who you are or the framework"
      />
    );
  } else if (list.error && !list.items) {
    body = (
      <BackendErrorPanel
        error={list.error}
        title="Could not load the handoffs"
      />
    );
  } else if (!list.items || whoLoading) {
    body = <Progress />;
  } else if (list.items.length === 0) {
    body = (
      <Typography
        variant="body2"
        color="textSecondary"
        data-testid="handoff-list-empty"
      >
        {!self && (view === 'waiting' || view === 'sent')
          ? 'You act as no agent, so nothing is yours: see All.'
          : EMPTY[view]}
      </Typography>
    );
  } else {
    body = (
      <>
        {Boolean(list.error) && (
          <Box mb={2}>
            <BackendErrorPanel
              error={list.error}
              title="Could not refresh the handoffs"
            />
          </Box>
        )}
        <HandoffTable items={list.items} nameOf={nameOf} hrefOf={hrefOf} />
        {list.truncated && (
          <Typography variant="caption" color="textSecondary">
            Showing the latest 100 of each kind.
          </Typography>
        )}
      </>
    );
  }

  return (
    <Content noPadding>
      <ContentHeader
        title="Handoffs"
        description="Who must hand what to whom: the framework's five-stage handoff protocol"
      >
        {self && (
          <Button
            variant="contained"
            color="primary"
            disabled={!mayOpen || !framework}
            onClick={() => setOpening(true)}
            data-testid="open-handoff"
          >
            Open a handoff
          </Button>
        )}
        <SupportButton>
          A handoff passes initiation, validation, transfer, acknowledgment and
          completion. The transfer is refused while the mandatory checklist
          fails; the receiver has the framework's acknowledgment SLA to accept
          or ask, and past it the handoff escalates as a conflict.
        </SupportButton>
      </ContentHeader>
      {!self && whoami && (
        <Box mb={2}>
          <Alert severity="info">
            You act as no agent of the framework: you can read handoffs, not
            open or act on them.
          </Alert>
        </Box>
      )}
      <Box mb={2}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={view}
          onChange={(_, v) => {
            if (v) setParams({ view: v });
          }}
          aria-label="Which handoffs"
        >
          {HANDOFF_VIEWS.map(v => (
            <ToggleButton
              key={v.id}
              value={v.id}
              data-testid={`handoff-view-${v.id}`}
              disabled={!self && (v.id === 'waiting' || v.id === 'sent')}
            >
              {v.label}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Box>
      {body}
      {opening && framework && self && (
        <HandoffFormDialog
          framework={framework}
          directory={directory}
          self={self}
          onClose={() => setOpening(false)}
          onSaved={h => {
            setOpening(false);
            navigate(hrefOf(h.id));
          }}
        />
      )}
    </Content>
  );
};
