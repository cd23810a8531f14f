export { EntityAgentCoordinationContent } from './EntityAgentCoordinationContent';
