import { memo, useCallback } from 'react';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type { Task } from '@agent-coordination/plugin-agent-coordination-common';
import { humanizeAgentKey } from '../AgentName';
import {
  TimeInState,
  earliestBlockingDeadline,
  formatDateTime,
  isPastDueDate,
  useMinuteClock,
  type DirectoryAgent,
  type TaskLinks,
} from '../TaskShared';
import type { CardClasses } from './cardStyles';
import type { CardNavigation } from './useCardNavigation';

export interface TaskCardProps {
  task: Task;
  assignee?: DirectoryAgent;
  links: TaskLinks;
  nav: CardNavigation;
  classes: CardClasses;
  /** The title of another task, when the board has it. */
  titleOf(id: string): string | undefined;
  onOpen(id: string): void;
}

const short = (id: string) => id.slice(0, 8);

function CardLink({
  to,
  nav,
  classes,
  className,
  instead,
  children,
  title,
  testId,
}: {
  to: string;
  nav: CardNavigation;
  classes: CardClasses;
  className?: string;
  instead?: () => void;
  children: React.ReactNode;
  title?: string;
  testId?: string;
}) {
  return (
    <a
      href={nav.href(to)}
      className={className ? `${classes.link} ${className}` : classes.link}
      onClick={e => nav.follow(e, to, instead)}
      title={title}
      data-testid={testId}
    >
      {children}
    </a>
  );
}

function componentOf(ref: string) {
  try {
    const parsed = parseEntityRef(ref, {
      defaultKind: 'component',
      defaultNamespace: 'default',
    });
    return { ref: stringifyEntityRef(parsed), name: parsed.name };
  } catch {
    return undefined;
  }
}

/** The due date and, while a dependency blocks the task, that dependency's deadline. */
const CardDates = memo(
  ({ task, classes }: { task: Task; classes: CardClasses }) => {
    const now = useMinuteClock();
    const deadline = earliestBlockingDeadline(task);
    if (!task.dueDate && !deadline) return null;
    const dueLate = task.dueDate ? isPastDueDate(task.dueDate, now) : false;
    const deadlineLate = deadline ? Date.parse(deadline) <= now : false;
    return (
      <div className={classes.dates} data-testid="task-dates">
        {task.dueDate && (
          <span className={dueLate ? classes.overdue : undefined}>
            Due {task.dueDate}
            {dueLate ? ' (overdue)' : ''}
          </span>
        )}
        {task.dueDate && deadline && ' · '}
        {deadline && (
          <span
            className={deadlineLate ? classes.overdue : undefined}
            title="The earliest deadline of an unfinished blocking dependency"
          >
            Dependency {deadlineLate ? 'overdue since' : 'due'}{' '}
            {formatDateTime(deadline)}
          </span>
        )}
      </div>
    );
  },
);

/**
 * One task on the board. Memoised on its props, which the board keeps
 * stable (the task object changes only when the task does), so a change to
 * one task re-renders one card of a thousand. Plain markup with the board's
 * classes: this is drawn a thousand times.
 */
export const TaskCard = memo(
  ({ task, assignee, links, nav, classes, titleOf, onOpen }: TaskCardProps) => {
    const open = useCallback(() => onOpen(task.id), [onOpen, task.id]);
    const blocked = task.blockedBy.length > 0 || task.heldBy.length > 0;
    const component = task.component ? componentOf(task.component) : undefined;
    const priorityClass = (classes as Record<string, string>)[task.priority];
    let assigneeName;
    if (!task.assignee) {
      assigneeName = <span>Unassigned</span>;
    } else {
      const name = assignee?.title ?? humanizeAgentKey(task.assignee);
      assigneeName = assignee?.entityRef ? (
        <CardLink
          to={links.entity(assignee.entityRef)}
          nav={nav}
          classes={classes}
        >
          {name}
        </CardLink>
      ) : (
        <span title={task.assignee}>{name}</span>
      );
    }
    return (
      <div
        className={`${classes.card} ${blocked ? classes.blockedCard : ''}`}
        data-testid={`task-card-${task.id}`}
      >
        <div className={classes.top}>
          <span
            className={
              priorityClass
                ? `${classes.badge} ${priorityClass}`
                : classes.badge
            }
            title={`Priority ${task.priority}`}
            data-testid="task-priority"
          >
            {task.priority}
          </span>
          <span className={classes.kind} data-testid="task-kind">
            {task.kind}
          </span>
          <TimeInState since={task.stateEnteredAt} />
        </div>
        <CardLink
          to={links.task(task.id)}
          nav={nav}
          classes={classes}
          className={classes.title}
          instead={open}
          testId="task-title"
        >
          {task.title}
        </CardLink>
        <div className={classes.line} data-testid="task-assignee">
          {assigneeName}
          {task.component && (
            <>
              {' · '}
              <span data-testid="task-component">
                {component ? (
                  <CardLink
                    to={links.entity(component.ref)}
                    nav={nav}
                    classes={classes}
                    title={component.ref}
                  >
                    {component.name}
                  </CardLink>
                ) : (
                  task.component
                )}
              </span>
            </>
          )}
        </div>
        {blocked && (
          <div className={classes.blocked} data-testid="task-blockers">
            Blocked by{' '}
            {task.blockedBy.map((id, i) => (
              <span key={id}>
                {i > 0 && ', '}
                <CardLink
                  to={links.task(id)}
                  nav={nav}
                  classes={classes}
                  instead={() => onOpen(id)}
                >
                  {titleOf(id) ?? `task ${short(id)}`}
                </CardLink>
              </span>
            ))}
            {task.heldBy.map((hold, i) => (
              <span key={`${hold.type}:${hold.id}`}>
                {(i > 0 || task.blockedBy.length > 0) && ', '}
                {hold.type === 'conflict' ? (
                  <CardLink
                    to={links.conflict(hold.id)}
                    nav={nav}
                    classes={classes}
                  >
                    conflict {short(hold.id)}
                  </CardLink>
                ) : (
                  `${hold.type} ${short(hold.id)}`
                )}
              </span>
            ))}
          </div>
        )}
        <CardDates task={task} classes={classes} />
        {task.labels.length > 0 && (
          <div className={classes.labels} data-testid="task-labels">
            {task.labels.map(l => `#${l}`).join(' ')}
          </div>
        )}
      </div>
    );
  },
);
