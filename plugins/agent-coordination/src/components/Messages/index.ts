export { MessageRoutes } from './MessageRoutes';
export { MessagesPage } from './MessagesPage';
export { MessageDetailPage, replyDraft } from './MessageDetailPage';
export {
  ComposeMessageDialog,
  sendRequestOf,
  type ComposeMessageDialogProps,
  type MessageDraft,
} from './ComposeMessageDialog';
export {
  MessagePriorityChip,
  MessageTypeChip,
  OverdueFlag,
} from './MessageChips';
export {
  MESSAGE_SIGNAL_CHANNEL,
  touchesInbox,
  useMessageSignals,
  type MessageSignal,
} from './useMessageSignals';
export { useMessageLinks, type MessageLinks } from './useMessageLinks';
export { useInbox, useInboxCounts } from './useInbox';
