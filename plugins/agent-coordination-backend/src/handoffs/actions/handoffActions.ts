import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { registerAcknowledgeHandoffAction } from './acknowledgeHandoffAction';
import type { HandoffActionContext } from './handoffActionContext';
import { registerListHandoffsAction } from './listHandoffsAction';
import { registerOpenHandoffAction } from './openHandoffAction';
import { registerRequestHandoffClarificationAction } from './requestHandoffClarificationAction';

/** The handoff actions of the actions registry (MCP tools). */
export function registerHandoffActions(
  registry: ActionsRegistryService,
  ctx: HandoffActionContext,
) {
  registerOpenHandoffAction(registry, ctx);
  registerAcknowledgeHandoffAction(registry, ctx);
  registerRequestHandoffClarificationAction(registry, ctx);
  registerListHandoffsAction(registry, ctx);
}
