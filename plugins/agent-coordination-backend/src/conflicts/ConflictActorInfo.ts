import type { ConflictActor } from '@agent-coordination/plugin-agent-coordination-common';
import type { Actor } from '../platform/actors';

/** The caller of a conflict change: the framework actor, and the catalog groups of a signed-in user. */
export type ConflictActorInfo = ConflictActor & Actor;
