import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { InfoCard, Link, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import type { Conflict } from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';
import { Fact } from '../Fact';
import { Actor } from '../Conflicts/Actor';
import {
  AgentDirectoryProvider,
  AgentLink,
  AgentLinks,
} from '../Conflicts/AgentDirectory';
import { AuthorityLabel } from '../Conflicts/AuthorityLabel';
import {
  ConflictActionButtons,
  type ConflictAction,
} from '../Conflicts/ConflictActionButtons';
import { ConflictActionDialog } from '../Conflicts/ConflictActionDialog';
import { ConflictErrorPanel } from '../Conflicts/ConflictErrorPanel';
import { Countdown } from '../Conflicts/Countdown';
import { LevelChip } from '../Conflicts/LevelChip';
import { formatTime } from '../Conflicts/time';
import { useConflictSignals } from '../Conflicts/useConflictSignals';
import { ConflictTimeline } from './ConflictTimeline';
import { useConflictEvents } from './useConflictEvents';
import { TaskList, useTasksById } from '../TaskShared/TaskList';

function StatusChip({ conflict }: { conflict: Conflict }) {
  if (conflict.status === 'resolved') {
    return <Chip size="small" label="Resolved" color="primary" />;
  }
  if (conflict.breachedAt) {
    return <Chip size="small" label="Open · breached" color="secondary" />;
  }
  return <Chip size="small" label="Open" variant="outlined" />;
}

function Details({
  conflict,
  onAction,
}: {
  conflict: Conflict;
  onAction(action: ConflictAction, conflict: Conflict): void;
}) {
  const tasks = useTasksById([...conflict.subject.tasks, ...conflict.blocks]);
  const kind = [conflict.typeName, conflict.categoryName]
    .filter(Boolean)
    .join(' · ');
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <InfoCard title={conflict.title} subheader={kind}>
          <div data-testid="conflict-summary">
            <Box
              display="flex"
              alignItems="center"
              flexWrap="wrap"
              mb={2}
              style={{ gap: 12 }}
            >
              <StatusChip conflict={conflict} />
              <LevelChip level={conflict.level} />
              <Countdown conflict={conflict} />
            </Box>
            {conflict.description && (
              <Typography
                variant="body1"
                paragraph
                style={{ whiteSpace: 'pre-line' }}
              >
                {conflict.description}
              </Typography>
            )}
            <ConflictActionButtons conflict={conflict} onAction={onAction} />
          </div>
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="Who decides">
          <Fact label={`Now (${conflict.level})`}>
            {conflict.status === 'open' ? (
              <AuthorityLabel authority={conflict.authority} />
            ) : (
              'Nobody: it is decided'
            )}
          </Fact>
          <Fact label="Level deadline">
            {formatTime(conflict.deadlineAt)}
            {conflict.breachedAt &&
              ` · breached ${formatTime(conflict.breachedAt)}`}
          </Fact>
          <Fact label="Resolve by">
            {formatTime(conflict.resolveBy)}{' '}
            <Typography variant="caption" color="textSecondary">
              the end of L3, counted from the opening
            </Typography>
          </Fact>
          <Fact label="Opened">
            {formatTime(conflict.openedAt)} by{' '}
            <Actor actor={conflict.createdBy} />
          </Fact>
          {conflict.changeSet && (
            <Fact label="Change set">
              <code>{conflict.changeSet}</code>
            </Fact>
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="What it is about">
          <Fact label="Parties">
            <AgentLinks agents={conflict.parties} />
          </Fact>
          <Fact label="Primary owners">
            <AgentLinks
              agents={conflict.primaryOwners}
              none="None (no paths, or nobody owns them)"
            />
          </Fact>
          <Fact label="Tasks">
            <TaskList ids={conflict.subject.tasks} tasks={tasks} />
          </Fact>
          <Fact label="Components">
            {conflict.subject.components.length
              ? conflict.subject.components.map((ref, i) => (
                  <span key={ref}>
                    {i > 0 && ', '}
                    <EntityRefLink entityRef={ref} defaultKind="component" />
                  </span>
                ))
              : 'None'}
          </Fact>
          <Fact label="Paths">
            {conflict.subject.paths.length
              ? conflict.subject.paths.map(p => (
                  <div key={p}>
                    <code>{p}</code>
                  </div>
                ))
              : 'None'}
          </Fact>
          <Fact label="Blocked tasks">
            <TaskList ids={conflict.blocks} tasks={tasks} />
            {conflict.blocks.length > 0 && (
              <Typography variant="caption" color="textSecondary">
                {conflict.status === 'open'
                  ? 'Held BLOCKED until the conflict is resolved'
                  : 'Released when it was resolved'}
              </Typography>
            )}
          </Fact>
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard title="Votes and decision">
          {conflict.resolution && (
            <Box mb={2}>
              <Alert severity="success" data-testid="conflict-resolution">
                <strong>{conflict.resolution.decision}</strong>
                <Typography variant="body2" style={{ whiteSpace: 'pre-line' }}>
                  {conflict.resolution.rationale}
                </Typography>
                <Typography variant="caption" component="div">
                  {conflict.resolution.via === 'consensus' ? (
                    'By consensus of the parties'
                  ) : (
                    <>
                      By{' '}
                      <Actor
                        actor={conflict.resolution.by}
                        actorAgent={conflict.resolution.byAgent}
                      />
                    </>
                  )}
                  {' · '}
                  {formatTime(conflict.resolution.at)}
                </Typography>
              </Alert>
            </Box>
          )}
          {conflict.votes.length === 0 ? (
            <Typography variant="body2" color="textSecondary">
              No votes yet.
            </Typography>
          ) : (
            <div data-testid="conflict-votes">
              {conflict.votes.map(v => (
                <Box key={v.agent} mb={1}>
                  <Typography variant="body2">
                    <AgentLink agentKey={v.agent} />: “{v.position}”
                  </Typography>
                  <Typography
                    variant="caption"
                    color="textSecondary"
                    component="div"
                  >
                    {v.rationale ? `${v.rationale} · ` : ''}
                    {formatTime(v.at)}
                  </Typography>
                </Box>
              ))}
            </div>
          )}
        </InfoCard>
      </Grid>
    </Grid>
  );
}

function Content({
  id,
  backLink,
}: {
  id: string;
  backLink?: ConflictDetailPageProps['backLink'];
}) {
  const api = useApi(agentCoordinationApiRef);
  const [{ value: conflict, error, loading }, load] = useAsyncFn(
    () => api.getConflict(id),
    [api, id],
  );
  const events = useConflictEvents(id);
  const [acting, setActing] = useState<{
    action: ConflictAction;
    conflict: Conflict;
  }>();

  useEffect(() => {
    load();
  }, [load]);
  const { reload: reloadEvents } = events;
  const refresh = useCallback(() => {
    load();
    reloadEvents();
  }, [load, reloadEvents]);
  useConflictSignals(refresh, signal => signal.conflictId === id);

  let body;
  if (!conflict && error && !loading) {
    body = (
      <ConflictErrorPanel error={error} title="Could not load the conflict" />
    );
  } else if (!conflict) {
    body = <Progress />;
  } else {
    body = (
      <>
        {Boolean(error) && (
          <Box mb={2}>
            <ConflictErrorPanel
              error={error}
              title="Could not refresh the conflict"
            />
          </Box>
        )}
        <Details
          conflict={conflict}
          onAction={(action, c) => setActing({ action, conflict: c })}
        />
      </>
    );
  }

  let timeline;
  if (events.error) {
    timeline = (
      <ConflictErrorPanel
        error={events.error}
        title="Could not load the timeline"
      />
    );
  } else if (!events.items) {
    timeline = <Progress />;
  } else if (events.items.length === 0) {
    timeline = (
      <Typography variant="body2" color="textSecondary">
        Nothing recorded yet.
      </Typography>
    );
  } else {
    timeline = (
      <>
        <ConflictTimeline events={events.items} />
        {events.hasMore && (
          <Button onClick={events.loadMore} disabled={events.loading}>
            Show later events
          </Button>
        )}
      </>
    );
  }

  return (
    <div data-testid="conflict-detail-page">
      {backLink && (
        <Box mb={2}>
          <Link to={backLink.to}>← {backLink.title}</Link>
        </Box>
      )}
      {body}
      {conflict && (
        <Box mt={3}>
          <InfoCard
            title="Timeline"
            subheader="Opening, votes, escalations, breaches and the decision, oldest first"
          >
            {timeline}
          </InfoCard>
        </Box>
      )}
      {acting && (
        <ConflictActionDialog
          key={`${acting.action}-${acting.conflict.id}`}
          action={acting.action}
          conflict={acting.conflict}
          onClose={() => setActing(undefined)}
          onChanged={refresh}
          onRefresh={refresh}
        />
      )}
    </div>
  );
}

/** @public */
export interface ConflictDetailPageProps {
  /** A link back to where the user came from, e.g. the Escalation matrix tab. */
  backLink?: { to: string; title: string };
}

/**
 * One conflict, for the route `<plugin root>/conflicts/:id`: its state, who
 * decides now and by when, what it is about and what it blocks, the actions
 * the backend allows the user, and its timeline. Live: a signal about this
 * conflict refetches it.
 * @public
 */
export const ConflictDetailPage = ({ backLink }: ConflictDetailPageProps) => {
  const { id } = useParams();
  if (!id) {
    return (
      <Alert severity="error">
        No conflict id in the address: this page belongs at /conflicts/:id.
      </Alert>
    );
  }
  return (
    <AgentDirectoryProvider>
      <Content key={id} id={id} backLink={backLink} />
    </AgentDirectoryProvider>
  );
};
