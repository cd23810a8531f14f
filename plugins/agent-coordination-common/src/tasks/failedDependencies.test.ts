import type { TaskSnapshot } from '../api';
import { seed } from '../__testUtils__/seed';
import { failedDependencyAlert } from './failedDependencies';
import { lifecycleRoles } from './lifecycleRoles';

const lifecycle = lifecycleRoles(seed.lifecycle);
const dependent = (over: Partial<TaskSnapshot>): TaskSnapshot => ({
  id: 'dep',
  title: 'Deploy',
  description: null,
  kind: 'production_deployment',
  component: null,
  assignee: 'cicd_engineer',
  priority: 'P2',
  estimate: null,
  dueDate: null,
  labels: [],
  state: 'BLOCKED',
  version: 3,
  dependencies: [{ taskId: 'sec', blocking: true, source: 'rule', timeout: '4h', deadlineAt: 'x', createdAt: 'x' }],
  createdBy: 'user:default/x',
  createdAt: 'x',
  updatedAt: 'x',
  stateEnteredAt: 'x',
  ...over,
});
const failed = { id: 'sec', state: 'FAILED', title: 'Security approval' };

describe('failedDependencyAlert', () => {
  it("tells the dependent's assignee and the context manager, and how to release the task", () => {
    expect(failedDependencyAlert(seed, lifecycle, failed, dependent({}))).toEqual({
      after: { dependsOnId: 'sec', dependsOnState: 'FAILED', notify: ['cicd_engineer', 'context_manager'] },
      reason: expect.stringContaining('remove or replace the dependency to release this task'),
    });
  });

  it('tells only the context manager about an unassigned dependent', () => {
    expect(failedDependencyAlert(seed, lifecycle, failed, dependent({ assignee: null }))?.after.notify).toEqual([
      'context_manager',
    ]);
  });

  it('says nothing for a non-blocking dependency or a dependent already final', () => {
    const nonBlocking = dependent({
      dependencies: [{ taskId: 'sec', blocking: false, source: 'explicit', timeout: '4h', deadlineAt: 'x', createdAt: 'x' }],
    });
    expect(failedDependencyAlert(seed, lifecycle, failed, nonBlocking)).toBeNull();
    expect(failedDependencyAlert(seed, lifecycle, failed, dependent({ state: 'COMPLETED' }))).toBeNull();
  });
});
