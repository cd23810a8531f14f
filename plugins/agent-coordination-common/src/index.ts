/**
 * The agent coordination framework as data and its pure rules. No I/O: the
 * backend reads files and databases, this package decides what is allowed.
 *
 * @packageDocumentation
 */
export * from './framework';
export * from './rules';
export * from './api';
export * from './kind';
export * from './permissions';
export * from './refusal';
export * from './tasks';
export * from './events';
export * from './ownership';
export * from './conflicts';
export * from './messages';
export * from './handoffs';
