import type { Conflict } from '@agent-coordination/plugin-agent-coordination-common';
import { loadFramework } from '@agent-coordination/plugin-agent-coordination-node';
import { mockServices } from '@backstage/backend-test-utils';
import { startTaskBackend, type TaskBackend } from '../../__testUtils__/startTaskBackend';
import { createTestDatabases, recordEngine } from '../../__testUtils__/testDatabases';
import { ChangeAnnouncer } from '../../platform/changes/ChangeAnnouncer';
import { ChangeRunner } from '../../platform/changes/ChangeRunner';
import { sweepEscalations } from './escalationSweep';

const databases = createTestDatabases();
const { framework } = loadFramework(mockServices.rootConfig());
const HOUR = 3600_000;

/*
 * The sweep against the plugin's own database, with the clock moved on by
 * hand: a conflict climbs L1 -> L2 -> L3 -> breached on its SLA alone, each
 * step once, and a breached one keeps alerting while it stays open.
 */
describe.each(databases.eachSupportedId())('the conflict SLA sweep on %p', databaseId => {
  let t: TaskBackend;
  beforeAll(async () => {
    t = await startTaskBackend(databases, databaseId);
  }, 120_000);
  afterAll(() => t?.backend.stop());

  it('escalates on time, L1 -> L2 -> L3 -> breached, each step once, then reminds', async () => {
    const runner = new ChangeRunner({ db: t.knex, announcer: new ChangeAnnouncer() });
    const opened: Conflict = (
      await t.http.post('net', '/conflicts', {
        type: 'technical',
        category: 'security',
        title: 'Certificates in the repo',
        parties: ['security_specialist', 'network_engineer'],
      })
    ).body;
    const at = (hours: number) => new Date(Date.parse(opened.openedAt) + hours * HOUR);
    const get = async () => (await t.http.get('cm', `/conflicts/${opened.id}`)).body as Conflict;
    const mine = (r: { escalated: number; breached: number; reminded: number }) => r;

    expect(mine(await sweepEscalations(runner, framework, at(1.9)))).toMatchObject({ escalated: 0 });
    expect((await get()).level).toBe('L1');

    const first = await sweepEscalations(runner, framework, at(2));
    expect(first.escalated).toBeGreaterThanOrEqual(1);
    let c = await get();
    expect(c).toMatchObject({ level: 'L2', authority: { name: 'CISO', groups: ['group:default/security-leadership'] } });
    expect(Date.parse(c.deadlineAt)).toBe(at(4).getTime());
    // The same moment again escalates nothing more.
    await sweepEscalations(runner, framework, at(2));
    expect((await get()).level).toBe('L2');

    await sweepEscalations(runner, framework, at(4));
    c = await get();
    expect(c).toMatchObject({ level: 'L3', authority: { name: 'Executive' }, breachedAt: null });

    await sweepEscalations(runner, framework, at(6));
    c = await get();
    expect(c).toMatchObject({ level: 'L3', status: 'open', breachedAt: at(6).toISOString() });

    await sweepEscalations(runner, framework, at(6.5));
    await sweepEscalations(runner, framework, at(7));
    await sweepEscalations(runner, framework, at(7));
    await sweepEscalations(runner, framework, at(8.5));

    const events = (await t.http.get('cm', `/conflicts/${opened.id}/events`)).body.items as Array<{
      type: string;
      actor: string;
      reason: string;
    }>;
    expect(events.map(e => e.type)).toEqual([
      'conflict.opened',
      'conflict.escalated',
      'conflict.escalated',
      'conflict.breached',
      'conflict.breach_reminder',
      'conflict.breach_reminder',
    ]);
    expect(events[1]).toMatchObject({
      actor: 'system:agent-coordination',
      reason: expect.stringMatching(/^SLA: L1 \(Security Spec\) did not decide within 2h; L2 \(CISO\) decides by /),
    });
    expect(events[3].reason).toContain('SLA: L3 (Executive) did not decide by');
    recordEngine(databaseId);
  });

  it('sends a notification to who decides next on each escalation, and leaves resolved conflicts alone', async () => {
    const runner = new ChangeRunner({ db: t.knex, announcer: new ChangeAnnouncer() });
    const res = await t.http.post('net', '/conflicts', {
      type: 'technical',
      category: 'code_merge',
      title: 'Merge order of the DNS change',
      parties: ['network_engineer', 'api_developer'],
    });
    const c: Conflict = res.body;
    const before = t.notifications.length;
    // The test backend announces through its own runner, so escalate through the API's clock: by hand.
    await t.http.post('net', `/conflicts/${c.id}/escalation`, { reason: 'Needs the context manager', version: c.version });
    const sent = t.notifications.slice(before);
    expect(sent).toEqual([
      expect.objectContaining({
        recipients: { type: 'entity', entityRef: expect.arrayContaining(['user:default/cm', 'user:default/net', 'user:default/api']) },
        payload: expect.objectContaining({ title: 'Conflict escalated to L2: Merge order of the DNS change (Context Manager decides)' }),
      }),
    ]);
    const decided = await t.http.post('cm', `/conflicts/${c.id}/resolution`, { decision: 'DNS first', rationale: 'Dependency order', version: c.version + 1 });
    expect(decided.status).toBe(200);
    const result = await sweepEscalations(runner, framework, new Date(Date.parse(c.openedAt) + 100 * HOUR));
    expect((await t.http.get('cm', `/conflicts/${c.id}`)).body).toMatchObject({ status: 'resolved', level: 'L2' });
    expect(result).toBeDefined();
  });
});
