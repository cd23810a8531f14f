export {
  authorityLevelsOf,
  useCoordinationFramework,
  type CoordinationFrameworkState,
} from './useCoordinationFramework';
export { useCoalescedSignals } from './useCoalescedSignals';
export { useEventLog, type EventLogState } from './useEventLog';
