import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  signalsServiceRef,
  type SignalsService,
} from '@backstage/plugin-signals-node';
import {
  startTaskBackend,
  type TaskBackend,
} from '../__testUtils__/startTaskBackend';
import {
  createTestDatabases,
  recordEngine,
} from '../__testUtils__/testDatabases';
import { MESSAGE_SIGNAL_CHANNEL } from './signals';
import { MESSAGE_READS, MESSAGES } from './store/tables';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'message signals on %p',
  databaseId => {
    let t: TaskBackend;
    /** Each published signal, with whether its change was committed when it was published. */
    const published: Array<{
      signal: Parameters<SignalsService['publish']>[0];
      committed: boolean;
    }> = [];
    beforeAll(async () => {
      const signals = createServiceFactory({
        service: signalsServiceRef,
        deps: {},
        factory: () => ({
          async publish(signal) {
            const { messageId, reader } = signal.message as unknown as {
              messageId: string;
              reader: string | null;
            };
            // Read outside the writer's transaction: only a committed change is visible here.
            const row = reader
              ? await t
                  .knex(MESSAGE_READS)
                  .where({ message_id: messageId, agent: reader })
                  .first('agent')
              : await t.knex(MESSAGES).where('id', messageId).first('id');
            published.push({ signal, committed: row !== undefined });
          },
        }),
      });
      t = await startTaskBackend(databases, databaseId, [signals]);
    }, 120_000);
    afterAll(() => t?.backend.stop());

    it('broadcasts a send, an answer and a read on agent-coordination:messages after each commit, ids and agents only', async () => {
      const asked = (
        await t.http.post('net', '/messages', {
          to: 'api_developer',
          priority: 'P2',
          type: 'REQUEST',
          subject: 'CIDR?',
        })
      ).body;
      const answer = (
        await t.http.post('api', '/messages', {
          to: 'network_engineer',
          priority: 'P2',
          type: 'RESPONSE',
          subject: '10.0.0.0/16',
          correlationId: asked.id,
        })
      ).body;
      await t.http.post('net', `/messages/${answer.id}/read`);
      expect(published).toEqual([
        expect.objectContaining({
          signal: expect.objectContaining({
            recipients: { type: 'broadcast' },
          }),
        }),
        expect.anything(),
        expect.anything(),
        expect.anything(),
      ]);
      expect(
        published.map(p => [p.signal.channel, p.signal.message, p.committed]),
      ).toEqual([
        [
          MESSAGE_SIGNAL_CHANNEL,
          {
            type: 'message.sent',
            messageId: asked.id,
            from: 'network_engineer',
            to: 'api_developer',
            threadId: asked.id,
            reader: null,
            version: 1,
          },
          true,
        ],
        [
          MESSAGE_SIGNAL_CHANNEL,
          {
            type: 'message.sent',
            messageId: answer.id,
            from: 'api_developer',
            to: 'network_engineer',
            threadId: asked.id,
            reader: null,
            version: 1,
          },
          true,
        ],
        [
          MESSAGE_SIGNAL_CHANNEL,
          {
            type: 'message.answered',
            messageId: asked.id,
            from: 'network_engineer',
            to: 'api_developer',
            threadId: asked.id,
            reader: null,
            version: 2,
          },
          true,
        ],
        [
          MESSAGE_SIGNAL_CHANNEL,
          {
            type: 'message.read',
            messageId: answer.id,
            from: null,
            to: null,
            threadId: null,
            reader: 'network_engineer',
            version: null,
          },
          true,
        ],
      ]);
      published.length = 0;
      // A refused send publishes nothing.
      await t.http.post('net', '/messages', {
        to: 'wizard',
        priority: 'P2',
        type: 'UPDATE',
        subject: 'x',
      });
      expect(published).toEqual([]);
      recordEngine(databaseId);
    });
  },
);
