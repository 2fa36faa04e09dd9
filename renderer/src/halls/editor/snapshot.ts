import { visibleRect, type Camera, type Viewport } from '../../../../shared/camera';
import type { Rect } from '../../../../shared/rect';

/**
 * The bitmaps a pan or zoom gesture draws instead of the hall (pure math, unit-tested; the scene
 * renders and draws them, see gesture-bitmaps.ts). Drawing thousands of seats and their labels
 * costs many frames' worth of time; a gesture draws no seat at all:
 *  - the overview: the whole hall and every element, rendered once per change of the document
 *    (when the page is idle) at a resolution a bitmap can hold;
 *  - the view: a copy of the screen as it was when the gesture began, at full sharpness.
 * Each frame draws the overview, then the view over it, at the new camera. When the gesture ends
 * the scene draws properly again (labels and level of detail at the final zoom).
 */

/** A region rendered: `rect` in hall metres, at `scale` CSS pixels per metre (times the pixel ratio). */
export type SnapshotArea = { rect: Rect; scale: number };

/** Longest side of the overview in device pixels, and its largest area (16 MB of memory). */
export const OVERVIEW_MAX_SIDE = 2048;
export const OVERVIEW_MAX_PIXELS = 2048 * 2048;
/** Largest side a browser allows a canvas. */
const MAX_SIDE = 16384;

/**
 * The overview's area: all of `content` at the largest scale whose bitmap stays within the
 * limits, but never finer than `maxScale` (the finest zoom worth holding: beyond it the view
 * copy or the final drawing shows the detail). Null for empty content.
 */
export function overviewArea(content: Rect, pixelRatio: number, maxScale: number, maxSide = OVERVIEW_MAX_SIDE, maxPixels = OVERVIEW_MAX_PIXELS): SnapshotArea | null {
  if (!(content.width > 0 && content.height > 0)) return null;
  const side = Math.min(maxSide, MAX_SIDE) / pixelRatio;
  const scale = Math.min(maxScale, side / content.width, side / content.height, Math.sqrt(maxPixels / (content.width * content.height)) / pixelRatio);
  return scale > 0 && Number.isFinite(scale) ? { rect: content, scale } : null;
}

/** The view at `camera` as a bitmap area: what a copy of the screen holds. */
export function viewArea(camera: Camera, viewport: Viewport): SnapshotArea {
  return { rect: visibleRect(camera, viewport), scale: camera.scale };
}

/** Whether two cameras show the same view (a copy of the screen drawn at one stands for the other). */
export const sameCamera = (a: Camera, b: Camera) => a.scale === b.scale && a.x === b.x && a.y === b.y;
