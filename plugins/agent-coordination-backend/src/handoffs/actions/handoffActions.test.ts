import {
  startTaskBackend,
  type TaskBackend,
} from '../../__testUtils__/startTaskBackend';
import { createTestDatabases } from '../../__testUtils__/testDatabases';
import { EVENTS } from '../../platform/store/tables';
import { HANDOFFS } from '../store/tables';

const databases = createTestDatabases();

// Actions behave the same on every engine (they run the routes' commands); SQLite keeps this quick.
describe('the handoff actions', () => {
  let t: TaskBackend;
  beforeAll(async () => {
    t = await startTaskBackend(databases, 'SQLITE_3');
  }, 120_000);
  afterAll(() => t?.backend.stop());

  async function counts() {
    const [[h], [e]] = await Promise.all([
      t.knex(HANDOFFS).count({ n: '*' }),
      t.knex(EVENTS).count({ n: '*' }),
    ]);
    return { handoffs: Number(h.n), events: Number(e.n) };
  }

  const content = {
    to: 'api_developer',
    title: 'Subnet outputs',
    completedWork: ['Outputs added'],
    artifacts: [
      {
        path: 'components/terraform/vpc/outputs.tf',
        type: 'code',
        status: 'final',
      },
    ],
    knownIssues: [],
    dependencies: [],
    successCriteria: ['The API module reads the subnet ids'],
    attest: ['Context files updated'],
  };

  it('opens and transfers as the caller, asks for clarification, acknowledges, and lists', async () => {
    const opened = await t.action('net', 'open-handoff', {
      ...content,
      transfer: true,
    });
    expect(opened.status).toBe(200);
    const { handoff } = opened.body.output;
    expect(handoff).toMatchObject({
      from: 'network_engineer',
      to: 'api_developer',
      status: 'awaiting_acknowledgment',
      missing: [],
      version: 2,
    });
    const asked = await t.action('api', 'request-handoff-clarification', {
      id: handoff.id,
      question: 'Private subnets too?',
      version: 2,
    });
    expect(asked.body.output.handoff).toMatchObject({
      status: 'clarification_requested',
      openQuestion: 'Private subnets too?',
    });
    const listed = await t.action('net', 'list-handoffs', {
      to: 'api_developer',
      status: 'clarification_requested',
    });
    expect(
      listed.body.output.handoffs.map((h: { id: string }) => h.id),
    ).toEqual([handoff.id]);
    const acked = await t.action('api', 'acknowledge-handoff', {
      id: handoff.id,
      version: 3,
    });
    expect(acked.status).toBe(200);
    expect(acked.body.output.handoff).toMatchObject({
      status: 'acknowledged',
      stage: 'acknowledgment',
    });
  });

  it('refuses a transfer with an incomplete checklist (422), and a non-party, keeping the handoff as it was', async () => {
    const before = await counts();
    const refused = await t.action('net', 'open-handoff', {
      to: 'api_developer',
      title: 'Nothing yet',
      transfer: true,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain('Success criteria defined');
    // Opened and transferred in one change: the refusal wrote nothing.
    expect(await counts()).toEqual(before);
    const { handoff } = (await t.action('net', 'open-handoff', content)).body
      .output;
    const outsider = await t.action('sec', 'acknowledge-handoff', {
      id: handoff.id,
      version: 1,
    });
    expect(outsider.status).toBe(403);
    const nobody = await t.action('nobody', 'open-handoff', content);
    expect(nobody.status).toBe(403);
  });
});
