/**
 * Deep equality of JSON values (what the event log stores): same keys with
 * equal values, arrays in order. No dependency on node's util, so the rule
 * runs in the browser too.
 */
export function isDeepStrictEqualJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => isDeepStrictEqualJson(v, other[i]));
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  return ka.every(
    k =>
      Object.prototype.hasOwnProperty.call(b, k) &&
      isDeepStrictEqualJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}
