import {
  agentCoordinationConflictReadPermission,
  CONFLICT_SUBJECT,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { actorFor } from '../platform/actors';
import type { PluginContext } from '../platform/PluginContext';
import type { TasksNoun } from '../tasks';
import { registerEscalateConflictAction } from './actions/escalateConflictAction';
import { registerListOpenConflictsAction } from './actions/listOpenConflictsAction';
import { registerOpenConflictAction } from './actions/openConflictAction';
import { registerResolveConflictAction } from './actions/resolveConflictAction';
import { registerSubmitChangeSetAction } from './actions/submitChangeSetAction';
import { registerVoteOnConflictAction } from './actions/voteOnConflictAction';
import { authorityIdOf } from './commands/context';
import { ConflictChanges } from './ConflictChanges';
import type { ConflictActorInfo, ConflictRouteContext } from './ConflictRouteContext';
import { EscalationSources, scheduleEscalationSweep } from './jobs/escalationSweep';
import { notifyConflictEvents } from './notifications';
import { createConflictPermissions } from './permissions/conflictPermissions';
import { escalateConflictRoute } from './routes/escalateConflict';
import { getConflictRoute } from './routes/getConflict';
import { getConflictActionsRoute } from './routes/getConflictActions';
import { getConflictEventsRoute } from './routes/getConflictEvents';
import { getEscalationMatrixRoute } from './routes/getEscalationMatrix';
import { listConflictsRoute } from './routes/listConflicts';
import { openConflictRoute } from './routes/openConflict';
import { resolveConflictRoute } from './routes/resolveConflict';
import { submitChangeSetRoute } from './routes/submitChangeSet';
import { voteOnConflictRoute } from './routes/voteOnConflict';
import { publishConflictSignals } from './signals';
import { openConflictsBlocking } from './store/conflictHolds';
import { loadConflict } from './store/conflicts';
import { conflictEventVisibility } from './store/readableConflicts';

/** What other nouns may use of conflicts. */
export interface ConflictsNoun {
  /** Where another noun registers what escalates into conflicts on the SLA sweep (handoffs past their SLA). */
  escalations: EscalationSources;
}

/**
 * Conflicts and the escalation matrix (§4): routes, permissions, the tasks
 * they hold, signals, notifications, the SLA sweep and the actions.
 */
export async function bindConflicts(ctx: PluginContext, tasks: TasksNoun): Promise<ConflictsNoun> {
  const { framework, db } = ctx;
  const permissions = createConflictPermissions({
    ...ctx,
    authorityOf: conflict => authorityIdOf(framework, conflict),
  });
  const changes = new ConflictChanges(ctx.changes, framework, tasks);
  // A signed-in user's catalog groups: a group can hold a level's authority (CISO, Finance, ...).
  const actorFromCredentials = async (credentials: BackstageCredentials): Promise<ConflictActorInfo> => {
    const actor = actorFor(credentials, ctx.actors);
    if (!ctx.auth.isPrincipal(credentials, 'user')) return actor;
    const info = await ctx.userInfo.getUserInfo(credentials);
    return { ...actor, groups: info.ownershipEntityRefs };
  };
  const routes: ConflictRouteContext = {
    router: ctx.router,
    db,
    framework,
    permissions,
    changes,
    actorOf: async req => actorFromCredentials(await ctx.httpAuth.credentials(req, { allow: ['user', 'service'] })),
  };
  getEscalationMatrixRoute(routes);
  openConflictRoute(routes);
  listConflictsRoute(routes);
  getConflictRoute(routes);
  getConflictActionsRoute(routes);
  voteOnConflictRoute(routes);
  resolveConflictRoute(routes);
  escalateConflictRoute(routes);
  getConflictEventsRoute(routes);
  submitChangeSetRoute(routes);

  const actions = { db, framework, changes, permissions, actorFor: actorFromCredentials };
  registerOpenConflictAction(ctx.actionsRegistry, actions);
  registerVoteOnConflictAction(ctx.actionsRegistry, actions);
  registerResolveConflictAction(ctx.actionsRegistry, actions);
  registerEscalateConflictAction(ctx.actionsRegistry, actions);
  registerSubmitChangeSetAction(ctx.actionsRegistry, actions);
  registerListOpenConflictsAction(ctx.actionsRegistry, actions);

  tasks.holds.add(openConflictsBlocking);
  ctx.announcer.on(CONFLICT_SUBJECT, publishConflictSignals(ctx.signals));
  ctx.announcer.on(CONFLICT_SUBJECT, notifyConflictEvents(ctx.notifications, framework, ctx.actors, id => loadConflict(db, id)));
  ctx.eventLog.addVisibility(async actor =>
    conflictEventVisibility(db, await permissions.conditions(actor, agentCoordinationConflictReadPermission)),
  );
  const escalations = new EscalationSources();
  await scheduleEscalationSweep({
    scheduler: ctx.scheduler,
    runner: ctx.changes,
    framework,
    logger: ctx.logger,
    interval: ctx.config.getOptionalString('agentCoordination.conflicts.sweepInterval') ?? '1m',
    sources: escalations,
  });
  return { escalations };
}
