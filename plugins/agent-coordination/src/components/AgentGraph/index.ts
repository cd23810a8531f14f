export { AgentGraphView } from './AgentGraphView';
export { AgentDependencyGraph } from './AgentDependencyGraph';
export type {
  AgentDependencyGraphProps,
  NonBlockingView,
} from './AgentDependencyGraph';
