import type { AgentList } from '@agent-coordination/plugin-agent-coordination-common';
import type { Actor } from '../platform/actors';
import type { AgentRouteContext } from './AgentRouteContext';
import { readAgents } from './readAgents';
import { summarizeAgents } from './summarizeAgents';

/** Every Agent entity the actor may see, with derived fields: GET /agents and its action. */
export async function listAgents(ctx: AgentRouteContext, actor: Actor): Promise<AgentList> {
  const [agents, counts] = await Promise.all([
    readAgents(ctx.catalog, actor.credentials!, ctx.auth),
    // Among the tasks the actor may read: one refused reading tasks still
    // gets the agents, with nothing counted, rather than a 403.
    ctx.openTasks(actor),
  ]);
  return { items: summarizeAgents(agents, ctx.framework, counts) };
}
