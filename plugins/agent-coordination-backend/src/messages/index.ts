import { MESSAGE_SUBJECT } from '@agent-coordination/plugin-agent-coordination-common';
import { actorFor } from '../platform/actors';
import type { PluginContext } from '../platform/PluginContext';
import { registerListInboxAction } from './actions/listInboxAction';
import { registerMarkMessageReadAction } from './actions/markMessageReadAction';
import { registerSendMessageAction } from './actions/sendMessageAction';
import { scheduleOverdueSweep } from './jobs/overdueSweep';
import { MessageChanges } from './MessageChanges';
import { MessageReads } from './MessageReads';
import type { MessageRouteContext } from './MessageRouteContext';
import { notifyMessageEvents } from './notifications';
import { createMessagePermissions } from './permissions/messagePermissions';
import { getInboxRoute } from './routes/getInbox';
import { getMessageRoute } from './routes/getMessage';
import { listMessagesRoute } from './routes/listMessages';
import { markMessageReadRoute } from './routes/markMessageRead';
import { sendMessageRoute } from './routes/sendMessage';
import { publishMessageSignals } from './signals';
import { messageEventVisibility } from './store/readableMessages';

/**
 * Messages between agents (§3.2, §9.2): routes, permissions, inboxes and
 * read receipts, signals, notifications, the response-SLA sweep and the
 * actions.
 */
export async function bindMessages(ctx: PluginContext): Promise<void> {
  const { framework, db } = ctx;
  const permissions = createMessagePermissions({
    ...ctx,
    broadcast: framework.messageSchema.broadcastRecipient,
  });
  const changes = new MessageChanges(ctx.changes, framework);
  const reads = new MessageReads({
    db,
    framework,
    permissions,
    now: () => ctx.changes.now(),
  });
  const routes: MessageRouteContext = {
    router: ctx.router,
    db,
    framework,
    actorOf: ctx.actorOf,
    permissions,
    changes,
    reads,
  };
  sendMessageRoute(routes);
  listMessagesRoute(routes);
  getMessageRoute(routes);
  markMessageReadRoute(routes);
  getInboxRoute(routes);

  const actions = {
    framework,
    changes,
    reads,
    permissions,
    actorFor: (c: Parameters<typeof actorFor>[0]) => actorFor(c, ctx.actors),
  };
  registerSendMessageAction(ctx.actionsRegistry, actions);
  registerListInboxAction(ctx.actionsRegistry, actions);
  registerMarkMessageReadAction(ctx.actionsRegistry, actions);

  ctx.announcer.on(MESSAGE_SUBJECT, publishMessageSignals(ctx.signals));
  ctx.announcer.on(
    MESSAGE_SUBJECT,
    notifyMessageEvents(ctx.notifications, framework, ctx.actors),
  );
  ctx.eventLog.addVisibility(async actor =>
    messageEventVisibility(db, await reads.visibility(actor, false)),
  );
  await scheduleOverdueSweep({
    scheduler: ctx.scheduler,
    runner: ctx.changes,
    framework,
    logger: ctx.logger,
    interval:
      ctx.config.getOptionalString(
        'agentCoordination.messages.sweepInterval',
      ) ?? '1m',
  });
}
