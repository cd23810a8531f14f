import { Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import Typography from '@material-ui/core/Typography';
import type { Conflict } from '@agent-coordination/plugin-agent-coordination-common';
import { AgentLinks } from './AgentDirectory';
import { Countdown } from './Countdown';
import { LevelChip } from './LevelChip';
import { useConflictHref } from './useConflictHref';

/** @public */
export interface ConflictListProps {
  conflicts: Conflict[];
  /** Parties to leave out of the "with" line: the agent whose page this is. */
  except?: string;
}

/**
 * Conflicts as a compact list for entity cards, in the order served: title
 * (linked to its page), level, who decides, the other parties, the deadline.
 */
export const ConflictList = ({ conflicts, except }: ConflictListProps) => {
  const href = useConflictHref();
  return (
    <List dense disablePadding data-testid="conflict-list">
      {conflicts.map(c => {
        const others = c.parties.filter(p => p !== except);
        return (
          <ListItem
            key={c.id}
            divider
            disableGutters
            data-testid={`conflict-item-${c.id}`}
            style={{ alignItems: 'flex-start', gap: 12 }}
          >
            <Box pt={0.25}>
              <LevelChip level={c.level} />
            </Box>
            <Box flex={1} minWidth={0}>
              <Typography variant="body2" style={{ fontWeight: 500 }}>
                {href ? <Link to={href(c.id)}>{c.title}</Link> : c.title}
              </Typography>
              <Typography variant="caption" color="textSecondary" component="div">
                {[c.typeName, c.categoryName].filter(Boolean).join(' · ')}
                {c.status === 'open'
                  ? ` · ${c.authority.name} decides`
                  : ` · decided: “${c.resolution?.decision ?? ''}”`}
              </Typography>
              {others.length > 0 && (
                <Typography variant="caption" component="div">
                  {except ? 'With ' : 'Between '}
                  <AgentLinks agents={others} />
                </Typography>
              )}
            </Box>
            <Box textAlign="right" flexShrink={0}>
              <Countdown conflict={c} dense />
            </Box>
          </ListItem>
        );
      })}
    </List>
  );
};
