export { EntityAgentConflictsCard } from './EntityAgentConflictsCard';
