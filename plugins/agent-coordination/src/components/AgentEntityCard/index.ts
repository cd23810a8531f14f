export { AgentEntityCard, type AgentEntityCardProps } from './AgentEntityCard';
