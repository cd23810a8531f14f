import type { Task } from '@agent-coordination/plugin-agent-coordination-common';
import request from 'supertest';
import { createTestDatabases, recordEngine } from '../../__testUtils__/testDatabases';
import { BASE, startTaskBackend, type TaskBackend } from '../../__testUtils__/startTaskBackend';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('GET /tasks on %p', databaseId => {
  let t: TaskBackend;
  // Every task made here carries this label, so filters can be checked
  // against exactly this file's tasks.
  const mine = `list-${databaseId.toLowerCase()}`;
  let tasks: Task[];
  beforeAll(async () => {
    t = await startTaskBackend(databases, databaseId);
    tasks = [
      await t.createTask({ title: 'Plan VPC peering', kind: 'network_setup', assignee: 'network_engineer', priority: 'P0', component: 'vpc', labels: [mine, 'net'] }),
      await t.createTask({ title: 'REST gateway', description: 'Build the 100%_fast API', kind: 'api_development', assignee: 'api_developer', priority: 'P1', labels: [mine] }),
      await t.createTask({ title: 'Audit IAM', kind: 'security_approval', assignee: 'security_specialist', priority: 'P0', component: 'component:default/iam', labels: [mine] }),
      await t.createTask({ title: 'Unassigned chore', labels: [mine, 'net'] }),
    ];
    await t.transition(tasks[0], 'ASSIGNED', 'cm');
  }, 60_000);
  afterAll(() => t?.backend.stop());

  const titles = async (query: string) => {
    const res = await t.http.get('nobody', `/tasks?label=${mine}&${query}`);
    expect(res.status).toBe(200);
    return res.body.items.map((x: Task) => x.title);
  };

  it('filters by each field, alone and combined', async () => {
    expect(await titles('')).toEqual(tasks.map(x => x.title));
    expect(await titles('state=ASSIGNED')).toEqual(['Plan VPC peering']);
    expect(await titles('assignee=api_developer')).toEqual(['REST gateway']);
    expect(await titles('tier=2')).toEqual(['Plan VPC peering', 'Audit IAM']);
    expect(await titles('tier=3')).toEqual(['REST gateway']);
    expect(await titles('tier=3&assignee=network_engineer')).toEqual([]);
    expect(await titles('component=VPC')).toEqual(['Plan VPC peering']);
    expect(await titles('component=component:default/iam')).toEqual(['Audit IAM']);
    expect(await titles('priority=P0')).toEqual(['Plan VPC peering', 'Audit IAM']);
    expect(await titles('priority=P0&state=CREATED')).toEqual(['Audit IAM']);
    expect(await titles('text=CHORE')).toEqual(['Unassigned chore']);
    const net = await t.http.get('cm', '/tasks?label=net');
    expect(net.body.items.map((x: Task) => x.id)).toEqual([tasks[0].id, tasks[3].id]);
    expect(await titles('text=vpc')).toEqual(['Plan VPC peering']);
    expect(await titles('text=100%25_fast')).toEqual(['REST gateway']);
    // `_` and `%` are literal: as LIKE wildcards, 't_g' would match 'REST gateway'.
    expect(await titles('text=t_g')).toEqual([]);
    expect(await titles('text=t%25g')).toEqual([]);
    recordEngine(databaseId);
  });

  it('pages through in creation order with a keyset cursor, each task exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `/tasks?label=${mine}&limit=1${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await t.http.get('cm', query);
      seen.push(...res.body.items.map((x: Task) => x.id));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor);
    expect(seen).toEqual(tasks.map(x => x.id));
    expect(pages).toBe(tasks.length);
  });

  it('keeps its place when tasks are added between pages', async () => {
    const first = await t.http.get('cm', `/tasks?label=${mine}&limit=2`);
    await t.createTask({ title: 'Late', labels: [mine] });
    const second = await t.http.get('cm', `/tasks?label=${mine}&limit=10&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((x: Task) => x.title)).toEqual(['Audit IAM', 'Unassigned chore', 'Late']);
    expect(second.body.nextCursor).toBeNull();
  });

  it.each([
    ['state=DONE', "state: unknown state 'DONE'; the framework's states are CREATED"],
    ['assignee=ghost', "assignee: unknown agent 'ghost'"],
    ['tier=two', 'tier: must be integer'],
    ['limit=0', 'limit: must be >= 1'],
    ['limit=500', 'limit: must be <= 200'],
    ['priority=high', 'priority: must be equal to one of the allowed values'],
    ['component=a:b:c', 'component: must be a catalog entity ref'],
    ['cursor=garbage', 'cursor: not a cursor this API returned'],
    ['state=CREATED&state=ASSIGNED', 'state: must be string'],
    ['colour=red', "Unknown query parameter 'colour'"],
  ])('refuses ?%s with 400 naming the parameter', async (query, message) => {
    const res = await t.http.get('cm', `/tasks?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(message);
  });

  it('needs credentials', async () => {
    expect((await request(t.server).get(`${BASE}/tasks`)).status).toBe(401);
  });
});
