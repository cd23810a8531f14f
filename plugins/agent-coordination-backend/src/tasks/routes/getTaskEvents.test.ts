import request from 'supertest';
import { createTestDatabases, recordEngine } from '../../__testUtils__/testDatabases';
import { BASE, startTaskBackend, type TaskBackend } from '../../__testUtils__/startTaskBackend';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('GET /tasks/{id}/events on %p', databaseId => {
  let t: TaskBackend;
  beforeAll(async () => {
    t = await startTaskBackend(databases, databaseId);
  }, 60_000);
  afterAll(() => t?.backend.stop());

  it("pages through one task's history, oldest first, each change with before and after", async () => {
    const task = await t.taskIn('REVIEW');
    const seen: Array<{ type: string; after: { state: string; version: number } }> = [];
    let cursor: string | null = null;
    do {
      const path: string = `/tasks/${task.id}/events?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await t.http.get('api', path);
      expect(res.status).toBe(200);
      seen.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen.map(e => [e.type, e.after.state, e.after.version])).toEqual([
      ['task.created', 'CREATED', 1],
      ['task.transitioned', 'ASSIGNED', 2],
      ['task.transitioned', 'IN_PROGRESS', 3],
      ['task.transitioned', 'REVIEW', 4],
    ]);
    for (const e of seen) expect(Date.parse((e as unknown as { createdAt: string }).createdAt)).not.toBeNaN();
    recordEngine(databaseId);
  });

  it('answers 404 for an unknown task, 400 for a bad cursor, 401 without credentials', async () => {
    expect((await t.http.get('cm', '/tasks/nope/events')).status).toBe(404);
    const task = await t.createTask();
    const bad = await t.http.get('cm', `/tasks/${task.id}/events?cursor=abc`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('Invalid request query: cursor: not a cursor this API returned');
    expect((await request(t.server).get(`${BASE}/tasks/x/events`)).status).toBe(401);
  });
});
