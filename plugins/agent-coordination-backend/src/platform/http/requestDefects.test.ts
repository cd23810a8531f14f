import request from 'supertest';
import { BASE, startTaskBackend, type TaskBackend } from '../../__testUtils__/startTaskBackend';
import { createTestDatabases, recordEngine } from '../../__testUtils__/testDatabases';
import { EVENTS } from '../store/tables';
import { TASKS } from '../../tasks/store/tables';

const databases = createTestDatabases();

/*
 * Requests that once answered 500 or a misleading 400: each must be a clear
 * 4xx that changes nothing, the same on every engine.
 */
describe.each(databases.eachSupportedId())('bad requests on %p', databaseId => {
  let t: TaskBackend;
  beforeAll(async () => {
    t = await startTaskBackend(databases, databaseId);
  }, 120_000);
  afterAll(() => t?.backend.stop());

  async function counts() {
    const [[tasks], [events]] = await Promise.all([
      t.knex(TASKS).count({ n: '*' }),
      t.knex(EVENTS).count({ n: '*' }),
    ]);
    return { tasks: Number(tasks.n), events: Number(events.n) };
  }

  it.each(['tomorrow', '2026-13-01', '', '2026-1-1', '2026-02-30'])(
    'refuses dueDate %j on create and on PATCH with a 400 naming the field',
    async dueDate => {
      const task = await t.createTask();
      const before = await counts();
      const created = await t.http.post('cm', '/tasks', { title: 'x', kind: 'general', dueDate });
      expect(created.status).toBe(400);
      expect(created.body.error.message).toContain('dueDate: must match format "date"');
      const patched = await t.http.patch('cm', `/tasks/${task.id}`, { version: task.version, dueDate });
      expect(patched.status).toBe(400);
      expect(patched.body.error.message).toContain('dueDate: must match format "date"');
      expect(await counts()).toEqual(before);
      recordEngine(databaseId);
    },
  );

  it('refuses NUL characters in a path, a body string and a query, with a 400 on every engine', async () => {
    const task = await t.createTask();
    const before = await counts();
    const inPath = await t.http.get('cm', '/tasks/%00');
    expect(inPath.status).toBe(400);
    expect(inPath.body.error.message).toBe('Invalid request: path must not contain NUL (\\u0000) characters');
    const inTitle = await t.http.post('cm', '/tasks', { title: 'a\u0000b', kind: 'general' });
    expect(inTitle.status).toBe(400);
    expect(inTitle.body.error.message).toContain('body.title must not contain NUL');
    const inReason = await t.http.post('cm', `/tasks/${task.id}/transitions`, {
      to: 'ASSIGNED',
      version: task.version,
      reason: '\u0000',
    });
    expect(inReason.status).toBe(400);
    expect(inReason.body.error.message).toContain('body.reason must not contain NUL');
    const inQuery = await t.http.get('cm', '/tasks?text=%00');
    expect(inQuery.status).toBe(400);
    expect(inQuery.body.error.message).toContain('query.text must not contain NUL');
    expect(await counts()).toEqual(before);
  });

  it('answers a body sent without JSON Content-Type with 415 naming the expected type', async () => {
    const before = await counts();
    const text = await request(t.server)
      .post(`${BASE}/tasks`)
      .set('Authorization', t.auth('cm'))
      .set('Content-Type', 'text/plain')
      .send('title=x&kind=general');
    expect(text.status).toBe(415);
    expect(text.body.error.message).toContain('Content-Type: application/json');
    const form = await request(t.server)
      .post(`${BASE}/tasks`)
      .set('Authorization', t.auth('cm'))
      .type('form')
      .send({ title: 'x', kind: 'general' });
    expect(form.status).toBe(415);
    const none = await request(t.server).post(`${BASE}/tasks`).set('Authorization', t.auth('cm'));
    expect(none.status).toBe(415);
    expect(await counts()).toEqual(before);
  });

  it('never sends a stack trace or server paths in an error body', async () => {
    const res = await t.http.post('cm', '/tasks', { title: 'x', kind: 'painting' });
    expect(res.status).toBe(400);
    expect(res.body.error.stack).toBeUndefined();
    expect(JSON.stringify(res.body)).not.toMatch(/\/src\/|node_modules|\.ts:\d+/);
  });
});
