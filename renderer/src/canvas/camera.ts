/**
 * Camera math for the hall editor (pure, unit-tested). A camera maps hall metres to screen
 * pixels: screen = world * scale + (x, y). It is session state: never saved, never undone.
 */
export type Camera = { scale: number; x: number; y: number };
export type Point = { x: number; y: number };
export type Rect = { x: number; y: number; width: number; height: number };
export type Viewport = { width: number; height: number };

/** Zoom limits in pixels per metre: from a 10 km overview to a few centimetres filling the screen. */
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

/** Zooms by `factor` keeping the world point under `at` (screen pixels) where it is. */
export function zoomAt(camera: Camera, factor: number, at: Point): Camera {
  const scale = clampScale(camera.scale * factor);
  const world = toWorld(camera, at);
  return { scale, x: at.x - world.x * scale, y: at.y - world.y * scale };
}

export function panBy(camera: Camera, dx: number, dy: number): Camera {
  return { scale: camera.scale, x: camera.x + dx, y: camera.y + dy };
}

/** The camera that shows `rect` (metres) centred in the viewport with a margin in pixels. */
export function fitRect(rect: Rect, viewport: Viewport, margin = 32, maxScale = MAX_SCALE): Camera {
  const w = Math.max(rect.width, 1e-3);
  const h = Math.max(rect.height, 1e-3);
  const scale = clampScale(
    Math.min(maxScale, Math.max(1, viewport.width - 2 * margin) / w, Math.max(1, viewport.height - 2 * margin) / h),
  );
  return {
    scale,
    x: viewport.width / 2 - (rect.x + rect.width / 2) * scale,
    y: viewport.height / 2 - (rect.y + rect.height / 2) * scale,
  };
}

/** The part of the world the viewport shows, in metres. */
export function visibleRect(camera: Camera, viewport: Viewport): Rect {
  const a = toWorld(camera, { x: 0, y: 0 });
  return { x: a.x, y: a.y, width: viewport.width / camera.scale, height: viewport.height / camera.scale };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;
}

/** The smallest rectangle holding all the given ones; null for none. */
export function unionRect(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const r of rects) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width);
    y1 = Math.max(y1, r.y + r.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The rectangle spanned by two corners in any order. */
export function rectFromCorners(a: Point, b: Point): Rect {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
}

/** A round ruler/grid step (1, 2, 5 × 10^n m) at least `minPx` pixels apart at this scale. */
export function niceStep(scale: number, minPx: number): number {
  const raw = minPx / scale;
  const pow = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5]) if (m * pow >= raw) return m * pow;
  return 10 * pow;
}

/** The grid spacing drawn: the hall's own grid, doubled until lines are at least `minPx` apart. */
export function gridStep(gridM: number, scale: number, minPx = 8): number {
  let step = gridM;
  for (let i = 0; i < 40 && step * scale < minPx; i++) step *= 2;
  return step;
}
