import {
  expandTransitions,
  type LifecycleDefinition,
  type Task,
} from '@agent-coordination/plugin-agent-coordination-common';
import { mockServices } from '@backstage/backend-test-utils';
import request from 'supertest';
import { createTestDatabases, recordEngine } from '../../__testUtils__/testDatabases';
import { loadFramework } from '@agent-coordination/plugin-agent-coordination-node';
import { BASE, startTaskBackend, type Caller, type TaskBackend } from '../../__testUtils__/startTaskBackend';

const databases = createTestDatabases();
const lifecycle = loadFramework(mockServices.rootConfig()).framework.lifecycle as LifecycleDefinition;
const states = lifecycle.states.map(s => s.name);
const legal = expandTransitions(lifecycle);
const isLegal = (from: string, to: string) => legal.some(t => t.from === from && t.to === to);

// Tasks are assigned to `net`; `api` is another agent (a reviewer); `cm` has FULL authority.
const callerFor: Record<string, Caller> = { context_manager: 'cm', assignee: 'net', reviewer: 'api' };
const byCallers = legal.flatMap(t =>
  t.actors.filter(a => a !== 'system').map(a => ({ from: t.from, to: t.to, role: a, who: callerFor[a] })),
);
const illegalPairs = states.flatMap(from => states.filter(to => !isLegal(from, to)).map(to => ({ from, to })));
// The roles each caller holds on a task assigned to `net`.
const rolesOf: Record<Caller, string[]> = {
  cm: ['context_manager', 'reviewer'],
  net: ['assignee'],
  api: ['reviewer'],
  sec: ['reviewer'],
  nobody: [],
};
const refusedCallers = legal.flatMap(t =>
  (['cm', 'net', 'api', 'nobody'] as Caller[])
    .filter(who => !t.actors.some(a => rolesOf[who].includes(a)))
    .map(who => ({ from: t.from, to: t.to, who })),
);

describe.each(databases.eachSupportedId())('POST /tasks/{id}/transitions on %p', databaseId => {
  let t: TaskBackend;
  const inState: Record<string, Task> = {};
  beforeAll(async () => {
    t = await startTaskBackend(databases, databaseId);
    for (const s of states) inState[s] = await t.taskIn(s);
  }, 120_000);
  afterAll(() => t?.backend.stop());

  const post = (who: Caller, task: Task, body: object) =>
    t.http.post(who, `/tasks/${task.id}/transitions`, { version: task.version, ...body });

  it.each(byCallers)('$from -> $to works for the $role ($who)', async ({ from, to, who }) => {
    const task = await t.taskIn(from);
    const res = await post(who, task, { to, reason: 'because' });
    expect(res.status).toBe(200);
    expect(res.body.task).toMatchObject({ state: to, version: task.version + 1 });
    const events = (await t.http.get('cm', `/tasks/${task.id}/events`)).body.items;
    expect(events[events.length - 1]).toMatchObject({
      type: 'task.transitioned',
      actor: `user:default/${who}`,
      before: { state: from },
      after: { state: to },
    });
    expect(events[events.length - 1].reason).toMatch(/: because$/);
    recordEngine(databaseId);
  });

  it.each(illegalPairs)('$from -> $to is refused with 409 naming both and the rule', async ({ from, to }) => {
    const task = inState[from];
    const res = await post('cm', task, { to });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe(
      `Task ${task.id} is ${from}; no transition from ${from} to ${to}: allowed targets from ${from} are ${[
        ...new Set(legal.filter(l => l.from === from).map(l => l.to)),
      ].join(', ') || 'none'} (framework lifecycle transitions)`,
    );
    const now = await t.http.get('cm', `/tasks/${task.id}`);
    expect(now.body).toMatchObject({ state: from, version: task.version });
  });

  it.each(refusedCallers)('$from -> $to is refused (403) for $who', async ({ from, to, who }) => {
    const task = inState[from];
    const res = await post(who, task, { to });
    expect(res.status).toBe(403);
    expect(res.body.error.name).toBe('NotAllowedError');
    expect(res.body.error.message).toContain(`transition ${from} -> ${to}`);
    expect(res.body.error.message).toContain('may be triggered by');
    expect((await t.http.get('cm', `/tasks/${task.id}`)).body.version).toBe(task.version);
  });

  it('refuses an unknown target state with a 400 naming `to`', async () => {
    const res = await post('cm', inState.CREATED, { to: 'DONE' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'unknown_state',
      message: "to: unknown state 'DONE': states are CREATED, ASSIGNED, IN_PROGRESS, BLOCKED, REVIEW, COMPLETED, FAILED",
    });
  });

  it('refuses to assign a task without an assignee', async () => {
    const task = await t.createTask();
    const res = await post('cm', task, { to: 'ASSIGNED' });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('it has no assignee');
  });

  it('answers a stale version with 409 and the current task, changing nothing', async () => {
    const task = await t.taskIn('ASSIGNED');
    const res = await t.http.post('net', `/tasks/${task.id}/transitions`, {
      to: 'IN_PROGRESS',
      version: task.version - 1,
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({
      name: 'ConflictError',
      message: `Task ${task.id} is at version ${task.version}, not ${task.version - 1}: it changed since you read it; the response carries the current task`,
      code: 'stale_version',
    });
    expect(res.body.task).toEqual(task);
  });

  it('lets exactly one of two concurrent transitions from the same version win', async () => {
    const task = await t.taskIn('ASSIGNED');
    const results = await Promise.all([
      post('net', task, { to: 'IN_PROGRESS' }),
      post('net', task, { to: 'FAILED' }),
    ]);
    expect(results.map(r => r.status).sort()).toEqual([200, 409]);
    const loser = results.find(r => r.status === 409)!;
    expect(loser.body.task.version).toBe(task.version + 1);
  });

  it('replays a retried transition with the same Idempotency-Key', async () => {
    const task = await t.taskIn('ASSIGNED');
    const first = await post('net', task, { to: 'IN_PROGRESS' }).set('Idempotency-Key', `tr-${task.id}`);
    const retry = await post('net', task, { to: 'IN_PROGRESS' }).set('Idempotency-Key', `tr-${task.id}`);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    const events = (await t.http.get('cm', `/tasks/${task.id}/events`)).body.items;
    // CREATED -> ASSIGNED, then the start once.
    expect(events.filter((e: { type: string }) => e.type === 'task.transitioned')).toHaveLength(2);
    expect((await t.http.get('cm', `/tasks/${task.id}`)).body.version).toBe(task.version + 1);
  });

  describe('auto-block', () => {
    it('starting a task with an unfinished blocking dependency ends in BLOCKED, listing it', async () => {
      const infra = await t.createTask({ kind: 'infrastructure_changes', title: 'VPC' });
      const api = await t.taskIn('ASSIGNED', { kind: 'api_development', dependencies: [{ taskId: infra.id }] });
      const res = await post('net', api, { to: 'IN_PROGRESS' });
      expect(res.status).toBe(200);
      expect(res.body.task).toMatchObject({ state: 'BLOCKED', blockedBy: [infra.id], version: api.version + 2 });
      const events = (await t.http.get('cm', `/tasks/${api.id}/events`)).body.items.slice(-2);
      expect(events.map((e: { type: string }) => e.type)).toEqual(['task.transitioned', 'task.blocked']);
      expect(events[1]).toMatchObject({ actor: 'system:agent-coordination', actorAgent: null });
      expect(events[1].reason).toBe(`Dependency not met: waiting on blocking dependencies ${infra.id}`);
    });

    it('unblocks when the last blocking dependency completes, in the completing transaction', async () => {
      const a = await t.taskIn('REVIEW', { kind: 'infrastructure_changes' });
      const b = await t.taskIn('REVIEW', { kind: 'infrastructure_changes' });
      const dependent = await t.taskIn('ASSIGNED', {
        kind: 'backstage_setup',
        dependencies: [{ taskId: a.id }, { taskId: b.id }],
      });
      const blocked = (await post('net', dependent, { to: 'IN_PROGRESS' })).body.task;
      expect(blocked.blockedBy).toEqual([a.id, b.id].sort());

      await t.transition(a, 'COMPLETED', 'cm');
      const stillBlocked = (await t.http.get('cm', `/tasks/${dependent.id}`)).body;
      expect(stillBlocked).toMatchObject({ state: 'BLOCKED', blockedBy: [b.id], version: blocked.version });

      await t.transition(b, 'COMPLETED', 'api');
      const running = (await t.http.get('cm', `/tasks/${dependent.id}`)).body;
      expect(running).toMatchObject({ state: 'IN_PROGRESS', blockedBy: [], version: blocked.version + 1 });
      const last = (await t.http.get('cm', `/tasks/${dependent.id}/events`)).body.items.pop();
      expect(last).toMatchObject({ type: 'task.unblocked', actor: 'system:agent-coordination' });
      expect(last.reason).toBe(`Dependency resolved: blocking dependency ${b.id} completed`);
      // Same transaction: the completion's event and the unblock's are adjacent in the log.
      const feed = (await t.http.get('cm', '/events?limit=2')).body.items;
      expect(feed.map((e: { subject: { id: string } }) => e.subject.id)).toEqual([dependent.id, b.id]);
    });

    it('does not block on a non-blocking dependency, warning instead', async () => {
      const docs = await t.createTask({ kind: 'documentation_updates' });
      const task = await t.taskIn('ASSIGNED', { kind: 'api_development', dependencies: [{ taskId: docs.id }] });
      const res = await post('net', task, { to: 'IN_PROGRESS' });
      expect(res.body.task).toMatchObject({ state: 'IN_PROGRESS', blockedBy: [] });
      expect(res.body.warnings).toEqual([
        {
          taskId: docs.id,
          message: `non-blocking dependency ${docs.id} is CREATED, not COMPLETED: work may proceed, but check it before review`,
        },
      ]);
    });

    it('does not unblock a task another caller may not unblock', async () => {
      const infra = await t.createTask({ kind: 'infrastructure_changes' });
      const task = await t.taskIn('ASSIGNED', { kind: 'api_development', dependencies: [{ taskId: infra.id }] });
      const blocked = (await post('net', task, { to: 'IN_PROGRESS' })).body.task;
      const res = await post('cm', blocked, { to: 'IN_PROGRESS' });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain('may be triggered by system');
    });
  });

  it('needs credentials', async () => {
    const res = await request(t.server)
      .post(`${BASE}/tasks/${inState.CREATED.id}/transitions`)
      .send({ to: 'ASSIGNED', version: 1 });
    expect(res.status).toBe(401);
  });
});
