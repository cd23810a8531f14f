import type { Task } from '@agent-coordination/plugin-agent-coordination-common';
import { startTaskBackend, type TaskBackend } from '../../__testUtils__/startTaskBackend';
import { createTestDatabases } from '../../__testUtils__/testDatabases';

const databases = createTestDatabases();

describe('the list-tasks action', () => {
  let t: TaskBackend;
  // Every task made here carries this label, so filters see exactly these.
  const mine = 'list-action';
  let tasks: Task[];
  beforeAll(async () => {
    t = await startTaskBackend(databases, 'SQLITE_3');
    tasks = [
      await t.createTask({ title: 'Plan VPC peering', kind: 'network_setup', assignee: 'network_engineer', component: 'vpc', labels: [mine, 'net'] }),
      await t.createTask({ title: 'REST gateway', kind: 'api_development', assignee: 'api_developer', labels: [mine] }),
      await t.createTask({ title: 'Unassigned chore', labels: [mine, 'net'] }),
    ];
    tasks[0] = await t.transition(tasks[0], 'ASSIGNED', 'cm');
  }, 120_000);
  afterAll(() => t?.backend.stop());

  const list = async (input: object) => {
    const res = await t.action('nobody', 'list-tasks', { label: mine, ...input });
    expect(res.status).toBe(200);
    return res.body.output;
  };

  it('answers the tasks as GET /tasks does, for any caller that may read', async () => {
    const out = await list({});
    const rest = await t.http.get('nobody', `/tasks?label=${mine}`);
    expect(out.tasks).toEqual(rest.body.items);
    expect(out.tasks.map((x: Task) => x.id)).toEqual(tasks.map(x => x.id));
    expect(out.nextCursor).toBeNull();
  });

  it('filters by assignee, state, kind, component and label', async () => {
    const titles = async (input: object) => (await list(input)).tasks.map((x: Task) => x.title);
    expect(await titles({ assignee: 'api_developer' })).toEqual(['REST gateway']);
    expect(await titles({ state: 'ASSIGNED' })).toEqual(['Plan VPC peering']);
    expect(await titles({ state: 'CREATED' })).toEqual(['REST gateway', 'Unassigned chore']);
    expect(await titles({ kind: 'general' })).toEqual(['Unassigned chore']);
    expect(await titles({ component: 'VPC' })).toEqual(['Plan VPC peering']);
    expect(await titles({ label: 'net', assignee: 'network_engineer' })).toEqual(['Plan VPC peering']);
  });

  it('pages with limit and the cursor it answers, each task once', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const out = await list({ limit: 1, ...(cursor && { cursor }) });
      seen.push(...out.tasks.map((x: Task) => x.id));
      cursor = out.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(tasks.map(x => x.id));
  });

  it('refuses bad filters with a 400 naming the field', async () => {
    const limit = await t.action('cm', 'list-tasks', { limit: 0 });
    expect(limit.status).toBe(400);
    expect(limit.body.error.cause.issues.map((i: any) => i.path)).toEqual([['limit']]);
    const state = await t.action('cm', 'list-tasks', { state: 'DONE' });
    expect(state.status).toBe(400);
    expect(state.body.error.message).toContain("state: unknown state 'DONE'");
    const agent = await t.action('cm', 'list-tasks', { assignee: 'ghost' });
    expect(agent.status).toBe(400);
    expect(agent.body.error.message).toContain("assignee: unknown agent 'ghost'");
    const cursor = await t.action('cm', 'list-tasks', { cursor: 'garbage' });
    expect(cursor.status).toBe(400);
    expect(cursor.body.error.message).toContain('cursor');
  });
});
