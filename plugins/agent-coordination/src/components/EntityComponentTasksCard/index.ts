export {
  EntityComponentTasksCard,
  type EntityComponentTasksCardProps,
} from './EntityComponentTasksCard';
