export {
  EntityAgentTasksCard,
  type EntityAgentTasksCardProps,
} from './EntityAgentTasksCard';
