import type { Decision } from '@agent-coordination/plugin-agent-coordination-common';
import { refused } from '../platform/changes/errors';

/** The value of an allowing input check; its refusal (a 400 naming the fields) is thrown. */
export function checked<T>(decision: Decision<T>): T {
  if (!decision.ok) throw refused(decision.refusal);
  return decision.value;
}
