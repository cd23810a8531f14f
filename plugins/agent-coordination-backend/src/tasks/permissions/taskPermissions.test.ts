import {
  agentCoordinationTaskConditions as conditions,
  agentCoordinationTaskCreatePermission,
  agentCoordinationTaskReadPermission,
  TASK_RESOURCE_TYPE,
  type Task,
} from '@agent-coordination/plugin-agent-coordination-common';
import {
  AuthorizeResult,
  type PermissionCriteria,
  type PermissionCondition,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import { policyPermissions } from '../../__testUtils__/policyPermissions';
import { CALLERS, startTaskBackend, type TaskBackend } from '../../__testUtils__/startTaskBackend';
import { createTestDatabases, recordEngine } from '../../__testUtils__/testDatabases';

const databases = createTestDatabases();

const agentOf = (principal: string) => Object.values(CALLERS).find(c => c.principal === principal)?.agent ?? null;
const conditional = (criteria: PermissionCriteria<PermissionCondition>): PolicyDecision => ({
  result: AuthorizeResult.CONDITIONAL,
  pluginId: 'agent-coordination',
  resourceType: TASK_RESOURCE_TYPE,
  conditions: criteria,
});

/**
 * Like the portal's default policy (cm has FULL authority; an agent acts on
 * its own tasks), but with reads narrowed too so list filtering shows, and
 * `sec` reading everything except net's tasks to exercise `not` over NULLs.
 */
function policy(permission: { name: string }, principal: string): PolicyDecision {
  const agent = agentOf(principal);
  if (!agent) return { result: AuthorizeResult.DENY };
  if (agent === 'context_manager') return { result: AuthorizeResult.ALLOW };
  if (permission.name === agentCoordinationTaskCreatePermission.name) return { result: AuthorizeResult.ALLOW };
  if (permission.name === agentCoordinationTaskReadPermission.name && agent === 'security_specialist') {
    return conditional({ not: conditions.isAssignee({ agents: ['network_engineer'] }) });
  }
  return conditional(conditions.isAssignee({ agents: [agent] }));
}

describe.each(databases.eachSupportedId())('task permissions through HTTP on %p', databaseId => {
  let t: TaskBackend;
  beforeAll(async () => {
    t = await startTaskBackend(databases, databaseId, [policyPermissions(policy)]);
  }, 120_000);
  afterAll(() => t?.backend.stop());

  it('denies creating a task to a caller the policy refuses, and writes nothing', async () => {
    const label = `deny-create-${databaseId}`.toLowerCase().replace(/_/g, '-');
    const res = await t.http.post('nobody', '/tasks', { title: 'No', kind: 'general', labels: [label] });
    expect(res.status).toBe(403);
    expect(res.body.error.name).toBe('NotAllowedError');
    expect(res.body.error.message).toContain('agent-coordination.task.create');
    expect((await t.http.get('cm', `/tasks?label=${label}`)).body.items).toEqual([]);
    recordEngine(databaseId);
  });

  it('lets the assignee update its task and denies another agent', async () => {
    const task = await t.createTask({ assignee: 'network_engineer' });
    const denied = await t.http.patch('api', `/tasks/${task.id}`, { title: 'Taken', version: task.version });
    expect(denied.status).toBe(403);
    expect(denied.body.error.message).toContain('agent-coordination.task.update');
    const own = await t.http.patch('net', `/tasks/${task.id}`, { title: 'Mine', version: task.version });
    expect(own.status).toBe(200);
    expect(own.body.task).toMatchObject({ title: 'Mine', version: task.version + 1 });
  });

  it('denies a transition the framework would allow when the policy does not', async () => {
    // api may approve as a reviewer by the lifecycle, but the policy limits it to its own tasks.
    const task = await t.taskIn('REVIEW');
    const res = await t.http.post('api', `/tasks/${task.id}/transitions`, { to: 'COMPLETED', version: task.version });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('agent-coordination.task.transition');
    const now = await t.http.get('cm', `/tasks/${task.id}`);
    expect(now.body).toMatchObject({ state: 'REVIEW', version: task.version });
    const byCm = await t.http.post('cm', `/tasks/${task.id}/transitions`, { to: 'COMPLETED', version: task.version });
    expect(byCm.status).toBe(200);
  });

  it('denies dependency changes and reads of another agent\'s task, and 404s a missing one', async () => {
    const task = await t.createTask({ assignee: 'network_engineer' });
    const other = await t.createTask({ assignee: 'api_developer' });
    expect((await t.http.get('api', `/tasks/${task.id}`)).status).toBe(403);
    expect((await t.http.get('api', `/tasks/${task.id}/events`)).status).toBe(403);
    expect((await t.http.get('net', `/tasks/${task.id}`)).status).toBe(200);
    expect((await t.http.get('net', '/tasks/no-such-task')).status).toBe(404);
    const dep = await t.http.post('api', `/tasks/${task.id}/dependencies`, { taskId: other.id, version: task.version });
    expect(dep.status).toBe(403);
  });

  describe('lists', () => {
    const label = `perm-list-${databaseId}`.toLowerCase().replace(/_/g, '-');
    const made: Task[] = [];
    beforeAll(async () => {
      // Interleaved, so an in-memory filter over pages would give short pages.
      for (let i = 0; i < 5; i++) {
        made.push(await t.createTask({ assignee: 'network_engineer', labels: [label] }));
        made.push(await t.createTask({ assignee: 'api_developer', labels: [label] }));
        made.push(await t.createTask({ labels: [label] }));
      }
    }, 60_000);

    async function walk(who: 'net' | 'sec' | 'cm', limit: number) {
      const pages: Task[][] = [];
      let cursor: string | null = null;
      do {
        const res = await t.http.get(who, `/tasks?label=${label}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        expect(res.status).toBe(200);
        pages.push(res.body.items);
        cursor = res.body.nextCursor;
      } while (cursor);
      return pages;
    }

    it('returns only what the conditions allow, in full keyset pages', async () => {
      const pages = await walk('net', 2);
      expect(pages.map(p => p.length)).toEqual([2, 2, 1]);
      expect(pages.flat().map(x => x.id)).toEqual(made.filter(x => x.assignee === 'network_engineer').map(x => x.id));
      recordEngine(databaseId);
    });

    it('applies `not` so that unassigned tasks still match', async () => {
      const ids = (await walk('sec', 4)).flat().map(x => x.id);
      expect(ids).toEqual(made.filter(x => x.assignee !== 'network_engineer').map(x => x.id));
    });

    it('returns everything on ALLOW and refuses a caller denied reading', async () => {
      expect((await walk('cm', 50)).flat()).toHaveLength(15);
      const res = await t.http.get('nobody', `/tasks?label=${label}`);
      expect(res.status).toBe(403);
    });
  });
});
