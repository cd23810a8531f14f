import request from 'supertest';
import { createTestDatabases, recordEngine } from '../../__testUtils__/testDatabases';
import { BASE, startTaskBackend, type TaskBackend } from '../../__testUtils__/startTaskBackend';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('GET /events on %p', databaseId => {
  let t: TaskBackend;
  beforeAll(async () => {
    t = await startTaskBackend(databases, databaseId);
  }, 60_000);
  afterAll(() => t?.backend.stop());

  it('lists every change, newest first, a page at a time', async () => {
    const a = await t.createTask({ title: 'first' });
    const b = await t.createTask({ title: 'second' });
    await t.http.patch('api', `/tasks/${a.id}`, { version: a.version, title: 'first, renamed' });

    const page1 = await t.http.get('nobody', '/events?limit=2');
    expect(page1.status).toBe(200);
    expect(page1.body.items.map((e: { type: string; subject: { id: string } }) => [e.type, e.subject.id])).toEqual([
      ['task.updated', a.id],
      ['task.created', b.id],
    ]);
    const page2 = await t.http.get('nobody', `/events?limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body.items[0]).toMatchObject({ type: 'task.created', subject: { id: a.id } });
    expect(page2.body.items[0].id).toBeLessThan(page1.body.items[1].id);
    recordEngine(databaseId);
  });

  it('refuses bad paging with 400 and answers 401 without credentials', async () => {
    const res = await t.http.get('cm', '/events?limit=-1');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('Invalid request query: limit: must be a whole number');
    expect((await request(t.server).get(`${BASE}/events`)).status).toBe(401);
  });
});
