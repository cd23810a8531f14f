export { FrameworkOverview } from './FrameworkOverview';
export type { FrameworkOverviewProps } from './FrameworkOverview';
