import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type {
  CoordinationFramework,
  FrameworkAnalysis,
} from '@agent-coordination/plugin-agent-coordination-common';

/**
 * The coordination framework in brief, for MCP clients and other action
 * callers: what an AI agent needs to act by it (its tiers, agents, the task
 * lifecycle and who may move it, the work kinds, conflict types and the
 * escalation matrix), not the whole document.
 */
export function registerGetFrameworkAction(
  actionsRegistry: ActionsRegistryService,
  framework: CoordinationFramework,
  analysis: FrameworkAnalysis,
) {
  actionsRegistry.register({
    name: 'get-framework',
    title: 'Get the agent coordination framework',
    description:
      "The organisation's agent coordination framework: tiers, agents (key, id, tier, role, authority, owned paths, dependencies), the task lifecycle (states, transitions and who may trigger each), work kinds, who may do what with tasks, conflict types and the escalation matrix, and the registry's dependency order.",
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z => z.object({}),
      output: z =>
        z.object({
          name: z.string(),
          version: z.string(),
          tiers: z.array(z.object({ level: z.number(), name: z.string() })),
          agents: z.array(
            z.object({
              key: z.string(),
              id: z.string(),
              tier: z.number(),
              role: z.string(),
              authority: z.string(),
              ownedPaths: z.array(z.string()),
              dependsOn: z.array(z.object({ agent: z.string(), blocking: z.boolean() })),
            }),
          ),
          lifecycle: z.object({
            initial: z.string(),
            terminal: z.array(z.string()),
            states: z.array(z.object({ name: z.string(), description: z.string(), role: z.string().optional() })),
            transitions: z.array(
              z.object({ from: z.string(), to: z.string(), trigger: z.string(), actors: z.array(z.string()) }),
            ),
          }),
          taskActions: z.record(z.array(z.string())),
          workKinds: z.array(z.object({ id: z.string(), description: z.string() })),
          conflictTypes: z.array(z.object({ id: z.string(), name: z.string(), escalationTime: z.string() })),
          escalationMatrix: z.array(
            z.object({
              id: z.string(),
              name: z.string(),
              conflictType: z.string(),
              authorities: z.object({ L1: z.string(), L2: z.string(), L3: z.string() }),
              sla: z.string(),
            }),
          ),
          registryOrder: z.array(z.string()),
        }),
    },
    action: async () => ({
      output: {
        name: framework.metadata.name,
        version: framework.metadata.version,
        tiers: framework.tiers.map(t => ({ level: t.level, name: t.name })),
        agents: framework.agents.map(a => ({
          key: a.key,
          id: a.id,
          tier: a.tier,
          role: a.role,
          authority: a.authority,
          ownedPaths: a.ownership.paths,
          dependsOn: a.dependencies.map(d => ({ agent: d.agent, blocking: d.blocking })),
        })),
        lifecycle: framework.lifecycle,
        taskActions: framework.taskActions as unknown as Record<string, string[]>,
        workKinds: framework.workKinds.map(k => ({ id: k.id, description: k.description })),
        conflictTypes: framework.conflictTypes.map(c => ({ id: c.id, name: c.name, escalationTime: c.escalationTime })),
        escalationMatrix: framework.escalationMatrix,
        registryOrder: analysis.registry.order,
      },
    }),
  });
}
