import { visibleRect, type Camera, type Rect, type Viewport } from './camera';

/**
 * The bitmap a pan or zoom gesture reuses (pure math, unit-tested; the scene renders and draws
 * it). Drawing thousands of seats costs most of a frame; during a gesture the scene renders the
 * floor and the elements once into an offscreen canvas covering the view plus a margin, then each
 * frame only draws that bitmap at the new camera. It is rendered again when the view leaves it or
 * the zoom has changed too much for the bitmap to stay sharp, and the scene draws properly again
 * when the gesture ends (labels and level of detail at the final zoom).
 */

/** The region rendered: `rect` in hall metres, at `scale` pixels per metre (times the pixel ratio). */
export type SnapshotArea = { rect: Rect; scale: number };

/** Margin around the view, as a fraction of the view's size on each side. */
export const SNAPSHOT_MARGIN = 0.5;
/** The bitmap is re-rendered once the zoom differs from its own by more than this factor. */
export const SNAPSHOT_ZOOM = 2;
/** Largest bitmap in device pixels (64 MB), and largest side (browsers refuse larger canvases). */
export const SNAPSHOT_MAX_PIXELS = 4096 * 4096;
const MAX_SIDE = 16384;

function intersection(a: Rect, b: Rect): Rect | null {
  const x0 = Math.max(a.x, b.x);
  const y0 = Math.max(a.y, b.y);
  const x1 = Math.min(a.x + a.width, b.x + b.width);
  const y1 = Math.min(a.y + a.height, b.y + b.height);
  return x1 > x0 && y1 > y0 ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : null;
}

/**
 * What to render for a gesture starting at `camera`: the view grown by the margin and clipped
 * to `content` (nothing is drawn outside it), with edges a whole number of screen pixels from the
 * view's, so a pan by whole pixels copies the bitmap without resampling it. An empty rect when
 * nothing is near the view; null when even the view alone is too large for one bitmap.
 */
export function snapshotArea(camera: Camera, viewport: Viewport, content: Rect, pixelRatio = 1, margin = SNAPSHOT_MARGIN, maxPixels = SNAPSHOT_MAX_PIXELS): SnapshotArea | null {
  const s = camera.scale;
  const w = viewport.width * pixelRatio;
  const h = viewport.height * pixelRatio;
  if (w * h > maxPixels || Math.max(w, h) > MAX_SIDE) return null;
  // The margin shrinks on a large (or high-density) screen to keep the bitmap within the limits.
  const f = Math.max(0, Math.min(margin, (Math.sqrt(maxPixels / (w * h)) - 1) / 2, (MAX_SIDE / Math.max(w, h) - 1) / 2));
  const view = visibleRect(camera, viewport);
  const mx = (f * viewport.width) / s;
  const my = (f * viewport.height) / s;
  const wanted = intersection({ x: view.x - mx, y: view.y - my, width: view.width + 2 * mx, height: view.height + 2 * my }, content);
  if (!wanted) return { rect: { x: view.x, y: view.y, width: 0, height: 0 }, scale: s };
  // Whole pixels from the view's left and top edges, rounded outwards.
  const left = Math.ceil((view.x - wanted.x) * s);
  const top = Math.ceil((view.y - wanted.y) * s);
  const x = view.x - left / s;
  const y = view.y - top / s;
  const width = Math.ceil((wanted.x + wanted.width - x) * s) / s;
  const height = Math.ceil((wanted.y + wanted.height - y) * s) / s;
  return { rect: { x, y, width, height }, scale: s };
}

/**
 * Whether a bitmap rendered for `area` can stand for the view at `camera`: the zoom is within
 * SNAPSHOT_ZOOM of its own and every part of `content` in view is inside it.
 */
export function snapshotCovers(area: SnapshotArea, camera: Camera, viewport: Viewport, content: Rect): boolean {
  const ratio = camera.scale / area.scale;
  if (ratio > SNAPSHOT_ZOOM || ratio < 1 / SNAPSHOT_ZOOM) return false;
  const needed = intersection(visibleRect(camera, viewport), content);
  if (!needed) return true;
  const r = area.rect;
  const eps = 1e-6 * Math.max(1, Math.abs(r.x) + r.width, Math.abs(r.y) + r.height);
  return needed.x >= r.x - eps && needed.y >= r.y - eps && needed.x + needed.width <= r.x + r.width + eps && needed.y + needed.height <= r.y + r.height + eps;
}
