import { defaultFrameworkFile } from '@agent-coordination/plugin-agent-coordination-node';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parse, stringify } from 'yaml';
import { mockCredentials, mockServices, startTestBackend } from '@backstage/backend-test-utils';
import request from 'supertest';
import { agentCoordinationPlugin } from '../plugin';
import { createTestDatabases, recordEngine } from '../__testUtils__/testDatabases';

const RENAMED: Record<string, string> = {
  CREATED: 'TODO',
  ASSIGNED: 'PICKED',
  IN_PROGRESS: 'DOING',
  BLOCKED: 'STUCK',
  REVIEW: 'CHECK',
  COMPLETED: 'SHIPPED',
  FAILED: 'DROPPED',
};

/** The seed with every lifecycle state renamed; the roles stay. */
function renamedFramework(): string {
  const doc = parse(readFileSync(defaultFrameworkFile(), 'utf8'));
  const r = (s: string) => RENAMED[s] ?? s;
  const lc = doc.lifecycle;
  lc.initial = r(lc.initial);
  lc.terminal = lc.terminal.map(r);
  lc.states = lc.states.map((s: any) => ({ ...s, name: r(s.name) }));
  lc.transitions = lc.transitions.map((t: any) => ({ ...t, from: r(t.from), to: r(t.to) }));
  const file = join(mkdtempSync(join(tmpdir(), 'renamed-')), 'framework.yaml');
  writeFileSync(file, stringify(doc));
  return file;
}

const databases = createTestDatabases();

/*
 * Nothing in the plugin knows the seed's state names: with another
 * organisation's names the lifecycle, auto-block and auto-unblock work the
 * same, by the roles the framework gives its states.
 */
describe.each(databases.eachSupportedId())('a framework with other state names on %p', databaseId => {
  it('assigns, blocks, unblocks and finishes tasks by role', async () => {
    const knex = await databases.init(databaseId);
    const backend = await startTestBackend({
      features: [
        agentCoordinationPlugin,
        mockServices.database.factory({ knex }),
        mockServices.rootConfig.factory({
          data: {
            agentCoordination: {
              framework: { file: renamedFramework() },
              actors: [
                { principal: 'user:default/cm', agent: 'context_manager' },
                { principal: 'user:default/net', agent: 'network_engineer' },
              ],
            },
          },
        }),
      ],
    });
    const { server } = backend;
    const as = (who: string) => mockCredentials.user.header(`user:default/${who}`);
    const api = '/api/agent-coordination';
    const create = async (body: object) =>
      (await request(server).post(`${api}/tasks`).set('Authorization', as('cm')).send(body)).body.task;
    const move = async (who: string, task: { id: string; version: number }, to: string) => {
      const res = await request(server)
        .post(`${api}/tasks/${task.id}/transitions`)
        .set('Authorization', as(who))
        .send({ to, version: task.version });
      expect({ to, status: res.status, body: res.status === 200 ? undefined : res.body }).toEqual({ to, status: 200, body: undefined });
      return res.body.task;
    };

    const network = await create({ title: 'VPC', kind: 'network_setup', assignee: 'network_engineer' });
    const deploy = await create({
      title: 'Deploy',
      kind: 'service_deployment',
      assignee: 'network_engineer',
      dependencies: [{ taskId: network.id }],
    });
    expect(deploy.state).toBe('TODO');
    let d = await move('cm', deploy, 'PICKED');
    d = await move('net', d, 'DOING');
    expect(d).toMatchObject({ state: 'STUCK', blockedBy: [network.id] });

    let n = await move('cm', network, 'PICKED');
    n = await move('net', n, 'DOING');
    n = await move('net', n, 'CHECK');
    n = await move('cm', n, 'SHIPPED');
    const after = await request(server).get(`${api}/tasks/${deploy.id}`).set('Authorization', as('cm'));
    expect(after.body).toMatchObject({ state: 'DOING', blockedBy: [] });
    const board = await request(server).get(`${api}/tasks?state=STUCK`).set('Authorization', as('cm'));
    expect(board.status).toBe(200);
    await backend.stop();
    recordEngine(databaseId);
  });
});
