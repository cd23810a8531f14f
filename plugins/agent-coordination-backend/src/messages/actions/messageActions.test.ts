import {
  startTaskBackend,
  type TaskBackend,
} from '../../__testUtils__/startTaskBackend';
import { createTestDatabases } from '../../__testUtils__/testDatabases';
import { EVENTS } from '../../platform/store/tables';
import { MESSAGE_READS, MESSAGES } from '../store/tables';

const databases = createTestDatabases();

// Actions behave the same on every engine (they run the routes' commands and reads); SQLite keeps this quick.
describe('the message actions', () => {
  let t: TaskBackend;
  beforeAll(async () => {
    t = await startTaskBackend(databases, 'SQLITE_3');
  }, 120_000);
  afterAll(() => t?.backend.stop());

  async function counts() {
    const [[m], [r], [e]] = await Promise.all([
      t.knex(MESSAGES).count({ n: '*' }),
      t.knex(MESSAGE_READS).count({ n: '*' }),
      t.knex(EVENTS).count({ n: '*' }),
    ]);
    return { messages: Number(m.n), reads: Number(r.n), events: Number(e.n) };
  }

  it('sends as the caller, lists the recipient inbox with its unread count, marks it read, and answers the REQUEST', async () => {
    const sent = await t.action('net', 'send-message', {
      to: 'api_developer',
      priority: 'P1',
      type: 'REQUEST',
      subject: 'Expose the VPC id',
      artifacts: [
        { path: 'components/terraform/vpc/outputs.tf', type: 'code' },
      ],
    });
    expect(sent.status).toBe(200);
    const { message } = sent.body.output;
    expect(message).toMatchObject({
      from: 'network_engineer',
      to: 'api_developer',
      type: 'REQUEST',
      correlationId: message.id,
      overdue: false,
      readAt: null,
    });
    expect(
      (await t.http.get('api', `/messages/${message.id}`)).body,
    ).toMatchObject({ id: message.id, createdBy: 'user:default/net' });

    const inbox = await t.action('api', 'list-inbox', { unread: true });
    expect(inbox.status).toBe(200);
    expect(inbox.body.output).toMatchObject({
      agent: 'api_developer',
      unread: 1,
      unreadByPriority: { P0: 0, P1: 1, P2: 0, P3: 0 },
    });
    expect(inbox.body.output.messages.map((m: { id: string }) => m.id)).toEqual(
      [message.id],
    );

    const read = await t.action('api', 'mark-message-read', {
      messageId: message.id,
    });
    expect(read.status).toBe(200);
    expect(read.body.output.message.readAt).toEqual(expect.any(String));
    expect((await t.action('api', 'list-inbox', {})).body.output).toMatchObject(
      { total: 1, unread: 0 },
    );

    const answer = await t.action('api', 'send-message', {
      to: 'network_engineer',
      priority: 'P1',
      type: 'RESPONSE',
      subject: 'Done',
      correlationId: message.id,
    });
    expect(answer.status).toBe(200);
    expect(
      (await t.http.get('net', `/messages/${message.id}`)).body,
    ).toMatchObject({ answeredBy: answer.body.output.message.id });
  });

  it('refuses as the routes do, changing nothing: as another inbox, from a caller with no agent, bad input', async () => {
    await t.action('net', 'send-message', {
      to: 'api_developer',
      priority: 'P2',
      type: 'UPDATE',
      subject: 'x',
    });
    const before = await counts();
    const foreign = await t.action('sec', 'list-inbox', {
      agent: 'api_developer',
    });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe('inbox_not_permitted');
    const nobodyInbox = await t.action('nobody', 'list-inbox', {});
    expect(nobodyInbox.status).toBe(400);
    expect(nobodyInbox.body.error.message).toContain(
      'name the agent whose inbox to read',
    );
    const nobody = await t.action('nobody', 'send-message', {
      to: 'api_developer',
      priority: 'P2',
      type: 'UPDATE',
      subject: 'x',
    });
    expect(nobody.status).toBe(403);
    expect(nobody.body.error.code).toBe('read_only_caller');
    const bad = await t.action('net', 'send-message', {
      to: 'api_developer',
      priority: 'P5',
      type: 'NOTE',
      subject: 'x',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain(
      "priority: unknown message priority 'P5'",
    );
    const nul = await t.action('net', 'send-message', {
      to: 'api_developer',
      priority: 'P2',
      type: 'UPDATE',
      subject: 'a\u0000b',
    });
    expect(nul.status).toBe(400);
    const missing = await t.action('api', 'mark-message-read', {
      messageId: 'no-such-message',
    });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('no_such_message');
    expect(await counts()).toEqual(before);
  });
});
