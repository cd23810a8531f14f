export { CoordinationPage } from './CoordinationPage';
