import {
  lifecycleRoles,
  taskRoles,
  transitionsAllowed,
  type CoordinationFramework,
} from '@agent-coordination/plugin-agent-coordination-common';
import { loadFramework } from '@agent-coordination/plugin-agent-coordination-node';
import { mockServices } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import type { Actor } from '../platform/actors';
import { ChangeAnnouncer, type ChangeListener } from '../platform/changes/ChangeAnnouncer';
import { ChangeRunner } from '../platform/changes/ChangeRunner';
import { requireTask } from '../tasks/commands/context';
import { deriveTasks } from '../tasks/deriveTasks';
import { raiseDependencyAlerts } from '../tasks/jobs/dependencyTimeouts';
import { TaskHolds } from '../tasks/holds';
import { TaskChanges } from '../tasks/TaskChanges';

export const seedFramework: CoordinationFramework = loadFramework(mockServices.rootConfig()).framework;

/** A caller acting as the seed's agent `key`. */
export function actorAs(key: string, principal = `user:default/${key}`): Actor {
  const agent = seedFramework.agents.find(a => a.key === key);
  if (!agent) throw new Error(`no agent ${key} in the seed`);
  return { principal, agent };
}

/**
 * The task machinery on a migrated database, without HTTP: the change
 * runner, its announcer and the task changes, as the plugin wires them. For
 * suites that drive changes directly (concurrency, group commit, replay).
 */
export function taskMachinery(
  db: Knex,
  options: {
    framework?: CoordinationFramework;
    clock?: () => Date;
    logger?: { warn: jest.Mock | ((message: string, error?: Error) => void) };
    maxBatch?: number;
  } = {},
) {
  const framework = options.framework ?? seedFramework;
  const lifecycle = lifecycleRoles(framework.lifecycle);
  const announcer = new ChangeAnnouncer(options.logger as never);
  const runner = new ChangeRunner({ db, announcer, clock: options.clock, logger: options.logger as never });
  const holds = new TaskHolds();
  const changes = new TaskChanges(runner, { framework, lifecycle, holds }, { maxBatch: options.maxBatch });
  return {
    db,
    framework,
    lifecycle,
    runner,
    announcer,
    changes,
    onChange: (listener: ChangeListener) => announcer.on(undefined, listener),
    createTask: changes.create.bind(changes),
    updateTask: changes.update.bind(changes),
    transitionTask: changes.transition.bind(changes),
    addDependency: changes.addDependency.bind(changes),
    removeDependency: changes.removeDependency.bind(changes),
    raiseDependencyAlerts: (now?: Date) => raiseDependencyAlerts(runner, lifecycle, now),
    getTask: async (id: string) => (await deriveTasks(db, [await requireTask(db, id)], lifecycle.done))[0],
    /** What GET /tasks/{id}/transitions offers `actor`. */
    allowedTransitions: async (actor: Actor, id: string) => {
      const [task] = await deriveTasks(db, [await requireTask(db, id)], lifecycle.done);
      const roles = taskRoles(framework, actor, task);
      return {
        transitions: transitionsAllowed(lifecycle, { principal: actor.principal, roles }, task, {
          dependencies: task.blockedBy,
          holds: task.heldBy,
        }),
      };
    },
  };
}

export type TaskMachinery = ReturnType<typeof taskMachinery>;
