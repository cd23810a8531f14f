import { AgentEntityCard } from '../AgentEntityCard';
import { AgentDirectoryProvider } from '../Conflicts/AgentDirectory';
import { ConflictListCard } from '../Conflicts/ConflictListCard';

const TITLE = 'Open conflicts';

function Card() {
  return (
    <AgentEntityCard
      title={TITLE}
      what="conflicts"
      unknownAgent="it is party to no conflict"
      unknownAgentTestId="conflicts-unknown-agent"
    >
      {(agent, name) => (
        <ConflictListCard
          title={TITLE}
          subheader={`Where ${name} is a party, most urgent first`}
          query={{ status: 'open', party: agent.key }}
          except={agent.key}
          empty={`${name} is party to no open conflict.`}
        />
      )}
    </AgentEntityCard>
  );
}

/**
 * On an Agent entity page: the open conflicts the agent is a party to, with
 * their level, who decides and a live countdown to the deadline.
 * @public
 */
export const EntityAgentConflictsCard = () => (
  <AgentDirectoryProvider>
    <Card />
  </AgentDirectoryProvider>
);
