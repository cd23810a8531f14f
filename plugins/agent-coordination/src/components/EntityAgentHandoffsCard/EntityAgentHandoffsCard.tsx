import { useMemo } from 'react';
import { InfoCard, Link, Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import type { Handoff } from '@agent-coordination/plugin-agent-coordination-common';
import { AgentEntityCard } from '../AgentEntityCard';
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
export const EntityAgentHandoffsCard = () => (
  <AgentEntityCard
    title={TITLE}
    what="handoffs"
    unknownAgent="it has no handoffs"
    unknownAgentTestId="entity-handoffs-unknown-agent"
  >
    {(agent, name) => <Handoffs agent={agent.key} name={name} />}
  </AgentEntityCard>
);
