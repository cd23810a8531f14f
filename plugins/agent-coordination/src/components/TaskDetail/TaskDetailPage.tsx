import { InfoCard, Link } from '@backstage/core-components';
import { useParams } from 'react-router-dom';
import Box from '@material-ui/core/Box';
import { useTaskLinks } from '../TaskShared';
import { TaskDetail } from './TaskDetail';

/**
 * A task on a page of its own, for a route with an `:id` parameter (e.g.
 * /agent-coordination/tasks/:id): what a link to a task opens.
 * @public
 */
export const TaskDetailPage = () => {
  const { id } = useParams();
  const links = useTaskLinks();
  return (
    <>
      <Box mb={2}>
        <Link to={links.board()}>← The task board</Link>
      </Box>
      <InfoCard>
        {id ? <TaskDetail key={id} taskId={id} /> : 'No task named.'}
      </InfoCard>
    </>
  );
};
