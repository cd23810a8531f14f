import { Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import type { Task } from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';

/** Tasks by id, to show their titles and states; a task that cannot be read is left out. */
export function useTasksById(ids: string[]): Map<string, Task> {
  const api = useApi(agentCoordinationApiRef);
  const key = [...new Set(ids)].sort().join(',');
  const { value } = useAsync(async () => {
    const unique = key ? key.split(',') : [];
    const answers = await Promise.allSettled(unique.map(id => api.getTask(id)));
    return new Map(
      answers.flatMap((a, i) =>
        a.status === 'fulfilled' ? [[unique[i], a.value] as const] : [],
      ),
    );
  }, [api, key]);
  return value ?? new Map();
}

/** Tasks by title and state; an id alone when the task cannot be read. */
export function TaskList({
  ids,
  tasks,
  hrefOf,
}: {
  ids: string[];
  tasks: Map<string, Task>;
  /** Where a task opens, when its page is reachable. */
  hrefOf?(id: string): string;
}) {
  if (ids.length === 0) return <>None</>;
  return (
    <>
      {ids.map(id => {
        const task = tasks.get(id);
        return (
          <div key={id} data-testid={`task-${id}`}>
            {task ? (
              <>
                {hrefOf ? (
                  <Link to={hrefOf(id)}>{task.title}</Link>
                ) : (
                  task.title
                )}{' '}
                <Typography variant="caption" color="textSecondary">
                  {task.state} · {id}
                </Typography>
              </>
            ) : (
              <code>{id}</code>
            )}
          </div>
        );
      })}
    </>
  );
}
