export {
  TaskDetail,
  type TaskChangeKind,
  type TaskDetailProps,
} from './TaskDetail';
export {
  TaskDetailDrawer,
  type TaskDetailDrawerProps,
} from './TaskDetailDrawer';
export { TaskDetailPage } from './TaskDetailPage';
