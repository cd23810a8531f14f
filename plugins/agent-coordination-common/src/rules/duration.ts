/*
 * Durations in the framework are written for people ('4h', '1d',
 * 'immediate'); deadlines are computed in milliseconds. Keeping the grammar
 * this narrow means a typo such as '4hrs' fails loudly at load time instead of
 * silently turning an SLA into zero.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

const UNIT_MS: Record<string, number> = { s: SECOND, m: MINUTE, h: HOUR, d: DAY, w: WEEK };

// Largest first, so formatDuration picks the largest unit that divides exactly.
const UNITS_DESC: Array<[string, number]> = [
  ['w', WEEK],
  ['d', DAY],
  ['h', HOUR],
  ['m', MINUTE],
];

const DURATION_RE = /^(\d+(?:\.\d+)?)\s*([smhdw])$/;

/**
 * Parses a framework duration such as '15m', '4h', '1d' or '2w' (or '30s',
 * for short SLAs in tests and demonstrations) into
 * milliseconds. 'immediate' (any case) and '0' mean zero. Surrounding
 * whitespace is ignored; decimals such as '1.5h' are accepted.
 *
 * @throws Error when the text is not a duration.
 * @public
 */
export function parseDuration(text: string): number {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  if (trimmed.toLowerCase() === 'immediate' || trimmed === '0') {
    return 0;
  }
  const match = DURATION_RE.exec(trimmed);
  if (!match) {
    throw new Error(
      `invalid duration '${text}': expected a number followed by s, m, h, d or w, or 'immediate'`,
    );
  }
  // Rounded so that '0.1m'-style inputs cannot leak float noise into Date math.
  return Math.round(Number(match[1]) * UNIT_MS[match[2]]);
}

/**
 * Formats milliseconds with the largest unit that represents the value
 * exactly: 14400000 becomes '4h', 5400000 becomes '90m', 0 becomes
 * 'immediate'. For whole minutes, `parseDuration(formatDuration(ms)) === ms`.
 * Values that are not whole minutes are shown in seconds or milliseconds
 * ('90s', '1500ms'); those are for display only and do not parse back.
 *
 * @throws RangeError for negative or non-finite values.
 * @public
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) {
    throw new RangeError(
      `invalid duration ${ms}: expected a finite number of milliseconds >= 0`,
    );
  }
  if (ms === 0) {
    return 'immediate';
  }
  for (const [unit, size] of UNITS_DESC) {
    if (ms % size === 0) {
      return `${ms / size}${unit}`;
    }
  }
  if (ms % 1000 === 0) {
    return `${ms / 1000}s`;
  }
  return `${ms}ms`;
}
