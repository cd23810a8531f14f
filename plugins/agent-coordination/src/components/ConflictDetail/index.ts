export {
  ConflictDetailPage,
  type ConflictDetailPageProps,
} from './ConflictDetailPage';
export { ConflictTimeline } from './ConflictTimeline';
