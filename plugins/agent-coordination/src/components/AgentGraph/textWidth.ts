let context: CanvasRenderingContext2D | null | undefined;

function canvasContext(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    // jsdom (the unit tests) has canvas elements but no 2D context, and logs
    // an error when asked for one.
    const jsdom =
      typeof navigator !== 'undefined' && /jsdom/i.test(navigator.userAgent);
    context =
      jsdom || typeof document === 'undefined'
        ? null
        : document.createElement('canvas').getContext('2d');
  }
  return context;
}

/**
 * The width of a line of text in pixels, measured with the font it is drawn
 * in. Graph nodes size themselves by it so names fit whole; measuring the
 * rendered SVG instead would take a second layout pass per node. Without a
 * canvas it errs wide: 0.62em a character is more than any common sans-serif
 * face's average.
 */
export function textWidth(
  text: string,
  font: { size: number; weight: number | string; family: string },
): number {
  const ctx = canvasContext();
  if (ctx) {
    ctx.font = `${font.weight} ${font.size}px ${font.family}`;
    return Math.ceil(ctx.measureText(text).width);
  }
  return Math.ceil(text.length * font.size * 0.62);
}
