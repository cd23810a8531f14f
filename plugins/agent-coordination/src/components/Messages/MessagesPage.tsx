import { useEffect, useMemo, useState } from 'react';
import {
  Content,
  ContentHeader,
  EmptyState,
  InfoCard,
  Progress,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import Chip from '@material-ui/core/Chip';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Grid from '@material-ui/core/Grid';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useSearchParams } from 'react-router-dom';
import { BackendErrorPanel } from '../BackendErrorPanel';
import { useAgentDirectory, useWhoami } from '../TaskShared';
import { ComposeMessageDialog } from './ComposeMessageDialog';
import { InboxAgentList } from './InboxAgentList';
import { InboxTable } from './InboxTable';
import {
  inboxFilterParams,
  parseInboxFilters,
  type InboxFilters,
} from './inboxFilters';
import { useInbox, useInboxCounts } from './useInbox';
import { useMessageLinks } from './useMessageLinks';
import { useMessageSignals } from './useMessageSignals';

const useStyles = makeStyles(theme => ({
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
  select: { minWidth: 140 },
  counts: { '& > *': { marginRight: theme.spacing(1) } },
  pager: {
    display: 'flex',
    justifyContent: 'flex-end',
    gap: theme.spacing(1),
    marginTop: theme.spacing(1),
  },
}));

/**
 * The Messages tab: the inboxes the user may read with their unread counts
 * (the user's own agent first and selected), the selected inbox newest
 * first with its filters in the URL, paging by cursor, and a compose
 * dialog. Signals refetch the inbox and the counts when a message is sent
 * or read elsewhere.
 * @public
 */
export const MessagesPage = () => {
  const classes = useStyles();
  const links = useMessageLinks();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseInboxFilters(params), [params]);
  const {
    framework,
    directory,
    loading: frameworkLoading,
    error: frameworkError,
  } = useAgentDirectory();
  const { whoami, loading: whoamiLoading, error: whoamiError } = useWhoami();
  const self = whoami?.agent?.key;

  // The user's own agent first, then the framework's order.
  const agents = useMemo(() => {
    if (!framework) return undefined;
    const keys = framework.agents.map(a => a.key);
    return self && keys.includes(self)
      ? [self, ...keys.filter(k => k !== self)]
      : keys;
  }, [framework, self]);
  const counts = useInboxCounts(whoamiLoading ? undefined : agents, self);
  const readable = useMemo(
    () => (agents ?? []).filter(a => counts.value?.has(a)),
    [agents, counts.value],
  );
  const selected = filters.agent ?? self ?? readable[0];

  // A page is a cursor; the ones before it let the user go back.
  const [cursors, setCursors] = useState<string[]>([]);
  const filterKey = params.toString();
  useEffect(() => setCursors([]), [filterKey]);
  const cursor = cursors[cursors.length - 1];
  const inbox = useInbox(
    framework && !whoamiLoading ? selected : undefined,
    filters,
    cursor,
  );

  useMessageSignals(() => {
    inbox.retry();
    counts.refresh();
  });

  const [composing, setComposing] = useState(false);

  const setFilters = (patch: Partial<InboxFilters>) =>
    setParams(inboxFilterParams({ ...filters, ...patch }), { replace: true });

  if (frameworkLoading || whoamiLoading) return <Progress />;
  if (frameworkError || !framework) {
    return (
      <BackendErrorPanel
        error={frameworkError}
        title="Could not load the framework"
      />
    );
  }
  const schema = framework.messageSchema;
  const name = (agent: string) => directory?.byKey.get(agent)?.title ?? agent;

  let main;
  if (!selected) {
    main = (
      <EmptyState
        missing="data"
        title="No inbox to show"
        description={
          counts.loading
            ? 'Loading the inboxes…'
            : 'You act as no framework agent, and the backend lets you read no inbox.'
        }
      />
    );
  } else if (inbox.error) {
    main = (
      <BackendErrorPanel
        error={inbox.error}
        title={`Could not load ${name(selected)}'s inbox`}
      />
    );
  } else if (!inbox.value) {
    main = <Progress />;
  } else {
    const { counts: inboxCounts, items, nextCursor } = inbox.value;
    const filtered = Boolean(
      filters.type || filters.priority || filters.unread || filters.overdue,
    );
    main = (
      <>
        <Box className={classes.counts} mb={2} data-testid="inbox-summary">
          <Typography
            variant="body1"
            component="span"
            data-testid="inbox-unread"
          >
            {inboxCounts.unread} unread of {inboxCounts.total}
          </Typography>
          {Object.entries(inboxCounts.unreadByPriority)
            .filter(([, n]) => n > 0)
            .map(([priority, n]) => (
              <Chip
                key={priority}
                size="small"
                label={`${priority}: ${n}`}
                data-testid={`inbox-unread-${priority}`}
              />
            ))}
        </Box>
        {items.length === 0 ? (
          <EmptyState
            missing="data"
            title={filtered ? 'No message matches' : 'No messages yet'}
            description={
              filtered
                ? 'No message in this inbox matches the filters.'
                : `${name(selected)}'s inbox is empty.`
            }
          />
        ) : (
          <InboxTable
            items={items}
            priorities={schema.priorities}
            broadcastRecipient={schema.broadcastRecipient}
            directory={directory}
            hrefOf={m => links?.message(m.id, selected)}
          />
        )}
        <div className={classes.pager}>
          <Button
            size="small"
            disabled={cursors.length === 0}
            onClick={() => setCursors(c => c.slice(0, -1))}
          >
            Newer
          </Button>
          <Button
            size="small"
            disabled={!nextCursor}
            onClick={() => nextCursor && setCursors(c => [...c, nextCursor])}
          >
            Older
          </Button>
        </div>
      </>
    );
  }

  return (
    <Content noPadding>
      <ContentHeader title="Messages">
        <Button
          variant="contained"
          color="primary"
          disabled={!self}
          title={
            self
              ? undefined
              : 'You act as no framework agent: you may read, not send'
          }
          onClick={() => setComposing(true)}
        >
          New message
        </Button>
      </ContentHeader>
      {whoamiError && (
        <BackendErrorPanel
          error={whoamiError}
          title="Could not tell which agent you act as"
        />
      )}
      <Grid container spacing={3} data-testid="messages-page">
        <Grid item xs={12} md={3}>
          <InfoCard title="Inboxes" noPadding>
            {counts.error && (
              <BackendErrorPanel
                error={counts.error}
                title="Could not load the inboxes"
              />
            )}
            {counts.loading && !counts.value ? (
              <Progress />
            ) : (
              <InboxAgentList
                agents={self ? [...new Set([self, ...readable])] : readable}
                counts={counts.value}
                self={self}
                selected={selected}
                directory={directory}
                onSelect={agent => setFilters({ agent })}
              />
            )}
          </InfoCard>
        </Grid>
        <Grid item xs={12} md={9}>
          <InfoCard
            title={selected ? `${name(selected)}'s inbox` : 'Inbox'}
            subheader={
              selected && selected !== self && self
                ? `You read it as ${name(
                    self,
                  )}; read state is kept per recipient agent.`
                : undefined
            }
          >
            <div className={classes.filters} data-testid="inbox-filters">
              <TextField
                select
                label="Type"
                className={classes.select}
                value={filters.type ?? ''}
                onChange={e =>
                  setFilters({ type: e.target.value || undefined })
                }
                SelectProps={{
                  SelectDisplayProps: { 'aria-label': 'Type filter' } as any,
                }}
              >
                <MenuItem value="">Any type</MenuItem>
                {schema.types.map(type => (
                  <MenuItem key={type} value={type}>
                    {type}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                select
                label="Priority"
                className={classes.select}
                value={filters.priority ?? ''}
                onChange={e =>
                  setFilters({ priority: e.target.value || undefined })
                }
                SelectProps={{
                  SelectDisplayProps: {
                    'aria-label': 'Priority filter',
                  } as any,
                }}
              >
                <MenuItem value="">Any priority</MenuItem>
                {schema.priorities.map(priority => (
                  <MenuItem key={priority} value={priority}>
                    {priority}
                  </MenuItem>
                ))}
              </TextField>
              <FormControlLabel
                control={
                  <Checkbox
                    checked={Boolean(filters.unread)}
                    onChange={e =>
                      setFilters({ unread: e.target.checked || undefined })
                    }
                  />
                }
                label="Unread only"
              />
              <FormControlLabel
                control={
                  <Checkbox
                    checked={Boolean(filters.overdue)}
                    onChange={e =>
                      setFilters({ overdue: e.target.checked || undefined })
                    }
                  />
                }
                label="Overdue REQUESTs"
              />
            </div>
            {main}
          </InfoCard>
        </Grid>
      </Grid>
      {self && (
        <ComposeMessageDialog
          open={composing}
          onClose={() => setComposing(false)}
          onSent={() => {
            inbox.retry();
            counts.refresh();
          }}
          framework={framework}
          directory={directory}
          self={self}
        />
      )}
    </Content>
  );
};
