import type {
  Conflict,
  Handoff,
} from '@agent-coordination/plugin-agent-coordination-common';
import knexFactory, { type Knex } from 'knex';
import request from 'supertest';
import {
  BASE,
  startTaskBackend,
  type Caller,
  type TaskBackend,
} from '../../__testUtils__/startTaskBackend';
import { seedFramework as framework } from '../../__testUtils__/taskMachinery';
import {
  createTestDatabases,
  recordEngine,
} from '../../__testUtils__/testDatabases';
import { sweepEscalations } from '../../conflicts/jobs/escalationSweep';
import { CONFLICTS } from '../../conflicts/store/tables';
import { ChangeAnnouncer } from '../../platform/changes/ChangeAnnouncer';
import { ChangeRunner } from '../../platform/changes/ChangeRunner';
import { EVENTS } from '../../platform/store/tables';
import { MESSAGES } from '../../messages/store/tables';
import { handoffEscalationSource } from '../jobs/handoffEscalations';
import { HANDOFFS } from '../store/tables';

const databases = createTestDatabases();
const HOUR = 3600_000;

/** Everything the checklist reads from the content, and the attested check. */
const complete = {
  to: 'api_developer',
  title: 'VPC module',
  component: 'vpc',
  content: {
    completedWork: ['Module written', 'Plan reviewed'],
    artifacts: [
      {
        path: 'components/terraform/vpc/main.tf',
        type: 'code',
        status: 'final',
      },
    ],
    knownIssues: [],
    dependencies: ['network_engineer: peering routes'],
    successCriteria: ['terraform plan shows no drift'],
    notes: 'Apply in us-east-1 first.',
  },
  attest: ['Context files updated'],
};

/** A second connection pool to the same database: another backend replica. */
function secondReplica(knex: Knex): Knex {
  return knexFactory({ ...knex.client.config, pool: { min: 0, max: 5 } });
}

describe.each(databases.eachSupportedId())(
  'handoffs over HTTP on %p',
  databaseId => {
    let t: TaskBackend;
    beforeAll(async () => {
      t = await startTaskBackend(databases, databaseId);
    }, 120_000);
    afterAll(() => t?.backend.stop());

    async function open(
      body: object = complete,
      who: Caller = 'net',
    ): Promise<Handoff> {
      const res = await t.http.post(who, '/handoffs', body);
      if (res.status !== 201)
        throw new Error(
          `open failed: ${res.status} ${JSON.stringify(res.body)}`,
        );
      return res.body;
    }
    async function step(
      who: Caller,
      h: { id: string; version: number },
      path: string,
      body: object = {},
    ): Promise<Handoff> {
      const res = await t.http.post(who, `/handoffs/${h.id}/${path}`, {
        version: h.version,
        ...body,
      });
      if (res.status !== 200)
        throw new Error(
          `${path} failed: ${res.status} ${JSON.stringify(res.body)}`,
        );
      return res.body;
    }
    async function counts() {
      const [[h], [e], [c]] = await Promise.all([
        t.knex(HANDOFFS).count({ n: '*' }),
        t.knex(EVENTS).count({ n: '*' }),
        t.knex(CONFLICTS).count({ n: '*' }),
      ]);
      return {
        handoffs: Number(h.n),
        events: Number(e.n),
        conflicts: Number(c.n),
      };
    }

    it('refuses a transfer while the mandatory checklist fails, naming each missing item, and changes nothing', async () => {
      const draft = await open({
        to: 'api_developer',
        title: 'Half done',
        content: { completedWork: ['Half'] },
      });
      expect(draft).toMatchObject({
        stage: 'initiation',
        status: 'draft',
        version: 1,
        from: 'network_engineer',
      });
      expect(draft.missing).toEqual([
        'Context files updated',
        'Artifacts accessible',
        'Dependencies documented',
        'Known issues listed',
        'Success criteria defined',
      ]);
      const before = await counts();
      const refused = await t.http.post(
        'net',
        `/handoffs/${draft.id}/transfer`,
        { version: 1, attest: ['Context files updated'] },
      );
      expect(refused.status).toBe(422);
      expect(refused.body.error).toMatchObject({
        code: 'handoff_checklist_incomplete',
        missing: [
          'Artifacts accessible',
          'Dependencies documented',
          'Known issues listed',
          'Success criteria defined',
        ],
      });
      expect(refused.body.error.message).toContain('Success criteria defined');
      expect(await counts()).toEqual(before);
      expect(
        (await t.http.get('net', `/handoffs/${draft.id}`)).body,
      ).toMatchObject({ version: 1, status: 'draft', attested: [] });
      // Attesting the artifacts (a handoff of decisions only) is the sender's call; the rest is read from the content.
      const attested = await open({
        ...complete,
        content: { ...complete.content, artifacts: [] },
        attest: ['context files updated', 'Artifacts accessible'],
      });
      expect(attested.missing).toEqual([]);
      expect(
        attested.checklist.find(c => c.check === 'Artifacts accessible'),
      ).toEqual({
        check: 'Artifacts accessible',
        passed: true,
        by: 'artifacts',
      });
      recordEngine(databaseId);
    });

    it('lets the sender fix a refused draft with PATCH, and only the sender, only while a draft', async () => {
      const draft = await open({
        to: 'api_developer',
        title: 'Half done',
        content: { completedWork: ['Half'] },
      });
      const refused = await t.http.post(
        'net',
        `/handoffs/${draft.id}/transfer`,
        { version: 1 },
      );
      expect(refused.status).toBe(422);
      expect(
        (await t.http.get('net', `/handoffs/${draft.id}/actions`)).body,
      ).toMatchObject({ edit: true, transfer: false, roles: ['sender'] });

      const before = await counts();
      // The receiver may not edit what it is handed; nor may an edit change nothing.
      const byReceiver = await t.http.patch('api', `/handoffs/${draft.id}`, {
        version: 1,
        title: 'Mine now',
      });
      expect(byReceiver.status).toBe(403);
      expect(byReceiver.body.error.code).toBe('handoff_actor_not_permitted');
      const empty = await t.http.patch('net', `/handoffs/${draft.id}`, {
        version: 1,
      });
      expect(empty.status).toBe(400);
      expect(empty.body.error.message).toContain('nothing to change');
      const unknownCheck = await t.http.patch('net', `/handoffs/${draft.id}`, {
        version: 1,
        attest: ['Vibes checked'],
      });
      expect(unknownCheck.status).toBe(400);
      expect(unknownCheck.body.error.message).toContain(
        "'Vibes checked' is not a mandatory check",
      );
      expect(await counts()).toEqual(before);

      const fixed = await t.http.patch('net', `/handoffs/${draft.id}`, {
        version: 1,
        content: {
          artifacts: complete.content.artifacts,
          knownIssues: [],
          dependencies: ['none'],
          successCriteria: ['plan is clean'],
        },
        attest: ['Context files updated'],
      });
      expect(fixed.status).toBe(200);
      expect(fixed.body).toMatchObject({
        version: 2,
        status: 'draft',
        missing: [],
        attested: ['Context files updated'],
        content: {
          // What the edit did not name stays as it was.
          completedWork: ['Half'],
          knownIssues: [],
          dependencies: ['none'],
          successCriteria: ['plan is clean'],
        },
      });
      const events = (await t.http.get('net', `/handoffs/${draft.id}/events`))
        .body.items;
      // The audit line names what the edit changed, not what it sent.
      expect(
        events.find((e: { type: string }) => e.type === 'handoff.edited'),
      ).toMatchObject({
        reason:
          'edited: artifacts, known issues, dependencies, success criteria, attested checks',
      });

      const stale = await t.http.patch('net', `/handoffs/${draft.id}`, {
        version: 1,
        title: 'Late',
      });
      expect(stale.status).toBe(409);
      expect(stale.body.handoff.version).toBe(2);

      const transferred = await step('net', fixed.body, 'transfer');
      expect(transferred.status).toBe('awaiting_acknowledgment');
      const afterTransfer = await t.http.patch('net', `/handoffs/${draft.id}`, {
        version: transferred.version,
        title: 'Too late',
      });
      expect(afterTransfer.status).toBe(409);
      expect(afterTransfer.body.error.code).toBe(
        'handoff_awaiting_acknowledgment',
      );
      // Acknowledged, so the SLA sweep test below finds only its own handoff due.
      await step('api', transferred, 'acknowledgment');
      recordEngine(databaseId);
    });

    it('walks the five stages with a clarification round trip, notifying whose turn it is, and logs the completion to the context manager', async () => {
      let h = await open();
      const actions = (await t.http.get('net', `/handoffs/${h.id}/actions`))
        .body;
      expect(actions).toMatchObject({
        roles: ['sender'],
        validate: true,
        transfer: true,
        acknowledge: false,
      });
      h = await step('net', h, 'validation', {
        results: [
          { check: 'Syntax validation', result: 'passed' },
          {
            check: 'security scanning',
            result: 'failed',
            details: 'tfsec: open SG',
          },
        ],
      });
      expect(h).toMatchObject({ stage: 'validation', version: 2 });
      expect(
        h.automatedChecks.map(c => [c.check, c.result, c.details]),
      ).toEqual([
        ['Syntax validation', 'passed', null],
        ['Security scanning', 'failed', 'tfsec: open SG'],
      ]);
      h = await step('net', h, 'validation', {
        results: [{ check: 'Security scanning', result: 'passed' }],
      });
      expect(h.automatedChecks.map(c => c.result)).toEqual([
        'passed',
        'passed',
      ]);

      t.notifications.length = 0;
      const transferAt = Date.now();
      h = await step('net', h, 'transfer');
      expect(h).toMatchObject({
        stage: 'transfer',
        status: 'awaiting_acknowledgment',
        overdue: false,
      });
      expect(
        Date.parse(h.acknowledgmentDueAt!) - Date.parse(h.transferredAt!),
      ).toBe(4 * HOUR);
      expect(Date.parse(h.transferredAt!)).toBeGreaterThanOrEqual(
        transferAt - 1000,
      );
      expect(t.notifications).toEqual([
        expect.objectContaining({
          recipients: { type: 'entity', entityRef: ['user:default/api'] },
          payload: expect.objectContaining({
            title: 'Handoff to acknowledge: VPC module (from network_engineer)',
          }),
        }),
      ]);
      // Only the receiver (or the context manager) acknowledges or asks.
      const bySender = await t.http.post(
        'net',
        `/handoffs/${h.id}/acknowledgment`,
        { version: h.version },
      );
      expect(bySender.status).toBe(403);
      expect(bySender.body.error.code).toBe('handoff_actor_not_permitted');

      h = await step('api', h, 'clarifications', {
        question: 'Which region first?',
      });
      expect(h).toMatchObject({
        status: 'clarification_requested',
        stage: 'transfer',
      });
      const twice = await t.http.post(
        'api',
        `/handoffs/${h.id}/clarifications`,
        { question: 'Again?', version: h.version },
      );
      expect(twice.status).toBe(409);
      expect(twice.body.error.code).toBe('handoff_clarification_requested');
      const receiverAnswers = await t.http.post(
        'api',
        `/handoffs/${h.id}/clarifications/answer`,
        { answer: 'x', version: h.version },
      );
      expect(receiverAnswers.status).toBe(403);
      h = await step('net', h, 'clarifications/answer', {
        answer: 'us-east-1, as the notes say',
      });
      expect(h).toMatchObject({ status: 'awaiting_acknowledgment' });
      expect(h.clarifications).toEqual([
        expect.objectContaining({
          question: 'Which region first?',
          askedBy: 'user:default/api',
          answer: 'us-east-1, as the notes say',
          answeredBy: 'user:default/net',
        }),
      ]);

      h = await step('api', h, 'acknowledgment');
      expect(h).toMatchObject({
        stage: 'acknowledgment',
        status: 'acknowledged',
      });
      h = await step('net', h, 'completion');
      expect(h).toMatchObject({ stage: 'completion', status: 'completed' });
      const again = await t.http.post('net', `/handoffs/${h.id}/completion`, {
        version: h.version,
      });
      expect(again.status).toBe(409);

      const logged = await t.knex(MESSAGES).where({
        from_agent: 'network_engineer',
        to_agent: 'context_manager',
        subject: 'Handoff completed: VPC module',
      });
      expect(logged).toHaveLength(1);
      expect(logged[0].content).toContain('# Task Handoff: VPC module');
      const events = (await t.http.get('cm', `/handoffs/${h.id}/events`)).body
        .items;
      expect(
        events.map((e: { type: string; actor: string }) => [e.type, e.actor]),
      ).toEqual([
        ['handoff.opened', 'user:default/net'],
        ['handoff.validated', 'user:default/net'],
        ['handoff.validated', 'user:default/net'],
        ['handoff.transferred', 'user:default/net'],
        ['handoff.clarification_requested', 'user:default/api'],
        ['handoff.clarification_answered', 'user:default/net'],
        ['handoff.acknowledged', 'user:default/api'],
        ['handoff.completed', 'user:default/net'],
      ]);
      const feed = (await t.http.get('cm', '/events?limit=200')).body.items;
      expect(
        feed.some((e: { subject?: { id: string } }) => e.subject?.id === h.id),
      ).toBe(true);
    });

    it('holds the tasks it blocks in BLOCKED until the receiver acknowledges it, and releases them in the same change', async () => {
      const running = await t.taskIn('IN_PROGRESS');
      let h = await open({ ...complete, blocks: [running.id] });
      const held = (await t.http.get('cm', `/tasks/${running.id}`)).body;
      expect(held).toMatchObject({
        state: 'BLOCKED',
        heldBy: [{ type: 'handoff', id: h.id }],
      });
      const resume = await t.http.post(
        'net',
        `/tasks/${running.id}/transitions`,
        { to: 'IN_PROGRESS', version: held.version },
      );
      expect(resume.status).toBe(409);
      expect(resume.body.error.code).toBe('still_blocked');
      h = await step('net', h, 'transfer');
      expect((await t.http.get('cm', `/tasks/${running.id}`)).body.state).toBe(
        'BLOCKED',
      );
      expect(
        (await t.http.get('cm', `/handoffs?task=${running.id}`)).body.items.map(
          (x: Handoff) => x.id,
        ),
      ).toEqual([h.id]);
      await step('api', h, 'acknowledgment');
      const released = (await t.http.get('cm', `/tasks/${running.id}`)).body;
      expect(released).toMatchObject({ state: 'IN_PROGRESS', heldBy: [] });
      const last = (
        await t.http.get('cm', `/tasks/${running.id}/events`)
      ).body.items.pop();
      expect(last).toMatchObject({
        type: 'task.unblocked',
        reason: expect.stringContaining(`handoff ${h.id} acknowledged`),
      });
    });

    it('escalates a handoff not acknowledged within its SLA exactly once, through a conflict the conflict sweep then escalates', async () => {
      const h = await step(
        'net',
        await open({ ...complete, title: 'Late handoff' }),
        'transfer',
      );
      const due = Date.parse(h.acknowledgmentDueAt!);
      const source = handoffEscalationSource({
        hold: async () => {},
        release: async () => {},
      });
      const other = databaseId === 'SQLITE_3' ? t.knex : secondReplica(t.knex);
      try {
        const runners = [t.knex, other].map(
          db => new ChangeRunner({ db, announcer: new ChangeAnnouncer() }),
        );
        const early = await sweepEscalations(
          runners[0],
          framework,
          new Date(due - 60_000),
          [source],
        );
        expect(early.opened).toBe(0);
        const before = await counts();
        // Two replicas at once, then again: one conflict between them.
        const at = new Date(due + 60_000);
        const results = await Promise.all(
          runners.map(r => sweepEscalations(r, framework, at, [source])),
        );
        expect(results.reduce((n, r) => n + r.opened, 0)).toBe(1);
        expect(
          (
            await sweepEscalations(
              runners[0],
              framework,
              new Date(due + 2 * HOUR),
              [source],
            )
          ).opened,
        ).toBe(0);
        expect((await counts()).conflicts).toBe(before.conflicts + 1);

        const escalated = (await t.http.get('cm', `/handoffs/${h.id}`))
          .body as Handoff;
        // The server's clock is today's: the sweep ran at a moved-on clock.
        expect(escalated).toMatchObject({
          status: 'awaiting_acknowledgment',
          escalatedAt: at.toISOString(),
        });
        const conflict = (
          await t.http.get('cm', `/conflicts/${escalated.escalationConflict}`)
        ).body as Conflict;
        expect(conflict).toMatchObject({
          type: 'priority',
          category: 'priority',
          level: 'L1',
          parties: ['network_engineer', 'api_developer'],
          authority: { name: 'Context Mgr', agents: ['context_manager'] },
          subject: { components: ['component:default/vpc'] },
        });
        expect(conflict.description).toContain(`Handoff ${h.id}`);
        expect(
          (await t.http.get('cm', `/handoffs?overdue=false`)).body.items.map(
            (x: Handoff) => x.id,
          ),
        ).toContain(h.id);
        // The conflict's own SLA takes it on: L1 -> L2, once.
        const l2 = new Date(Date.parse(conflict.deadlineAt) + 60_000);
        await Promise.all(
          runners.map(r => sweepEscalations(r, framework, l2, [source])),
        );
        const after = (await t.http.get('cm', `/conflicts/${conflict.id}`))
          .body as Conflict;
        expect(after).toMatchObject({
          level: 'L2',
          authority: { name: 'Product Owner' },
        });
        const types = (
          await t.http.get('cm', `/conflicts/${conflict.id}/events`)
        ).body.items.map((e: { type: string }) => e.type);
        expect(types).toEqual(['conflict.opened', 'conflict.escalated']);
        const handoffEvents = (
          await t.http.get('cm', `/handoffs/${h.id}/events`)
        ).body.items.map((e: { type: string }) => e.type);
        expect(
          handoffEvents.filter((x: string) => x === 'handoff.escalated'),
        ).toHaveLength(1);
        // Acknowledged late, it is still acknowledged; it never escalates again.
        const ack = await step('api', escalated, 'acknowledgment');
        expect(ack).toMatchObject({ status: 'acknowledged', overdue: false });
      } finally {
        if (other !== t.knex) await other.destroy();
      }
    });

    it('renders the Appendix B document, as GET /document and as text/markdown on GET /handoffs/{id}', async () => {
      const h = await open();
      const doc = await t.http.get('api', `/handoffs/${h.id}/document`);
      expect(doc.status).toBe(200);
      expect(doc.headers['content-type']).toMatch(/^text\/markdown/);
      const headings = (text: string) =>
        text
          .split('\n')
          .filter(l => l.startsWith('#'))
          .map(l => l.replace(/:.*$/, ''));
      expect(headings(doc.text)).toEqual(headings(framework.handoffTemplate));
      expect(doc.text).toContain(
        '- Path: components/terraform/vpc/main.tf\n- Type: code\n- Status: final',
      );
      const negotiated = await request(t.server)
        .get(`${BASE}/handoffs/${h.id}`)
        .set('Authorization', t.auth('api'))
        .set('Accept', 'text/markdown');
      expect(negotiated.status).toBe(200);
      expect(negotiated.text).toBe(doc.text);
      expect((await t.http.get('api', `/handoffs/${h.id}`)).body.id).toBe(h.id);
    });

    it('refuses outsiders, callers mapped to no agent, stale versions and bad input as 4xx that change nothing', async () => {
      const h = await open();
      const before = await counts();
      const outsider = await t.http.post('sec', `/handoffs/${h.id}/transfer`, {
        version: 1,
      });
      expect(outsider.status).toBe(403);
      expect(outsider.body.error.code).toBe('handoff_actor_not_permitted');
      const nobody = await t.http.post('nobody', '/handoffs', complete);
      expect(nobody.status).toBe(403);
      expect(nobody.body.error.code).toBe('read_only_caller');
      expect((await t.http.get('nobody', `/handoffs/${h.id}`)).status).toBe(
        200,
      );
      const asOther = await t.http.post('api', '/handoffs', {
        ...complete,
        from: 'network_engineer',
        to: 'security_specialist',
      });
      expect(asOther.status).toBe(403);
      expect(asOther.body.error.code).toBe('send_as_other_agent');
      const stale = await t.http.post('net', `/handoffs/${h.id}/transfer`, {
        version: 7,
      });
      expect(stale.status).toBe(409);
      expect(stale.body.handoff).toMatchObject({ id: h.id, version: 1 });
      const bad = await t.http.post('net', '/handoffs', {
        to: 'wizard',
        title: ' ',
        blocks: ['no-such-task'],
        attest: ['Vibes'],
      });
      expect(bad.status).toBe(400);
      for (const part of [
        "to: unknown agent 'wizard'",
        'title: must not be empty',
        "blocks: no task with id 'no-such-task'",
        "attest[0]: 'Vibes' is not a mandatory check",
      ]) {
        expect(bad.body.error.message).toContain(part);
      }
      const badCheck = await t.http.post(
        'net',
        `/handoffs/${h.id}/validation`,
        { version: 1, results: [{ check: 'Linting', result: 'passed' }] },
      );
      expect(badCheck.status).toBe(400);
      expect((await t.http.get('net', '/handoffs/no-such-id')).status).toBe(
        404,
      );
      const editMissing = await t.http.patch('net', '/handoffs/no-such-id', {
        version: 1,
        title: 'x',
      });
      expect(editMissing.status).toBe(404);
      for (const body of [
        { title: 'x' },
        {
          version: 1,
          content: { artifacts: [{ path: '', type: 'code', status: 'final' }] },
        },
        { version: 1, content: { knownIssues: 'none' } },
        { version: 1, blocks: ['t-1'] },
      ]) {
        const edit = await t.http.patch('net', `/handoffs/${h.id}`, body);
        expect({ body, status: edit.status }).toEqual({ body, status: 400 });
      }
      expect(await counts()).toEqual(before);
      expect((await request(t.server).get(`${BASE}/handoffs`)).status).toBe(
        401,
      );
    });

    it('replays an open with the same Idempotency-Key, and lists by filter a page at a time', async () => {
      const key = `handoff-${databaseId}-${Date.now()}`;
      const send = () =>
        request(t.server)
          .post(`${BASE}/handoffs`)
          .set('Authorization', t.auth('sec'))
          .set('Idempotency-Key', key)
          .send({ ...complete, to: 'network_engineer' });
      const first = await send();
      const second = await send();
      expect(first.status).toBe(201);
      expect(second.headers['idempotent-replayed']).toBe('true');
      expect(second.body.id).toBe(first.body.id);
      await open({ ...complete, to: 'network_engineer' }, 'sec');
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await t.http.get(
          'cm',
          `/handoffs?from=security_specialist&limit=1${
            cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
          }`,
        );
        expect(res.body.items.length).toBeLessThanOrEqual(1);
        ids.push(...res.body.items.map((x: Handoff) => x.id));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(ids).toHaveLength(2);
      expect(ids).toContain(first.body.id);
      expect(
        (
          await t.http.get(
            'cm',
            '/handoffs?to=network_engineer&stage=initiation',
          )
        ).body.items.every((x: Handoff) => x.to === 'network_engineer'),
      ).toBe(true);
    });
  },
);
