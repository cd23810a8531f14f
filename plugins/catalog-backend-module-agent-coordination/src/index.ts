/**
 * Catalog backend module for the Agent kind of the agent coordination
 * framework.
 *
 * @packageDocumentation
 */
export { catalogModuleAgentCoordination as default } from './module';
export { AgentEntityProcessor } from './processor/AgentEntityProcessor';
export { ComponentPathOwnerProcessor } from './processor/ComponentPathOwnerProcessor';
export { AgentDirectory } from './processor/AgentDirectory';
export type { AgentDirectoryOptions } from './processor/AgentDirectory';
