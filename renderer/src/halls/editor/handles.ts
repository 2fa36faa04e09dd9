import type { ElementKind, LayoutElement } from '../../../../shared/model/entities';
import { toScreen, type Camera } from '../../../../shared/camera';
import type { Point } from '../../../../shared/rect';

/**
 * Resize handles of one selected element (pure, unit-tested). Handles sit on the element's own
 * rotated frame: corners and side midpoints. Dragging one moves that side (or corner) and keeps the
 * opposite one fixed; the result is the element's new centre and size, never applied here.
 */

export type HandleName = 'nw' | 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w';
/** sx, sy: which side of the element's local frame the handle is on (-1, 0, 1); +y is the back. */
export type Handle = { name: HandleName; sx: -1 | 0 | 1; sy: -1 | 0 | 1 };
export type Geometry = { x: number; y: number; width: number; depth: number };

export const HANDLES: readonly Handle[] = [
  { name: 'nw', sx: -1, sy: -1 },
  { name: 'n', sx: 0, sy: -1 },
  { name: 'ne', sx: 1, sy: -1 },
  { name: 'e', sx: 1, sy: 0 },
  { name: 'se', sx: 1, sy: 1 },
  { name: 's', sx: 0, sy: 1 },
  { name: 'sw', sx: -1, sy: 1 },
  { name: 'w', sx: -1, sy: 0 },
];

/** Handle squares are this many screen pixels wide whatever the zoom; hit within HANDLE_HIT_PX. */
export const HANDLE_PX = 8;
export const HANDLE_HIT_PX = 6;
/** The smallest size a drag proposes (validation refuses what is too small for the seats). */
export const MIN_DRAG_M = 0.05;

/** Kinds whose size follows their props (rows, desks): their handles change counts (see blocks.ts). */
export const sizedByProps = (kind: ElementKind) => kind === 'row-block' || kind === 'desk-block';
/** Kinds drawn as a circle of diameter `width`: they resize uniformly. */
const uniform = (kind: ElementKind) => kind === 'round-table';

const rad = (deg: number) => (deg * Math.PI) / 180;

function rotate(p: Point, degrees: number): Point {
  const c = Math.cos(rad(degrees));
  const s = Math.sin(rad(degrees));
  return { x: p.x * c - p.y * s, y: p.x * s + p.y * c };
}

/** The handle's position in hall metres. */
export function handlePoint(el: Pick<LayoutElement, 'x' | 'y' | 'width' | 'depth' | 'rotation'>, h: Handle): Point {
  const r = rotate({ x: (h.sx * el.width) / 2, y: (h.sy * el.depth) / 2 }, el.rotation);
  return { x: el.x + r.x, y: el.y + r.y };
}

/**
 * The handles shown at this zoom: a side's midpoint handles go when that side is under three
 * handles long on screen (they would cover the element and make it hard to grab to move it), and
 * all go when the element is under two handles wide both ways (zoom in to resize it).
 */
export function visibleHandles(el: Pick<LayoutElement, 'width' | 'depth'>, scale: number): readonly Handle[] {
  const w = el.width * scale;
  const d = el.depth * scale;
  if (w < 2 * HANDLE_PX && d < 2 * HANDLE_PX) return [];
  return HANDLES.filter((h) => !((h.sx === 0 && d < 3 * HANDLE_PX) || (h.sy === 0 && w < 3 * HANDLE_PX)));
}

/** The handle under a screen point (pixels in the canvas), or null. */
export function hitHandle(el: LayoutElement, camera: Camera, p: Point, hitPx = HANDLE_HIT_PX): Handle | null {
  let best: Handle | null = null;
  let bestD = Infinity;
  for (const h of visibleHandles(el, camera.scale)) {
    const s = toScreen(camera, handlePoint(el, h));
    const d = Math.max(Math.abs(s.x - p.x), Math.abs(s.y - p.y));
    if (d <= hitPx && d < bestD) {
      best = h;
      bestD = d;
    }
  }
  return best;
}

/** The CSS cursor for a handle of an element turned by `rotation` degrees. */
export function handleCursor(h: Handle, rotation: number): string {
  const angle = (Math.atan2(h.sy, h.sx) * 180) / Math.PI + rotation;
  const octant = (((Math.round(angle / 45) % 8) + 8) % 8) as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;
  return (['ew-resize', 'nwse-resize', 'ns-resize', 'nesw-resize'] as const)[octant % 4]!;
}

export type ResizeOptions = { grid?: number };

const round = (v: number, step: number) => Math.round(v / step) * step;
const clean = (v: number) => Math.round(v * 1000) / 1000 + 0;

/**
 * The element's new centre and size when `h` is dragged to `world` (hall metres). The opposite
 * side stays where it is; a size is rounded to the grid when given (else to the centimetre) and
 * never below MIN_DRAG_M; a round table keeps width = depth.
 */
export function resizeFrom(el: Pick<LayoutElement, 'kind' | 'x' | 'y' | 'width' | 'depth' | 'rotation'>, h: Handle, world: Point, options: ResizeOptions = {}): Geometry {
  const local = rotate({ x: world.x - el.x, y: world.y - el.y }, -el.rotation);
  const step = options.grid && options.grid > 0 ? options.grid : 0.01;
  const size = (moving: number, fixed: number, sign: number) => Math.max(MIN_DRAG_M, round(sign * (moving - fixed), step), step <= MIN_DRAG_M ? 0 : step);
  let width = h.sx !== 0 ? size(local.x, (-h.sx * el.width) / 2, h.sx) : el.width;
  let depth = h.sy !== 0 ? size(local.y, (-h.sy * el.depth) / 2, h.sy) : el.depth;
  if (uniform(el.kind)) {
    const s = h.sx !== 0 && h.sy !== 0 ? Math.max(width, depth) : h.sx !== 0 ? width : depth;
    width = s;
    depth = s;
  }
  return { ...centreKeeping(el, h, width, depth), width: clean(width), depth: clean(depth) };
}

/** The centre of `el` resized to width × depth by handle `h`, with the side (or corner) opposite `h` where it was. */
export function centreKeeping(el: Pick<LayoutElement, 'x' | 'y' | 'width' | 'depth' | 'rotation'>, h: Handle, width: number, depth: number): Point {
  // In the local frame: the fixed side plus half the new size.
  const cx = h.sx !== 0 ? (-h.sx * el.width) / 2 + (h.sx * width) / 2 : 0;
  const cy = h.sy !== 0 ? (-h.sy * el.depth) / 2 + (h.sy * depth) / 2 : 0;
  const c = rotate({ x: cx, y: cy }, el.rotation);
  return { x: clean(el.x + c.x), y: clean(el.y + c.y) };
}

// --- rotate handle ---------------------------------------------------------------------------

/** The rotate handle: a circle of this radius, this far beyond the element's front (top) side, on a stem. */
export const ROTATE_OFFSET_PX = 28;
export const ROTATE_RADIUS_PX = 6;
const ROTATE_HIT_PX = ROTATE_RADIUS_PX + 3;
/** Angles snap to this step while the handle is dragged (Alt: to the degree). */
export const ROTATE_STEP = 15;

/** Where the rotate handle's circle is, in hall metres, at `scale` pixels per metre: above the top side's middle in the element's own frame. */
export function rotateHandlePoint(el: Pick<LayoutElement, 'x' | 'y' | 'depth' | 'rotation'>, scale: number): Point {
  const r = rotate({ x: 0, y: -el.depth / 2 - ROTATE_OFFSET_PX / scale }, el.rotation);
  return { x: el.x + r.x, y: el.y + r.y };
}

/**
 * Whether the rotate handle shows at this zoom: not while the element is under two resize handles
 * wide both ways on screen (as for resize handles), where a handle far larger than the element
 * would catch the clicks meant for the floor around it. R / Shift+R still turn it; zoom in to drag.
 */
export function showsRotateHandle(el: Pick<LayoutElement, 'width' | 'depth'>, scale: number): boolean {
  return el.width * scale >= 2 * HANDLE_PX || el.depth * scale >= 2 * HANDLE_PX;
}

/** Whether a screen point (pixels in the canvas) is on the rotate handle. */
export function hitRotateHandle(el: Pick<LayoutElement, 'x' | 'y' | 'depth' | 'rotation'>, camera: Camera, p: Point): boolean {
  const s = toScreen(camera, rotateHandlePoint(el, camera.scale));
  return Math.hypot(s.x - p.x, s.y - p.y) <= ROTATE_HIT_PX;
}

/** The direction from `centre` to `p` in degrees: 0 straight up (the element's front), clockwise. */
export function pointerAngle(centre: Point, p: Point): number {
  return (Math.atan2(p.x - centre.x, -(p.y - centre.y)) * 180) / Math.PI;
}

/**
 * The element's angle while its rotate handle, grabbed at `start`, is at `world` (hall metres):
 * turned by the angle the pointer swept about the centre, rounded to `step` degrees, in [0, 360).
 */
export function rotateFrom(el: Pick<LayoutElement, 'x' | 'y' | 'rotation'>, start: Point, world: Point, step = ROTATE_STEP): number {
  const raw = el.rotation + pointerAngle(el, world) - pointerAngle(el, start);
  const snapped = Math.round(raw / step) * step;
  const d = Math.round((((snapped % 360) + 360) % 360) * 1000) / 1000;
  return d === 360 ? 0 : d;
}

const ROTATE_ICON =
  "<svg xmlns='http://www.w3.org/2000/svg' width='24' height='24' viewBox='0 0 24 24'>" +
  "<path d='M18 7.5A7 7 0 1 0 19 14' fill='none' stroke='white' stroke-width='4'/>" +
  "<path d='M18 7.5A7 7 0 1 0 19 14' fill='none' stroke='black' stroke-width='2'/>" +
  "<path d='M20.5 2.5v7h-7z' fill='black' stroke='white' stroke-width='1'/></svg>";
/** A circular arrow over the rotate handle (a plain grab hand where SVG cursors are not shown). */
export const ROTATE_CURSOR = `url("data:image/svg+xml,${encodeURIComponent(ROTATE_ICON)}") 12 12, grab`;
