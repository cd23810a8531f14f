import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { AgentDirectoryProvider } from '../Conflicts/AgentDirectory';
import { ConflictListCard } from '../Conflicts/ConflictListCard';

function Card() {
  const { entity } = useEntity();
  const ref = stringifyEntityRef(entity);
  return (
    <ConflictListCard
      title="Conflicts"
      subheader="About this component, open and decided"
      query={{ component: ref }}
      empty="No conflict is about this component."
    />
  );
}

/**
 * On a Component entity page: the conflicts whose subject names the
 * component, with their level, who decides, the parties and the deadline.
 * @public
 */
export const EntityComponentConflictsCard = () => (
  <AgentDirectoryProvider>
    <Card />
  </AgentDirectoryProvider>
);
