import type {
  Inbox,
  Message,
} from '@agent-coordination/plugin-agent-coordination-common';
import request from 'supertest';
import {
  BASE,
  startTaskBackend,
  type Caller,
  type TaskBackend,
} from '../../__testUtils__/startTaskBackend';
import {
  createTestDatabases,
  recordEngine,
} from '../../__testUtils__/testDatabases';
import { EVENTS } from '../../platform/store/tables';
import { MESSAGE_READS, MESSAGES } from '../store/tables';

const databases = createTestDatabases();
const HOUR = 3600_000;

describe.each(databases.eachSupportedId())(
  'messages over HTTP on %p',
  databaseId => {
    let t: TaskBackend;
    beforeAll(async () => {
      t = await startTaskBackend(databases, databaseId);
    }, 120_000);
    afterAll(() => t?.backend.stop());

    async function send(who: Caller, body: object): Promise<Message> {
      const res = await t.http.post(who, '/messages', body);
      if (res.status !== 201)
        throw new Error(
          `send failed: ${res.status} ${JSON.stringify(res.body)}`,
        );
      return res.body;
    }
    async function inbox(
      who: Caller,
      agent: string,
      query = '',
    ): Promise<Inbox> {
      const res = await t.http.get(who, `/agents/${agent}/inbox${query}`);
      if (res.status !== 200)
        throw new Error(
          `inbox failed: ${res.status} ${JSON.stringify(res.body)}`,
        );
      return res.body;
    }
    async function counts() {
      const [[m], [r], [e]] = await Promise.all([
        t.knex(MESSAGES).count({ n: '*' }),
        t.knex(MESSAGE_READS).count({ n: '*' }),
        t.knex(EVENTS).count({ n: '*' }),
      ]);
      return { messages: Number(m.n), reads: Number(r.n), events: Number(e.n) };
    }
    const request_ = (subject: string, extra: object = {}) => ({
      to: 'api_developer',
      priority: 'P2',
      type: 'REQUEST',
      subject,
      content: 'Please expose the **VPC id** as an output.',
      ...extra,
    });

    it('sends a REQUEST with its header, body and metadata, due a RESPONSE within the framework SLA', async () => {
      const before = Date.now();
      const sent = await send('net', {
        ...request_('VPC outputs'),
        artifacts: [
          { path: './components/terraform/vpc/outputs.tf', type: 'code' },
        ],
        dependencies: [
          {
            agent: 'infrastructure_architect',
            artifact: 'docs/vpc-design.md',
            status: 'required',
          },
        ],
        tags: ['vpc', 'vpc', 'outputs'],
      });
      expect(sent).toMatchObject({
        from: 'network_engineer',
        to: 'api_developer',
        priority: 'P2',
        type: 'REQUEST',
        subject: 'VPC outputs',
        content: 'Please expose the **VPC id** as an output.',
        artifacts: [
          { path: 'components/terraform/vpc/outputs.tf', type: 'code' },
        ],
        dependencies: [
          {
            agent: 'infrastructure_architect',
            artifact: 'docs/vpc-design.md',
            status: 'required',
          },
        ],
        correlationId: sent.id,
        threadId: sent.id,
        tags: ['vpc', 'outputs'],
        answeredAt: null,
        answeredBy: null,
        overdueAt: null,
        overdue: false,
        readAt: null,
        version: 1,
        createdBy: 'user:default/net',
      });
      expect(Date.parse(sent.sentAt)).toBeGreaterThanOrEqual(before - 1000);
      expect(Date.parse(sent.responseDueAt!) - Date.parse(sent.sentAt)).toBe(
        4 * HOUR,
      );
      const events = await t
        .knex(EVENTS)
        .where({ subject_type: 'message', subject_id: sent.id });
      expect(events.map(e => [e.type, e.actor, e.actor_agent])).toEqual([
        ['message.sent', 'user:default/net', 'network_engineer'],
      ]);
      expect((await t.http.get('api', `/messages/${sent.id}`)).body).toEqual(
        sent,
      );
      recordEngine(databaseId);
    });

    it("keeps an inbox's unread counts, read state per recipient agent, and marking read again changes nothing", async () => {
      const start = await inbox('sec', 'security_specialist');
      const a = await send('net', {
        to: 'security_specialist',
        priority: 'P1',
        type: 'UPDATE',
        subject: 'SG rules merged',
      });
      const b = await send('api', {
        to: 'security_specialist',
        priority: 'P3',
        type: 'UPDATE',
        subject: 'New endpoint',
      });
      const mine = await inbox('sec', 'security_specialist');
      expect(mine.total).toBe(start.total + 2);
      expect(mine.unread).toBe(start.unread + 2);
      expect(mine.unreadByPriority.P1).toBe(start.unreadByPriority.P1 + 1);
      expect(mine.unreadByPriority.P3).toBe(start.unreadByPriority.P3 + 1);
      expect(Object.keys(mine.unreadByPriority)).toEqual([
        'P0',
        'P1',
        'P2',
        'P3',
      ]);
      expect(mine.items.slice(0, 2).map(m => [m.id, m.readAt])).toEqual([
        [b.id, null],
        [a.id, null],
      ]);

      const read = await t.http.post('sec', `/messages/${a.id}/read`);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ id: a.id, readAt: expect.any(String) });
      const before = await counts();
      const again = await t.http.post('sec', `/messages/${a.id}/read`);
      expect(again.status).toBe(200);
      expect(again.body.readAt).toBe(read.body.readAt);
      expect(await counts()).toEqual(before);

      const after = await inbox('sec', 'security_specialist');
      expect(after).toMatchObject({
        total: start.total + 2,
        unread: start.unread + 1,
      });
      expect(after.unreadByPriority.P1).toBe(start.unreadByPriority.P1);
      const unread = await inbox('sec', 'security_specialist', '?unread=true');
      expect(unread.items.map(m => m.id)).toContain(b.id);
      expect(unread.items.map(m => m.id)).not.toContain(a.id);
      const readOnes = await inbox(
        'sec',
        'security_specialist',
        '?unread=false',
      );
      expect(readOnes.items.map(m => m.id)).toContain(a.id);
      // The context manager reads the inbox with its agent's read state, not its own.
      expect(
        (await inbox('cm', 'security_specialist')).items.find(
          m => m.id === a.id,
        )!.readAt,
      ).toBe(read.body.readAt);
      // The sender is no recipient: it cannot mark it read, and nothing changes.
      const bySender = await t.http.post('net', `/messages/${a.id}/read`);
      expect(bySender.status).toBe(403);
      expect(bySender.body.error.code).toBe('not_a_recipient');
      expect(await counts()).toEqual(before);
    });

    it('stores a broadcast once and reaches every agent but its sender once, each reading it on its own', async () => {
      const before = await counts();
      const all = await send('cm', {
        to: 'ALL',
        priority: 'P2',
        type: 'UPDATE',
        subject: 'Freeze starts Friday',
      });
      const after = await counts();
      expect(after.messages).toBe(before.messages + 1);
      expect(after.events).toBe(before.events + 1);
      expect(
        await t.knex(MESSAGES).where({ id: all.id, to_agent: 'ALL' }),
      ).toHaveLength(1);

      const agents: string[] = (
        await t.http.get('cm', '/framework')
      ).body.agents.map((a: { key: string }) => a.key);
      expect(agents).toHaveLength(14);
      for (const agent of agents) {
        const box = await inbox('cm', agent, '?limit=200');
        const copies = box.items.filter(m => m.id === all.id).length;
        expect({ agent, copies }).toEqual({
          agent,
          copies: agent === 'context_manager' ? 0 : 1,
        });
      }
      const netBefore = await inbox('net', 'network_engineer');
      await t.http.post('net', `/messages/${all.id}/read`);
      expect((await inbox('net', 'network_engineer')).unread).toBe(
        netBefore.unread - 1,
      );
      const apiBox = await inbox('api', 'api_developer');
      expect(apiBox.items.find(m => m.id === all.id)!.readAt).toBeNull();
      expect(
        await t.knex(MESSAGE_READS).where({ message_id: all.id }),
      ).toHaveLength(1);
      await t.http.post('api', `/messages/${all.id}/read`);
      expect(
        (await t.knex(MESSAGE_READS).where({ message_id: all.id }))
          .map(r => r.agent)
          .sort(),
      ).toEqual(['api_developer', 'network_engineer']);
      // Broadcasts alone, and a caller mapped to no agent reads those only.
      expect(
        (await t.http.get('net', '/messages?to=ALL')).body.items.every(
          (m: Message) => m.to === 'ALL',
        ),
      ).toBe(true);
      const nobody = await t.http.get('nobody', '/messages?limit=200');
      expect(nobody.status).toBe(200);
      expect(nobody.body.items.length).toBeGreaterThan(0);
      expect(nobody.body.items.every((m: Message) => m.to === 'ALL')).toBe(
        true,
      );
    });

    it('answers a REQUEST with a RESPONSE through its correlation id, in its thread, marking it answered once', async () => {
      const asked = await send('net', request_('Subnet for the API'));
      const answer = await send('api', {
        to: 'network_engineer',
        priority: 'P2',
        type: 'RESPONSE',
        subject: 'Re: Subnet for the API',
        correlationId: asked.id,
      });
      expect(answer).toMatchObject({
        type: 'RESPONSE',
        correlationId: asked.id,
        threadId: asked.threadId,
        responseDueAt: null,
      });
      const stored = (await t.http.get('net', `/messages/${asked.id}`))
        .body as Message;
      expect(stored).toMatchObject({
        answeredAt: answer.sentAt,
        answeredBy: answer.id,
        version: 2,
        overdue: false,
      });
      const second = await send('api', {
        to: 'network_engineer',
        priority: 'P3',
        type: 'RESPONSE',
        subject: 'One more thing',
        correlationId: asked.id,
      });
      expect(
        (await t.http.get('net', `/messages/${asked.id}`)).body,
      ).toMatchObject({ answeredBy: answer.id, version: 2 });
      const events = await t
        .knex(EVENTS)
        .where({ subject_type: 'message', subject_id: asked.id })
        .orderBy('id');
      expect(events.map(e => e.type)).toEqual([
        'message.sent',
        'message.answered',
      ]);
      expect(JSON.parse(events[1].after)).toMatchObject({
        answeredBy: answer.id,
      });
      const thread = await t.http.get(
        'net',
        `/messages?thread=${asked.threadId}`,
      );
      expect(thread.body.items.map((m: Message) => m.id)).toEqual([
        second.id,
        answer.id,
        asked.id,
      ]);
    });

    it('refuses sending as another agent, to an unknown agent, bad priority or type, a RESPONSE to nothing: 4xx, nothing changed', async () => {
      const update = await send('net', {
        to: 'api_developer',
        priority: 'P2',
        type: 'UPDATE',
        subject: 'FYI',
      });
      const asked = await send('net', request_('Only api may answer'));
      const before = await counts();

      const asOther = await t.http.post('net', '/messages', {
        ...request_('x'),
        from: 'context_manager',
      });
      expect(asOther.status).toBe(403);
      expect(asOther.body.error).toMatchObject({ code: 'send_as_other_agent' });
      expect(asOther.body.error.message).toContain(
        'acts as network_engineer and may send as network_engineer only',
      );

      const bad = await t.http.post('net', '/messages', {
        to: 'wizard',
        priority: 'P9',
        type: 'GOSSIP',
        subject: ' ',
      });
      expect(bad.status).toBe(400);
      for (const part of [
        "to: unknown agent 'wizard'",
        "priority: unknown message priority 'P9'; the framework's message priorities are P0, P1, P2, P3",
        "type: unknown message type 'GOSSIP'; the framework's message types are REQUEST, RESPONSE, UPDATE, ALERT",
        'subject: must not be empty',
      ]) {
        expect(bad.body.error.message).toContain(part);
      }

      const toNothing = await t.http.post('api', '/messages', {
        to: 'network_engineer',
        priority: 'P2',
        type: 'RESPONSE',
        subject: 'Re: ?',
        correlationId: '7d4c0a52-0000-4000-8000-000000000000',
      });
      expect(toNothing.status).toBe(400);
      expect(toNothing.body.error).toMatchObject({ code: 'no_such_request' });
      expect(toNothing.body.error.message).toContain(
        "correlationId: '7d4c0a52-0000-4000-8000-000000000000' names no REQUEST",
      );
      const toUpdate = await t.http.post('api', '/messages', {
        to: 'network_engineer',
        priority: 'P2',
        type: 'RESPONSE',
        subject: 'Re: FYI',
        correlationId: update.id,
      });
      expect(toUpdate.status).toBe(400);
      expect(toUpdate.body.error.message).toContain(
        'names no REQUEST (it is a UPDATE)',
      );
      const uncorrelated = await t.http.post('api', '/messages', {
        to: 'network_engineer',
        priority: 'P2',
        type: 'RESPONSE',
        subject: 'Re',
      });
      expect(uncorrelated.status).toBe(400);
      expect(uncorrelated.body.error.message).toContain(
        'correlationId: required for a RESPONSE',
      );
      const byOutsider = await t.http.post('sec', '/messages', {
        to: 'network_engineer',
        priority: 'P2',
        type: 'RESPONSE',
        subject: 'Re',
        correlationId: asked.id,
      });
      // sec may not even read the request, so to sec it names nothing.
      expect(byOutsider.status).toBe(400);
      expect(byOutsider.body.error.code).toBe('no_such_request');
      const elsewhere = await t.http.post('api', '/messages', {
        to: 'security_specialist',
        priority: 'P2',
        type: 'RESPONSE',
        subject: 'Re',
        correlationId: asked.id,
      });
      expect(elsewhere.status).toBe(400);
      expect(elsewhere.body.error.message).toContain(
        'to: a RESPONSE goes to the sender of the REQUEST it answers (network_engineer)',
      );
      const ownId = await t.http.post('net', '/messages', {
        ...request_('x'),
        correlationId: asked.id,
      });
      expect(ownId.status).toBe(400);
      expect(ownId.body.error.message).toContain(
        "a REQUEST's correlation id is its own id",
      );
      const self = await t.http.post('net', '/messages', {
        ...request_('x'),
        to: 'network_engineer',
      });
      expect(self.status).toBe(400);
      expect(self.body.error.message).toContain(
        'to: network_engineer cannot message itself',
      );
      const badArtifact = await t.http.post('net', '/messages', {
        ...request_('x'),
        artifacts: [{ path: '../etc/passwd', type: 'binary' }],
        dependencies: [{ agent: 'ghost', artifact: 'x', status: 'maybe' }],
      });
      expect(badArtifact.status).toBe(400);
      for (const part of [
        "'artifacts[0].path' must not contain '..'",
        "artifacts[0].type: unknown artifact type 'binary'",
        "dependencies[0].agent: unknown agent 'ghost'",
        "dependencies[0].status: unknown dependency status 'maybe'",
      ]) {
        expect(badArtifact.body.error.message).toContain(part);
      }
      const unknownField = await t.http.post('net', '/messages', {
        ...request_('x'),
        cc: 'sec',
      });
      expect(unknownField.status).toBe(400);
      expect(unknownField.body.error.message).toContain('cc: unknown field');
      const missing = await t.http.post('net', '/messages', {
        to: 'api_developer',
      });
      expect(missing.status).toBe(400);
      expect(missing.body.error.message).toContain('priority: required');
      const nobody = await t.http.post('nobody', '/messages', request_('x'));
      expect(nobody.status).toBe(403);
      expect(nobody.body.error.code).toBe('read_only_caller');
      const anonymous = await request(t.server)
        .post(`${BASE}/messages`)
        .send(request_('x'));
      expect(anonymous.status).toBe(401);

      expect(await counts()).toEqual(before);
      expect(
        (await t.http.get('net', `/messages/${asked.id}`)).body,
      ).toMatchObject({ answeredAt: null, version: 1 });
    });

    it('lets an agent read its inbox, what it sent and broadcasts, and the context manager all', async () => {
      const privately = await send('net', request_('Between net and api'));
      const outsider = await t.http.get('sec', `/messages/${privately.id}`);
      expect(outsider.status).toBe(403);
      expect(outsider.body.error.code).toBe('message_not_visible');
      for (const who of ['net', 'api', 'cm'] as const) {
        expect(
          (await t.http.get(who, `/messages/${privately.id}`)).status,
        ).toBe(200);
      }
      const secList = (await t.http.get('sec', '/messages?limit=200')).body
        .items as Message[];
      expect(secList.map(m => m.id)).not.toContain(privately.id);
      expect(
        secList.every(
          m =>
            m.from === 'security_specialist' ||
            m.to === 'security_specialist' ||
            m.to === 'ALL',
        ),
      ).toBe(true);
      expect(
        (
          (await t.http.get('cm', '/messages?limit=200')).body
            .items as Message[]
        ).map(m => m.id),
      ).toContain(privately.id);
      expect(
        (
          (await t.http.get('net', '/messages?from=network_engineer&limit=200'))
            .body.items as Message[]
        ).map(m => m.id),
      ).toContain(privately.id);

      const foreignInbox = await t.http.get(
        'sec',
        '/agents/api_developer/inbox',
      );
      expect(foreignInbox.status).toBe(403);
      expect(foreignInbox.body.error.code).toBe('inbox_not_permitted');
      expect(
        (await t.http.get('nobody', '/agents/api_developer/inbox')).status,
      ).toBe(403);
      expect(
        (await inbox('cm', 'api_developer')).items.map(m => m.id),
      ).toContain(privately.id);
      const noAgent = await t.http.get('cm', '/agents/wizard/inbox');
      expect(noAgent.status).toBe(404);
      expect(noAgent.body.error.code).toBe('no_such_agent');
      const missing = await t.http.get(
        'cm',
        '/messages/7d4c0a52-0000-4000-8000-000000000001',
      );
      expect(missing.status).toBe(404);

      // The event log shows a message's events to whoever may read the message only.
      const feed = async (who: Caller) =>
        (
          (await t.http.get(who, '/events?limit=200')).body.items as Array<{
            subject: { id: string };
          }>
        ).map(e => e.subject.id);
      expect(await feed('sec')).not.toContain(privately.id);
      expect(await feed('api')).toContain(privately.id);
      expect(await feed('cm')).toContain(privately.id);
    });

    it('filters by sender, type, priority, unread and overdue, and pages newest first by cursor', async () => {
      const thread = `filters-${databaseId}`.replace(/_/g, '-');
      const sent: Message[] = [];
      for (const [i, priority] of ['P0', 'P3', 'P3'].entries()) {
        sent.push(
          await send('api', {
            to: 'security_specialist',
            priority,
            type: 'UPDATE',
            subject: `update ${i}`,
            threadId: thread,
          }),
        );
      }
      const page1 = await t.http.get(
        'sec',
        `/messages?thread=${thread}&limit=2`,
      );
      expect(page1.body.items.map((m: Message) => m.id)).toEqual([
        sent[2].id,
        sent[1].id,
      ]);
      expect(page1.body.nextCursor).toEqual(expect.any(String));
      const page2 = await t.http.get(
        'sec',
        `/messages?thread=${thread}&limit=2&cursor=${page1.body.nextCursor}`,
      );
      expect(page2.body).toEqual({
        items: [expect.objectContaining({ id: sent[0].id })],
        nextCursor: null,
      });
      const p3 = await t.http.get(
        'sec',
        `/messages?thread=${thread}&priority=P3&type=UPDATE&from=api_developer`,
      );
      expect(p3.body.items.map((m: Message) => m.id)).toEqual([
        sent[2].id,
        sent[1].id,
      ]);
      await t.http.post('sec', `/messages/${sent[1].id}/read`);
      const unread = await t.http.get(
        'sec',
        `/messages?thread=${thread}&unread=true&to=security_specialist`,
      );
      expect(unread.body.items.map((m: Message) => m.id)).toEqual([
        sent[2].id,
        sent[0].id,
      ]);
      expect(
        (await t.http.get('sec', `/messages?thread=${thread}&overdue=true`))
          .body.items,
      ).toEqual([]);
      expect(
        (await t.http.get('sec', `/messages?thread=${thread}&overdue=false`))
          .body.items,
      ).toHaveLength(3);

      const before = await counts();
      const badFilters = await t.http.get(
        'sec',
        '/messages?type=GOSSIP&priority=P7&to=wizard&from=ghost',
      );
      expect(badFilters.status).toBe(400);
      expect(badFilters.body.error.message).toContain(
        "type: unknown message type 'GOSSIP'",
      );
      expect(badFilters.body.error.message).toContain(
        "to: unknown agent 'wizard'",
      );
      expect((await t.http.get('sec', '/messages?cursor=nope')).status).toBe(
        400,
      );
      expect((await t.http.get('sec', '/messages?unread=maybe')).status).toBe(
        400,
      );
      const unreadWithoutAgent = await t.http.get(
        'nobody',
        '/messages?unread=true',
      );
      expect(unreadWithoutAgent.status).toBe(400);
      expect(unreadWithoutAgent.body.error.message).toContain(
        'read state is per agent',
      );
      expect((await t.http.get('cm', '/agents/Not-A-Key/inbox')).status).toBe(
        400,
      );
      expect(await counts()).toEqual(before);
    });

    it('answers a REQUEST once when responses race, and keeps one receipt when the same agent reads twice at once', async () => {
      const asked = await send('cm', {
        to: 'ALL',
        priority: 'P1',
        type: 'REQUEST',
        subject: 'Who can review the SG change?',
      });
      const answers = await Promise.all(
        (['net', 'api', 'sec'] as const).map(who =>
          t.http.post(who, '/messages', {
            to: 'context_manager',
            priority: 'P1',
            type: 'RESPONSE',
            subject: `${who} can`,
            correlationId: asked.id,
          }),
        ),
      );
      expect(answers.map(a => a.status)).toEqual([201, 201, 201]);
      const stored = (await t.http.get('cm', `/messages/${asked.id}`))
        .body as Message;
      expect(answers.map(a => a.body.id)).toContain(stored.answeredBy);
      expect(stored.version).toBe(2);
      const answered = await t
        .knex(EVENTS)
        .where({ subject_id: asked.id, type: 'message.answered' });
      expect(answered).toHaveLength(1);

      const reads = await Promise.all(
        [1, 2, 3].map(() => t.http.post('net', `/messages/${asked.id}/read`)),
      );
      expect(reads.map(r => r.status)).toEqual([200, 200, 200]);
      expect(new Set(reads.map(r => r.body.readAt)).size).toBe(1);
      expect(
        await t.knex(MESSAGE_READS).where({ message_id: asked.id }),
      ).toHaveLength(1);
      expect(
        await t
          .knex(EVENTS)
          .where({ subject_id: asked.id, type: 'message.read' }),
      ).toHaveLength(1);
    });

    it('stores a body near the 256 kB limit, multi-byte text included, on every engine (lists too are LONGTEXT on MySQL)', async () => {
      const path = (i: number) => `docs/${i}/${'✓'.repeat(1000)}`;
      const res = await t.http.post('net', '/messages', {
        ...request_('Ünïcödé ✓'.padEnd(200, '✓')),
        content: '✓'.repeat(10000),
        artifacts: Array.from({ length: 50 }, (_, i) => ({
          path: path(i),
          type: 'document',
        })),
        dependencies: Array.from({ length: 10 }, (_, i) => ({
          agent: 'api_developer',
          artifact: path(i),
          status: 'optional',
        })),
      });
      expect(res.status).toBe(201);
      const stored = (await t.http.get('api', `/messages/${res.body.id}`))
        .body as Message;
      expect(stored.artifacts[49].path).toBe(path(49));
      expect(stored.dependencies).toHaveLength(10);
      expect(stored.subject).toHaveLength(200);
      expect(stored.content).toHaveLength(10000);
    });

    it('sends once per Idempotency-Key, replaying the first answer', async () => {
      const before = await counts();
      const body = request_('Idempotent');
      const post = () =>
        t.http
          .post('net', '/messages', body)
          .set('Idempotency-Key', `send-once-${databaseId}`);
      const first = await post();
      const again = await post();
      expect(first.status).toBe(201);
      expect(again.status).toBe(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body.id).toBe(first.body.id);
      expect((await counts()).messages).toBe(before.messages + 1);
      const reused = await t.http
        .post('net', '/messages', { ...body, subject: 'Different' })
        .set('Idempotency-Key', `send-once-${databaseId}`);
      expect(reused.status).toBe(422);
    });

    it('notifies the recipients of P0 messages and ALERTs, every other agent for ALL, and nobody for the rest', async () => {
      t.notifications.length = 0;
      await send('net', {
        to: 'api_developer',
        priority: 'P2',
        type: 'UPDATE',
        subject: 'Routine',
      });
      expect(t.notifications).toEqual([]);
      const urgent = await send('net', {
        to: 'api_developer',
        priority: 'P0',
        type: 'UPDATE',
        subject: 'Prod VPC down',
      });
      expect(t.notifications).toEqual([
        {
          recipients: { type: 'entity', entityRef: ['user:default/api'] },
          payload: expect.objectContaining({
            title: 'P0 UPDATE from network_engineer: Prod VPC down',
            severity: 'critical',
            topic: 'agent-coordination:messages',
            link: `/agent-coordination/messages/${urgent.id}`,
          }),
        },
      ]);
      t.notifications.length = 0;
      await send('sec', {
        to: 'ALL',
        priority: 'P1',
        type: 'ALERT',
        subject: 'Leaked key rotated',
      });
      expect(t.notifications).toHaveLength(1);
      expect(t.notifications[0]).toMatchObject({
        recipients: {
          entityRef: [
            'user:default/cm',
            'user:default/net',
            'user:default/api',
          ],
        },
        payload: {
          severity: 'high',
          title: 'P1 ALERT from security_specialist: Leaked key rotated',
        },
      });
    });
  },
);
