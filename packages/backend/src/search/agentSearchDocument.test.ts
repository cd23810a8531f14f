import { defaultCatalogCollatorEntityTransformer } from '@backstage/plugin-search-backend-module-catalog';
import {
  LunrSearchEngine,
  TestPipeline,
} from '@backstage/plugin-search-backend-node';
import { agentSearchDocument } from './agentSearchDocument';

function agent(
  name: string,
  title: string,
  role: string,
  agentId: string,
  paths: string[],
) {
  return {
    apiVersion: 'agent-coordination.io/v1alpha1',
    kind: 'Agent',
    metadata: { name, title },
    spec: {
      type: 'ai-agent',
      agentId,
      role,
      tier: 2,
      authority: 'STANDARD',
      ownership: { paths },
      owner: 'group:default/infrastructure',
    },
  };
}

const networkEngineer = {
  apiVersion: 'agent-coordination.io/v1alpha1',
  kind: 'Agent',
  metadata: {
    name: 'network-engineer',
    title: 'Network Engineer',
    description: 'Network Architecture (tier 2, infrastructure layer).',
  },
  spec: {
    type: 'ai-agent',
    agentId: 'agent-004',
    role: 'Network Architecture',
    tier: 2,
    authority: 'SENIOR',
    responsibilities: ['VPC design optimization'],
    ownership: {
      paths: ['components/terraform/vpc/*', 'components/terraform/dns/*'],
      areas: ['Network security groups'],
    },
    owner: 'group:default/infrastructure',
  },
};

describe('agentSearchDocument', () => {
  it("puts an agent's role, id, owned paths and areas in the searchable text", () => {
    const document = agentSearchDocument(networkEngineer);

    expect(document).toMatchObject({
      title: 'Network Engineer',
      kind: 'Agent',
      type: 'ai-agent',
      owner: 'group:default/infrastructure',
    });
    expect(document.text).toBe(
      'Network Architecture (tier 2, infrastructure layer). : ' +
        'Network Architecture (agent-004, tier 2, SENIOR authority) : ' +
        'Owns components/terraform/vpc/* (components terraform vpc), components/terraform/dns/* (components terraform dns) : ' +
        'Owns Network security groups : ' +
        'VPC design optimization',
    );
  });

  it("leaves other kinds to the catalog's default document", () => {
    const component = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'vpc', description: 'The VPC module' },
      spec: { type: 'terraform-module', lifecycle: 'production', owner: 'x' },
    };
    expect(agentSearchDocument(component)).toEqual(
      defaultCatalogCollatorEntityTransformer(component),
    );
  });
});

describe('agents in the in-process search engine (Lunr, the portal default)', () => {
  const logger: any = {
    info: () => {},
    warn: () => {},
    error: () => {},
    debug: () => {},
  };
  logger.child = () => logger;

  async function search(term: string): Promise<string[]> {
    const engine = new LunrSearchEngine({ logger });
    const indexer = await engine.getIndexer('software-catalog');
    const documents = [
      networkEngineer,
      agent(
        'cicd-engineer',
        'CI/CD Engineer',
        'Pipeline Automation',
        'agent-009',
        ['workflows/*', '.github/workflows/*'],
      ),
      agent(
        'kubernetes-specialist',
        'Kubernetes Specialist',
        'Container Orchestration',
        'agent-007',
        ['components/terraform/eks/*'],
      ),
    ].map(entity => ({
      ...agentSearchDocument(entity),
      location: `/catalog/default/agent/${entity.metadata.name}`,
    }));
    await TestPipeline.fromIndexer(indexer).withDocuments(documents).execute();
    const { results } = await engine.query({
      term,
      types: ['software-catalog'],
    });
    return results.map(r => r.document.title);
  }

  it.each([
    ['its name', 'network engineer', 'Network Engineer'],
    ['its role', 'container orchestration', 'Kubernetes Specialist'],
    ['its framework id', 'agent-009', 'CI/CD Engineer'],
    ['a directory it owns', 'vpc', 'Network Engineer'],
    ['an owned path', 'components/terraform/eks', 'Kubernetes Specialist'],
    ['a path of the repository it owns', 'workflows', 'CI/CD Engineer'],
  ])('finds an agent by %s', async (_what, term, title) => {
    expect((await search(term))[0]).toBe(title);
  });
});
