export { EventTimeline, type DescribedEvent } from './EventTimeline';
