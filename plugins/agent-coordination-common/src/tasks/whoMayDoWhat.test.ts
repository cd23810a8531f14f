import type { TaskSnapshot } from '../api';
import { seed } from '../__testUtils__/seed';
import { lifecycleRoles } from './lifecycleRoles';
import {
  allowedTaskActions,
  planAddDependency,
  planCreateTask,
  planRemoveDependency,
  planUpdateTask,
} from './planTaskActions';
import { taskRoles, type TaskActor } from './taskRoles';

/*
 * Who may do what with a task besides moving it, by the seed's taskActions,
 * for every kind of caller: users and service callers are the same here,
 * only the agent they map to counts. Written out by hand.
 */
const agent = (key: string) => {
  const a = seed.agents.find(x => x.key === key)!;
  return { key: a.key, authority: a.authority };
};
const CALLERS: Record<string, TaskActor> = {
  contextManager: { principal: 'user:default/cm', agent: agent('context_manager') },
  assignee: { principal: 'cli-agent', agent: agent('network_engineer') },
  creator: { principal: 'user:default/author', agent: agent('api_developer') },
  otherAgent: { principal: 'user:default/sec', agent: agent('security_specialist') },
  unmapped: { principal: 'some-token', agent: null },
};

type Outcome = true | string;
const TABLE: Record<string, Record<keyof typeof CALLERS, Outcome>> = {
  'create a task': { contextManager: true, assignee: true, creator: true, otherAgent: true, unmapped: 'read_only_caller' },
  'create a task assigned to oneself': { contextManager: true, assignee: true, creator: true, otherAgent: true, unmapped: 'read_only_caller' },
  'create a task assigned to another agent': {
    contextManager: true,
    assignee: 'reassign_not_permitted',
    creator: 'reassign_not_permitted',
    otherAgent: 'reassign_not_permitted',
    unmapped: 'read_only_caller',
  },
  'edit the title': { contextManager: true, assignee: true, creator: true, otherAgent: 'edit_not_permitted', unmapped: 'read_only_caller' },
  'reassign': {
    contextManager: true,
    assignee: 'reassign_not_permitted',
    creator: 'reassign_not_permitted',
    otherAgent: 'reassign_not_permitted',
    unmapped: 'read_only_caller',
  },
  'add a dependency': {
    contextManager: true,
    assignee: true,
    creator: true,
    otherAgent: 'addDependency_not_permitted',
    unmapped: 'read_only_caller',
  },
  'remove a dependency': {
    contextManager: true,
    assignee: true,
    creator: true,
    otherAgent: 'removeDependency_not_permitted',
    unmapped: 'read_only_caller',
  },
  'edit the title of a COMPLETED task': {
    contextManager: 'terminal_state',
    assignee: 'terminal_state',
    creator: 'terminal_state',
    otherAgent: 'terminal_state',
    unmapped: 'read_only_caller',
  },
  'edit the labels of a COMPLETED task': { contextManager: true, assignee: true, creator: true, otherAgent: 'edit_not_permitted', unmapped: 'read_only_caller' },
};

const lifecycle = lifecycleRoles(seed.lifecycle);
const task: TaskSnapshot = {
  id: 't1',
  title: 'Plan the VPC',
  description: null,
  kind: 'general',
  component: null,
  assignee: 'network_engineer',
  priority: 'P2',
  estimate: null,
  dueDate: null,
  labels: [],
  state: 'IN_PROGRESS',
  version: 4,
  dependencies: [{ taskId: 'd1', blocking: true, source: 'rule', timeout: '1h', deadlineAt: 'x', createdAt: 'x' }],
  createdBy: 'user:default/author',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  stateEnteredAt: '2026-01-01T00:00:00.000Z',
};
const completed = { ...task, state: 'COMPLETED' };

const ACTIONS: Record<string, (actor: TaskActor) => ReturnType<typeof planCreateTask>> = {
  'create a task': actor => planCreateTask(seed, actor, {}),
  'create a task assigned to oneself': actor => planCreateTask(seed, actor, { assignee: actor.agent?.key ?? 'context_manager' }),
  'create a task assigned to another agent': actor =>
    planCreateTask(seed, actor, { assignee: actor.agent?.key === 'api_developer' ? 'cost_optimizer' : 'api_developer' }),
  'edit the title': actor => planUpdateTask(seed, lifecycle, actor, task, { version: 4, title: 'New title' }) as never,
  'reassign': actor => planUpdateTask(seed, lifecycle, actor, task, { version: 4, assignee: 'cost_optimizer' }) as never,
  'add a dependency': actor => planAddDependency(seed, lifecycle, actor, task, { taskId: 'd2', version: 4 }, true),
  'remove a dependency': actor => planRemoveDependency(seed, actor, task, 'd1', 4),
  'edit the title of a COMPLETED task': actor =>
    planUpdateTask(seed, lifecycle, actor, completed, { version: 4, title: 'Rewritten history' }) as never,
  'edit the labels of a COMPLETED task': actor =>
    planUpdateTask(seed, lifecycle, actor, completed, { version: 4, labels: ['postmortem'] }) as never,
};

const cases = Object.entries(TABLE).flatMap(([action, row]) =>
  Object.entries(row).map(([caller, outcome]) => [action, caller, outcome] as const),
);

describe('who may do what with a task (framework taskActions)', () => {
  it.each(cases)('%s, as %s: %p', (action, caller, outcome) => {
    const decision = ACTIONS[action](CALLERS[caller]);
    const expected = outcome === true ? { ok: true } : { ok: false, refusal: { rule: outcome } };
    expect(decision).toMatchObject(expected);
  });

  it('gives the roles the table assumes', () => {
    expect(taskRoles(seed, CALLERS.contextManager, task)).toEqual(['any_agent', 'context_manager', 'reviewer']);
    expect(taskRoles(seed, CALLERS.assignee, task)).toEqual(['any_agent', 'assignee']);
    expect(taskRoles(seed, CALLERS.creator, task)).toEqual(['any_agent', 'reviewer', 'creator']);
    expect(taskRoles(seed, CALLERS.unmapped, task)).toEqual([]);
    expect(taskRoles(seed, { principal: 'system', agent: null, system: true }, task)).toEqual(['system']);
  });

  it('offers a caller exactly what the table allows it', () => {
    const actions = (caller: string, t = task) =>
      allowedTaskActions(seed, lifecycle, taskRoles(seed, CALLERS[caller], t), t);
    expect(actions('contextManager')).toMatchObject({ edit: true, reassign: true, addDependency: true, removeDependency: true });
    expect(actions('assignee')).toMatchObject({ edit: true, reassign: false, addDependency: true });
    expect(actions('otherAgent')).toEqual({
      edit: false,
      reassign: false,
      addDependency: false,
      removeDependency: false,
      editableFields: [],
    });
    expect(actions('assignee', completed)).toMatchObject({ addDependency: false, editableFields: ['description', 'labels'] });
  });

  it('allows a patch that changes nothing to anyone who may edit, and writes nothing', () => {
    expect(planUpdateTask(seed, lifecycle, CALLERS.assignee, task, { version: 4, title: task.title })).toEqual({
      ok: true,
      value: { changes: {}, fields: [] },
    });
  });

  it('refuses a dependency on itself, twice, on a final task, or on a missing task', () => {
    const cm = CALLERS.contextManager;
    expect(planAddDependency(seed, lifecycle, cm, task, { taskId: 't1', version: 4 }, true)).toMatchObject({
      ok: false,
      refusal: { code: 'invalid_input', rule: 'self_dependency' },
    });
    expect(planAddDependency(seed, lifecycle, cm, task, { taskId: 'd1', version: 4 }, true)).toMatchObject({
      ok: false,
      refusal: { code: 'conflict', rule: 'duplicate_dependency' },
    });
    expect(planAddDependency(seed, lifecycle, cm, completed, { taskId: 'd2', version: 4 }, true)).toMatchObject({
      ok: false,
      refusal: { code: 'conflict', rule: 'terminal_state' },
    });
    expect(planAddDependency(seed, lifecycle, cm, task, { taskId: 'd9', version: 4 }, false)).toMatchObject({
      ok: false,
      refusal: { code: 'invalid_input', rule: 'unknown_task' },
    });
    expect(planRemoveDependency(seed, cm, task, 'd9', 4)).toMatchObject({
      ok: false,
      refusal: { code: 'not_found', rule: 'no_such_dependency' },
    });
  });
});
