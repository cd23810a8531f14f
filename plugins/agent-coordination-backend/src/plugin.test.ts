import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import request from 'supertest';
import { agentCoordinationPlugin } from './plugin';
import { defaultFrameworkFile } from '@agent-coordination/plugin-agent-coordination-node';

const userToken = mockCredentials.user.token();

async function start(frameworkFile?: string) {
  return startTestBackend({
    features: [
      agentCoordinationPlugin,
      // Without this the mock treats a request with no header as a signed-in user.
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      mockServices.rootConfig.factory({
        data: frameworkFile
          ? { agentCoordination: { framework: { file: frameworkFile } } }
          : {},
      }),
    ],
  });
}

describe('agent-coordination backend plugin', () => {
  it('serves /health without credentials', async () => {
    const { server } = await start();
    const res = await request(server).get('/api/agent-coordination/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: 'ok',
      framework: {
        name: 'terraform-atmos-platform',
        version: '1.0',
        agents: 14,
      },
    });
  });

  it('serves the seed framework by default, to callers with credentials only', async () => {
    const { server } = await start();
    const anonymous = await request(server).get(
      '/api/agent-coordination/framework',
    );
    expect(anonymous.status).toBe(401);

    const res = await request(server)
      .get('/api/agent-coordination/framework')
      .set('Authorization', `Bearer ${userToken}`);
    expect(res.status).toBe(200);
    expect(res.body.tiers.map((t: { name: string }) => t.name)).toEqual([
      'Coordination Layer',
      'Infrastructure Layer',
      'Platform Layer',
      'Operations Layer',
      'Quality & Documentation',
    ]);
    expect(res.body.agents).toHaveLength(14);
    expect(res.body.lifecycle.states).toHaveLength(7);
  });

  it('serves the framework analysis with the diagram disagreements', async () => {
    const { server } = await start();
    expect(
      (await request(server).get('/api/agent-coordination/framework/analysis'))
        .status,
    ).toBe(401);
    const res = await request(server)
      .get('/api/agent-coordination/framework/analysis')
      .set('Authorization', mockCredentials.service.header());
    expect(res.status).toBe(200);
    expect(res.body.registry.cycles).toEqual([]);
    expect(res.body.diagram.reversed).toEqual(
      expect.arrayContaining([
        {
          registry: {
            agent: 'security_specialist',
            dependsOn: 'infrastructure_architect',
          },
          diagram: {
            agent: 'infrastructure_architect',
            dependsOn: 'security_specialist',
          },
        },
      ]),
    );
    expect(res.body.diagram.mergedCycles.length).toBeGreaterThan(0);
  });

  it('loads the framework file named in config', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'framework-'));
    const file = join(dir, 'mine.yaml');
    writeFileSync(
      file,
      readFileSync(defaultFrameworkFile(), 'utf8').replace(
        'name: terraform-atmos-platform',
        'name: my-org',
      ),
    );
    const { server } = await start(file);
    const res = await request(server).get('/api/agent-coordination/health');
    expect(res.body.framework.name).toBe('my-org');
  });

  it('refuses to start with a broken framework file, naming the file and the field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'framework-'));
    const file = join(dir, 'broken.yaml');
    writeFileSync(
      file,
      readFileSync(defaultFrameworkFile(), 'utf8').replace(
        'id: agent-004\n    tier: 2',
        'id: agent-004\n    tier: two',
      ),
    );
    await expect(start(file)).rejects.toThrow(
      `Invalid agent coordination framework in ${file}:\n  - agents[3].tier (line`,
    );
  });

  it('refuses to start when the framework file does not exist', async () => {
    await expect(start('/nonexistent/framework.yaml')).rejects.toThrow(
      'Cannot read agent coordination framework file /nonexistent/framework.yaml',
    );
  });
});

describe('agent-coordination backend plugin, task service wiring', () => {
  it('schedules the dependency timeout, conflict SLA and message response-SLA sweeps through the Backstage scheduler', async () => {
    const scheduler = mockServices.scheduler.mock();
    await startTestBackend({
      features: [agentCoordinationPlugin, scheduler.factory],
    });
    const tasks = scheduler.scheduleTask.mock.calls.map(([t]) => t);
    expect(tasks.map(t => t.id).sort()).toEqual([
      'agent-coordination-dependency-timeouts',
      'agent-coordination-escalation-sweep',
      'agent-coordination-idempotency-expiry',
      'agent-coordination-message-overdue-sweep',
    ]);
    // agentCoordination.messages.sweepInterval, one minute by default.
    expect(tasks.find(t => t.id === 'agent-coordination-message-overdue-sweep')).toMatchObject({
      frequency: { milliseconds: 60_000 },
      timeout: { minutes: 5 },
    });
    expect(
      tasks.find(t => t.id === 'agent-coordination-dependency-timeouts'),
    ).toMatchObject({
      frequency: { minutes: 5 },
      timeout: { minutes: 1 },
    });
    // agentCoordination.conflicts.sweepInterval, one minute by default.
    expect(
      tasks.find(t => t.id === 'agent-coordination-escalation-sweep'),
    ).toMatchObject({
      frequency: { milliseconds: 60_000 },
      timeout: { minutes: 5 },
    });
    // Hourly, once across replicas (agentCoordination.idempotency.keyLifetime says how old a key may get).
    expect(
      tasks.find(t => t.id === 'agent-coordination-idempotency-expiry'),
    ).toMatchObject({
      scope: 'global',
      frequency: { hours: 1 },
    });
    // On an empty store the sweeps run and raise nothing.
    for (const task of tasks)
      await expect(
        task.fn(new AbortController().signal),
      ).resolves.toBeUndefined();
  });

  it('refuses to start when the idempotency key lifetime is not a duration of a minute or more', async () => {
    const startWith = (keyLifetime: string) =>
      startTestBackend({
        features: [
          agentCoordinationPlugin,
          mockServices.rootConfig.factory({
            data: { agentCoordination: { idempotency: { keyLifetime } } },
          }),
        ],
      });
    await expect(startWith('soon')).rejects.toThrow(
      'agentCoordination.idempotency.keyLifetime',
    );
    await expect(startWith('30s')).rejects.toThrow(
      'agentCoordination.idempotency.keyLifetime must be at least one minute',
    );
  });

  it('refuses to start when a caller is mapped to an agent the framework lacks', async () => {
    await expect(
      startTestBackend({
        features: [
          agentCoordinationPlugin,
          mockServices.rootConfig.factory({
            data: {
              agentCoordination: {
                actors: [{ principal: 'user:default/x', agent: 'wizard' }],
              },
            },
          }),
        ],
      }),
    ).rejects.toThrow(
      "agentCoordination.actors[0].agent: unknown agent 'wizard'; the framework's agents are context_manager,",
    );
  });

  it('maps an external-access subject to its agent', async () => {
    const { server } = await startTestBackend({
      features: [
        agentCoordinationPlugin,
        mockServices.rootConfig.factory({
          data: {
            agentCoordination: {
              actors: [
                {
                  principal: 'external:test-service',
                  agent: 'context_manager',
                },
              ],
            },
          },
        }),
      ],
    });
    const created = await request(server)
      .post('/api/agent-coordination/tasks')
      .set('Authorization', mockCredentials.service.header())
      .send({ title: 'From the CLI', kind: 'general' });
    expect(created.status).toBe(201);
    expect(created.body.task.createdBy).toBe('external:test-service');
    const allowed = await request(server)
      .get(`/api/agent-coordination/tasks/${created.body.task.id}/transitions`)
      .set('Authorization', mockCredentials.service.header());
    expect(allowed.body).toMatchObject({
      agent: 'context_manager',
      roles: ['any_agent', 'context_manager', 'reviewer', 'creator'],
    });
  });
});
