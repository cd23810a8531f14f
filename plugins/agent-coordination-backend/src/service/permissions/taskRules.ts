import {
  TASK_PERMISSION_RULES,
  type CoordinationFramework,
} from '@agent-coordination/plugin-agent-coordination-common';
import { createPermissionRule } from '@backstage/plugin-permission-node';
import { z } from 'zod';
import { taskResourceRef, type TaskQuery, type TaskResource } from './taskResource';

function isIn(column: TaskQuery['column'], value: string | null, values: string[]) {
  return value !== null && values.includes(value);
}

/**
 * The rules a policy can put on task permissions. Built per framework because
 * authority levels belong to the framework, not to the task row: the rule
 * turns "assignee holds LIMITED" into "assignee is one of these agents".
 */
export function createTaskPermissionRules(framework: CoordinationFramework) {
  const isAssignee = createPermissionRule({
    name: TASK_PERMISSION_RULES.isAssignee,
    description: 'Allow tasks assigned to one of the given framework agents',
    resourceRef: taskResourceRef,
    paramsSchema: z.object({ agents: z.array(z.string()).describe('Framework agent keys') }),
    apply: (task: TaskResource, { agents }) => isIn('assignee', task.assignee, agents),
    toQuery: ({ agents }) => ({ column: 'assignee', values: agents }),
  });

  const agentsWith = (levels: string[]) =>
    framework.agents.filter(a => levels.includes(a.authority)).map(a => a.key);
  const agentHasAuthority = createPermissionRule({
    name: TASK_PERMISSION_RULES.agentHasAuthority,
    description: "Allow tasks whose assignee holds one of the given authority levels",
    resourceRef: taskResourceRef,
    paramsSchema: z.object({ levels: z.array(z.string()).describe('Framework authority level ids') }),
    apply: (task: TaskResource, { levels }) => isIn('assignee', task.assignee, agentsWith(levels)),
    toQuery: ({ levels }) => ({ column: 'assignee', values: agentsWith(levels) }),
  });

  const ownsComponent = createPermissionRule({
    name: TASK_PERMISSION_RULES.ownsComponent,
    description: 'Allow tasks about one of the given components (the ones the caller owns)',
    resourceRef: taskResourceRef,
    paramsSchema: z.object({ components: z.array(z.string()).describe('Component entity refs') }),
    apply: (task: TaskResource, { components }) => isIn('component', task.component, components),
    toQuery: ({ components }) => ({ column: 'component', values: components }),
  });

  const isInState = createPermissionRule({
    name: TASK_PERMISSION_RULES.isInState,
    description: 'Allow tasks in one of the given lifecycle states',
    resourceRef: taskResourceRef,
    paramsSchema: z.object({ states: z.array(z.string()).describe('Lifecycle state names') }),
    apply: (task: TaskResource, { states }) => states.includes(task.state),
    toQuery: ({ states }) => ({ column: 'state', values: states }),
  });

  return [isAssignee, agentHasAuthority, ownsComponent, isInState];
}
