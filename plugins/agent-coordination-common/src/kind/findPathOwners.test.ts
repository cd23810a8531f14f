import type { AgentEntityV1alpha1 } from './AgentEntityV1alpha1';
import { findPathOwners } from './findPathOwners';

function agent(name: string, paths: string[]): AgentEntityV1alpha1 {
  return {
    apiVersion: 'agent-coordination.io/v1alpha1',
    kind: 'Agent',
    metadata: { name },
    spec: {
      agentId: 'agent-001',
      role: name,
      tier: 2,
      authority: 'STANDARD',
      owner: 'infrastructure',
      ownership: { paths },
    },
  };
}

const architect = agent('infrastructure-architect', [
  'components/terraform/*',
  'stacks/*',
  'workflows/*',
]);
const network = agent('network-engineer', [
  'components/terraform/vpc/*',
  'components/terraform/dns/*',
]);
const cicd = agent('cicd-engineer', ['workflows/*', '.github/workflows/*']);
const docs = agent('documentation-specialist', ['docs/*', '**/README.md']);
const agents = [architect, network, cicd, docs];

describe('findPathOwners', () => {
  it('gives a directory under a nested glob to the more specific owner', () => {
    expect(findPathOwners(agents, 'components/terraform/vpc')).toEqual([
      {
        agent: 'agent:default/network-engineer',
        glob: 'components/terraform/vpc/*',
      },
    ]);
    expect(findPathOwners(agents, 'components/terraform/vpc/modules/')).toEqual(
      [
        {
          agent: 'agent:default/network-engineer',
          glob: 'components/terraform/vpc/*',
        },
      ],
    );
  });

  it('gives a directory only the outer glob covers to its owner', () => {
    expect(findPathOwners(agents, 'components/terraform/rds')).toEqual([
      {
        agent: 'agent:default/infrastructure-architect',
        glob: 'components/terraform/*',
      },
    ]);
  });

  it('lists both owners of identical globs', () => {
    expect(findPathOwners(agents, 'workflows')).toEqual([
      { agent: 'agent:default/cicd-engineer', glob: 'workflows/*' },
      { agent: 'agent:default/infrastructure-architect', glob: 'workflows/*' },
    ]);
  });

  it('does not give a directory to a glob that only touches some of its files', () => {
    expect(findPathOwners(agents, 'platform/backstage')).toEqual([]);
    expect(findPathOwners(agents, 'docs')).toEqual([
      { agent: 'agent:default/documentation-specialist', glob: 'docs/*' },
    ]);
  });

  it('owns nothing for an empty path', () => {
    expect(findPathOwners(agents, ' / ')).toEqual([]);
  });
});
