/**
 * Points and axis-aligned rectangles on a plan (metres on a hall, millimetres on a page): the one
 * Point and Rect type of the project, and the few operations every view needs on them.
 */

export type Point = { x: number; y: number };
/** An axis-aligned rectangle: top-left corner and size (a marquee may carry a negative size). */
export type Rect = { x: number; y: number; width: number; height: number };

// Millimetres on a plan: a union of rectangles is as exact as the plan is, and 2.9999999996 m does not show as such.
const round = (v: number) => Math.round(v * 1000) / 1000 + 0;

/** The smallest rectangle holding all the given rectangles (to the millimetre); null for none. */
export function unionRects(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const r of rects) {
    x0 = Math.min(x0, r.x, r.x + r.width);
    y0 = Math.min(y0, r.y, r.y + r.height);
    x1 = Math.max(x1, r.x, r.x + r.width);
    y1 = Math.max(y1, r.y, r.y + r.height);
  }
  return { x: round(x0), y: round(y0), width: round(x1 - x0), height: round(y1 - y0) };
}

export const rectCentre = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** A rectangle with a positive size from any two corners (a marquee dragged in any direction). */
export function normalizeRect(r: Rect): Rect {
  return {
    x: Math.min(r.x, r.x + r.width),
    y: Math.min(r.y, r.y + r.height),
    width: Math.abs(r.width),
    height: Math.abs(r.height),
  };
}

/** The rectangle spanned by two corners in any order. */
export function rectFromCorners(a: Point, b: Point): Rect {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
}

/**
 * Whether two rectangles overlap or touch (either may have a negative size). It runs for every
 * element of a hall at every frame (culling), so it allocates nothing.
 */
export function rectsIntersect(a: Rect, b: Rect): boolean {
  const ax = Math.min(a.x, a.x + a.width), ay = Math.min(a.y, a.y + a.height);
  const bx = Math.min(b.x, b.x + b.width), by = Math.min(b.y, b.y + b.height);
  return ax <= bx + Math.abs(b.width) && bx <= ax + Math.abs(a.width) && ay <= by + Math.abs(b.height) && by <= ay + Math.abs(a.height);
}

/** Whether `inner` lies wholly inside `outer` (edges included). */
export function rectContains(outer: Rect, inner: Rect): boolean {
  const o = normalizeRect(outer);
  const i = normalizeRect(inner);
  return i.x >= o.x && i.y >= o.y && i.x + i.width <= o.x + o.width && i.y + i.height <= o.y + o.height;
}
