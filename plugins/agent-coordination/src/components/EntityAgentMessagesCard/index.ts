export { EntityAgentMessagesCard } from './EntityAgentMessagesCard';
