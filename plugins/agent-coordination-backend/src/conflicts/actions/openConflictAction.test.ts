import { startTaskBackend, type TaskBackend } from '../../__testUtils__/startTaskBackend';
import { createTestDatabases } from '../../__testUtils__/testDatabases';
import { CONFLICTS } from '../store/tables';

const databases = createTestDatabases();

// Actions behave the same on every engine (they run the routes' commands); SQLite keeps this quick.
describe('the open-conflict action', () => {
  let t: TaskBackend;
  beforeAll(async () => {
    t = await startTaskBackend(databases, 'SQLITE_3');
  }, 120_000);
  afterAll(() => t?.backend.stop());

  const codeMerge = {
    type: 'technical',
    category: 'code_merge',
    title: 'Two plans for the VPC module',
    parties: ['network_engineer', 'infrastructure_architect'],
  };

  it("opens at L1 with the matrix row's authority and deadline, and holds the tasks it blocks", async () => {
    const task = await t.taskIn('IN_PROGRESS');
    const res = await t.action('net', 'open-conflict', { ...codeMerge, blocks: [task.id], paths: ['components/terraform/vpc/main.tf'] });
    expect(res.status).toBe(200);
    const { conflict } = res.body.output;
    expect(conflict).toMatchObject({
      title: 'Two plans for the VPC module',
      type: 'technical',
      category: 'code_merge',
      status: 'open',
      level: 'L1',
      authority: 'Agents',
      parties: ['network_engineer', 'infrastructure_architect'],
      decision: null,
      version: 1,
    });
    // Code Merge L1: 4 hours (§4.2).
    expect(Date.parse(conflict.deadlineAt) - Date.now()).toBeGreaterThan(4 * 3600_000 - 60_000);
    expect(Date.parse(conflict.deadlineAt) - Date.now()).toBeLessThanOrEqual(4 * 3600_000);

    const held = await t.http.get('net', `/tasks/${task.id}`);
    expect(held.body).toMatchObject({ state: 'BLOCKED', heldBy: [{ type: 'conflict', id: conflict.id }] });
  });

  it('refuses an unknown conflict type or missing fields with a 400 naming them, opening nothing', async () => {
    const before = Number((await t.knex(CONFLICTS).count({ n: '*' }))[0].n);
    const unknown = await t.action('net', 'open-conflict', { ...codeMerge, type: 'nope' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/unknown conflict type 'nope'.*technical, design, priority, ownership/);
    const missing = await t.action('net', 'open-conflict', { title: 'x' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toContain('Invalid input');
    expect(JSON.stringify(missing.body.error.cause.issues.map((i: any) => i.path))).toBe('[["type"],["parties"]]');
    expect(Number((await t.knex(CONFLICTS).count({ n: '*' }))[0].n)).toBe(before);
  });

  it('refuses a caller mapped to no agent with a 403, as the route does', async () => {
    const res = await t.action('nobody', 'open-conflict', codeMerge);
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ name: 'NotAllowedError', code: 'read_only_caller' });
  });
});
