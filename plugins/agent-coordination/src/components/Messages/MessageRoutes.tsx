import { Route, Routes } from 'react-router-dom';
import { EmptyState } from '@backstage/core-components';
import { MessageDetailPage } from './MessageDetailPage';
import { MessagesPage } from './MessagesPage';

/**
 * The Messages tab with its sub-routes, for a tab mounted at `/messages`:
 * the inboxes at the tab's root, one message and its thread at `:id`.
 * @public
 */
export const MessageRoutes = () => (
  <Routes>
    <Route path="/" element={<MessagesPage />} />
    <Route path=":id" element={<MessageDetailPage />} />
    <Route
      path="*"
      element={
        <EmptyState
          missing="content"
          title="No such page"
          description="There is nothing at this address under Messages."
        />
      }
    />
  </Routes>
);
