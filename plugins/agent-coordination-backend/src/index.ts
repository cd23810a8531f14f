/**
 * Agent Coordination backend plugin.
 *
 * @packageDocumentation
 */
export { agentCoordinationPlugin as default } from './plugin';
/** For a permission policy that needs the framework's agents and authority levels, read as the plugin reads them. */
export { loadFramework } from '@agent-coordination/plugin-agent-coordination-node';
