/**
 * Sorts authority levels by the framework's order, highest first. A level the
 * framework does not list (or any level, before the framework has loaded)
 * sorts after the known ones, alphabetically.
 */
export function compareAuthority(
  levels: string[] | undefined,
): (a: string, b: string) => number {
  const rank = (level: string) => {
    const i = levels?.indexOf(level) ?? -1;
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  return (a, b) => rank(a) - rank(b) || a.localeCompare(b);
}

/**
 * The levels to offer in a filter: the framework's, in its order, then any
 * other level the given agents hold.
 */
export function authorityLevelChoices(
  levels: string[] | undefined,
  held: string[],
): string[] {
  const known = levels ?? [];
  const extra = [...new Set(held)]
    .filter(level => !known.includes(level))
    .sort(compareAuthority(undefined));
  return [...known, ...extra];
}
