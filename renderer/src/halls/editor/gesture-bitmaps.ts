import type Konva from 'konva';
import { toWorld, type Camera, type Viewport } from '../../../../shared/camera';
import type { Rect } from '../../../../shared/rect';
import { overviewArea, sameCamera, viewArea, type SnapshotArea } from './snapshot';
import { layerContext } from './native-context';

/** Paints the floor and the elements in hall metres into `ctx` (already transformed), for the part `rect`, one screen pixel being `px` metres. */
export type Painter = (ctx: CanvasRenderingContext2D, px: number, rect: Rect) => void;

/**
 * The finest overview worth rendering: twice the zoom that fits the hall in the view (the
 * overview shows what a gesture reveals beyond the screen's copy, sharp when zoomed out, and is
 * re-drawn sharp when the gesture ends), at most 50 pixels per metre (labels are legible from
 * about 40). A finer one would cost its render more than it shows: at 10,000 seats, seats stay
 * squares of a few pixels rather than outlined circles.
 */
const OVERVIEW_FINEST = 50;
const OVERVIEW_OVER_FIT = 2;

type Bitmap = { canvas: HTMLCanvasElement; area: SnapshotArea | null; version: number };

const bitmap = (): Bitmap => ({ canvas: document.createElement('canvas'), area: null, version: -1 });

/**
 * The two bitmaps a pan or zoom draws (see snapshot.ts): the overview of the whole hall,
 * rendered when the page is idle after each change, and the copy of the screen taken when a
 * gesture begins. `version` counts the changes of what is drawn (document, floor plan, size,
 * language): a bitmap of an older version is never shown.
 */
export class GestureBitmaps {
  private readonly overview = bitmap();
  private readonly view = bitmap();
  private idle = 0;

  constructor(private readonly paint: Painter) {}

  /**
   * Renders the overview in the page's next idle moment (at the latest within a second), put off
   * while `busy` (a gesture is on: its frames come first; a pan or zoom renders it when it begins).
   */
  schedule(extent: () => Rect | null, viewport: () => Viewport, pixelRatio: () => number, version: () => number, busy: () => boolean): void {
    if (this.idle) cancelIdleCallback(this.idle);
    this.idle = requestIdleCallback(() => {
      this.idle = 0;
      if (busy()) this.schedule(extent, viewport, pixelRatio, version, busy);
      else this.ensureOverview(extent(), viewport(), pixelRatio(), version());
    }, { timeout: 1000 });
  }

  /**
   * The overview of `version` (the hall and its elements within `extent`), rendered now if it is
   * not yet (a gesture began before the idle moment).
   */
  ensureOverview(extent: Rect | null, viewport: Viewport, pixelRatio: number, version: number): void {
    if (this.overview.version === version) return;
    const finest = extent ? Math.min(OVERVIEW_FINEST, OVERVIEW_OVER_FIT * Math.min(viewport.width / extent.width, viewport.height / extent.height)) : 0;
    const first = extent ? overviewArea(extent, pixelRatio, finest) : null;
    // A few pixels more on each side, for strokes and seats drawn at their smallest size.
    const pad = first ? 4 / first.scale : 0;
    const area = extent && first ? overviewArea({ x: extent.x - pad, y: extent.y - pad, width: extent.width + 2 * pad, height: extent.height + 2 * pad }, pixelRatio, finest) : null;
    this.render(this.overview, area, pixelRatio, version);
  }

  /**
   * Copies the screen (the layers' canvases, bottom first) as the view bitmap, when they show
   * `version` at `camera`; else the last copy stays, if still of this version.
   */
  copyScreen(layers: readonly { canvas: HTMLCanvasElement; camera: Camera | null; version: number }[], camera: Camera, viewport: Viewport, version: number): void {
    if (!layers.every((l) => l.version === version && l.camera && sameCamera(l.camera, camera))) return;
    const first = layers[0]!.canvas;
    const v = this.view;
    v.canvas.width = first.width;
    v.canvas.height = first.height;
    const ctx = v.canvas.getContext('2d');
    if (!ctx) return;
    for (const l of layers) ctx.drawImage(l.canvas, 0, 0);
    v.area = viewArea(camera, viewport);
    v.version = version;
  }

  /**
   * Draws what the bitmaps of `version` hold, in hall metres: the overview, then the view copy
   * over it. The overview is skipped while the copy covers all of `view` (zooming in): each
   * bitmap drawn is a screenful of pixels resampled, the most of a frame's cost.
   */
  draw(ctx: CanvasRenderingContext2D, version: number, view: Rect): void {
    ctx.imageSmoothingQuality = 'low'; // per frame: speed over the finest resampling
    const copy = this.view.version === version ? this.view.area : null;
    const covered = !!copy && contains(copy.rect, view);
    for (const b of covered ? [this.view] : [this.overview, this.view]) {
      if (b.version !== version || !b.area) continue;
      const r = b.area.rect;
      ctx.drawImage(b.canvas, r.x, r.y, r.width, r.height);
    }
  }

  private render(b: Bitmap, area: SnapshotArea | null, pixelRatio: number, version: number): void {
    b.version = version;
    b.area = null;
    if (!area) return;
    const k = area.scale * pixelRatio;
    b.canvas.width = Math.max(1, Math.round(area.rect.width * k));
    b.canvas.height = Math.max(1, Math.round(area.rect.height * k));
    const ctx = b.canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(k, 0, 0, k, -area.rect.x * k, -area.rect.y * k);
    this.paint(ctx, 1 / area.scale, area.rect);
    b.area = area;
  }

  /** Gives the bitmaps' memory back now rather than at the next collection. */
  destroy(): void {
    if (this.idle) cancelIdleCallback(this.idle);
    this.overview.canvas.width = this.view.canvas.width = 0;
  }
}

function contains(outer: Rect, inner: Rect): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(outer.x) + outer.width, Math.abs(outer.y) + outer.height);
  return inner.x >= outer.x - eps && inner.y >= outer.y - eps && inner.x + inner.width <= outer.x + outer.width + eps && inner.y + inner.height <= outer.y + outer.height + eps;
}

/**
 * Clears the part `area` (metres, grown by `padM` metres and 4 pixels: a label or a stroke
 * reaches past an element's bounds) of a layer's canvas drawn at `camera`, and paints it again,
 * clipped to it: `paint` draws in hall metres what a full redraw would, for the region it is
 * given. The region is in whole device pixels, so its edge blends nothing of what was there.
 */
export function repaintRegion(layer: Konva.Layer, camera: Camera, area: Rect, padM: number, paint: (ctx: CanvasRenderingContext2D, region: Rect) => void): void {
  const ctx = layerContext(layer);
  const k = layer.getCanvas().getPixelRatio();
  const { scale, x, y } = camera;
  const pad = padM * scale + 4;
  const x0 = Math.floor(k * (area.x * scale + x - pad));
  const y0 = Math.floor(k * (area.y * scale + y - pad));
  const x1 = Math.ceil(k * ((area.x + area.width) * scale + x + pad));
  const y1 = Math.ceil(k * ((area.y + area.height) * scale + y + pad));
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.beginPath();
  ctx.rect(x0, y0, x1 - x0, y1 - y0);
  ctx.clip();
  ctx.clearRect(x0, y0, x1 - x0, y1 - y0);
  ctx.setTransform(k * scale, 0, 0, k * scale, k * x, k * y);
  const corner = toWorld(camera, { x: x0 / k, y: y0 / k });
  paint(ctx, { ...corner, width: (x1 - x0) / k / scale, height: (y1 - y0) / k / scale });
  ctx.restore();
}
