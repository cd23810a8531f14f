import { memo, useState } from 'react';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { Task } from '@agent-coordination/plugin-agent-coordination-common';
import type { AgentDirectory, TaskLinks } from '../TaskShared';
import type { CardClasses } from './cardStyles';
import type { CardNavigation } from './useCardNavigation';
import { TaskCard } from './TaskCard';

/**
 * Cards a column draws before "Show more". A column of hundreds of cards is
 * scrolled, not read; drawing the first ones keeps a board of a thousand
 * tasks interactive at once, and the filters find the rest.
 */
export const COLUMN_PAGE = 100;

const useStyles = makeStyles(theme => ({
  column: {
    flex: '1 0 260px',
    maxWidth: 360,
    minWidth: 260,
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: theme.palette.background.default,
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
    maxHeight: '75vh',
  },
  header: {
    padding: theme.spacing(1, 1.5),
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
  name: {
    display: 'flex',
    justifyContent: 'space-between',
    fontWeight: theme.typography.fontWeightBold as number,
  },
  body: {
    padding: theme.spacing(1),
    overflowY: 'auto',
    flex: 1,
  },
  empty: {
    color: theme.palette.text.secondary,
    fontSize: theme.typography.caption.fontSize,
    textAlign: 'center',
    padding: theme.spacing(2, 0),
  },
}));

export interface TaskColumnProps {
  name: string;
  description?: string;
  tasks: Task[];
  directory?: AgentDirectory;
  links: TaskLinks;
  nav: CardNavigation;
  cardClasses: CardClasses;
  titleOf(id: string): string | undefined;
  onOpen(id: string): void;
}

/** One lifecycle state of the board. */
export const TaskColumn = memo(
  ({
    name,
    description,
    tasks,
    directory,
    links,
    nav,
    cardClasses,
    titleOf,
    onOpen,
  }: TaskColumnProps) => {
    const classes = useStyles();
    const [shown, setShown] = useState(COLUMN_PAGE);
    const visible = tasks.length > shown ? tasks.slice(0, shown) : tasks;
    return (
      <section
        className={classes.column}
        aria-label={name}
        data-testid={`task-column-${name}`}
      >
        <div className={classes.header} title={description}>
          <Typography variant="body2" component="h3" className={classes.name}>
            <span>{name}</span>
            <span data-testid="task-column-count">{tasks.length}</span>
          </Typography>
          {description && (
            <Typography variant="caption" color="textSecondary">
              {description}
            </Typography>
          )}
        </div>
        <div className={classes.body}>
          {tasks.length === 0 && <div className={classes.empty}>No tasks</div>}
          {visible.map(task => (
            <TaskCard
              key={task.id}
              task={task}
              assignee={
                task.assignee ? directory?.byKey.get(task.assignee) : undefined
              }
              links={links}
              nav={nav}
              classes={cardClasses}
              titleOf={titleOf}
              onOpen={onOpen}
            />
          ))}
          {tasks.length > shown && (
            <Button
              size="small"
              fullWidth
              onClick={() => setShown(s => s + COLUMN_PAGE)}
            >
              Show {Math.min(COLUMN_PAGE, tasks.length - shown)} more of{' '}
              {tasks.length - shown}
            </Button>
          )}
        </div>
      </section>
    );
  },
);
