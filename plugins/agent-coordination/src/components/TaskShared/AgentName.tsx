import { memo } from 'react';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { humanizeAgentKey } from '../AgentName';
import type { DirectoryAgent } from './useAgentDirectory';

/**
 * An assignee: a link to its Agent entity page when the catalog has one,
 * else its name. The title is passed to EntityRefLink so that it asks the
 * catalog for nothing: the directory already knows the name.
 */
export const AgentName = memo(
  ({
    agentKey,
    agent,
    unassigned = 'Unassigned',
  }: {
    agentKey: string | null;
    agent?: DirectoryAgent;
    unassigned?: string;
  }) => {
    if (!agentKey) return <span>{unassigned}</span>;
    const title = agent?.title ?? humanizeAgentKey(agentKey);
    if (agent?.entityRef) {
      return <EntityRefLink entityRef={agent.entityRef} title={title} />;
    }
    return <span title={agentKey}>{title}</span>;
  },
);
