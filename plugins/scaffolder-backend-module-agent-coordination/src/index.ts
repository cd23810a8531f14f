/**
 * Scaffolder actions for Agent Coordination.
 *
 * @packageDocumentation
 */
export { scaffolderModuleAgentCoordination as default } from './module';
export { createLookupOwnersAction } from './actions/lookupOwners';
