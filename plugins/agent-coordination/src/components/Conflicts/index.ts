/*
 * The pieces the conflict pages and cards share: live countdown, level,
 * who decides, agent links, the actions the backend allows and their
 * dialogs, error panels, and the list and signal hooks.
 */
export { Actor, SYSTEM_PRINCIPAL } from './Actor';
export {
  AgentDirectoryProvider,
  AgentLink,
  AgentLinks,
  useAgentDirectory,
  type AgentDirectory,
} from './AgentDirectory';
export { AuthorityLabel, type AuthorityLabelProps } from './AuthorityLabel';
export {
  ConflictActionButtons,
  type ConflictAction,
  type ConflictActionButtonsProps,
} from './ConflictActionButtons';
export { ConflictActionDialog, type ConflictActionDialogProps } from './ConflictActionDialog';
export { ConflictErrorPanel } from './ConflictErrorPanel';
export { ConflictList, type ConflictListProps } from './ConflictList';
export { ConflictListCard } from './ConflictListCard';
export { Countdown, countdownState, type CountdownProps, type CountdownState } from './Countdown';
export { LevelChip } from './LevelChip';
export {
  describeChanges,
  isConflictState,
  refusalCodeOf,
  staleConflictOf,
} from './conflictErrors';
export { formatAgo, formatSpan, formatTime } from './time';
export { useConflictHref } from './useConflictHref';
export { useConflictList, type ConflictListState } from './useConflictList';
export {
  CONFLICT_SIGNAL_CHANNEL,
  useConflictSignals,
  type ConflictSignal,
} from './useConflictSignals';
export { useNow } from './useNow';
