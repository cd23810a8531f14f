import { mockServices } from '@backstage/backend-test-utils';
import {
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  groupEntityV1alpha1Validator,
  stringifyEntityRef,
  systemEntityV1alpha1Validator,
  userEntityV1alpha1Validator,
  type Entity,
} from '@backstage/catalog-model';
import {
  mcpServerApiEntityValidator,
  ruleAiResourceEntityV1alpha1Validator,
  skillAiResourceEntityV1alpha1Validator,
} from '@backstage/catalog-model/alpha';
import {
  parseEntityYaml,
  type CatalogProcessorResult,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { loadFramework } from '@agent-coordination/plugin-agent-coordination-node';
import fs from 'node:fs';
import path from 'node:path';
import { AgentDirectory } from './processor/AgentDirectory';
import { AgentEntityProcessor } from './processor/AgentEntityProcessor';
import { ComponentPathOwnerProcessor } from './processor/ComponentPathOwnerProcessor';

// The repository's example entities, run through both processors the way a
// fresh catalog would: every agent validated first, then post-processed.
const examplesDir = path.resolve(__dirname, '../../../examples');

function load(file: string): Entity[] {
  const location = { type: 'file', target: path.join(examplesDir, file) };
  const results = [
    ...parseEntityYaml(fs.readFileSync(location.target), location),
  ];
  return results.map(r => {
    if (r.type !== 'entity') throw new Error(`${file}: ${JSON.stringify(r)}`);
    return r.entity;
  });
}

const agents = load('agents.yaml');
const infrastructure = load('infrastructure.yaml');
const location = {
  type: 'file',
  target: path.join(examplesDir, 'agents.yaml'),
};

async function processAll() {
  const logger = mockServices.logger.mock();
  const directory = new AgentDirectory({
    catalog: catalogServiceMock({ entities: [] }),
    auth: mockServices.auth({ pluginId: 'catalog' }),
    logger,
  });
  // The seed framework: the example agents are its 14 agents.
  const { framework } = loadFramework(mockServices.rootConfig());
  const agentProcessor = new AgentEntityProcessor({
    directory,
    logger,
    framework,
  });
  for (const agent of agents) {
    await expect(agentProcessor.validateEntityKind(agent)).resolves.toBe(true);
  }
  const errors: Record<string, string[]> = {};
  const notes: Record<string, string[]> = {};
  const conflicts: Record<string, string[]> = {};
  for (const agent of agents) {
    const results: CatalogProcessorResult[] = [];
    const out = await agentProcessor.postProcessEntity(agent, location, r =>
      results.push(r),
    );
    const name = agent.metadata.name;
    const errs = results.flatMap(r =>
      r.type === 'error' ? [r.error.message] : [],
    );
    if (errs.length) errors[name] = errs;
    const note =
      out.metadata.annotations?.['agent-coordination.io/ownership-notes'];
    if (note) notes[name] = note.split('\n');
    const conflict =
      out.metadata.annotations?.['agent-coordination.io/ownership-conflicts'];
    if (conflict) conflicts[name] = conflict.split('\n');
  }
  const componentProcessor = new ComponentPathOwnerProcessor({ directory });
  const owners: Record<string, string[]> = {};
  for (const entity of infrastructure.filter(e => e.kind === 'Component')) {
    const results: CatalogProcessorResult[] = [];
    await componentProcessor.postProcessEntity(entity, location, r =>
      results.push(r),
    );
    owners[entity.metadata.name] = results.flatMap(r =>
      r.type === 'relation' && r.relation.type === 'ownsPathOf'
        ? [r.relation.source.name]
        : [],
    );
  }
  return { errors, notes, conflicts, owners };
}

describe('examples', () => {
  it('holds the 14 seed agents', () => {
    expect(agents.map(a => a.metadata.name)).toEqual([
      'context-manager',
      'infrastructure-architect',
      'security-specialist',
      'network-engineer',
      'backstage-developer',
      'api-developer',
      'kubernetes-specialist',
      'observability-engineer',
      'cicd-engineer',
      'cost-optimizer',
      'testing-engineer',
      'documentation-specialist',
      'dx-optimizer',
      'compliance-auditor',
    ]);
  });

  it('flags only the seed’s genuine ownership conflict, on both agents, without an ingest error', async () => {
    const conflict =
      "ownership conflict: 'workflows/*' of agent:default/cicd-engineer and 'workflows/*' of agent:default/infrastructure-architect both claim workflows/x";
    const { errors, notes, conflicts } = await processAll();
    expect(errors).toEqual({});
    expect(conflicts).toEqual({
      'infrastructure-architect': [conflict],
      'cicd-engineer': [conflict],
    });
    expect(Object.keys(notes).sort()).toEqual([
      'infrastructure-architect',
      'kubernetes-specialist',
      'network-engineer',
      'observability-engineer',
    ]);
    expect(notes['infrastructure-architect']).toHaveLength(5);
  });

  it('gives every component its primary path owner', async () => {
    const { owners } = await processAll();
    expect(owners).toEqual({
      vpc: ['network-engineer'],
      dns: ['network-engineer'],
      eks: ['kubernetes-specialist'],
      'eks-addons': ['kubernetes-specialist'],
      monitoring: ['observability-engineer'],
      stacks: ['infrastructure-architect'],
      security: ['security-specialist'],
      workflows: ['cicd-engineer', 'infrastructure-architect'],
      'github-workflows': ['cicd-engineer'],
      'platform-backstage': ['backstage-developer'],
      'platform-api': ['api-developer'],
      docs: ['documentation-specialist'],
    });
  });

  it('refers only to entities the example files define', () => {
    const all = [
      ...agents,
      ...infrastructure,
      ...load('org.yaml'),
      ...load('ai.yaml'),
    ];
    const defined = new Set(all.map(e => stringifyEntityRef(e)));
    const refs = agents.flatMap(a => {
      const s = a.spec as Record<string, unknown>;
      return [
        s.owner,
        s.system,
        s.dependsOn,
        s.nonBlockingDependsOn,
        s.skills,
        s.rules,
        s.mcpServers,
      ]
        .flat()
        .filter((r): r is string => typeof r === 'string');
    });
    expect(refs.filter(r => !defined.has(r))).toEqual([]);
  });

  it('holds valid entities of the other kinds', async () => {
    // The validator a catalog with the ai-model module picks for each entity.
    const validatorFor = (e: Entity) => {
      if (e.kind === 'AiResource') {
        return e.spec?.type === 'rule'
          ? ruleAiResourceEntityV1alpha1Validator
          : skillAiResourceEntityV1alpha1Validator;
      }
      if (e.kind === 'API') {
        return e.spec?.type === 'mcp-server'
          ? mcpServerApiEntityValidator
          : apiEntityV1alpha1Validator;
      }
      return {
        Component: componentEntityV1alpha1Validator,
        Group: groupEntityV1alpha1Validator,
        System: systemEntityV1alpha1Validator,
        User: userEntityV1alpha1Validator,
      }[e.kind]!;
    };
    const others = [...infrastructure, ...load('org.yaml'), ...load('ai.yaml')];
    expect(others).toHaveLength(38);
    for (const entity of others) {
      await expect(validatorFor(entity).check(entity)).resolves.toBe(true);
    }
  });

  it("defines every group the framework's authorities name, so a member can decide at that level", () => {
    const { framework } = loadFramework(mockServices.rootConfig());
    const groups = new Set(load('org.yaml').filter(e => e.kind === 'Group').map(e => stringifyEntityRef(e)));
    const named = framework.authorities.flatMap(a => a.groups);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter(g => !groups.has(g))).toEqual([]);
  });
});
