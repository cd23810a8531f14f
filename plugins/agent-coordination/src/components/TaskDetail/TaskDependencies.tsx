import { useState } from 'react';
import { Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import IconButton from '@material-ui/core/IconButton';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemSecondaryAction from '@material-ui/core/ListItemSecondaryAction';
import ListItemText from '@material-ui/core/ListItemText';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import DeleteIcon from '@material-ui/icons/Delete';
import useAsync from 'react-use/esm/useAsync';
import type {
  AllowedTransitions,
  Task,
} from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';
import { TaskSearchField, formatDateTime, type TaskLinks } from '../TaskShared';

type Blocking = 'rule' | 'blocking' | 'non-blocking';

export interface TaskDependenciesProps {
  task: Task;
  allowed?: AllowedTransitions;
  links: TaskLinks;
  busy: boolean;
  /** Bumped when a dependency changed: refetch their titles and states. */
  refreshKey: number;
  onAdd(dependsOn: Task, blocking: boolean | undefined): void;
  onRemove(dependsOnId: string): void;
  onOpenTask?(id: string): void;
}

/**
 * What the task waits for: each dependency with its state, whether it
 * blocks and by whose say (the framework's §5.2 rules or the creator), and
 * its deadline; what else holds it (open conflicts). Adding and removing are
 * offered when the backend allows them; a refused addition (a cycle, say)
 * comes back with the backend's words.
 */
export const TaskDependencies = ({
  task,
  allowed,
  links,
  busy,
  refreshKey,
  onAdd,
  onRemove,
  onOpenTask,
}: TaskDependenciesProps) => {
  const api = useApi(agentCoordinationApiRef);
  const [blocking, setBlocking] = useState<Blocking>('rule');
  const ids = task.dependencies.map(d => d.taskId);
  const { value: others } = useAsync(async () => {
    const answers = await Promise.all(
      ids.map(id => api.getTask(id).catch(() => undefined)),
    );
    return new Map(answers.flatMap(t => (t ? [[t.id, t] as const] : [])));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, ids.join(','), refreshKey]);

  const waiting = new Set(task.blockedBy);
  const mayAdd = allowed?.actions.addDependency ?? false;
  const mayRemove = allowed?.actions.removeDependency ?? false;

  return (
    <div data-testid="task-dependencies">
      {task.dependencies.length === 0 && task.heldBy.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          It depends on no other task.
        </Typography>
      )}
      <List dense disablePadding>
        {task.dependencies.map(d => {
          const other = others?.get(d.taskId);
          const title = other?.title ?? `task ${d.taskId.slice(0, 8)}`;
          const facts = [
            other?.state,
            d.blocking ? 'blocking' : 'non-blocking',
            d.source === 'rule' ? "by the framework's rules" : 'set explicitly',
            waiting.has(d.taskId)
              ? `waited for; due by ${formatDateTime(d.deadlineAt)} (${
                  d.timeout
                })`
              : undefined,
          ].filter(Boolean);
          return (
            <ListItem key={d.taskId} data-testid={`dependency-${d.taskId}`}>
              <ListItemText
                primary={
                  <Link
                    to={links.task(d.taskId)}
                    onClick={e => {
                      if (
                        onOpenTask &&
                        e.button === 0 &&
                        !e.metaKey &&
                        !e.ctrlKey
                      ) {
                        e.preventDefault();
                        onOpenTask(d.taskId);
                      }
                    }}
                  >
                    {title}
                  </Link>
                }
                secondary={facts.join(' · ')}
              />
              {mayRemove && (
                <ListItemSecondaryAction>
                  <IconButton
                    edge="end"
                    aria-label={`Remove dependency on ${title}`}
                    disabled={busy}
                    onClick={() => onRemove(d.taskId)}
                  >
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                </ListItemSecondaryAction>
              )}
            </ListItem>
          );
        })}
        {task.heldBy.map(hold => (
          <ListItem key={`${hold.type}:${hold.id}`}>
            <ListItemText
              primary={
                hold.type === 'conflict' ? (
                  <Link to={links.conflict(hold.id)}>
                    Open conflict {hold.id.slice(0, 8)}
                  </Link>
                ) : (
                  `${hold.type} ${hold.id}`
                )
              }
              secondary="Holds the task until it is settled"
            />
          </ListItem>
        ))}
      </List>
      {mayAdd && (
        <Box display="flex" alignItems="flex-start" mt={1} style={{ gap: 8 }}>
          <Box flex={1}>
            <TaskSearchField
              label="Add a dependency (search by title)"
              exclude={[task.id, ...ids]}
              disabled={busy}
              onSelect={other =>
                onAdd(
                  other,
                  blocking === 'rule' ? undefined : blocking === 'blocking',
                )
              }
            />
          </Box>
          <TextField
            select
            size="small"
            variant="outlined"
            value={blocking}
            onChange={e => setBlocking(e.target.value as Blocking)}
            SelectProps={{
              SelectDisplayProps: {
                'aria-label': 'How the new dependency blocks',
              } as any,
            }}
          >
            <MenuItem value="rule">By the framework's rules</MenuItem>
            <MenuItem value="blocking">Blocking</MenuItem>
            <MenuItem value="non-blocking">Non-blocking</MenuItem>
          </TextField>
        </Box>
      )}
    </div>
  );
};
