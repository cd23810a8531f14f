import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { ActorDirectory } from '@agent-coordination/plugin-agent-coordination-node';
import { actorFor } from '../../platform/actors';
import type { AgentRouteContext } from '../AgentRouteContext';
import { listAgents } from '../listAgents';

/** The agent registry for MCP clients and other action callers. */
export function registerListAgentsAction(
  actionsRegistry: ActionsRegistryService,
  ctx: AgentRouteContext,
  actors: ActorDirectory,
) {
  actionsRegistry.register({
    name: 'list-agents',
    title: 'List coordination agents',
    description:
      'Lists the agents of the coordination framework that are in the catalog: entity ref, agent id, tier, role, authority, owned paths, what each depends on and how many open tasks it has.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z => z.object({}),
      output: z =>
        z.object({
          agents: z.array(
            z.object({
              entityRef: z.string(),
              agentId: z.string(),
              title: z.string(),
              tier: z.number(),
              tierName: z.string().optional(),
              role: z.string(),
              authority: z.string(),
              ownedPaths: z.array(z.string()),
              dependsOn: z.array(z.object({ agent: z.string(), blocking: z.boolean() })),
              openTasks: z.number(),
            }),
          ),
        }),
    },
    action: async ({ credentials }) => {
      const { items } = await listAgents(ctx, actorFor(credentials, actors));
      return {
        output: {
          agents: items.map(a => ({
            entityRef: a.entityRef,
            agentId: a.entity.spec.agentId,
            title: a.entity.metadata.title ?? a.entity.metadata.name,
            tier: a.entity.spec.tier,
            tierName: a.tierName,
            role: a.entity.spec.role,
            authority: a.entity.spec.authority,
            ownedPaths: a.entity.spec.ownership?.paths ?? [],
            dependsOn: a.dependencies,
            openTasks: a.openTasks,
          })),
        },
      };
    },
  });
}
