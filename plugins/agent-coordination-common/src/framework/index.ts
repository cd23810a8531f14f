export { parseFramework } from './parseFramework';
export { FrameworkValidationError } from './FrameworkValidationError';
export { frameworkFileSchema, durationSchema } from './schema';
export type { FrameworkFile, FrameworkFileAgent } from './schema';
export type {
  AgentCommunication,
  AgentDependency,
  CoordinationAgent,
  CoordinationFramework,
  FrameworkIssue,
} from './types';
export { analyzeFramework, diagramDependencies } from './analyzeFramework';
export type { DependencyPair, FrameworkAnalysis } from './analyzeFramework';
