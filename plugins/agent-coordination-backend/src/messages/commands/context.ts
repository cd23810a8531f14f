import {
  MESSAGE_SUBJECT,
  type CoordinationFramework,
  type MessageSnapshot,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { Knex } from 'knex';
import type { Actor } from '../../platform/actors';
import { RefusalError, type SubjectRef } from '../../platform/changes/errors';
import type { EventWriter } from '../../platform/changes/EventWriter';
import { loadMessage } from '../store/messages';

/** What every message command gets: the framework, the caller and the open transaction. */
export interface MessageCommandContext {
  framework: CoordinationFramework;
  writer: EventWriter;
  actor: Actor;
}

export function messageSubject(id: string): SubjectRef {
  return { type: MESSAGE_SUBJECT, id };
}

export async function requireMessage(
  db: Knex,
  id: string,
): Promise<MessageSnapshot> {
  const message = await loadMessage(db, id);
  if (!message) {
    throw new RefusalError({
      code: 'not_found',
      rule: 'no_such_message',
      message: `No message with id '${id}'`,
    });
  }
  return message;
}
