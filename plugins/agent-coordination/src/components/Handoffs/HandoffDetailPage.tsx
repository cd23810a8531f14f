import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import {
  InfoCard,
  Link,
  MarkdownContent,
  Progress,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import type {
  CoordinationFramework,
  Handoff,
  HandoffActions,
} from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef, type AgentCoordinationApi } from '../../api';
import { useEventLog } from '../../hooks/useEventLog';
import { Fact } from '../Fact';
import { BackendErrorPanel } from '../BackendErrorPanel';
import { Actor } from '../Conflicts/Actor';
import {
  AgentDirectoryProvider,
  AgentLink,
  useAgentDirectory as useAgentNames,
} from '../Conflicts/AgentDirectory';
import { formatTime } from '../Conflicts/time';
import { useAgentDirectory, useTaskLinks, useWhoami } from '../TaskShared';
import { TaskList, useTasksById } from '../TaskShared/TaskList';
import {
  HandoffActionDialog,
  type HandoffStepAction,
} from './HandoffActionDialog';
import { AcknowledgmentDue, HandoffStatusChip } from './HandoffChips';
import { AutomatedChecks, HandoffChecklist } from './HandoffChecklist';
import { HandoffFormDialog } from './HandoffFormDialog';
import { HandoffStepper } from './HandoffStepper';
import { HandoffTimeline } from './HandoffTimeline';
import { whoseTurn } from './handoffViews';
import { useHandoffSignals } from './useHandoffSignals';

const readHandoffEvents = (
  api: AgentCoordinationApi,
  id: string,
  cursor?: string,
) => api.getHandoffEvents(id, cursor);

const BUTTONS: Array<{
  action: HandoffStepAction | 'edit';
  label: string;
  allowed(a: HandoffActions): boolean;
  primary?: boolean;
}> = [
  { action: 'edit', label: 'Edit draft', allowed: a => a.edit },
  { action: 'validate', label: 'Report checks', allowed: a => a.validate },
  {
    action: 'transfer',
    label: 'Transfer',
    // A failing checklist does not hide the transfer: the sender may attest
    // in it, and the backend's refusal names what is still missing.
    allowed: a => a.transfer || a.edit,
    primary: true,
  },
  {
    action: 'acknowledge',
    label: 'Acknowledge',
    allowed: a => a.acknowledge,
    primary: true,
  },
  {
    action: 'requestClarification',
    label: 'Request clarification',
    allowed: a => a.requestClarification,
  },
  {
    action: 'answerClarification',
    label: 'Answer',
    allowed: a => a.answerClarification,
    primary: true,
  },
  {
    action: 'complete',
    label: 'Complete',
    allowed: a => a.complete,
    primary: true,
  },
];

function Details({
  handoff,
  actions,
  framework,
  onAct,
}: {
  handoff: Handoff;
  actions?: HandoffActions;
  framework: CoordinationFramework;
  onAct(action: HandoffStepAction | 'edit'): void;
}) {
  const { nameOf } = useAgentNames();
  const links = useTaskLinks();
  const tasks = useTasksById([
    ...(handoff.task ? [handoff.task] : []),
    ...handoff.blocks,
  ]);
  const offered = actions ? BUTTONS.filter(b => b.allowed(actions)) : [];
  const released = handoff.acknowledgedAt !== null;
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <InfoCard
          title={handoff.title}
          subheader={
            <span data-testid="handoff-parties">
              {'From '}
              <AgentLink agentKey={handoff.from} />
              {' to '}
              <AgentLink agentKey={handoff.to} />
            </span>
          }
        >
          <div data-testid="handoff-summary">
            <Box
              display="flex"
              alignItems="center"
              flexWrap="wrap"
              mb={2}
              style={{ gap: 12 }}
            >
              <HandoffStatusChip handoff={handoff} />
              <Typography variant="body2" data-testid="handoff-turn">
                {whoseTurn(handoff, nameOf)}
              </Typography>
              <AcknowledgmentDue handoff={handoff} />
              {handoff.escalationConflict && (
                <Link
                  to={links.conflict(handoff.escalationConflict)}
                  data-testid="handoff-escalation"
                >
                  Escalation conflict
                </Link>
              )}
            </Box>
            <HandoffStepper framework={framework} handoff={handoff} />
            <Box
              display="flex"
              flexWrap="wrap"
              mt={1}
              style={{ gap: 8 }}
              data-testid="handoff-actions"
            >
              {offered.map(b => (
                <Button
                  key={b.action}
                  variant={b.primary ? 'contained' : 'outlined'}
                  color={b.primary ? 'primary' : 'default'}
                  onClick={() => onAct(b.action)}
                  data-testid={`handoff-action-${b.action}`}
                >
                  {b.label}
                </Button>
              ))}
              {actions && offered.length === 0 && (
                <Typography variant="body2" color="textSecondary">
                  {actions.agent
                    ? `Nothing for ${nameOf(
                        actions.agent,
                      )} to do on this handoff now.`
                    : 'You act as no agent: you can read this handoff, not act on it.'}
                </Typography>
              )}
            </Box>
          </div>
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard
          title="Mandatory checklist"
          subheader={
            handoff.missing.length > 0
              ? `${handoff.missing.length} missing: the transfer is refused until they pass`
              : 'Every check passes'
          }
        >
          <HandoffChecklist checklist={handoff.checklist} />
          <Typography variant="subtitle2">Automated checks</Typography>
          <AutomatedChecks
            names={framework.handoff.automatedChecks}
            reported={handoff.automatedChecks}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="What it is about">
          <Fact label="Task">
            {handoff.task ? (
              <TaskList
                ids={[handoff.task]}
                tasks={tasks}
                hrefOf={links.task}
              />
            ) : (
              'None'
            )}
          </Fact>
          <Fact label="Component">
            {handoff.component ? (
              <EntityRefLink entityRef={handoff.component} />
            ) : (
              'None'
            )}
          </Fact>
          <Fact label="Blocked tasks">
            <TaskList ids={handoff.blocks} tasks={tasks} hrefOf={links.task} />
            {handoff.blocks.length > 0 && (
              <Typography variant="caption" color="textSecondary">
                {released
                  ? 'Released when it was acknowledged'
                  : 'Held BLOCKED until the receiver acknowledges it'}
              </Typography>
            )}
          </Fact>
          <Fact label="Opened">
            {formatTime(handoff.createdAt)} by{' '}
            <Actor actor={handoff.createdBy} />
          </Fact>
          {handoff.transferredAt && (
            <Fact label="Transferred">{formatTime(handoff.transferredAt)}</Fact>
          )}
          {handoff.acknowledgedAt && (
            <Fact label="Acknowledged">
              {formatTime(handoff.acknowledgedAt)}
            </Fact>
          )}
          {handoff.completedAt && (
            <Fact label="Completed">{formatTime(handoff.completedAt)}</Fact>
          )}
        </InfoCard>
      </Grid>
      {handoff.clarifications.length > 0 && (
        <Grid item xs={12}>
          <InfoCard title="Clarifications">
            <div data-testid="handoff-clarifications">
              {handoff.clarifications.map((c, i) => (
                <Box key={i} mb={2}>
                  <Typography variant="body2">
                    <strong>Q:</strong> {c.question}
                  </Typography>
                  <Typography variant="caption" color="textSecondary">
                    <Actor actor={c.askedBy} /> · {formatTime(c.askedAt)}
                  </Typography>
                  {c.answer === null ? (
                    <Typography variant="body2" color="textSecondary">
                      Not answered yet.
                    </Typography>
                  ) : (
                    <>
                      <Typography variant="body2">
                        <strong>A:</strong> {c.answer}
                      </Typography>
                      <Typography variant="caption" color="textSecondary">
                        {c.answeredBy && <Actor actor={c.answeredBy} />}
                        {c.answeredAt && ` · ${formatTime(c.answeredAt)}`}
                      </Typography>
                    </>
                  )}
                </Box>
              ))}
            </div>
          </InfoCard>
        </Grid>
      )}
    </Grid>
  );
}

function Document({ id, version }: { id: string; version: number }) {
  const api = useApi(agentCoordinationApiRef);
  const [{ value, error }, load] = useAsyncFn(
    () => api.getHandoffDocument(id),
    [api, id],
  );
  useEffect(() => {
    load();
  }, [load, version]);
  if (error)
    return (
      <BackendErrorPanel error={error} title="Could not load the document" />
    );
  if (value === undefined) return <Progress />;
  return (
    <div data-testid="handoff-document">
      <MarkdownContent content={value} />
    </div>
  );
}

function Content({
  id,
  backLink,
}: {
  id: string;
  backLink?: HandoffDetailPageProps['backLink'];
}) {
  const api = useApi(agentCoordinationApiRef);
  const { framework, directory, error: frameworkError } = useAgentDirectory();
  const { whoami } = useWhoami();
  const [{ value: loaded, error, loading }, load] = useAsyncFn(
    () => api.getHandoff(id),
    [api, id],
  );
  const [{ value: actions }, loadActions] = useAsyncFn(
    // Without the permission to act the backend answers 403: nothing to offer.
    () => api.getHandoffActions(id).catch(() => undefined),
    [api, id],
  );
  // A step's answer is shown at once; a later load replaces it.
  const [answered, setAnswered] = useState<Handoff>();
  const events = useEventLog(id, readHandoffEvents);
  const [acting, setActing] = useState<HandoffStepAction | 'edit'>();

  const { reload: reloadEvents } = events;
  const refresh = useCallback(() => {
    load();
    loadActions();
    reloadEvents();
  }, [load, loadActions, reloadEvents]);
  useEffect(() => {
    load();
    loadActions();
  }, [load, loadActions]);
  useHandoffSignals(refresh, signal => signal.handoffId === id);

  const handoff =
    answered && (!loaded || answered.version > loaded.version)
      ? answered
      : loaded;

  let body;
  if (!handoff && error && !loading) {
    body = (
      <BackendErrorPanel error={error} title="Could not load the handoff" />
    );
  } else if (frameworkError) {
    body = (
      <BackendErrorPanel
        error={frameworkError}
        title="Could not load the framework"
      />
    );
  } else if (!handoff || !framework) {
    body = <Progress />;
  } else {
    body = (
      <>
        {Boolean(error) && (
          <Box mb={2}>
            <BackendErrorPanel
              error={error}
              title="Could not refresh the handoff"
            />
          </Box>
        )}
        <Details
          handoff={handoff}
          actions={actions}
          framework={framework}
          onAct={setActing}
        />
      </>
    );
  }

  let timeline;
  if (events.error) {
    timeline = (
      <BackendErrorPanel
        error={events.error}
        title="Could not load the timeline"
      />
    );
  } else if (!events.items) {
    timeline = <Progress />;
  } else {
    timeline = (
      <>
        <HandoffTimeline events={events.items} />
        {events.hasMore && (
          <Button onClick={events.loadMore} disabled={events.loading}>
            Show later events
          </Button>
        )}
      </>
    );
  }

  const changed = (h: Handoff) => {
    setAnswered(h);
    setActing(undefined);
    refresh();
  };

  return (
    <div data-testid="handoff-detail-page">
      {backLink && (
        <Box mb={2}>
          <Link to={backLink.to}>← {backLink.title}</Link>
        </Box>
      )}
      {body}
      {handoff && (
        <Grid container spacing={3} style={{ marginTop: 8 }}>
          <Grid item xs={12} md={7}>
            <InfoCard
              title="Handoff document"
              subheader="The framework's Appendix B template, as GET /handoffs/{id}/document serves it"
            >
              <Document id={id} version={handoff.version} />
            </InfoCard>
          </Grid>
          <Grid item xs={12} md={5}>
            <InfoCard title="Timeline" subheader="Oldest first">
              {timeline}
            </InfoCard>
          </Grid>
        </Grid>
      )}
      {handoff && framework && acting === 'edit' && (
        <HandoffFormDialog
          framework={framework}
          directory={directory}
          self={whoami?.agent?.key ?? handoff.from}
          handoff={handoff}
          onClose={() => setActing(undefined)}
          onSaved={changed}
        />
      )}
      {handoff && framework && acting && acting !== 'edit' && (
        <HandoffActionDialog
          key={`${acting}-${handoff.version}`}
          action={acting}
          handoff={handoff}
          framework={framework}
          onClose={() => setActing(undefined)}
          onChanged={changed}
        />
      )}
    </div>
  );
}

/** @public */
export interface HandoffDetailPageProps {
  backLink?: { to: string; title: string };
}

/**
 * One handoff, for `<plugin root>/handoffs/:id`: the framework's five
 * stages as a stepper, the mandatory checklist with what is missing, the
 * steps the backend allows the user, the Appendix B document and the
 * timeline. Live: a signal about this handoff refetches it.
 * @public
 */
export const HandoffDetailPage = ({ backLink }: HandoffDetailPageProps) => {
  const { id } = useParams();
  if (!id) {
    return (
      <Alert severity="error">
        No handoff id in the address: this page belongs at /handoffs/:id.
      </Alert>
    );
  }
  return (
    <AgentDirectoryProvider>
      <Content key={id} id={id} backLink={backLink} />
    </AgentDirectoryProvider>
  );
};
