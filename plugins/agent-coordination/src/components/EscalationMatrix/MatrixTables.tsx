import { Table, type TableColumn } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type {
  EscalationMatrix,
  Level,
} from '@agent-coordination/plugin-agent-coordination-common';
import { AuthorityLabel } from '../Conflicts/AuthorityLabel';

type Row = EscalationMatrix['rows'][number];
type TypeRow = EscalationMatrix['types'][number];

const LEVELS: Level[] = ['L1', 'L2', 'L3'];

function levelColumns<T extends Row | TypeRow>(): TableColumn<T>[] {
  return LEVELS.map(level => ({
    title: level,
    field: level,
    sorting: false,
    render: (r: T) => {
      const at = r.levels.find(l => l.level === level);
      return at ? <AuthorityLabel authority={at.authority} general /> : '—';
    },
  }));
}

const tableOptions = {
  paging: false,
  search: false,
  sorting: false,
  padding: 'dense' as const,
  draggable: false,
};

/**
 * The framework's escalation matrix (§4.2: a row per category, who decides
 * at each level, the SLA each level has) and its conflict types (§4.1: the
 * procedure a conflict without a category follows).
 */
export const MatrixTables = ({ matrix }: { matrix: EscalationMatrix }) => {
  const typeNames = new Map(matrix.types.map(t => [t.id, t.name]));
  const rowColumns: TableColumn<Row>[] = [
    {
      title: 'Category',
      field: 'name',
      render: r => (
        <div data-testid={`matrix-row-${r.id}`}>
          <Typography variant="body2" style={{ fontWeight: 500 }}>
            {r.name}
          </Typography>
          <Typography variant="caption" color="textSecondary">
            follows {typeNames.get(r.conflictType) ?? r.conflictType}
          </Typography>
        </div>
      ),
    },
    ...levelColumns<Row>(),
    {
      title: 'SLA a level',
      field: 'sla',
      render: r => <strong>{r.sla}</strong>,
    },
  ];
  const typeColumns: TableColumn<TypeRow>[] = [
    {
      title: 'Type',
      field: 'name',
      render: t => (
        <div data-testid={`matrix-type-${t.id}`}>
          <Typography variant="body2" style={{ fontWeight: 500 }}>
            {t.name}
          </Typography>
          <Typography variant="caption" color="textSecondary">
            {t.detection}
          </Typography>
        </div>
      ),
    },
    ...levelColumns<TypeRow>(),
    {
      title: 'Time a level',
      field: 'levelTime',
      render: t => <strong>{t.levelTime}</strong>,
    },
  ];

  return (
    <>
      <Table<Row>
        title="Escalation matrix"
        subtitle="Who decides at each level, and how long each level has before the next takes over"
        columns={rowColumns}
        data={matrix.rows.map(r => ({ ...r }))}
        options={tableOptions}
      />
      <Box mt={3}>
        <Table<TypeRow>
          title="Conflict types"
          subtitle="The procedure of a conflict without a matrix category"
          columns={typeColumns}
          data={matrix.types.map(t => ({ ...t }))}
          options={tableOptions}
        />
      </Box>
    </>
  );
};
