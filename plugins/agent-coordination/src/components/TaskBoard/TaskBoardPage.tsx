import { useCallback, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { EmptyState, Progress } from '@backstage/core-components';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import AddIcon from '@material-ui/icons/Add';
import Alert from '@material-ui/lab/Alert';
import {
  agentCoordinationTaskCreatePermission,
  type Task,
  type TaskChange,
} from '@agent-coordination/plugin-agent-coordination-common';
import { BackendErrorPanel } from '../BackendErrorPanel';
import { TaskDetailDrawer, type TaskChangeKind } from '../TaskDetail';
import { useAgentDirectory, useTaskLinks, useWhoami } from '../TaskShared';
import {
  filtersFromParams,
  hasFilters,
  queryOf,
  FILTER_KEYS,
  type FilterKey,
} from './boardFilters';
import { useCardStyles } from './cardStyles';
import { CreateTaskDialog } from './CreateTaskDialog';
import { groupByState } from './groupByState';
import { TaskBoardFilters } from './TaskBoardFilters';
import { TaskColumn } from './TaskColumn';
import { useCardNavigation } from './useCardNavigation';
import { BOARD_CAP, useTaskBoard } from './useTaskBoard';

const useStyles = makeStyles(theme => ({
  toolbar: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: theme.spacing(2),
  },
  columns: {
    display: 'flex',
    gap: theme.spacing(1.5),
    overflowX: 'auto',
    paddingBottom: theme.spacing(1),
    alignItems: 'flex-start',
  },
}));

/**
 * The task board, the body of the page's Tasks tab: one column per
 * lifecycle state of the framework, filters in the URL, live through the
 * task signals, a task's detail in a drawer.
 * @public
 */
export const TaskBoardPage = () => {
  const classes = useStyles();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const query = useMemo(() => queryOf(filters), [filters]);
  const filtered = hasFilters(filters);

  const { framework, directory, error: frameworkError } = useAgentDirectory();
  const { whoami } = useWhoami();
  const board = useTaskBoard(query, filtered);
  const links = useTaskLinks();
  const nav = useCardNavigation();
  const cardClasses = useCardStyles();
  const { allowed: mayCreate } = usePermission({
    permission: agentCoordinationTaskCreatePermission,
  });

  const [openTask, setOpenTask] = useState<string>();
  const [creating, setCreating] = useState(false);

  // Read through a ref, so that the cards' titleOf stays the same function
  // and a changed title elsewhere does not re-render every card.
  const titles = useRef(new Map<string, string>());
  titles.current = useMemo(
    () => new Map(board.tasks.map(t => [t.id, t.title])),
    [board.tasks],
  );
  const titleOf = useCallback((id: string) => titles.current.get(id), []);
  const onOpen = useCallback((id: string) => setOpenTask(id), []);

  const setFilter = useCallback(
    (key: FilterKey, value: string | undefined) =>
      setParams(
        prev => {
          const next = new URLSearchParams(prev);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const clearFilters = useCallback(
    () =>
      setParams(
        prev => {
          const next = new URLSearchParams(prev);
          FILTER_KEYS.forEach(k => next.delete(k));
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const { noteChanged } = board;
  const onTaskChange = useCallback(
    (task: Task, kind: TaskChangeKind) =>
      noteChanged(task, { fieldsChanged: kind === 'fields' }),
    [noteChanged],
  );
  const onCreated = useCallback(
    (change: TaskChange) => noteChanged(change.task, { fieldsChanged: true }),
    [noteChanged],
  );

  const columns = useMemo(
    () =>
      framework ? groupByState(board.tasks, framework.lifecycle.states) : [],
    [board.tasks, framework],
  );

  if (frameworkError) {
    return (
      <BackendErrorPanel
        error={frameworkError}
        title="Could not load the framework"
      />
    );
  }
  if (!framework) return <Progress />;

  let body;
  if (board.error) {
    body = (
      <BackendErrorPanel error={board.error} title="Could not load the tasks" />
    );
  } else if (board.loading) {
    body = <Progress />;
  } else if (board.tasks.length === 0) {
    body = (
      <EmptyState
        missing="data"
        title={filtered ? 'No task matches these filters' : 'No tasks yet'}
        description={
          filtered
            ? 'Change or clear the filters to see more of the board.'
            : 'Tasks created here, by agents through the API or by templates appear on this board.'
        }
        action={
          filtered ? (
            <Button variant="outlined" onClick={clearFilters}>
              Clear filters
            </Button>
          ) : undefined
        }
      />
    );
  } else {
    body = (
      <>
        {board.truncated && (
          <Box mb={2}>
            <Alert severity="warning">
              Showing the first {BOARD_CAP.toLocaleString()} matching tasks:
              narrow the filters to see the others.
            </Alert>
          </Box>
        )}
        <div className={classes.columns} data-testid="task-board">
          {columns.map(column => (
            <TaskColumn
              key={column.name}
              name={column.name}
              description={column.description}
              tasks={column.tasks}
              directory={directory}
              links={links}
              nav={nav}
              cardClasses={cardClasses}
              titleOf={titleOf}
              onOpen={onOpen}
            />
          ))}
        </div>
      </>
    );
  }

  return (
    <>
      <div className={classes.toolbar}>
        <TaskBoardFilters
          filters={filters}
          onChange={setFilter}
          onClear={clearFilters}
          framework={framework}
          directory={directory}
          myAgent={whoami?.agent?.key}
        />
        {mayCreate && (
          <Button
            color="primary"
            variant="contained"
            startIcon={<AddIcon />}
            onClick={() => setCreating(true)}
            style={{ flexShrink: 0 }}
          >
            New task
          </Button>
        )}
      </div>
      {!board.loading && !board.error && board.tasks.length > 0 && (
        <Typography
          variant="caption"
          color="textSecondary"
          component="p"
          data-testid="task-board-count"
          gutterBottom
        >
          {board.tasks.length} task{board.tasks.length === 1 ? '' : 's'}
        </Typography>
      )}
      {body}
      <TaskDetailDrawer
        taskId={openTask}
        onClose={() => setOpenTask(undefined)}
        onChange={onTaskChange}
        onOpenTask={onOpen}
      />
      {mayCreate && (
        <CreateTaskDialog
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={onCreated}
          framework={framework}
          directory={directory}
          initial={{
            assignee: filters.assignee,
            component: filters.component,
            kind: filters.kind,
          }}
        />
      )}
    </>
  );
};
