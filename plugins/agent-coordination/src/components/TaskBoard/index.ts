export { TaskBoardPage } from './TaskBoardPage';
export { TaskRoutes, type TaskRoutesProps } from './TaskRoutes';
export {
  CreateTaskDialog,
  type CreateTaskDialogProps,
} from './CreateTaskDialog';
