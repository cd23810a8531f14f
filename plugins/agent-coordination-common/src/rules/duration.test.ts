import fc from 'fast-check';
import { formatDuration, parseDuration } from './duration';

describe('parseDuration', () => {
  it.each([
    ['15m', 900_000],
    ['4h', 14_400_000],
    ['24h', 86_400_000],
    ['1d', 86_400_000],
    ['2w', 1_209_600_000],
    ['1.5h', 5_400_000],
    [' 8h ', 28_800_000],
    ['immediate', 0],
    ['Immediate', 0],
    ['0', 0],
    ['0m', 0],
  ])('parses %p as %p ms', (text, expected) => {
    expect(parseDuration(text)).toBe(expected);
  });

  it.each(['', '4', '4x', 'h', '-1h', '4 hours', '1e3m', 'soon', '4h30m'])(
    'rejects %p with the documented message',
    text => {
      expect(() => parseDuration(text)).toThrow(
        new Error(
          `invalid duration '${text}': expected a number followed by s, m, h, d or w, or 'immediate'`,
        ),
      );
    },
  );
});

describe('formatDuration', () => {
  it.each([
    [0, 'immediate'],
    [14_400_000, '4h'],
    [86_400_000, '1d'],
    [1_209_600_000, '2w'],
    [5_400_000, '90m'],
    [90_000, '90s'],
    [1500, '1500ms'],
    [8 * 86_400_000, '8d'],
  ])('formats %p as %p', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });

  it('rejects negative and non-finite values', () => {
    expect(() => formatDuration(-1)).toThrow(RangeError);
    expect(() => formatDuration(Number.NaN)).toThrow(RangeError);
    expect(() => formatDuration(Infinity)).toThrow(RangeError);
  });

  it('round-trips every whole number of minutes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), minutes => {
        const ms = minutes * 60_000;
        expect(parseDuration(formatDuration(ms))).toBe(ms);
      }),
    );
  });

  it('round-trips every unit/count pair back to the same milliseconds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.constantFrom('m', 'h', 'd', 'w'),
        (n, unit) => {
          const ms = parseDuration(`${n}${unit}`);
          expect(parseDuration(formatDuration(ms))).toBe(ms);
        },
      ),
    );
  });
});
