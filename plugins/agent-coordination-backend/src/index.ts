/**
 * Agent Coordination backend plugin.
 *
 * @packageDocumentation
 */
export { agentCoordinationPlugin as default } from './plugin';
