import type { AgentEntityV1alpha1 } from './AgentEntityV1alpha1';
import { checkAgentGraph } from './checkAgentGraph';

let nextId = 1;
function agent(
  name: string,
  spec: Partial<AgentEntityV1alpha1['spec']> = {},
): AgentEntityV1alpha1 {
  return {
    apiVersion: 'agent-coordination.io/v1alpha1',
    kind: 'Agent',
    metadata: { name },
    spec: {
      agentId: `agent-${String(nextId++).padStart(3, '0')}`,
      role: name,
      tier: 2,
      authority: 'STANDARD',
      owner: 'infrastructure',
      ...spec,
    },
  };
}

describe('checkAgentGraph', () => {
  it('finds nothing wrong with a consistent set', () => {
    const cm = agent('context-manager');
    const ia = agent('infrastructure-architect', {
      dependsOn: ['context-manager'],
      ownership: { paths: ['stacks/*'] },
    });
    const doc = agent('documentation-specialist', {
      nonBlockingDependsOn: ['context-manager', 'infrastructure-architect'],
      ownership: { paths: ['docs/*'] },
    });
    expect(checkAgentGraph(ia, [cm, ia, doc])).toEqual([]);
    expect(checkAgentGraph(doc, [cm, ia, doc])).toEqual([]);
  });

  it('reports a dependency on an agent that is not known', () => {
    const a = agent('a', {
      dependsOn: ['ghost'],
      nonBlockingDependsOn: ['agent:ops/spirit'],
    });
    expect(checkAgentGraph(a, [a])).toEqual([
      {
        severity: 'error',
        message:
          'spec.dependsOn: agent:default/ghost is not an Agent in the catalog',
      },
      {
        severity: 'error',
        message:
          'spec.nonBlockingDependsOn: agent:ops/spirit is not an Agent in the catalog',
      },
    ]);
  });

  it('names the blocking cycle through the agent', () => {
    const a = agent('a', { dependsOn: ['b'] });
    const b = agent('b', { dependsOn: ['c'] });
    const c = agent('c', { dependsOn: ['a'] });
    expect(checkAgentGraph(b, [a, b, c])).toEqual([
      {
        severity: 'error',
        message:
          'blocking dependency cycle: agent:default/b -> agent:default/c -> agent:default/a -> agent:default/b',
      },
    ]);
  });

  it('does not call a loop closed by a non-blocking dependency a cycle', () => {
    const a = agent('a', { dependsOn: ['b'] });
    const b = agent('b', { nonBlockingDependsOn: ['a'] });
    expect(checkAgentGraph(a, [a, b])).toEqual([]);
  });

  it('reports no cycle for an agent that only depends on a cycle', () => {
    const a = agent('a', { dependsOn: ['b'] });
    const b = agent('b', { dependsOn: ['c'] });
    const c = agent('c', { dependsOn: ['b'] });
    expect(checkAgentGraph(a, [a, b, c])).toEqual([]);
  });

  it('checks the given version of the agent, not its stale copy', () => {
    const staleA = agent('a', { dependsOn: ['b'] });
    const b = agent('b', { dependsOn: ['a'] });
    const freshA = { ...staleA, spec: { ...staleA.spec, dependsOn: [] } };
    expect(checkAgentGraph(freshA, [staleA, b])).toEqual([]);
  });

  it('reports an agentId used twice', () => {
    const a = agent('a', { agentId: 'agent-042' });
    const b = agent('b', { agentId: 'agent-042' });
    expect(checkAgentGraph(a, [a, b])).toEqual([
      {
        severity: 'error',
        message: 'agentId agent-042 is also used by agent:default/b',
      },
    ]);
  });

  it('reports identical ownership globs as a conflict, with the same text on both agents', () => {
    const ia = agent('infrastructure-architect', {
      ownership: { paths: ['workflows/*'] },
    });
    const ci = agent('cicd-engineer', {
      ownership: { paths: ['workflows/*'] },
    });
    const expected = [
      {
        severity: 'conflict',
        message:
          "ownership conflict: 'workflows/*' of agent:default/cicd-engineer and 'workflows/*' of agent:default/infrastructure-architect both claim workflows/x",
      },
    ];
    expect(checkAgentGraph(ia, [ia, ci])).toEqual(expected);
    expect(checkAgentGraph(ci, [ia, ci])).toEqual(expected);
  });

  it('reports a partial ownership overlap as a conflict', () => {
    const docs = agent('docs', { ownership: { paths: ['**/README.md'] } });
    const net = agent('net', {
      ownership: { paths: ['components/terraform/vpc/*'] },
    });
    expect(checkAgentGraph(net, [docs, net])).toEqual([
      {
        severity: 'conflict',
        message:
          "ownership conflict: '**/README.md' of agent:default/docs and 'components/terraform/vpc/*' of agent:default/net both claim components/terraform/vpc/README.md",
      },
    ]);
  });

  it('notes a nested ownership overlap on both agents, naming the primary owner', () => {
    const ia = agent('infrastructure-architect', {
      ownership: { paths: ['components/terraform/*'] },
    });
    const net = agent('network-engineer', {
      ownership: { paths: ['components/terraform/vpc/*'] },
    });
    const expected = [
      {
        severity: 'note',
        message:
          "ownership 'components/terraform/vpc/*' of agent:default/network-engineer is nested in 'components/terraform/*' of agent:default/infrastructure-architect: agent:default/network-engineer is the primary owner there (e.g. components/terraform/vpc/x)",
      },
    ];
    expect(checkAgentGraph(ia, [ia, net])).toEqual(expected);
    expect(checkAgentGraph(net, [ia, net])).toEqual(expected);
  });

  it('ignores globs that do not overlap', () => {
    const a = agent('a', { ownership: { paths: ['stacks/*.yaml'] } });
    const b = agent('b', { ownership: { paths: ['stacks/dev/*'] } });
    expect(checkAgentGraph(a, [a, b])).toEqual([]);
  });

  it('does not trip over another agent with a bad ref', () => {
    const a = agent('a', { dependsOn: ['b'] });
    const b = agent('b', { dependsOn: ['component:vpc'] });
    expect(checkAgentGraph(a, [a, b])).toEqual([]);
  });
});
