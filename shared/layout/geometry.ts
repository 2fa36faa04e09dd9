import { byId, byKey, thenBy, type Comparator } from '../compare';
import type { Hall, LayoutElement, Seat } from '../model/entities';
import { normalizeRect, rectContains, rectsIntersect, type Point, type Rect } from '../rect';
import { isSeatedKind, parseElementProps } from './props';
import { DEFAULT_STEM_WIDTH_M, DEFAULT_TABLE_BAND_M } from './seat-frame';
import { seatSpecs } from './seats';

/**
 * Plan geometry for the canvas, hit testing and the commands. All in metres; hall coordinates
 * from the hall's top-left corner, x right, y down; an element's own frame is centred on it,
 * before its clockwise `rotation` (see seats.ts).
 */

/** The hall's floor as a rectangle: what a view of the whole hall fits. */
export const hallRect = (hall: Pick<Hall, 'widthM' | 'depthM'>): Rect => ({ x: 0, y: 0, width: hall.widthM, height: hall.depthM });

/**
 * What to draw for an element's body, in its own frame (metres from its centre, before rotation):
 * an ellipse, or a closed polygon (flat x, y list, clockwise on the plan) with optional holes (the
 * inside of a hollow square), to be filled even-odd.
 */
export type Outline =
  | { shape: 'ellipse'; rx: number; ry: number }
  | { shape: 'polygon'; points: number[]; holes?: number[][] };

/** The radius of a drawn seat (a chair seen from above), for bounds and hit testing. */
export const SEAT_RADIUS_M = 0.25;

const round = (v: number) => Math.round(v * 1000) / 1000 + 0;
const rect = (w: number, d: number) => [-w, -d, w, -d, w, d, -w, d];

function propsOr<T>(element: LayoutElement, read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback; // invalid props: draw the plain body; validation reports the problem
  }
}

export function elementOutline(element: LayoutElement): Outline {
  const w = element.width / 2;
  const d = element.depth / 2;
  switch (element.kind) {
    case 'round-table':
      return { shape: 'ellipse', rx: w, ry: w };
    case 'oval-table':
      return { shape: 'ellipse', rx: w, ry: d };
    case 'pillar':
      return element.props.round === true ? { shape: 'ellipse', rx: w, ry: d } : { shape: 'polygon', points: rect(w, d) };
    case 'u-table': {
      const band = propsOr(element, () => parseElementProps('u-table', element.props).tableDepthM ?? DEFAULT_TABLE_BAND_M, DEFAULT_TABLE_BAND_M);
      const b = Math.min(band, w, 2 * d);
      // ∪ open at the front (-y).
      return { shape: 'polygon', points: [-w, -d, -w + b, -d, -w + b, d - b, w - b, d - b, w - b, -d, w, -d, w, d, -w, d] };
    }
    case 'hollow-square': {
      const band = propsOr(element, () => parseElementProps('hollow-square', element.props).tableDepthM ?? DEFAULT_TABLE_BAND_M, DEFAULT_TABLE_BAND_M);
      if (2 * band >= Math.min(element.width, element.depth)) return { shape: 'polygon', points: rect(w, d) };
      const iw = w - band;
      const id = d - band;
      return { shape: 'polygon', points: rect(w, d), holes: [[-iw, -id, -iw, id, iw, id, iw, -id]] };
    }
    case 't-table': {
      const p = propsOr(element, () => parseElementProps('t-table', element.props), null);
      const band = Math.min(p?.tableDepthM ?? DEFAULT_TABLE_BAND_M, 2 * d);
      const s = Math.min((p?.stemWidthM ?? DEFAULT_STEM_WIDTH_M) / 2, w);
      // ⊥: the head bar along the back (+y), the stem towards the front.
      return { shape: 'polygon', points: [-s, -d, s, -d, s, d - band, w, d - band, w, d, -w, d, -w, d - band, -s, d - band] };
    }
    default:
      return { shape: 'polygon', points: rect(w, d) };
  }
}

/** SVG path data of an outline (ellipse as two arcs; holes as sub-paths), for Konva.Path or print. */
export function outlinePath(outline: Outline): string {
  if (outline.shape === 'ellipse') {
    const { rx, ry } = outline;
    return `M ${-rx} 0 A ${rx} ${ry} 0 1 0 ${rx} 0 A ${rx} ${ry} 0 1 0 ${-rx} 0 Z`;
  }
  const ring = (pts: number[]) => {
    let s = '';
    for (let i = 0; i < pts.length; i += 2) s += `${i === 0 ? 'M' : 'L'} ${pts[i]} ${pts[i + 1]} `;
    return `${s}Z`;
  };
  return [outline.points, ...(outline.holes ?? [])].map(ring).join(' ');
}

/** An element-frame point in hall coordinates (unrounded). */
function toHallExact(e: Pick<LayoutElement, 'x' | 'y' | 'rotation'>, x: number, y: number): Point {
  const t = (e.rotation * Math.PI) / 180;
  const c = Math.cos(t);
  const s = Math.sin(t);
  return { x: e.x + x * c - y * s, y: e.y + x * s + y * c };
}

/** A hall point in the element's own frame. */
export function toLocal(e: Pick<LayoutElement, 'x' | 'y' | 'rotation'>, p: Point): Point {
  const t = (-e.rotation * Math.PI) / 180;
  const c = Math.cos(t);
  const s = Math.sin(t);
  const dx = p.x - e.x;
  const dy = p.y - e.y;
  return { x: dx * c - dy * s, y: dx * s + dy * c };
}

/** A point turned clockwise by `degrees` about `centre`. */
export function rotatePoint(p: Point, centre: Point, degrees: number): Point {
  const t = (degrees * Math.PI) / 180;
  const c = Math.cos(t);
  const s = Math.sin(t);
  const dx = p.x - centre.x;
  const dy = p.y - centre.y;
  return { x: centre.x + dx * c - dy * s, y: centre.y + dx * s + dy * c };
}

type Box = { minX: number; minY: number; maxX: number; maxY: number };
const emptyBox = (): Box => ({ minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity });
const grow = (b: Box, x: number, y: number, r = 0) => {
  b.minX = Math.min(b.minX, x - r);
  b.minY = Math.min(b.minY, y - r);
  b.maxX = Math.max(b.maxX, x + r);
  b.maxY = Math.max(b.maxY, y + r);
};
const boxRect = (b: Box): Rect => ({ x: round(b.minX), y: round(b.minY), width: round(b.maxX - b.minX), height: round(b.maxY - b.minY) });

function growBody(box: Box, element: LayoutElement) {
  const outline = elementOutline(element);
  if (outline.shape === 'ellipse') {
    // Exact bounds of a turned ellipse.
    const t = (element.rotation * Math.PI) / 180;
    const hx = Math.hypot(outline.rx * Math.cos(t), outline.ry * Math.sin(t));
    const hy = Math.hypot(outline.rx * Math.sin(t), outline.ry * Math.cos(t));
    grow(box, element.x - hx, element.y - hy);
    grow(box, element.x + hx, element.y + hy);
    return;
  }
  for (let i = 0; i < outline.points.length; i += 2) {
    const p = toHallExact(element, outline.points[i]!, outline.points[i + 1]!);
    grow(box, p.x, p.y);
  }
}

/** Axis-aligned bounds of the element's body only (without its seats), in hall metres. */
export function elementBodyBounds(element: LayoutElement): Rect {
  const box = emptyBox();
  growBody(box, element);
  return boxRect(box);
}

/**
 * Axis-aligned bounds of the turned element in hall metres, including its seats (each a circle of
 * SEAT_RADIUS_M). Elements with invalid props give the bounds of their body.
 */
export function elementBounds(element: LayoutElement): Rect {
  const box = emptyBox();
  growBody(box, element);
  if (isSeatedKind(element.kind)) {
    const specs = propsOr(element, () => seatSpecs(element), []);
    for (const s of specs) {
      const p = toHallExact(element, s.x, s.y);
      grow(box, p.x, p.y, SEAT_RADIUS_M);
    }
  }
  return boxRect(box);
}

function inPolygon(pts: readonly number[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = pts.length - 2; i < pts.length; j = i, i += 2) {
    const xi = pts[i]!, yi = pts[i + 1]!, xj = pts[j]!, yj = pts[j + 1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToSegments(pts: readonly number[], x: number, y: number): number {
  let best = Infinity;
  for (let i = 0, j = pts.length - 2; i < pts.length; j = i, i += 2) {
    const ax = pts[j]!, ay = pts[j + 1]!, bx = pts[i]!, by = pts[i + 1]!;
    const dx = bx - ax, dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
    best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
  }
  return best;
}

/** Whether a hall point is on the element's body (respecting rotation and shape), within `tolerance` metres. */
export function pointOnElement(element: LayoutElement, point: Point, tolerance = 0): boolean {
  const p = toLocal(element, point);
  const outline = elementOutline(element);
  if (outline.shape === 'ellipse') {
    const { rx, ry } = outline;
    const ex = rx + tolerance;
    const ey = ry + tolerance;
    return (p.x * p.x) / (ex * ex) + (p.y * p.y) / (ey * ey) <= 1;
  }
  const rings = [outline.points, ...(outline.holes ?? [])];
  let inside = false;
  for (const ring of rings) if (inPolygon(ring, p.x, p.y)) inside = !inside; // even-odd
  if (inside) return true;
  return tolerance > 0 && rings.some((ring) => distanceToSegments(ring, p.x, p.y) <= tolerance);
}

/** Whether a hall point is on one of the element's seats (circles of SEAT_RADIUS_M + tolerance). */
export function pointOnSeats(element: LayoutElement, point: Point, tolerance = 0): boolean {
  if (!isSeatedKind(element.kind)) return false;
  const p = toLocal(element, point);
  const r = SEAT_RADIUS_M + tolerance;
  return propsOr(element, () => seatSpecs(element), []).some((s) => (s.x - p.x) ** 2 + (s.y - p.y) ** 2 <= r * r);
}

/** Paint order: by zIndex, ties by id (what is drawn last is on top). */
export const compareZ: Comparator<Pick<LayoutElement, 'zIndex' | 'id'>> = thenBy<Pick<LayoutElement, 'zIndex' | 'id'>>(byKey((e) => e.zIndex), byId);

/**
 * The topmost element (highest zIndex) under a hall point: on its body (turned, with its real
 * shape: a round table is a disc, the inside of a hollow square is empty) or on one of its seats.
 * `tolerance` widens every shape by that many metres (a few screen pixels at the current zoom).
 * `boundsOf` gives an element's bounds (elementBounds): a caller that keeps them spares a click
 * the generation of every block's seats on its way to the element under it.
 */
export function hitElement(elements: readonly LayoutElement[], point: Point, tolerance = 0, boundsOf: (element: LayoutElement) => Rect = elementBounds): string | null {
  const sorted = [...elements].sort((a, b) => compareZ(b, a));
  for (const e of sorted) {
    const b = boundsOf(e);
    if (point.x < b.x - tolerance || point.x > b.x + b.width + tolerance || point.y < b.y - tolerance || point.y > b.y + b.height + tolerance) continue;
    if (pointOnElement(e, point, tolerance) || pointOnSeats(e, point, tolerance)) return e.id;
  }
  return null;
}

/** Ids of the seats whose centre lies inside a rectangle (a marquee; any corner order), in the order given. */
export function seatsInRect(seats: readonly Seat[], r: Rect): string[] {
  const q = normalizeRect(r);
  const x1 = q.x + q.width;
  const y1 = q.y + q.height;
  const out: string[] = [];
  for (const s of seats) if (s.x >= q.x && s.x <= x1 && s.y >= q.y && s.y <= y1) out.push(s.id);
  return out;
}

/**
 * Ids of the elements a marquee selects: 'contain' (the default) those whose bounds lie wholly
 * inside it, 'intersect' those whose bounds touch it.
 */
export function elementsInRect(elements: readonly LayoutElement[], r: Rect, mode: 'contain' | 'intersect' = 'contain'): string[] {
  return elements.filter((e) => (mode === 'contain' ? rectContains(r, elementBounds(e)) : rectsIntersect(r, elementBounds(e)))).map((e) => e.id);
}

/** A value snapped to the nearest multiple of the grid (millimetre precision); unchanged when the grid is not positive. */
export function snap(value: number, gridM: number): number {
  if (!(gridM > 0) || !Number.isFinite(value)) return value;
  // The quotient is rounded to 1e-9 first, so 0.35 / 0.1 = 3.4999999999999996 counts as 3.5;
  // halves go away from zero, so snapping is symmetric about the origin.
  const q = Math.round((Math.abs(value) / gridM) * 1e9) / 1e9;
  return round(Math.sign(value) * Math.round(q) * gridM);
}

export function snapPoint(point: Point, gridM: number): Point {
  return { x: snap(point.x, gridM), y: snap(point.y, gridM) };
}
