import {
  agentCoordinationHandoffReadPermission,
  HANDOFF_SUBJECT,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { ConflictsNoun } from '../conflicts';
import type { PluginContext } from '../platform/PluginContext';
import type { TasksNoun } from '../tasks';
import { registerHandoffActions } from './actions/handoffActions';
import { HandoffChanges } from './HandoffChanges';
import type { HandoffRouteContext } from './HandoffRouteContext';
import { handoffEscalationSource } from './jobs/handoffEscalations';
import { notifyHandoffEvents } from './notifications';
import { createHandoffPermissions } from './permissions/handoffPermissions';
import {
  getHandoffActionsRoute,
  getHandoffDocumentRoute,
  getHandoffRoute,
} from './routes/getHandoff';
import { getHandoffEventsRoute } from './routes/getHandoffEvents';
import { listHandoffsRoute } from './routes/listHandoffs';
import { openHandoffRoute } from './routes/openHandoff';
import { handoffStepRoutes } from './routes/stepRoutes';
import { publishHandoffSignals } from './signals';
import { unacknowledgedHandoffsBlocking } from './store/handoffHolds';
import { handoffEventVisibility } from './store/readableHandoffs';

/**
 * Handoffs between agents (§3.3, §7.2, Appendix B): routes, permissions,
 * the tasks they hold until acknowledged, signals, notifications, their SLA
 * through the conflict sweep, and the actions.
 */
export function bindHandoffs(
  ctx: PluginContext,
  tasks: TasksNoun,
  conflicts: ConflictsNoun,
): void {
  const { framework, db } = ctx;
  const permissions = createHandoffPermissions(ctx);
  const changes = new HandoffChanges(ctx.changes, framework, tasks);
  const routes: HandoffRouteContext = {
    router: ctx.router,
    db,
    framework,
    actorOf: ctx.actorOf,
    permissions,
    changes,
  };
  openHandoffRoute(routes);
  listHandoffsRoute(routes);
  getHandoffRoute(routes);
  getHandoffActionsRoute(routes);
  getHandoffDocumentRoute(routes);
  handoffStepRoutes(routes);
  getHandoffEventsRoute(routes);

  registerHandoffActions(ctx.actionsRegistry, {
    db,
    framework,
    changes,
    permissions,
    actors: ctx.actors,
  });

  tasks.holds.add(unacknowledgedHandoffsBlocking);
  conflicts.escalations.add(handoffEscalationSource(tasks));
  ctx.announcer.on(HANDOFF_SUBJECT, publishHandoffSignals(ctx.signals));
  ctx.announcer.on(
    HANDOFF_SUBJECT,
    notifyHandoffEvents(ctx.notifications, ctx.actors),
  );
  ctx.eventLog.addVisibility(async actor =>
    handoffEventVisibility(
      db,
      await permissions.conditions(
        actor,
        agentCoordinationHandoffReadPermission,
      ),
    ),
  );
}
