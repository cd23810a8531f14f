export { humanizeAgentKey } from './humanizeAgentKey';
