import {
  findCycle,
  type AddDependencyRequest,
} from '@agent-coordination/plugin-agent-coordination-common';
import { ConflictError, InputError } from '@backstage/errors';
import { loadDependencyEdges } from '../../../database/operations/dependencies';
import { lockDependencyGraph } from '../../../database/operations/lockDependencyGraph';
import { loadStates, loadTask, loadTasks } from '../../../database/operations/tasks';
import { buildDependency } from '../taskModel';
import { blockIfWaiting } from './autoBlock';
import { checkVersion, requireTask, type CommandContext, type CommandResult } from './CommandContext';

/** Call with the dependency graph lock held, so the edges read include every committed addition. */
async function refuseCycle(ctx: CommandContext, from: string, to: string) {
  const edges = await loadDependencyEdges(ctx.writer.tx, 'latest');
  edges.push({ from, to, blocking: true });
  const nodes = [...new Set(edges.flatMap(e => [e.from, e.to]))];
  // The graph was acyclic before, so any cycle found runs through the new edge.
  const found = findCycle({ nodes, edges });
  if (!found) return;
  // Read it from the task being changed: "A -> C -> B -> A" says what A's new dependency closes.
  const start = Math.max(0, found.indexOf(from));
  const cycle = [...found.slice(start), ...found.slice(0, start)];
  const titles = await loadTasks(ctx.writer.tx, cycle);
  const named = [...cycle, cycle[0]].map(id => `${id} "${titles.get(id)?.title ?? ''}"`);
  throw new ConflictError(
    `Task ${from} cannot depend on ${to}: that would create a dependency cycle ${named.join(' -> ')}`,
  );
}

export async function addDependency(
  ctx: CommandContext,
  id: string,
  input: AddDependencyRequest,
): Promise<CommandResult> {
  const { writer, lifecycle, framework } = ctx;
  // Additions one at a time, each checking a graph that holds all the others'
  // edges: two concurrent ones could otherwise close a cycle between them.
  await lockDependencyGraph(writer.tx);
  const task = await requireTask(writer.tx, id);
  checkVersion(task, input.version);
  if (lifecycle.terminal.includes(task.state)) {
    throw new ConflictError(`Task ${id} is ${task.state}, a final state: it takes no new dependencies`);
  }
  if (task.dependencies.some(d => d.taskId === input.taskId)) {
    throw new ConflictError(`Task ${id} already depends on ${input.taskId}`);
  }
  const target = await loadTask(writer.tx, input.taskId);
  if (!target) throw new InputError(`taskId: no task with id '${input.taskId}'`);
  await refuseCycle(ctx, id, input.taskId);

  const { dependency, rule } = buildDependency(framework, task.kind, target, input.blocking, writer.now);
  const why =
    dependency.source === 'explicit'
      ? `${dependency.blocking ? 'blocking' : 'non-blocking'} by request`
      : rule ?? `non-blocking: no rule relates ${target.kind} to ${task.kind}`;
  const saved = await writer.save(
    'task.dependency_added',
    task,
    {
      dependencies: [...task.dependencies, dependency].sort((a, b) => (a.taskId < b.taskId ? -1 : 1)),
    },
    `depends on ${input.taskId} (${why})`,
  );
  if (dependency.blocking && saved.state === lifecycle.running) {
    // Until this commits, a transaction completing the target cannot see the
    // new edge, so it would not release this task once blocked here.
    // Share-locking the target orders the two: its completion waits for
    // this commit, or this reads the completion.
    await loadStates(writer.tx, [input.taskId], 'share');
  }
  return blockIfWaiting(ctx, saved);
}
