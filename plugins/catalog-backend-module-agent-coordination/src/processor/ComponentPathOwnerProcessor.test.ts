import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import type { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AgentDirectory } from './AgentDirectory';
import { ComponentPathOwnerProcessor } from './ComponentPathOwnerProcessor';
import { testAgent } from './testAgents';

const location = { type: 'url', target: 'https://example.com/components.yaml' };

function component(
  name: string,
  sourcePath?: string,
  kind = 'Component',
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: {
      name,
      annotations: sourcePath
        ? { 'agent-coordination.io/source-path': sourcePath }
        : {},
    },
    spec: {
      type: 'terraform-component',
      lifecycle: 'production',
      owner: 'infrastructure',
    },
  };
}

function setup() {
  const catalog = catalogServiceMock({
    entities: [
      testAgent('infrastructure-architect', {
        ownership: { paths: ['components/terraform/*', 'workflows/*'] },
      }),
      testAgent('network-engineer', {
        ownership: { paths: ['components/terraform/vpc/*'] },
      }),
      testAgent('cicd-engineer', { ownership: { paths: ['workflows/*'] } }),
    ],
  });
  const directory = new AgentDirectory({
    catalog,
    auth: mockServices.auth({ pluginId: 'catalog' }),
    logger: mockServices.logger.mock(),
  });
  const processor = new ComponentPathOwnerProcessor({ directory });
  const relationsOf = async (entity: Entity) => {
    const results: CatalogProcessorResult[] = [];
    await processor.postProcessEntity(entity, location, r => results.push(r));
    return results.map(r =>
      r.type === 'relation'
        ? `${r.relation.source.kind}:${r.relation.source.name} ${r.relation.type} ${r.relation.target.kind}:${r.relation.target.name}`
        : r.type,
    );
  };
  return { relationsOf, catalog };
}

describe('ComponentPathOwnerProcessor', () => {
  it('links a component to the most specific owner of its path', async () => {
    const { relationsOf } = setup();
    expect(
      await relationsOf(component('vpc', 'components/terraform/vpc')),
    ).toEqual([
      'agent:network-engineer ownsPathOf Component:vpc',
      'Component:vpc pathOwnedBy agent:network-engineer',
    ]);
    expect(
      await relationsOf(component('rds', 'components/terraform/rds')),
    ).toEqual([
      'agent:infrastructure-architect ownsPathOf Component:rds',
      'Component:rds pathOwnedBy agent:infrastructure-architect',
    ]);
  });

  it('links a component to both owners of a conflicting glob', async () => {
    const { relationsOf } = setup();
    expect(await relationsOf(component('workflows', 'workflows'))).toEqual([
      'agent:cicd-engineer ownsPathOf Component:workflows',
      'Component:workflows pathOwnedBy agent:cicd-engineer',
      'agent:infrastructure-architect ownsPathOf Component:workflows',
      'Component:workflows pathOwnedBy agent:infrastructure-architect',
    ]);
  });

  it('leaves components without the annotation, unowned paths and other kinds alone', async () => {
    const { relationsOf } = setup();
    expect(await relationsOf(component('no-path'))).toEqual([]);
    expect(await relationsOf(component('docs', 'docs'))).toEqual([]);
    expect(
      await relationsOf(
        component('vpc-api', 'components/terraform/vpc', 'API'),
      ),
    ).toEqual([]);
  });

  it('fails, keeping the previous relations, when agents cannot be read', async () => {
    const { relationsOf, catalog } = setup();
    jest
      .spyOn(catalog, 'getEntities')
      .mockRejectedValue(new Error('catalog down'));
    await expect(
      relationsOf(component('vpc', 'components/terraform/vpc')),
    ).rejects.toThrow('catalog down');
  });
});
