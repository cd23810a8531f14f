export { FrameworkOverviewPage } from './FrameworkOverviewPage';
