import {
  agentCoordinationTaskConditions as conditions,
  agentCoordinationTaskReadPermission,
  TASK_RESOURCE_TYPE,
} from '@agent-coordination/plugin-agent-coordination-common';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { policyPermissions } from '../../__testUtils__/policyPermissions';
import { createTestDatabases, recordEngine } from '../../__testUtils__/testDatabases';
import { BASE, CALLERS, startTaskBackend, type TaskBackend } from '../../__testUtils__/startTaskBackend';

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
    await t.http.patch('cm', `/tasks/${a.id}`, { version: a.version, title: 'first, renamed' });

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
    expect(res.body.error.message).toBe('Invalid request query: limit: must be >= 1');
    const cursor = await t.http.get('cm', '/events?cursor=12');
    expect(cursor.status).toBe(400);
    expect(cursor.body.error.message).toBe('Invalid request query: cursor: not a cursor this API returned');
    expect((await request(t.server).get(`${BASE}/events`)).status).toBe(401);
  });
});

/*
 * The feed answers with what the caller may read: a task's events follow
 * the task read permission, as GET /tasks does.
 */
describe.each(databases.eachSupportedId())('GET /events under a permission policy on %p', databaseId => {
  let t: TaskBackend;
  beforeAll(async () => {
    const policy = policyPermissions((permission, principal) => {
      if (permission.name !== agentCoordinationTaskReadPermission.name) return { result: AuthorizeResult.ALLOW };
      if (principal === CALLERS.nobody.principal) return { result: AuthorizeResult.DENY };
      if (principal === CALLERS.net.principal) {
        return {
          result: AuthorizeResult.CONDITIONAL,
          pluginId: 'agent-coordination',
          resourceType: TASK_RESOURCE_TYPE,
          conditions: conditions.isAssignee({ agents: ['network_engineer'] }) as never,
        };
      }
      return { result: AuthorizeResult.ALLOW };
    });
    t = await startTaskBackend(databases, databaseId, [policy]);
  }, 60_000);
  afterAll(() => t?.backend.stop());

  it('shows each caller only the events of tasks it may read', async () => {
    const mine = await t.createTask({ title: 'mine', assignee: 'network_engineer' });
    const theirs = await t.createTask({ title: 'theirs', assignee: 'api_developer' });
    const subjects = async (who: 'cm' | 'net' | 'nobody') => {
      const res = await t.http.get(who, '/events?limit=200');
      expect(res.status).toBe(200);
      return new Set(res.body.items.map((e: { subject: { id: string } }) => e.subject.id));
    };
    const cm = await subjects('cm');
    expect(cm.has(mine.id) && cm.has(theirs.id)).toBe(true);
    const net = await subjects('net');
    expect(net.has(mine.id)).toBe(true);
    expect(net.has(theirs.id)).toBe(false);
    expect((await subjects('nobody')).size).toBe(0);
    recordEngine(databaseId);
  });
});
