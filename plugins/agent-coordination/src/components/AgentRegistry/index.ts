export { AgentRegistry } from './AgentRegistry';
export { AgentRegistryTable } from './AgentRegistryTable';
export type { AgentRegistryTableProps } from './AgentRegistryTable';
