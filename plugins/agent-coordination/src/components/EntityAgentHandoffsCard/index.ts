export { EntityAgentHandoffsCard } from './EntityAgentHandoffsCard';
