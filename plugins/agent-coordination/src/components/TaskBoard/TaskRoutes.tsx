import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { EmptyState } from '@backstage/core-components';
import { TaskDetailPage } from '../TaskDetail';
import { TaskBoardPage } from './TaskBoardPage';

/** @public */
export interface TaskRoutesProps {
  /** What an unknown path under the tab shows; by default an empty state. */
  notFound?: ReactNode;
}

/**
 * The Tasks tab with its sub-routes, for a tab mounted at `/tasks`: the
 * board at the tab's root, one task at `:id`. core-components' tabs match
 * `/tasks/*`, so the tab's element routes what lies below it.
 * @public
 */
export const TaskRoutes = ({ notFound }: TaskRoutesProps) => (
  <Routes>
    <Route path="/" element={<TaskBoardPage />} />
    <Route path=":id" element={<TaskDetailPage />} />
    <Route
      path="*"
      element={
        notFound ?? (
          <EmptyState
            missing="content"
            title="No such page"
            description="There is nothing at this address under the task board."
          />
        )
      }
    />
  </Routes>
);
