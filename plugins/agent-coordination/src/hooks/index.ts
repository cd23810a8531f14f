export {
  authorityLevelsOf,
  useCoordinationFramework,
  type CoordinationFrameworkState,
} from './useCoordinationFramework';
