/*
 * Typed messages between agents (framework §3.2, §9.2): who may send and
 * read what, the checks the OpenAPI document cannot make (the framework's
 * priorities, types, agents), answering and the response SLA. Pure: the
 * backend reads, writes and sweeps; these decide.
 */
export * from './messageEvents';
export * from './messageRules';
export * from './planMessage';
