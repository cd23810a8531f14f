/**
 * Node library for Agent Coordination: a client other backend plugins and
 * modules use, its service reference, and the loader of the framework file
 * that the backend plugin and the catalog module share.
 *
 * @packageDocumentation
 */
export type { AgentCoordinationService } from './AgentCoordinationService';
export { DefaultAgentCoordinationService } from './DefaultAgentCoordinationService';
export { agentCoordinationServiceRef } from './agentCoordinationServiceRef';
export { defaultFrameworkFile, loadFramework } from './loadFramework';
