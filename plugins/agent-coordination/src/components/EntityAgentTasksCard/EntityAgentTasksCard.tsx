import { useMemo } from 'react';
import { useEntity } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import {
  TasksByStateCard,
  useAgentDirectory,
  useTaskLinks,
} from '../TaskShared';

/** @public */
export interface EntityAgentTasksCardProps {
  variant?: 'gridItem' | 'fullHeight';
}

/**
 * On an Agent entity page: the tasks assigned to it, by state. Tasks name
 * their assignee by framework key; the entity carries the framework id
 * (spec.agentId), and the framework maps one to the other.
 * @public
 */
export const EntityAgentTasksCard = ({
  variant,
}: EntityAgentTasksCardProps) => {
  const { entity } = useEntity();
  const links = useTaskLinks();
  const { directory, loading } = useAgentDirectory();
  const agentId = (entity.spec as { agentId?: unknown } | undefined)?.agentId;
  const agent =
    typeof agentId === 'string' ? directory?.byId.get(agentId) : undefined;
  const query = useMemo(
    () => (agent ? { assignee: agent.key } : undefined),
    [agent],
  );
  return (
    <TasksByStateCard
      title="Tasks"
      query={query}
      unavailable={
        !loading && directory ? (
          <Typography variant="body2" color="textSecondary">
            {typeof agentId === 'string'
              ? `The framework has no agent ${agentId}, so no task can be assigned to this one.`
              : 'This entity has no spec.agentId, so no task can be assigned to it.'}
          </Typography>
        ) : undefined
      }
      boardLink={links.board(agent ? { assignee: agent.key } : {})}
      emptyText="No task is assigned to this agent."
      show="component"
      variant={variant}
      testId="agent-tasks"
    />
  );
};
