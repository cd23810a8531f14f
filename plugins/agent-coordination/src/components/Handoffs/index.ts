export { HandoffRoutes } from './HandoffRoutes';
export { HandoffsPage } from './HandoffsPage';
export {
  HandoffDetailPage,
  type HandoffDetailPageProps,
} from './HandoffDetailPage';
export {
  HandoffFormDialog,
  type HandoffFormDialogProps,
} from './HandoffFormDialog';
export {
  HandoffActionDialog,
  type HandoffActionDialogProps,
  type HandoffStepAction,
} from './HandoffActionDialog';
export {
  AcknowledgmentDue,
  HandoffStatusChip,
  handoffStatusLabel,
  stageLabel,
} from './HandoffChips';
export { HandoffChecklist, AutomatedChecks } from './HandoffChecklist';
export { useHandoffLinks, type HandoffLinks } from './useHandoffLinks';
export { useHandoffList, type HandoffListState } from './useHandoffList';
export {
  HANDOFF_SIGNAL_CHANNEL,
  touchesAgent,
  useHandoffSignals,
  type HandoffSignal,
} from './useHandoffSignals';
export { whoseTurn, type HandoffView } from './handoffViews';
