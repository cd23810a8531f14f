/**
 * Node library for Agent Coordination: the framework service (the framework
 * file and the actor mapping, loaded once per backend), a client other
 * backend plugins and modules use, and its service reference.
 *
 * @packageDocumentation
 */
export type {
  AgentCoordinationCallOptions,
  AgentCoordinationService,
} from './AgentCoordinationService';
export { DefaultAgentCoordinationService } from './DefaultAgentCoordinationService';
export { agentCoordinationServiceRef } from './agentCoordinationServiceRef';
export { defaultFrameworkFile, loadFramework } from './loadFramework';
export { ActorDirectory } from './ActorDirectory';
export type { ActorMapping } from './ActorDirectory';
export {
  agentCoordinationFrameworkServiceRef,
  loadFrameworkService,
} from './frameworkService';
export type { AgentCoordinationFrameworkService } from './frameworkService';
export { createStartupGate } from './startupGate';
export type { StartupGate, StartupGateOptions } from './startupGate';
