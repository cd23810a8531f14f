/*
 * Conflicts and the escalation matrix (§4): who decides at each level, the
 * deadlines, and what each caller may do. Pure: the backend reads, writes
 * and sweeps; these decide.
 */
export * from './authorities';
export * from './deadlines';
export * from './conflictRoles';
export * from './conflictEvents';
export * from './planConflict';
export * from './changeSets';
export * from './describeConflict';
