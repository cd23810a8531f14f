import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { agentGraph } from '../agentGraph';
import type { AgentRouteContext } from '../AgentRouteContext';
import { readAgents } from '../readAgents';

/** The agents' dependency graph and its analysis, for MCP clients and other action callers. */
export function registerGetAgentGraphAction(actionsRegistry: ActionsRegistryService, ctx: AgentRouteContext) {
  actionsRegistry.register({
    name: 'get-agent-graph',
    title: 'Get the agent dependency graph',
    description:
      'The dependency graph of the coordination agents: who depends on whom (blocking or not), the blocking cycles, a dependency-first order and the critical path.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z => z.object({}),
      output: z =>
        z.object({
          edges: z.array(z.object({ from: z.string(), to: z.string(), blocking: z.boolean() })),
          order: z.array(z.string()),
          cycles: z.array(z.array(z.string())),
          criticalPath: z.array(z.string()),
        }),
    },
    action: async ({ credentials }) => {
      const graph = agentGraph(await readAgents(ctx.catalog, credentials, ctx.auth), ctx.framework);
      return {
        output: {
          edges: graph.edges,
          order: graph.analysis.order,
          cycles: graph.analysis.cycles,
          criticalPath: graph.analysis.criticalPath.path,
        },
      };
    },
  });
}
