export { EntityOwningAgentsCard } from './EntityOwningAgentsCard';
