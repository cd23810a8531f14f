import { useMemo, type ReactNode } from 'react';
import { CatalogIndexPage } from '@backstage/plugin-catalog/alpha';
import { useCoordinationFramework } from '@agent-coordination/plugin-agent-coordination';
import { agentAwareColumns } from './agentCatalogColumns';

/**
 * The catalog's index page with Agent columns. The tier names and the order
 * of authority levels come from the framework; until it has loaded (or if it
 * cannot be) tiers show as numbers.
 */
export const AgentAwareCatalogIndexPage = ({
  filters,
}: {
  filters: ReactNode;
}) => {
  const { framework } = useCoordinationFramework();
  const columns = useMemo(() => agentAwareColumns(framework), [framework]);
  return <CatalogIndexPage filters={filters} columns={columns} pagination />;
};
