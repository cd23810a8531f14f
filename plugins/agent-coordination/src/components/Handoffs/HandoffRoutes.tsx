import { Route, Routes } from 'react-router-dom';
import { EmptyState } from '@backstage/core-components';
import { useHandoffLinks } from './useHandoffLinks';
import { HandoffDetailPage } from './HandoffDetailPage';
import { HandoffsPage } from './HandoffsPage';

const Detail = () => {
  const links = useHandoffLinks();
  return (
    <HandoffDetailPage
      backLink={links ? { to: links.list(), title: 'Handoffs' } : undefined}
    />
  );
};

/**
 * The Handoffs tab with its sub-routes, for a tab mounted at `/handoffs`:
 * the lists at the tab's root, one handoff at `:id`.
 * @public
 */
export const HandoffRoutes = () => (
  <Routes>
    <Route path="/" element={<HandoffsPage />} />
    <Route path=":id" element={<Detail />} />
    <Route
      path="*"
      element={
        <EmptyState
          missing="content"
          title="No such page"
          description="There is nothing at this address under Handoffs."
        />
      }
    />
  </Routes>
);
