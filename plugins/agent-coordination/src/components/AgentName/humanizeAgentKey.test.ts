import { humanizeAgentKey } from './humanizeAgentKey';

describe('humanizeAgentKey', () => {
  it.each([
    ['context_manager', 'Context Manager'],
    ['infrastructure_architect', 'Infrastructure Architect'],
    ['cicd_engineer', 'CI/CD Engineer'],
    ['api_developer', 'API Developer'],
    ['dx_optimizer', 'DX Optimizer'],
    ['observability_engineer', 'Observability Engineer'],
    ['agent2', 'Agent2'],
  ])('%s -> %s', (key, name) => {
    expect(humanizeAgentKey(key)).toBe(name);
  });
});
