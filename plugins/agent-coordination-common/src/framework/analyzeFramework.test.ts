import { readFileSync } from 'fs';
import { join } from 'path';
import { analyzeFramework } from './analyzeFramework';
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
    const cycles = analysis.diagram.mergedCycles.map(c => [...c].sort().join(','));
    expect(cycles.length).toBeGreaterThan(0);
    expect(cycles.some(c => c.includes('infrastructure_architect') && c.includes('network_engineer'))).toBe(true);
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
