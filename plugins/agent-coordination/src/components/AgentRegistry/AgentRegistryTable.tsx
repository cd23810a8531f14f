import { useMemo, useState } from 'react';
import { Link, Table, type TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import type { AgentSummary } from '@agent-coordination/plugin-agent-coordination-common';
import {
  AuthorityChip,
  authorityLevelChoices,
  compareAuthority,
} from '../AuthorityChip';

/** @public */
export interface AgentRegistryTableProps {
  agents: AgentSummary[];
  /**
   * The framework's authority levels, highest first (its authorityLevels).
   * They rank the Authority column and order its filter; without them levels
   * sort alphabetically.
   */
  authorityLevels?: string[];
  /** Where an agent's open-task count leads (the board filtered to it), by agent id; none: a plain number. */
  openTasksLink?: (agentId: string) => string | undefined;
}

interface Row {
  entityRef: string;
  name: string;
  title: string;
  agentId: string;
  tier: number;
  tierLabel: string;
  role: string;
  authority: string;
  owner: string;
  dependenciesCount: number;
  dependentsCount: number;
  openTasks: number;
}

const ALL = 'all';

function tierLabel(a: AgentSummary): string {
  return a.tierName
    ? `${a.entity.spec.tier} · ${a.tierName}`
    : `Tier ${a.entity.spec.tier}`;
}

function registryColumns(
  authorityLevels?: string[],
  openTasksLink?: (agentId: string) => string | undefined,
): TableColumn<Row>[] {
  const byAuthority = compareAuthority(authorityLevels);
  return [
    {
      title: 'Name',
      field: 'title',
      highlight: true,
      cellStyle: { whiteSpace: 'nowrap' },
      // The framework id goes under the name rather than in a column of its
      // own, so that all columns fit a laptop screen; search still finds it.
      customFilterAndSearch: (term: string, row: Row) =>
        `${row.title} ${row.name} ${row.agentId}`
          .toLowerCase()
          .includes(term.toLowerCase()),
      render: row => (
        <span data-testid={`registry-agent-${row.name}`}>
          <EntityRefLink entityRef={row.entityRef} title={row.title} />
          <Typography variant="caption" display="block" color="textSecondary">
            {row.agentId}
          </Typography>
        </span>
      ),
    },
    {
      title: 'Tier',
      field: 'tierLabel',
      customSort: (a, b) => a.tier - b.tier,
      cellStyle: { minWidth: 130 },
    },
    { title: 'Role', field: 'role', cellStyle: { minWidth: 130 } },
    {
      title: 'Authority',
      field: 'authority',
      customSort: (a, b) => byAuthority(a.authority, b.authority),
      render: row => (
        <AuthorityChip authority={row.authority} levels={authorityLevels} />
      ),
    },
    {
      title: 'Owner',
      field: 'owner',
      cellStyle: { minWidth: 130 },
      render: row => (
        <EntityRefLink entityRef={row.owner} defaultKind="group" />
      ),
    },
    // Counts are narrow: short headers, the full meaning in a tooltip.
    {
      title: 'Deps',
      tooltip: 'Agents this one depends on',
      field: 'dependenciesCount',
      type: 'numeric',
      width: '70px',
    },
    {
      title: 'Dependents',
      tooltip: 'Agents that depend on this one',
      field: 'dependentsCount',
      type: 'numeric',
      width: '90px',
    },
    {
      title: 'Open tasks',
      tooltip: 'Tasks assigned to this agent and not finished',
      field: 'openTasks',
      type: 'numeric',
      width: '90px',
      render: row => {
        const to = openTasksLink?.(row.agentId);
        return to ? (
          <Link
            to={to}
            aria-label={`${row.openTasks} open tasks of ${row.title} on the board`}
          >
            {row.openTasks}
          </Link>
        ) : (
          row.openTasks
        );
      },
    },
  ];
}

/**
 * Every agent in one searchable table, narrowed by tier and authority.
 * @public
 */
export const AgentRegistryTable = ({
  agents,
  authorityLevels,
  openTasksLink,
}: AgentRegistryTableProps) => {
  const [tier, setTier] = useState<string>(ALL);
  const [authority, setAuthority] = useState<string>(ALL);

  const tiers = useMemo(() => {
    const byLevel = new Map<number, string>();
    for (const a of agents) byLevel.set(a.entity.spec.tier, tierLabel(a));
    return [...byLevel].sort(([x], [y]) => x - y);
  }, [agents]);
  const authorities = useMemo(
    () =>
      authorityLevelChoices(
        authorityLevels,
        agents.map(a => a.entity.spec.authority),
      ),
    [agents, authorityLevels],
  );
  const columns = useMemo(
    () => registryColumns(authorityLevels, openTasksLink),
    [authorityLevels, openTasksLink],
  );

  // Fresh row objects on every filter change: material-table writes its
  // bookkeeping into the rows it is given.
  const rows: Row[] = agents
    .filter(a => tier === ALL || String(a.entity.spec.tier) === tier)
    .filter(a => authority === ALL || a.entity.spec.authority === authority)
    .map(a => ({
      entityRef: a.entityRef,
      name: a.entity.metadata.name,
      title: a.entity.metadata.title ?? a.entity.metadata.name,
      agentId: a.entity.spec.agentId,
      tier: a.entity.spec.tier,
      tierLabel: tierLabel(a),
      role: a.entity.spec.role,
      authority: a.entity.spec.authority,
      owner: a.entity.spec.owner,
      dependenciesCount: a.dependenciesCount,
      dependentsCount: a.dependentsCount,
      openTasks: a.openTasks,
    }));

  return (
    <>
      <Box display="flex" mb={2} style={{ gap: 16 }}>
        <TextField
          select
          label="Tier"
          value={tier}
          onChange={e => setTier(e.target.value)}
          variant="outlined"
          size="small"
          style={{ minWidth: 240 }}
          SelectProps={{
            SelectDisplayProps: { 'aria-label': 'Filter by tier' } as any,
          }}
        >
          <MenuItem value={ALL}>All tiers</MenuItem>
          {tiers.map(([level, label]) => (
            <MenuItem key={level} value={String(level)}>
              {label}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="Authority"
          value={authority}
          onChange={e => setAuthority(e.target.value)}
          variant="outlined"
          size="small"
          style={{ minWidth: 180 }}
          SelectProps={{
            SelectDisplayProps: { 'aria-label': 'Filter by authority' } as any,
          }}
        >
          <MenuItem value={ALL}>All authorities</MenuItem>
          {authorities.map(level => (
            <MenuItem key={level} value={level}>
              {level}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <Table<Row>
        title={`Agents (${rows.length})`}
        columns={columns}
        data={rows}
        options={{
          paging: false,
          search: true,
          padding: 'dense',
          searchFieldAlignment: 'right',
        }}
        emptyContent={
          <Box p={2} textAlign="center">
            No agents match these filters.
          </Box>
        }
      />
    </>
  );
};
