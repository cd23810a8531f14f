/**
 * Node library for Agent Coordination: a client other backend plugins and
 * modules use, and its service reference.
 *
 * @packageDocumentation
 */
export type { AgentCoordinationService } from './AgentCoordinationService';
export { DefaultAgentCoordinationService } from './DefaultAgentCoordinationService';
export { agentCoordinationServiceRef } from './agentCoordinationServiceRef';
