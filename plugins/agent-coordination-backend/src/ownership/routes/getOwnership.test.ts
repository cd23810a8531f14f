import request from 'supertest';
import { BASE, startAgentBackend } from '../../__testUtils__/startAgentBackend';

const ref = (name: string) => `agent:default/${name}`;

/*
 * Ownership comes from the framework file's agents (framework keys); the
 * catalog only lends each owner its entity ref and title.
 */
describe('GET /ownership', () => {
  let t: Awaited<ReturnType<typeof startAgentBackend>>;
  beforeAll(async () => {
    t = await startAgentBackend();
  });
  afterAll(() => t?.backend.stop());

  it('gives a nested path to the more specific agent and flags the overlap as nested', async () => {
    const res = await t.get('/ownership?path=components/terraform/vpc/main.tf');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      path: 'components/terraform/vpc/main.tf',
      owners: [
        {
          agent: 'network_engineer',
          agentId: 'agent-004',
          title: 'Network Engineer',
          role: 'Network Architecture',
          entityRef: ref('network-engineer'),
          glob: 'components/terraform/vpc/*',
          specificity: 25,
          primary: true,
        },
        {
          agent: 'infrastructure_architect',
          agentId: 'agent-002',
          title: 'Infrastructure Architect',
          role: 'Terraform/Atmos Optimization',
          entityRef: ref('infrastructure-architect'),
          glob: 'components/terraform/*',
          specificity: 21,
          primary: false,
        },
      ],
      primary: ['network_engineer'],
      overlaps: [
        {
          a: 'network_engineer',
          globA: 'components/terraform/vpc/*',
          b: 'infrastructure_architect',
          globB: 'components/terraform/*',
          nested: true,
        },
      ],
      conflict: false,
    });
  });

  it('reports a conflict when two agents claim the path with the same glob', async () => {
    const res = await t.get('/ownership?path=workflows/deploy.yaml');
    expect(res.status).toBe(200);
    expect(res.body.primary).toEqual(['infrastructure_architect', 'cicd_engineer']);
    expect(res.body.conflict).toBe(true);
    expect(res.body.overlaps).toEqual([
      {
        a: 'infrastructure_architect',
        globA: 'workflows/*',
        b: 'cicd_engineer',
        globB: 'workflows/*',
        nested: false,
      },
    ]);
  });

  it('answers from the framework even for agents the catalog does not hold', async () => {
    const empty = await startAgentBackend([]);
    const res = await empty.get('/ownership?path=components/terraform/vpc/main.tf');
    expect(res.status).toBe(200);
    expect(res.body.primary).toEqual(['network_engineer']);
    expect(res.body.owners[0]).toMatchObject({ entityRef: null, title: 'Network Engineer' });
    await empty.backend.stop();
  });

  it('normalises the path and answers an unowned one with no owners', async () => {
    const owned = await t.get(`/ownership?path=${encodeURIComponent('./security//iam/policy.json/')}`);
    expect(owned.body).toMatchObject({
      path: 'security/iam/policy.json',
      primary: ['security_specialist'],
    });
    const unowned = await t.get('/ownership?path=README.md');
    expect(unowned.status).toBe(200);
    expect(unowned.body).toEqual({
      path: 'README.md',
      owners: [],
      primary: [],
      overlaps: [],
      conflict: false,
    });
  });

  it.each([
    ['missing', '', /path: required/],
    ['empty', '?path=', /path: Empty value found/],
    ['blank', '?path=%20%20', /'path' is required/],
    ['absolute', '?path=/etc/passwd', /'path' must be relative to the repository root, not absolute: '\/etc\/passwd'/],
    ['a drive path', '?path=C:%5Crepo%5Cx.tf', /'path' must be relative/],
    ['climbing out', '?path=components/../../secrets', /'path' must not contain '\.\.'/],
    ['repeated', '?path=a&path=b', /path: must be string/],
    ['only dots', '?path=./', /'path' names no file/],
  ])('answers 400 naming path when it is %s', async (_what, query, message) => {
    const res = await t.get(`/ownership${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      name: 'InputError',
      message: expect.stringMatching(message),
    });
  });

  it('answers 401 without credentials', async () => {
    const res = await request(t.server).get(`${BASE}/ownership?path=stacks/dev.yaml`);
    expect(res.status).toBe(401);
  });
});
