import Box from '@material-ui/core/Box';
import Drawer from '@material-ui/core/Drawer';
import IconButton from '@material-ui/core/IconButton';
import { makeStyles } from '@material-ui/core/styles';
import CloseIcon from '@material-ui/icons/Close';
import type { Task } from '@agent-coordination/plugin-agent-coordination-common';
import { TaskDetail, type TaskChangeKind } from './TaskDetail';

const useStyles = makeStyles(theme => ({
  paper: {
    width: 640,
    maxWidth: '100vw',
    padding: theme.spacing(2, 3, 4),
  },
}));

/** @public */
export interface TaskDetailDrawerProps {
  /** The task to show; undefined closes the drawer. */
  taskId?: string;
  onClose(): void;
  onChange?(task: Task, kind: TaskChangeKind): void;
  onOpenTask?(id: string): void;
}

/** A task's detail over the board, so the board keeps its place and filters. @public */
export const TaskDetailDrawer = ({
  taskId,
  onClose,
  onChange,
  onOpenTask,
}: TaskDetailDrawerProps) => {
  const classes = useStyles();
  return (
    <Drawer
      anchor="right"
      open={!!taskId}
      onClose={onClose}
      classes={{ paper: classes.paper }}
    >
      <Box display="flex" justifyContent="flex-end">
        <IconButton aria-label="Close the task" onClick={onClose} size="small">
          <CloseIcon />
        </IconButton>
      </Box>
      {taskId && (
        <TaskDetail
          key={taskId}
          taskId={taskId}
          onChange={onChange}
          onOpenTask={onOpenTask}
          showPageLink
        />
      )}
    </Drawer>
  );
};
