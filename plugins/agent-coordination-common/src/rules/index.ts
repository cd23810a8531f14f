/*
 * Pure coordination rules: no I/O and no clock. Callers pass time in, so every
 * decision can be replayed and tested.
 */
export * from './duration';
export * from './graph';
export * from './lifecycle';
export * from './ownership';
export * from './dependencyKind';
