export {
  createAgentCatalogColumns,
  type AgentCatalogRow,
} from './createAgentCatalogColumns';
