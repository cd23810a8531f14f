import { readFileSync } from 'fs';
import { join } from 'path';
import { analyzeFramework, diagramDependencies } from './analyzeFramework';
import { parseFramework } from './parseFramework';

const seed = parseFramework(
  readFileSync(join(__dirname, '../../examples/framework.yaml'), 'utf8'),
  'framework.yaml',
);

describe('analyzeFramework on the seed', () => {
  const analysis = analyzeFramework(seed);

  it('orders agents with the context manager first and finds no cycle in §2', () => {
    expect(analysis.registry.cycles).toEqual([]);
    expect(analysis.registry.order[0]).toBe('context_manager');
    const pos = (k: string) => analysis.registry.order.indexOf(k);
    for (const agent of seed.agents) {
      for (const dep of agent.dependencies) {
        expect(pos(dep.agent)).toBeLessThan(pos(agent.key));
      }
    }
  });

  it('reports the pairs §5.1 draws the other way round from §2', () => {
    const reversed = analysis.diagram.reversed.map(
      r => `${r.registry.agent}->${r.registry.dependsOn}`,
    );
    expect(reversed).toEqual(
      expect.arrayContaining([
        'security_specialist->infrastructure_architect',
        'network_engineer->infrastructure_architect',
        'cicd_engineer->infrastructure_architect',
      ]),
    );
  });

  it('reports the cycles merging the diagram into §2 would create', () => {
    expect(analysis.diagram.mergedCycles).toEqual(
      expect.arrayContaining([
        ['security_specialist', 'infrastructure_architect'],
        ['network_engineer', 'infrastructure_architect'],
        ['cicd_engineer', 'infrastructure_architect'],
      ]),
    );
    // Every reported cycle is a real loop of the merged graph.
    const merged = new Set([
      ...seed.agents.flatMap(a => a.dependencies.map(d => `${a.key}>${d.agent}`)),
      ...diagramDependencies(seed).map(p => `${p.agent}>${p.dependsOn}`),
    ]);
    for (const cycle of analysis.diagram.mergedCycles) {
      cycle.forEach((node, i) => {
        expect(merged.has(`${node}>${cycle[(i + 1) % cycle.length]}`)).toBe(true);
      });
    }
  });

  it('lists diagram-only edges such as K8s waiting for CI/CD', () => {
    expect(analysis.diagram.onlyInDiagram).toEqual(
      expect.arrayContaining([{ agent: 'kubernetes_specialist', dependsOn: 'cicd_engineer' }]),
    );
  });

  it('flags workflows/* owned by two agents', () => {
    expect(analysis.ownership.overlaps).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          a: 'infrastructure_architect',
          globA: 'workflows/*',
          b: 'cicd_engineer',
          globB: 'workflows/*',
        }),
      ]),
    );
  });
});
