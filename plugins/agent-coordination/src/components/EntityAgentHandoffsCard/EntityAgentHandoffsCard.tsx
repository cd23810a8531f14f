import { useMemo } from 'react';
import {
  InfoCard,
  Link,
  Progress,
  WarningPanel,
} from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import {
  isAgentEntity,
  type Handoff,
} from '@agent-coordination/plugin-agent-coordination-common';
import { BackendErrorPanel } from '../BackendErrorPanel';
import {
  AcknowledgmentDue,
  HandoffStatusChip,
  touchesAgent,
  useHandoffLinks,
  useHandoffList,
  useHandoffSignals,
  whoseTurn,
} from '../Handoffs';
import { useAgentDirectory } from '../TaskShared';

const TITLE = 'Handoffs';
const LATEST = 5;

function Section({
  title,
  items,
  empty,
  direction,
  nameOf,
}: {
  title: string;
  items: Handoff[];
  empty: string;
  direction: 'in' | 'out';
  nameOf(key: string): string;
}) {
  const links = useHandoffLinks();
  return (
    <Box data-testid={`entity-handoffs-${direction}`}>
      <Typography variant="subtitle2">{title}</Typography>
      {items.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          {empty}
        </Typography>
      ) : (
        <List dense disablePadding>
          {items.map(h => (
            <ListItem
              key={h.id}
              disableGutters
              data-testid={`entity-handoff-${h.id}`}
            >
              <ListItemText
                primary={
                  <Box
                    display="flex"
                    alignItems="center"
                    flexWrap="wrap"
                    style={{ gap: 4 }}
                  >
                    <HandoffStatusChip handoff={h} />
                    <AcknowledgmentDue handoff={h} dense />
                    {links ? (
                      <Link to={links.handoff(h.id)}>{h.title}</Link>
                    ) : (
                      h.title
                    )}
                  </Box>
                }
                secondary={`${direction === 'in' ? 'From' : 'To'} ${nameOf(
                  direction === 'in' ? h.from : h.to,
                )} · ${whoseTurn(h, nameOf)}`}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Box>
  );
}

function Handoffs({ agent, name }: { agent: string; name: string }) {
  const { directory } = useAgentDirectory();
  const links = useHandoffLinks();
  const incoming = useHandoffList(
    useMemo(() => [{ to: agent }], [agent]),
    LATEST,
  );
  const outgoing = useHandoffList(
    useMemo(() => [{ from: agent }], [agent]),
    LATEST,
  );
  useHandoffSignals(
    () => {
      incoming.reload();
      outgoing.reload();
    },
    signal => touchesAgent(signal, agent),
  );
  const nameOf = (k: string) => directory?.byKey.get(k)?.title ?? k;
  const error = incoming.error ?? outgoing.error;
  let body;
  if (error) {
    body = (
      <BackendErrorPanel
        error={error}
        title={`Could not load ${name}'s handoffs`}
      />
    );
  } else if (!incoming.items || !outgoing.items) {
    body = <Progress />;
  } else {
    body = (
      <Grid container spacing={2}>
        <Grid item xs={12} md={6}>
          <Section
            title={`To ${name}`}
            items={incoming.items}
            empty={`Nothing handed to ${name} yet.`}
            direction="in"
            nameOf={nameOf}
          />
        </Grid>
        <Grid item xs={12} md={6}>
          <Section
            title={`From ${name}`}
            items={outgoing.items}
            empty={`${name} has handed nothing off yet.`}
            direction="out"
            nameOf={nameOf}
          />
        </Grid>
      </Grid>
    );
  }
  return (
    <InfoCard
      title={TITLE}
      subheader={`The latest ${LATEST} handed to and from ${name}`}
      deepLink={
        links ? { title: 'All handoffs', link: links.list('all') } : undefined
      }
    >
      {body}
    </InfoCard>
  );
}

/**
 * On an Agent entity page: the handoffs to it and from it, the latest
 * first, with whose turn it is and the acknowledgment clock; live through
 * signals.
 * @public
 */
export const EntityAgentHandoffsCard = () => {
  const { entity } = useEntity();
  const { framework, loading, error } = useAgentDirectory();
  if (!isAgentEntity(entity)) {
    return (
      <WarningPanel title="Not an agent">
        This card shows the handoffs of Agent entities (kind Agent, apiVersion
        agent-coordination.io/v1alpha1).
      </WarningPanel>
    );
  }
  if (loading) {
    return (
      <InfoCard title={TITLE}>
        <Progress />
      </InfoCard>
    );
  }
  if (error || !framework) {
    return (
      <InfoCard title={TITLE}>
        <BackendErrorPanel error={error} title="Could not load the framework" />
      </InfoCard>
    );
  }
  // Handoffs name agents by framework key; the entity knows its agent by id.
  const agent = framework.agents.find(a => a.id === entity.spec.agentId);
  const name = entity.metadata.title ?? entity.metadata.name;
  if (!agent) {
    return (
      <InfoCard title={TITLE}>
        <Typography
          variant="body2"
          color="textSecondary"
          data-testid="entity-handoffs-unknown-agent"
        >
          {name}'s agent id {entity.spec.agentId} is not one of the framework's
          agents, so it has no handoffs.
        </Typography>
      </InfoCard>
    );
  }
  return <Handoffs agent={agent.key} name={name} />;
};
