import { Link, Table, type TableColumn } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import type { Conflict } from '@agent-coordination/plugin-agent-coordination-common';
import { AgentLinks } from '../Conflicts/AgentDirectory';
import { AuthorityLabel } from '../Conflicts/AuthorityLabel';
import {
  ConflictActionButtons,
  type ConflictAction,
} from '../Conflicts/ConflictActionButtons';
import { Countdown } from '../Conflicts/Countdown';
import { LevelChip } from '../Conflicts/LevelChip';

/** @public */
export interface OpenConflictsTableProps {
  conflicts: Conflict[];
  conflictHref?: (id: string) => string;
  onAction(action: ConflictAction, conflict: Conflict): void;
}

export function ConflictTitle({
  conflict,
  conflictHref,
}: {
  conflict: Conflict;
  conflictHref?: (id: string) => string;
}) {
  const kind = [conflict.typeName, conflict.categoryName].filter(Boolean).join(' · ');
  return (
    <div data-testid={`conflict-${conflict.id}`}>
      <Typography variant="body2" style={{ fontWeight: 500 }}>
        {conflictHref ? (
          <Link to={conflictHref(conflict.id)}>{conflict.title}</Link>
        ) : (
          conflict.title
        )}
      </Typography>
      <Typography variant="caption" color="textSecondary" component="div">
        {kind}
        {conflict.blocks.length > 0 &&
          ` · blocks ${conflict.blocks.length} ${conflict.blocks.length === 1 ? 'task' : 'tasks'}`}
      </Typography>
    </div>
  );
}

/**
 * The open conflicts in the order the backend serves them (breached first,
 * then the nearest deadline): the table never re-sorts, so the order on the
 * page is the order of urgency the backend decided.
 */
export const OpenConflictsTable = ({
  conflicts,
  conflictHref,
  onAction,
}: OpenConflictsTableProps) => {
  const columns: TableColumn<Conflict>[] = [
    {
      title: 'Conflict',
      field: 'title',
      render: c => <ConflictTitle conflict={c} conflictHref={conflictHref} />,
    },
    { title: 'Level', field: 'level', render: c => <LevelChip level={c.level} /> },
    {
      title: 'Who decides now',
      field: 'authority',
      render: c => <AuthorityLabel authority={c.authority} />,
    },
    {
      title: 'Parties',
      field: 'parties',
      render: c => (
        <Typography variant="body2" component="div">
          <AgentLinks agents={c.parties} />
        </Typography>
      ),
    },
    {
      title: 'Deadline',
      field: 'deadlineAt',
      render: c => <Countdown conflict={c} />,
    },
    {
      title: 'Actions',
      field: 'id',
      render: c => <ConflictActionButtons conflict={c} onAction={onAction} dense />,
    },
  ];
  return (
    <Table<Conflict>
      title={`Open conflicts (${conflicts.length})`}
      columns={columns}
      data={conflicts.map(c => ({ ...c }))}
      options={{
        paging: false,
        search: false,
        sorting: false,
        padding: 'dense',
        draggable: false,
      }}
    />
  );
};
