import { type Point, type Rect } from './rect';

/**
 * Camera math for every view of a plan (the hall editor, the seating and arrivals views, the
 * printed chart): a camera maps plan units to screen or page units, screen = world * scale + (x, y).
 * In the app it is session state: never saved, never undone.
 */
export type Camera = { scale: number; x: number; y: number };
export type Viewport = { width: number; height: number };

/** The hall editor's zoom limits in pixels per metre: from a 10 km overview to a few centimetres filling the screen. */
export const MIN_SCALE = 0.05;
export const MAX_SCALE = 2000;
export const ZOOM_STEP = 1.25;

export const clampScale = (scale: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

export function toWorld(camera: Camera, p: Point): Point {
  return { x: (p.x - camera.x) / camera.scale, y: (p.y - camera.y) / camera.scale };
}

export function toScreen(camera: Camera, p: Point): Point {
  return { x: p.x * camera.scale + camera.x, y: p.y * camera.scale + camera.y };
}

export type ScaleLimits = { minScale: number; maxScale: number };

/** Zooms by `factor` keeping the world point under `at` (screen pixels) where it is; the hall editor's limits unless told. */
export function zoomAt(camera: Camera, factor: number, at: Point, limits?: ScaleLimits): Camera {
  const wanted = camera.scale * factor;
  const scale = limits ? Math.max(limits.minScale, Math.min(limits.maxScale, wanted)) : clampScale(wanted);
  const world = toWorld(camera, at);
  return { scale, x: at.x - world.x * scale, y: at.y - world.y * scale };
}

export function panBy(camera: Camera, dx: number, dy: number): Camera {
  return { scale: camera.scale, x: camera.x + dx, y: camera.y + dy };
}

/**
 * The camera that shows `rect` (world units) whole and centred in `into` (a viewport from the
 * origin, or a box on a page), `margin` screen units from its edges, its scale held within
 * [minScale, maxScale] (the hall editor's zoom limits unless told). A zero-size rectangle (one
 * point) does not divide by zero.
 */
export function fitRect(rect: Rect, into: Viewport | Rect, margin = 0, maxScale = MAX_SCALE, minScale = MIN_SCALE): Camera {
  const w = Math.max(rect.width, 1e-3);
  const h = Math.max(rect.height, 1e-3);
  const fit = Math.min(Math.max(1, into.width - 2 * margin) / w, Math.max(1, into.height - 2 * margin) / h);
  const scale = Math.max(minScale, Math.min(maxScale, fit));
  const ox = 'x' in into ? into.x : 0;
  const oy = 'y' in into ? into.y : 0;
  return {
    scale,
    x: ox + into.width / 2 - (rect.x + rect.width / 2) * scale,
    y: oy + into.height / 2 - (rect.y + rect.height / 2) * scale,
  };
}

/** The camera at the given scale that puts a world point in the middle of the viewport. */
export function centreOn(camera: Pick<Camera, 'scale'>, viewport: Viewport, world: Point): Camera {
  return { scale: camera.scale, x: viewport.width / 2 - world.x * camera.scale, y: viewport.height / 2 - world.y * camera.scale };
}

/** The part of the world the viewport shows, in world units. */
export function visibleRect(camera: Camera, viewport: Viewport): Rect {
  const a = toWorld(camera, { x: 0, y: 0 });
  return { x: a.x, y: a.y, width: viewport.width / camera.scale, height: viewport.height / camera.scale };
}
