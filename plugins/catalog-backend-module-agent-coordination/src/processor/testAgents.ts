import type { AgentEntityV1alpha1 } from '@agent-coordination/plugin-agent-coordination-common';

let nextId = 100;

/** A valid Agent entity for tests; `spec` overrides the defaults. */
export function testAgent(
  name: string,
  spec: Partial<AgentEntityV1alpha1['spec']> = {},
): AgentEntityV1alpha1 {
  return {
    apiVersion: 'agent-coordination.io/v1alpha1',
    kind: 'Agent',
    metadata: { name },
    spec: {
      agentId: `agent-${nextId++}`,
      role: name,
      tier: 2,
      authority: 'STANDARD',
      owner: 'group:default/infrastructure',
      ...spec,
    },
  };
}
