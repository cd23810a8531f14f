export { AgentCard } from './AgentCard';
export type { AgentCardProps } from './AgentCard';
