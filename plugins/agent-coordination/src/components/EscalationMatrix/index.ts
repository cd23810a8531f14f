export { EscalationMatrixPage } from './EscalationMatrixPage';
export { MatrixTables } from './MatrixTables';
export { OpenConflictsTable, type OpenConflictsTableProps } from './OpenConflictsTable';
export { OpenConflictDialog, type OpenConflictDialogProps } from './OpenConflictDialog';
