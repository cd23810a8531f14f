import { mockServices } from '@backstage/backend-test-utils';
import { migrationsDirectory } from '../../platform/store/migrateDatabase';
import { loadAllEvents } from '../../platform/store/events';
import { createTestDatabases, recordEngine } from '../../__testUtils__/testDatabases';
import { loadFramework } from '@agent-coordination/plugin-agent-coordination-node';
import type { Actor } from '../../platform/actors';
import { taskMachinery } from '../../__testUtils__/taskMachinery';

const databases = createTestDatabases();
const { framework } = loadFramework(mockServices.rootConfig());
const cm: Actor = { principal: 'user:default/cm', agent: framework.agents.find(a => a.key === 'context_manager')! };
const HOUR = 3600_000;

describe.each(databases.eachSupportedId())('TaskMachinery.raiseDependencyAlerts on %p', databaseId => {
  it('alerts once per blocking dependency past its timeout, and only while it matters', async () => {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDirectory() });
    const t0 = new Date('2026-03-01T00:00:00.000Z');
    let now = t0;
    const service = taskMachinery(knex, { framework, clock: () => now });
    const announced: string[] = [];
    service.onChange(events => {
      announced.push(...events.map(e => e.type));
    });

    const create = async (kind: string, deps: string[] = []) =>
      (await service.createTask(cm, { title: kind, kind, dependencies: deps.map(taskId => ({ taskId })) })).body.task;
    const security = await create('security_approval'); // blocks production_deployment, 4h
    const infra = await create('infrastructure_changes'); // blocks api_development, 24h
    const docs = await create('documentation_updates'); // non-blocking: never alerts
    const deploy = await create('production_deployment', [security.id]);
    const api = await create('api_development', [infra.id, docs.id]);

    expect(await service.raiseDependencyAlerts(new Date(t0.getTime() + 4 * HOUR - 1))).toBe(0);
    expect(await service.raiseDependencyAlerts(new Date(t0.getTime() + 4 * HOUR))).toBe(1);
    // Twice at once, as two replicas would: still one alert.
    const later = new Date(t0.getTime() + 5 * HOUR);
    expect(
      (await Promise.all([service.raiseDependencyAlerts(later), service.raiseDependencyAlerts(later)])).reduce((a, b) => a + b),
    ).toBe(0);

    // The task waiting on infra fails before infra's deadline: nothing left to alert about.
    now = new Date(t0.getTime() + HOUR);
    await service.transitionTask(cm, api.id, { to: 'FAILED', version: api.version });
    expect(await service.raiseDependencyAlerts(new Date(t0.getTime() + 30 * HOUR))).toBe(0);

    const alerts = (await loadAllEvents(knex)).filter(e => e.type === 'dependency.overdue');
    expect(alerts).toEqual([
      expect.objectContaining({
        actor: 'system:agent-coordination',
        subject: { type: 'task', id: deploy.id },
        before: null,
        after: {
          dependsOnId: security.id,
          dependsOnState: 'CREATED',
          timeout: '4h',
          deadlineAt: '2026-03-01T04:00:00.000Z',
          overdueBy: 'immediate',
        },
      }),
    ]);
    expect(announced.filter(t => t === 'dependency.overdue')).toHaveLength(1);
    recordEngine(databaseId);
  }, 60_000);
});
