import { exampleAgentGraph } from '../../__testUtils__/agents';
import { edgeKey, graphHighlights } from './graphHighlights';

const ref = (name: string) => `agent:default/${name}`;

describe('graphHighlights', () => {
  it('marks the critical path and its edges in dependency direction', () => {
    const h = graphHighlights(exampleAgentGraph());

    expect([...h.criticalNodes]).toEqual([
      ref('context-manager'),
      ref('infrastructure-architect'),
      ref('network-engineer'),
      ref('kubernetes-specialist'),
    ]);
    expect([...h.criticalEdges]).toEqual([
      edgeKey(ref('infrastructure-architect'), ref('context-manager')),
      edgeKey(ref('network-engineer'), ref('infrastructure-architect')),
      edgeKey(ref('kubernetes-specialist'), ref('network-engineer')),
    ]);
    expect(h.cyclicNodes.size).toBe(0);
    expect(h.cycleEdges.size).toBe(0);
  });

  it('closes each reported cycle back to its first node', () => {
    const h = graphHighlights(
      exampleAgentGraph([['context-manager', 'network-engineer']]),
    );

    expect([...h.cyclicNodes].sort()).toEqual([
      ref('context-manager'),
      ref('infrastructure-architect'),
      ref('network-engineer'),
    ]);
    expect([...h.cycleEdges]).toEqual([
      edgeKey(ref('context-manager'), ref('network-engineer')),
      edgeKey(ref('network-engineer'), ref('infrastructure-architect')),
      edgeKey(ref('infrastructure-architect'), ref('context-manager')),
    ]);
  });
});
