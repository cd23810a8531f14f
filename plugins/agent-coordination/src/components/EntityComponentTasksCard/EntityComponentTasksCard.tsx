import { useMemo } from 'react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { TasksByStateCard, useTaskLinks } from '../TaskShared';

/** @public */
export interface EntityComponentTasksCardProps {
  variant?: 'gridItem' | 'fullHeight';
}

/**
 * On a Component entity page: the tasks on that component, by state, with
 * who they are assigned to.
 * @public
 */
export const EntityComponentTasksCard = ({
  variant,
}: EntityComponentTasksCardProps) => {
  const { entity } = useEntity();
  const links = useTaskLinks();
  const ref = stringifyEntityRef(entity);
  const query = useMemo(() => ({ component: ref }), [ref]);
  return (
    <TasksByStateCard
      title="Tasks"
      query={query}
      boardLink={links.board({ component: ref })}
      emptyText="No task is on this component."
      show="assignee"
      variant={variant}
      testId="component-tasks"
    />
  );
};
