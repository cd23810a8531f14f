import {
  buildDependency,
  findCycle,
  planAddDependency,
  sortDependencies,
  type AddDependencyRequest,
} from '@agent-coordination/plugin-agent-coordination-common';
import { RefusalError } from '../../platform/changes/errors';
import { loadDependencyEdges } from '../store/dependencies';
import { lockDependencyGraph } from '../store/lockDependencyGraph';
import { loadStates, loadTask, loadTasks } from '../store/tasks';
import { blockIfWaiting } from './autoBlock';
import { decided, requireTask, saveTask, type TaskCommandContext, type TaskCommandResult } from './context';

/** Refuses an edge from -> to that would close a cycle. Call with the dependency graph lock held, so the edges read include every committed addition. */
async function refuseCycle(ctx: TaskCommandContext, from: string, to: string) {
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
  throw new RefusalError({
    code: 'conflict',
    rule: 'dependency_cycle',
    message: `Task ${from} cannot depend on ${to}: that would create a dependency cycle ${named.join(' -> ')}`,
  });
}

export async function addDependency(
  ctx: TaskCommandContext,
  id: string,
  input: AddDependencyRequest,
): Promise<TaskCommandResult> {
  const { writer, lifecycle, framework } = ctx;
  // Additions one at a time, each checking a graph that holds all the others'
  // edges: two concurrent ones could otherwise close a cycle between them.
  await lockDependencyGraph(writer.tx);
  const task = await requireTask(writer.tx, id);
  const target = await loadTask(writer.tx, input.taskId);
  decided(planAddDependency(framework, lifecycle, writer.actor, task, input, target !== undefined), id);
  await refuseCycle(ctx, id, input.taskId);

  const { dependency, why } = buildDependency(framework, task.kind, target!, input.blocking, writer.now);
  const saved = await saveTask(
    ctx,
    'task.dependency_added',
    task,
    { dependencies: sortDependencies([...task.dependencies, dependency]) },
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
