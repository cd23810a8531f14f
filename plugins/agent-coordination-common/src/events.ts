import type { ConflictEventBody } from './conflicts/conflictEvents';
import type { HandoffEventBody } from './handoffs/handoffEvents';
import type { MessageEventBody } from './messages/messageEvents';
import type { TaskEventBody } from './tasks/taskEvents';

/**
 * Every event the log can hold, as written, by noun: each noun adds its
 * union here, so the event writer and the log's readers know every type.
 * @public
 */
export type CoordinationEventBody =
  | TaskEventBody
  | ConflictEventBody
  | MessageEventBody
  | HandoffEventBody;
