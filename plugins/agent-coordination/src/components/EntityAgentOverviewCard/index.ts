export { EntityAgentOverviewCard } from './EntityAgentOverviewCard';
