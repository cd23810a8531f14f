import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { InfoCard, Link, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type {
  ListTasksQuery,
  Task,
} from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';
import { BackendErrorPanel } from '../BackendErrorPanel';
import { AgentName } from './AgentName';
import { ComponentLink } from './ComponentLink';
import { listAllTasks } from './listAllTasks';
import { PriorityBadge } from './PriorityBadge';
import { priorityRank } from './priorities';
import { useAgentDirectory } from './useAgentDirectory';
import { useTaskLinks } from './useTaskLinks';
import { useTaskSignals } from './useTaskSignals';

/** An entity's tasks are a few; past this the card sends the user to the board. */
const CARD_CAP = 500;
/** Tasks listed per open state; the board has the rest. */
const PER_STATE = 5;
// Any change may add a task to this entity's list (a reassignment, a new
// task); one reload per second of changes at most.
const SIGNAL_DEBOUNCE_MS = 1000;

const useStyles = makeStyles(theme => ({
  state: { marginBottom: theme.spacing(1.5) },
  stateName: {
    display: 'flex',
    justifyContent: 'space-between',
    fontWeight: theme.typography.fontWeightBold as number,
  },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    alignItems: 'baseline',
    gap: theme.spacing(1),
    padding: theme.spacing(0.25, 0),
  },
  title: { flex: 1, minWidth: 0, overflowWrap: 'anywhere' },
  meta: {
    color: theme.palette.text.secondary,
    fontSize: theme.typography.caption.fontSize,
  },
  blocked: { color: theme.palette.error.main },
  terminal: { color: theme.palette.text.secondary },
}));

/** @public */
export interface TasksByStateCardProps {
  title: string;
  /** The tasks to show, as GET /tasks filters; undefined while it cannot be known. */
  query?: Omit<ListTasksQuery, 'cursor' | 'limit'>;
  /** What to say instead of the tasks when there is no query. */
  unavailable?: ReactNode;
  boardLink: string;
  emptyText: string;
  /** Which fact of a task to show next to its title. */
  show: 'assignee' | 'component';
  variant?: 'gridItem' | 'fullHeight';
  testId: string;
}

/**
 * Tasks of one entity by lifecycle state, in the framework's order: the
 * open states listing their most urgent tasks, the final states counted.
 * Live: a task change anywhere reloads it (debounced).
 */
export const TasksByStateCard = ({
  title,
  query,
  unavailable,
  boardLink,
  emptyText,
  show,
  variant,
  testId,
}: TasksByStateCardProps) => {
  const classes = useStyles();
  const api = useApi(agentCoordinationApiRef);
  const links = useTaskLinks();
  const { framework, directory, error: frameworkError } = useAgentDirectory();
  const [state, setState] = useState<{
    tasks?: Task[];
    truncated?: boolean;
    error?: unknown;
  }>({});
  const key = query ? JSON.stringify(query) : undefined;
  const request = useRef(0);

  const load = useCallback(() => {
    if (!key) return;
    const n = ++request.current;
    listAllTasks(api, JSON.parse(key), CARD_CAP).then(
      ({ tasks, truncated }) =>
        n === request.current && setState({ tasks, truncated }),
      error => n === request.current && setState({ error }),
    );
  }, [api, key]);

  useEffect(() => {
    setState({});
    load();
  }, [load]);

  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  useTaskSignals(signal => {
    if (signal.version === null || timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      load();
    }, SIGNAL_DEBOUNCE_MS);
  });

  let content: ReactNode;
  if (frameworkError) {
    content = (
      <BackendErrorPanel
        error={frameworkError}
        title="Could not load the framework"
      />
    );
  } else if (!query) {
    content = unavailable ?? <Progress />;
  } else if (state.error !== undefined) {
    content = (
      <BackendErrorPanel error={state.error} title="Could not load the tasks" />
    );
  } else if (!state.tasks || !framework) {
    content = <Progress />;
  } else if (state.tasks.length === 0) {
    content = (
      <Typography variant="body2" color="textSecondary">
        {emptyText}
      </Typography>
    );
  } else {
    const tasks = state.tasks;
    const terminal = new Set(framework.lifecycle.terminal);
    const names = framework.lifecycle.states.map(s => s.name);
    for (const t of tasks) if (!names.includes(t.state)) names.push(t.state);
    const open = tasks.filter(t => !terminal.has(t.state)).length;
    content = (
      <>
        <Typography
          variant="body2"
          gutterBottom
          data-testid={`${testId}-summary`}
        >
          {tasks.length}
          {state.truncated ? '+' : ''} task{tasks.length === 1 ? '' : 's'},{' '}
          {open} open
        </Typography>
        {names.map(name => {
          const inState = tasks
            .filter(t => t.state === name)
            .sort(
              (a, b) => priorityRank(a.priority) - priorityRank(b.priority),
            );
          if (inState.length === 0) return null;
          const final = terminal.has(name);
          return (
            <div
              key={name}
              className={classes.state}
              data-testid={`${testId}-state-${name}`}
            >
              <Typography
                variant="body2"
                component="div"
                className={`${classes.stateName} ${
                  final ? classes.terminal : ''
                }`}
              >
                <span>{name}</span>
                <span>{inState.length}</span>
              </Typography>
              {!final && (
                <ul className={classes.list}>
                  {inState.slice(0, PER_STATE).map(t => (
                    <li key={t.id} className={classes.item}>
                      <PriorityBadge priority={t.priority} />
                      <span className={classes.title}>
                        <Link to={links.task(t.id)}>{t.title}</Link>
                        {(t.blockedBy.length > 0 || t.heldBy.length > 0) && (
                          <span className={classes.blocked}> · blocked</span>
                        )}
                      </span>
                      <span className={classes.meta}>
                        {show === 'assignee' ? (
                          <AgentName
                            agentKey={t.assignee}
                            agent={
                              t.assignee
                                ? directory?.byKey.get(t.assignee)
                                : undefined
                            }
                          />
                        ) : (
                          t.component && (
                            <ComponentLink entityRef={t.component} />
                          )
                        )}
                      </span>
                    </li>
                  ))}
                  {inState.length > PER_STATE && (
                    <li className={classes.meta}>
                      and {inState.length - PER_STATE} more on the board
                    </li>
                  )}
                </ul>
              )}
            </div>
          );
        })}
      </>
    );
  }

  return (
    <InfoCard
      title={title}
      variant={variant}
      deepLink={{ title: 'Open on the task board', link: boardLink }}
    >
      <Box data-testid={testId}>{content}</Box>
    </InfoCard>
  );
};
