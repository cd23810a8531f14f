/*
 * The framework loader lives in -node, so that the catalog module validates
 * Agent entities against the same file the plugin serves. Re-exported here
 * for the plugin, its tests and the plugin's public loadFramework export.
 */
export {
  defaultFrameworkFile,
  loadFramework,
} from '@agent-coordination/plugin-agent-coordination-node';
