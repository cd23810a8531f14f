import type { Conflict } from '@agent-coordination/plugin-agent-coordination-common';
import request from 'supertest';
import { BASE, startTaskBackend, type Caller, type TaskBackend } from '../../__testUtils__/startTaskBackend';
import { createTestDatabases, recordEngine } from '../../__testUtils__/testDatabases';
import { EVENTS } from '../../platform/store/tables';
import { CONFLICTS } from '../store/tables';

const databases = createTestDatabases();
const HOUR = 3600_000;

describe.each(databases.eachSupportedId())('conflicts over HTTP on %p', databaseId => {
  let t: TaskBackend;
  beforeAll(async () => {
    t = await startTaskBackend(databases, databaseId);
  }, 120_000);
  afterAll(() => t?.backend.stop());

  async function open(body: object, who: Caller = 'net'): Promise<Conflict> {
    const res = await t.http.post(who, '/conflicts', body);
    if (res.status !== 201) throw new Error(`open failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }
  async function counts() {
    const [[c], [e]] = await Promise.all([t.knex(CONFLICTS).count({ n: '*' }), t.knex(EVENTS).count({ n: '*' })]);
    return { conflicts: Number(c.n), events: Number(e.n) };
  }
  const codeMerge = {
    type: 'technical',
    category: 'code_merge',
    title: 'Two plans for the VPC module',
    parties: ['network_engineer', 'infrastructure_architect'],
  };

  it("opens at L1 with the matrix row's authority and SLA, or the type's when there is no row", async () => {
    const before = Date.now();
    const merge = await open({ ...codeMerge, subject: { components: ['VPC'], paths: ['./components/terraform/vpc/main.tf'] } });
    expect(merge).toMatchObject({
      status: 'open',
      level: 'L1',
      typeName: 'Technical conflicts',
      categoryName: 'Code Merge',
      authority: { id: 'parties_consensus', name: 'Agents', kind: 'consensus', quorum: 2 },
      subject: { components: ['component:default/vpc'], paths: ['components/terraform/vpc/main.tf'], tasks: [] },
      primaryOwners: ['network_engineer'],
      breachedAt: null,
      resolution: null,
      version: 1,
    });
    const sla = Date.parse(merge.deadlineAt) - Date.parse(merge.openedAt);
    expect(sla).toBe(4 * HOUR);
    expect(Date.parse(merge.openedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(merge.resolveBy) - Date.parse(merge.openedAt)).toBe(12 * HOUR);

    const security = await open({ type: 'technical', category: 'security', title: 'IAM wildcard', parties: ['security_specialist', 'api_developer'] });
    expect(security.authority).toMatchObject({ name: 'Security Spec', kind: 'holders', agents: ['security_specialist'] });
    expect(Date.parse(security.deadlineAt) - Date.parse(security.openedAt)).toBe(2 * HOUR);

    // No matrix row: the type's resolver and escalation time; "immediate" gives each level an hour.
    const ownership = await open({ type: 'ownership', title: 'workflows/ is claimed twice', parties: ['cicd_engineer', 'infrastructure_architect'], subject: { paths: ['workflows/ci.yaml'] } });
    expect(ownership.authority).toMatchObject({
      name: 'Primary owner decision',
      kind: 'primary_owner',
      agents: ['infrastructure_architect', 'cicd_engineer'],
    });
    expect(Date.parse(ownership.deadlineAt) - Date.parse(ownership.openedAt)).toBe(HOUR);
    recordEngine(databaseId);
  });

  it('refuses bad input with a 400 naming each field, changing nothing', async () => {
    const before = await counts();
    const res = await t.http.post('net', '/conflicts', {
      type: 'design',
      category: 'code_merge',
      title: ' ',
      parties: ['network_engineer', 'wizard'],
      blocks: ['no-such-task'],
    });
    expect(res.status).toBe(400);
    for (const part of [
      'category: code_merge (Code Merge) follows technical conflicts, not design',
      "parties[1]: unknown agent 'wizard'",
      'title: must not be empty',
      "blocks: no task with id 'no-such-task'",
    ]) {
      expect(res.body.error.message).toContain(part);
    }
    const alone = await t.http.post('net', '/conflicts', { ...codeMerge, parties: ['network_engineer'] });
    expect(alone.status).toBe(400);
    expect(alone.body.error.message).toContain('parties: must NOT have fewer than 2 items');
    expect(await counts()).toEqual(before);
  });

  it('refuses a caller mapped to no agent, and answers 401 without credentials', async () => {
    const res = await t.http.post('nobody', '/conflicts', codeMerge);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('read_only_caller');
    expect((await request(t.server).get(`${BASE}/conflicts`)).status).toBe(401);
  });

  it("lets the level's authority decide, and refuses anyone else, naming who decides", async () => {
    const conflict = await open({ type: 'technical', category: 'security', title: 'Open bucket', parties: ['security_specialist', 'api_developer'] });
    const outsider = await t.http.post('net', `/conflicts/${conflict.id}/resolution`, {
      decision: 'Keep it',
      rationale: 'Faster',
      version: conflict.version,
    });
    expect(outsider.status).toBe(403);
    expect(outsider.body.error).toMatchObject({ code: 'resolve_not_permitted' });
    expect(outsider.body.error.message).toContain('Security Spec decides (security_specialist)');
    const party = await t.http.post('api', `/conflicts/${conflict.id}/resolution`, { decision: 'x', rationale: 'y', version: 1 });
    expect(party.status).toBe(403);

    expect((await t.http.get('sec', `/conflicts/${conflict.id}/actions`)).body).toMatchObject({
      roles: ['any_agent', 'party', 'authority'],
      resolve: true,
      vote: true,
      escalate: true,
    });
    const decided = await t.http.post('sec', `/conflicts/${conflict.id}/resolution`, {
      decision: 'Close the bucket',
      rationale: 'Public buckets fail the compliance baseline',
      version: conflict.version,
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({
      status: 'resolved',
      resolution: {
        decision: 'Close the bucket',
        rationale: 'Public buckets fail the compliance baseline',
        by: 'user:default/sec',
        byAgent: 'security_specialist',
        via: 'authority',
      },
      version: 2,
    });
    const again = await t.http.post('sec', `/conflicts/${conflict.id}/resolution`, { decision: 'x', rationale: 'y', version: 2 });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_resolved');
    const stale = await t.http.post('sec', `/conflicts/${conflict.id}/escalation`, { reason: 'x', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.conflict).toMatchObject({ id: conflict.id, version: 2 });
  });

  it('resolves a consensus level when two parties vote for the same decision, recording every vote', async () => {
    const conflict = await open({ ...codeMerge, parties: ['network_engineer', 'api_developer', 'security_specialist'] });
    const byAuthority = await t.http.post('cm', `/conflicts/${conflict.id}/resolution`, { decision: 'x', rationale: 'y', version: 1 });
    expect(byAuthority.status).toBe(409);
    expect(byAuthority.body.error.code).toBe('decided_by_consensus');

    const first = await t.http.post('net', `/conflicts/${conflict.id}/votes`, { position: 'Use module v2', rationale: 'Smaller diff', version: 1 });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'open', votes: [{ agent: 'network_engineer', position: 'Use module v2' }] });
    const outsider = await t.http.post('cm', `/conflicts/${conflict.id}/votes`, { position: 'Use module v2', version: 2 });
    expect(outsider.status).toBe(403);
    expect(outsider.body.error.code).toBe('vote_not_permitted');

    const disagree = await t.http.post('api', `/conflicts/${conflict.id}/votes`, { position: 'Keep v1', version: 2 });
    expect(disagree.body).toMatchObject({ status: 'open', resolution: null });
    // The second party for the same decision (spelled differently) makes the quorum of two.
    const agree = await t.http.post('sec', `/conflicts/${conflict.id}/votes`, { position: ' use module  V2', rationale: 'Fine by security', version: 3 });
    expect(agree.status).toBe(200);
    expect(agree.body).toMatchObject({
      status: 'resolved',
      level: 'L1',
      resolution: {
        decision: 'Use module v2',
        rationale: 'network_engineer: Smaller diff\nsecurity_specialist: Fine by security',
        via: 'consensus',
        byAgent: null,
      },
    });
    expect(agree.body.votes.map((v: { agent: string }) => v.agent)).toEqual(['network_engineer', 'api_developer', 'security_specialist']);
    const events = (await t.http.get('cm', `/conflicts/${conflict.id}/events`)).body.items;
    expect(events.map((e: { type: string; actor: string }) => [e.type, e.actor])).toEqual([
      ['conflict.opened', 'user:default/net'],
      ['conflict.voted', 'user:default/net'],
      ['conflict.voted', 'user:default/api'],
      ['conflict.voted', 'user:default/sec'],
      ['conflict.resolved', 'system:agent-coordination'],
    ]);
  });

  it('replaces a party\'s earlier vote with its later one', async () => {
    const conflict = await open({ ...codeMerge, parties: ['network_engineer', 'api_developer'] });
    const a = await t.http.post('net', `/conflicts/${conflict.id}/votes`, { position: 'A', version: 1 });
    const b = await t.http.post('net', `/conflicts/${conflict.id}/votes`, { position: 'B', version: a.body.version });
    expect(b.body.votes).toEqual([expect.objectContaining({ agent: 'network_engineer', position: 'B' })]);
    const resolved = await t.http.post('api', `/conflicts/${conflict.id}/votes`, { position: 'b', version: b.body.version });
    expect(resolved.body.resolution).toMatchObject({ decision: 'B', via: 'consensus' });
  });

  it('escalates by hand with a reason, and the next level decides', async () => {
    const conflict = await open(codeMerge);
    await t.http.post('net', `/conflicts/${conflict.id}/votes`, { position: 'Split the module', rationale: 'Ownership is clearer', version: 1 });
    const res = await t.http.post('cm', `/conflicts/${conflict.id}/votes`, { position: 'x', version: 2 });
    expect(res.status).toBe(403);
    // infrastructure_architect is the other party; no test caller acts as it, so the context manager escalates instead.
    const escalated = await t.http.post('cm', `/conflicts/${conflict.id}/escalation`, { reason: 'No agreement by standup', version: 2 });
    expect(escalated.status).toBe(200);
    expect(escalated.body).toMatchObject({ level: 'L2', authority: { name: 'Context Manager', kind: 'holders' } });
    expect(Date.parse(escalated.body.deadlineAt) - Date.parse(escalated.body.levelEnteredAt)).toBe(4 * HOUR);
    const decided = await t.http.post('cm', `/conflicts/${conflict.id}/resolution`, {
      decision: 'Split the module',
      rationale: 'As the network engineer proposed',
      version: escalated.body.version,
    });
    expect(decided.body).toMatchObject({ status: 'resolved', level: 'L2', resolution: { via: 'authority', byAgent: 'context_manager' } });
    const timeline = (await t.http.get('cm', `/conflicts/${conflict.id}/events`)).body.items;
    expect(timeline.map((e: { type: string; reason: string }) => [e.type, e.reason])).toEqual([
      ['conflict.opened', null],
      ['conflict.voted', 'network_engineer votes: Split the module'],
      ['conflict.escalated', 'L1 -> L2 (Context Manager) by hand: No agreement by standup'],
      ['conflict.resolved', 'L2 decided: Split the module'],
    ]);
  });

  it('escalates by hand to the next level only, and never past L3', async () => {
    let c = await open(codeMerge);
    for (const level of ['L2', 'L3']) {
      const res = await t.http.post('net', `/conflicts/${c.id}/escalation`, { reason: 'stuck', version: c.version });
      expect(res.status).toBe(200);
      expect(res.body.level).toBe(level);
      c = res.body;
    }
    expect(c.authority).toMatchObject({ name: 'Tech Lead', groups: ['group:default/tech-leads'] });
    const top = await t.http.post('net', `/conflicts/${c.id}/escalation`, { reason: 'stuck', version: c.version });
    expect(top.status).toBe(409);
    expect(top.body.error.code).toBe('top_level');
    const outsider = await open(codeMerge);
    const refused = await t.http.post('api', `/conflicts/${outsider.id}/escalation`, { reason: 'x', version: 1 });
    expect(refused.status).toBe(403);
  });

  it('holds the tasks it blocks in BLOCKED until it is resolved, and releases them in the same change', async () => {
    const running = await t.taskIn('IN_PROGRESS');
    const assigned = await t.taskIn('ASSIGNED');
    const conflict = await open({
      type: 'technical',
      category: 'security',
      title: 'Who signs the certificate',
      parties: ['security_specialist', 'network_engineer'],
      blocks: [running.id, assigned.id],
    });
    const held = (await t.http.get('cm', `/tasks/${running.id}`)).body;
    expect(held).toMatchObject({ state: 'BLOCKED', heldBy: [{ type: 'conflict', id: conflict.id }] });
    // A blocked task the conflict holds cannot be resumed by hand.
    const resume = await t.http.post('net', `/tasks/${running.id}/transitions`, { to: 'IN_PROGRESS', version: held.version });
    expect(resume.status).toBe(409);
    expect(resume.body.error).toMatchObject({ code: 'still_blocked', message: expect.stringContaining(`conflict ${conflict.id} holds it`) });
    // Starting a held task ends in BLOCKED.
    const started = await t.http.post('net', `/tasks/${assigned.id}/transitions`, { to: 'IN_PROGRESS', version: assigned.version });
    expect(started.body.task).toMatchObject({ state: 'BLOCKED', heldBy: [{ type: 'conflict', id: conflict.id }] });
    expect((await t.http.get('cm', `/conflicts?task=${running.id}`)).body.items.map((c: Conflict) => c.id)).toEqual([conflict.id]);

    const decided = await t.http.post('sec', `/conflicts/${conflict.id}/resolution`, {
      decision: 'The security specialist signs',
      rationale: 'Certificate management is theirs',
      version: conflict.version,
    });
    expect(decided.status).toBe(200);
    for (const id of [running.id, assigned.id]) {
      const task = (await t.http.get('cm', `/tasks/${id}`)).body;
      expect(task).toMatchObject({ state: 'IN_PROGRESS', heldBy: [] });
      const last = (await t.http.get('cm', `/tasks/${id}/events`)).body.items.pop();
      expect(last).toMatchObject({ type: 'task.unblocked', reason: expect.stringContaining(`conflict ${conflict.id} resolved`) });
    }
  });

  it('lists open conflicts breached and nearest deadline first, filtered by party, level and component', async () => {
    const marker = `comp-${databaseId}`.toLowerCase().replace(/_/g, '-');
    const later = await open({ type: 'design', category: 'architecture', title: 'later', parties: ['network_engineer', 'api_developer'], subject: { components: [marker] } });
    const sooner = await open({ type: 'technical', category: 'security', title: 'sooner', parties: ['security_specialist', 'api_developer'], subject: { components: [marker] } });
    const page = (await t.http.get('cm', `/conflicts?status=open&component=${marker}`)).body;
    expect(page.items.map((c: Conflict) => c.title)).toEqual(['sooner', 'later']);
    const net = (await t.http.get('cm', `/conflicts?party=network_engineer&component=${marker}`)).body.items;
    expect(net.map((c: Conflict) => c.id)).toEqual([later.id]);
    expect((await t.http.get('cm', `/conflicts?level=L2&component=${marker}`)).body.items).toEqual([]);
    const paged = (await t.http.get('cm', `/conflicts?component=${marker}&limit=1`)).body;
    expect(paged.items.map((c: Conflict) => c.id)).toEqual([sooner.id]);
    const rest = (await t.http.get('cm', `/conflicts?component=${marker}&limit=1&cursor=${paged.nextCursor}`)).body;
    expect(rest.items.map((c: Conflict) => c.id)).toEqual([later.id]);
    expect((await t.http.get('cm', '/conflicts?level=L9')).status).toBe(400);
  });

  it('serves the escalation matrix with who holds each level', async () => {
    const res = await t.http.get('nobody', '/escalation-matrix');
    expect(res.status).toBe(200);
    expect(res.body.rows.map((r: { name: string; sla: string }) => [r.name, r.sla])).toEqual([
      ['Code Merge', '4h'],
      ['Architecture', '24h'],
      ['Security', '2h'],
      ['Priority', '4h'],
      ['Resource', '8h'],
    ]);
    expect(res.body.rows[0].levels.map((l: { authority: { name: string; kind: string } }) => [l.authority.name, l.authority.kind])).toEqual([
      ['Agents', 'consensus'],
      ['Context Manager', 'holders'],
      ['Tech Lead', 'holders'],
    ]);
    expect(res.body.types.find((type: { id: string }) => type.id === 'ownership')).toMatchObject({ levelTime: 'immediate (1h a level)' });
  });
});
