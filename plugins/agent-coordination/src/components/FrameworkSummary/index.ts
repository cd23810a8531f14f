export { FrameworkSummary } from './FrameworkSummary';
export type { FrameworkSummaryProps } from './FrameworkSummary';
