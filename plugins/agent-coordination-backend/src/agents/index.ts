import type { PluginContext } from '../platform/PluginContext';
import type { TasksNoun } from '../tasks';
import { registerGetAgentGraphAction } from './actions/getAgentGraphAction';
import { registerListAgentsAction } from './actions/listAgentsAction';
import type { AgentRouteContext } from './AgentRouteContext';
import { getAgentGraphRoute } from './routes/getAgentGraph';
import { listAgentsRoute } from './routes/listAgents';

/** The agents: read from the catalog on each request, with what tasks say about them. */
export function bindAgents(ctx: PluginContext, tasks: Pick<TasksNoun, 'openTasks'>): AgentRouteContext {
  const agents: AgentRouteContext = {
    router: ctx.router,
    framework: ctx.framework,
    actorOf: ctx.actorOf,
    catalog: ctx.catalog,
    auth: ctx.auth,
    openTasks: tasks.openTasks,
  };
  listAgentsRoute(agents);
  getAgentGraphRoute(agents);
  registerListAgentsAction(ctx.actionsRegistry, agents, ctx.actors);
  registerGetAgentGraphAction(ctx.actionsRegistry, agents);
  return agents;
}
