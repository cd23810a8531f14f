import {
  describeMessage,
  type CoordinationFramework,
  type Message,
  type SendMessageRequest,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { Actor } from '../platform/actors';
import type { ChangeRunner } from '../platform/changes/ChangeRunner';
import { StaleVersionError } from '../platform/changes/errors';
import type { IdempotencyRequest } from '../platform/changes/IdempotentRequests';
import type { Outcome } from '../platform/changes/Outcome';
import type { EventWriter } from '../platform/changes/EventWriter';
import type { MessageCommandContext } from './commands/context';
import { markMessageRead } from './commands/markMessageRead';
import { sendMessage } from './commands/sendMessage';
import { loadMessage } from './store/messages';

/** Every change to messages, for the routes and the actions alike, through the change runner. */
export class MessageChanges {
  constructor(
    private readonly runner: ChangeRunner,
    private readonly framework: CoordinationFramework,
  ) {
    // A message changes under a caller only when a concurrent answer or
    // overdue flag keeps beating its own answer to a REQUEST (the runner
    // retries that first): the answer is the message as it is now.
    runner.answerStaleWrites('message', async id => {
      const current = await loadMessage(runner.db, id);
      return new StaleVersionError(
        `Message ${id} kept changing concurrently; nothing was written, send the request again`,
        'message',
        current ? describeMessage(current, null, runner.now()) : null,
      );
    });
  }

  now(): Date {
    return this.runner.now();
  }

  /** POST /messages: 201 with the message sent. */
  send(
    actor: Actor,
    input: SendMessageRequest,
    idempotency?: IdempotencyRequest,
  ): Promise<Outcome<Message>> {
    return this.runner.run({
      actor,
      status: 201,
      idempotency,
      work: async writer =>
        describeMessage(
          await sendMessage(this.context(actor, writer), input),
          null,
          writer.now,
        ),
    });
  }

  /** POST /messages/{id}/read: the message with the caller's agent's read time. */
  markRead(actor: Actor, id: string): Promise<Outcome<Message>> {
    return this.runner.run({
      actor,
      status: 200,
      work: writer => markMessageRead(this.context(actor, writer), id),
    });
  }

  private context(actor: Actor, writer: EventWriter): MessageCommandContext {
    return { framework: this.framework, writer, actor };
  }
}
