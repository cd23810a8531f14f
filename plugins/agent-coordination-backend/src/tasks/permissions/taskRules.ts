import {
  TASK_PERMISSION_RULES,
  type CoordinationFramework,
} from '@agent-coordination/plugin-agent-coordination-common';
import { createPermissionRule } from '@backstage/plugin-permission-node';
import { z } from 'zod';
import { ruleParams as params } from '../../platform/permissions/ruleParams';
import type { TaskResource } from '../store/taskResources';
import { taskResourceRef } from './taskResourceRef';

function isIn(value: string | null, values: string[]) {
  return value !== null && values.includes(value);
}

/**
 * The rules a policy can put on task permissions. Built per framework because
 * authority levels belong to the framework, not to the task row: the rule
 * turns "assignee holds LIMITED" into "assignee is one of these agents".
 */
export function createTaskPermissionRules(framework: CoordinationFramework) {
  const isAssignee = createPermissionRule<typeof taskResourceRef, { agents: string[] }>({
    name: TASK_PERMISSION_RULES.isAssignee,
    description: 'Allow tasks assigned to one of the given framework agents',
    resourceRef: taskResourceRef,
    paramsSchema: params(z.object({ agents: z.array(z.string()).describe('Framework agent keys') })),
    apply: (task: TaskResource, { agents }) => isIn(task.assignee, agents),
    toQuery: ({ agents }) => ({ column: 'assignee', values: agents }),
  });

  const agentsWith = (levels: string[]) =>
    framework.agents.filter(a => levels.includes(a.authority)).map(a => a.key);
  const agentHasAuthority = createPermissionRule<typeof taskResourceRef, { levels: string[] }>({
    name: TASK_PERMISSION_RULES.agentHasAuthority,
    description: "Allow tasks whose assignee holds one of the given authority levels",
    resourceRef: taskResourceRef,
    paramsSchema: params(z.object({ levels: z.array(z.string()).describe('Framework authority level ids') })),
    apply: (task: TaskResource, { levels }) => isIn(task.assignee, agentsWith(levels)),
    toQuery: ({ levels }) => ({ column: 'assignee', values: agentsWith(levels) }),
  });

  const ownsComponent = createPermissionRule<typeof taskResourceRef, { components: string[] }>({
    name: TASK_PERMISSION_RULES.ownsComponent,
    description: 'Allow tasks about one of the given components (the ones the caller owns)',
    resourceRef: taskResourceRef,
    paramsSchema: params(z.object({ components: z.array(z.string()).describe('Component entity refs') })),
    apply: (task: TaskResource, { components }) => isIn(task.component, components),
    toQuery: ({ components }) => ({ column: 'component', values: components }),
  });

  const isInState = createPermissionRule<typeof taskResourceRef, { states: string[] }>({
    name: TASK_PERMISSION_RULES.isInState,
    description: 'Allow tasks in one of the given lifecycle states',
    resourceRef: taskResourceRef,
    paramsSchema: params(z.object({ states: z.array(z.string()).describe('Lifecycle state names') })),
    apply: (task: TaskResource, { states }) => states.includes(task.state),
    toQuery: ({ states }) => ({ column: 'state', values: states }),
  });

  return [isAssignee, agentHasAuthority, ownsComponent, isInState];
}
