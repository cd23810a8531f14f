import { seed } from '../__testUtils__/seed';
import { checkCreateTask, checkListTasksQuery, checkUpdateTask, normalizeEntityRef } from './checkTaskInput';

describe('the framework-aware checks of task input', () => {
  it('normalizes component refs as the catalog compares them, and trims titles', () => {
    expect(checkCreateTask(seed, { title: '  Plan  ', kind: 'general', component: 'VPC' })).toEqual({
      ok: true,
      value: { title: 'Plan', kind: 'general', component: 'component:default/vpc' },
    });
    expect(normalizeEntityRef('Resource:Infra/Bucket')).toEqual({ ref: 'resource:infra/bucket' });
    expect(normalizeEntityRef('a:b:c')).toEqual({ problem: "invalid name 'b:c'" });
  });

  it('names every value the framework does not know, in one refusal', () => {
    const decision = checkCreateTask(seed, { title: ' ', kind: 'painting', assignee: 'wizard', component: 'x y' });
    expect(decision).toMatchObject({ ok: false, refusal: { code: 'invalid_input' } });
    const message = !decision.ok ? decision.refusal.message : '';
    expect(message).toContain('title: must not be empty');
    expect(message).toContain("kind: unknown work kind 'painting'");
    expect(message).toContain("assignee: unknown agent 'wizard'");
    expect(message).toContain('component: must be a catalog entity ref');
  });

  it('leaves fields a patch does not carry alone, and accepts a null assignee', () => {
    expect(checkUpdateTask(seed, { version: 3, assignee: null })).toEqual({ ok: true, value: { version: 3, assignee: null } });
  });

  it('checks list filters against the lifecycle and the agents', () => {
    expect(checkListTasksQuery(seed, { state: 'IN_PROGRESS', component: 'Vpc' })).toEqual({
      ok: true,
      value: { state: 'IN_PROGRESS', component: 'component:default/vpc' },
    });
    expect(checkListTasksQuery(seed, { state: 'DONE' })).toMatchObject({
      ok: false,
      refusal: { message: expect.stringContaining("state: unknown state 'DONE'") },
    });
  });
});
