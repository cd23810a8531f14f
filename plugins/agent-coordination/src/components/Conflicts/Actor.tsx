import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { AgentLink } from './AgentDirectory';

/** The principal the backend acts as on its own: the SLA sweep, a consensus. */
export const SYSTEM_PRINCIPAL = 'system:agent-coordination';

/**
 * Who did something: a signed-in user (linked to their page), a service
 * or token subject as written, or the backend itself; and the framework
 * agent they acted as.
 */
export const Actor = ({
  actor,
  actorAgent,
}: {
  actor: string;
  actorAgent?: string | null;
}) => {
  let who;
  if (actor === SYSTEM_PRINCIPAL) {
    who = <span>Agent Coordination (automatic)</span>;
  } else if (/^user:/i.test(actor)) {
    who = <EntityRefLink entityRef={actor} defaultKind="user" />;
  } else {
    who = <span>{actor}</span>;
  }
  return (
    <span data-testid="actor">
      {who}
      {actorAgent && (
        <>
          {' '}
          as <AgentLink agentKey={actorAgent} />
        </>
      )}
    </span>
  );
};
