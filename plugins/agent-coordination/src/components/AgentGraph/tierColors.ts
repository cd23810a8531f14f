/*
 * One colour per tier, dark enough for white text in both themes. Tiers past
 * the fifth reuse the palette: frameworks rarely have more, and the tier
 * number is printed on every node anyway.
 */
const PALETTE = ['#1565c0', '#00796b', '#6a1b9a', '#c62828', '#455a64'];

export function tierColor(tier: number): string {
  return PALETTE[(Math.max(1, tier) - 1) % PALETTE.length];
}
