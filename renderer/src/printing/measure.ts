import type { Measure } from './layout';

/** The print font's family (print.css): its own name, so an installed Noto Sans never stands in. */
export const PRINT_FONT = "'Preseance Print', sans-serif";

let context: CanvasRenderingContext2D | null = null;
const cache = new Map<string, number>();

/**
 * Text widths in the print font, at size 1, measured by the browser itself (a canvas set in the
 * same font the pages use), so a name's fitted size is exact. Call loadPrintFont first.
 */
export const measureText: Measure = (text, weight) => {
  const key = `${weight}\u0000${text}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * 0.6;
  context.font = `${weight} 100px ${PRINT_FONT}`;
  const width = context.measureText(text).width / 100;
  cache.set(key, width);
  return width;
};

/**
 * Loads the print font's faces that `texts` need (each subset is a file fetched on first use),
 * in both weights, so measuring and printing never see a fallback font.
 */
export async function loadPrintFont(texts: Iterable<string>): Promise<void> {
  const chars = new Set<string>('0123456789');
  for (const text of texts) for (const ch of text) chars.add(ch);
  const sample = [...chars].join('');
  await Promise.all([400, 700].map((w) => document.fonts.load(`${w} 16px ${PRINT_FONT}`, sample)));
  cache.clear(); // widths measured before the font was there were a fallback's
}
