import type {
  CreateTaskRequest,
  TaskSnapshot,
} from '@agent-coordination/plugin-agent-coordination-common';
import { InputError } from '@backstage/errors';
import { randomUUID } from 'crypto';
import { loadTasks } from '../../../database/operations/tasks';
import { buildDependency } from '../taskModel';
import type { CommandContext, CommandResult } from './CommandContext';

export async function createTask(
  ctx: CommandContext,
  input: CreateTaskRequest,
): Promise<CommandResult> {
  const { writer, framework, lifecycle } = ctx;
  const requested = input.dependencies ?? [];
  const targets = await loadTasks(writer.tx, requested.map(d => d.taskId));
  const seen = new Set<string>();
  const dependencies = requested.map((d, i) => {
    const target = targets.get(d.taskId);
    if (!target) throw new InputError(`dependencies[${i}].taskId: no task with id '${d.taskId}'`);
    if (seen.has(d.taskId)) {
      throw new InputError(`dependencies[${i}].taskId: '${d.taskId}' is listed twice`);
    }
    seen.add(d.taskId);
    return buildDependency(framework, input.kind, target, d.blocking, writer.now).dependency;
  });
  const task: TaskSnapshot = {
    id: randomUUID(),
    title: input.title,
    description: input.description ?? null,
    kind: input.kind,
    component: input.component ?? null,
    assignee: input.assignee ?? null,
    priority: input.priority ?? 'P2',
    estimate: input.estimate ?? null,
    dueDate: input.dueDate ?? null,
    labels: [...new Set(input.labels ?? [])].sort(),
    state: lifecycle.initial,
    version: 1,
    dependencies: dependencies.sort((a, b) => (a.taskId < b.taskId ? -1 : 1)),
    createdBy: writer.actor.principal,
    createdAt: writer.nowIso,
    updatedAt: writer.nowIso,
  };
  await writer.create(task, null);
  return { task, warnings: [] };
}
