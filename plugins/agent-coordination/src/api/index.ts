export { agentCoordinationApiRef } from './AgentCoordinationApi';
export type { AgentCoordinationApi } from './AgentCoordinationApi';
export { AgentCoordinationClient } from './AgentCoordinationClient';
