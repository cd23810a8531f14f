export { EntityComponentConflictsCard } from './EntityComponentConflictsCard';
