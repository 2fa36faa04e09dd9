import { elementOutline } from './layout';
import type { LayoutElement } from '../../../../shared/model/entities';
import type { Point, Rect } from '../../../../shared/rect';

/**
 * The minimap's math (pure, unit-tested) and drawing: the hall and its elements' outlines fitted
 * into a small canvas, with the part the main view shows. It is drawn straight to its own canvas
 * from the scene (no React per frame).
 */

export const MINIMAP_WIDTH = 180;
export const MINIMAP_MAX_HEIGHT = 140;
const PAD = 6;

/** Hall metres → minimap pixels: minimap = world * scale + (x, y), with the minimap's size. */
export type MinimapFrame = { scale: number; x: number; y: number; width: number; height: number };

/** Fits `extent` (metres) into a minimap MINIMAP_WIDTH wide, at most MINIMAP_MAX_HEIGHT high. */
export function minimapFrame(extent: Rect, width = MINIMAP_WIDTH, maxHeight = MINIMAP_MAX_HEIGHT): MinimapFrame {
  const w = Math.max(extent.width, 1e-3);
  const h = Math.max(extent.height, 1e-3);
  let scale = (width - 2 * PAD) / w;
  let height = Math.ceil(h * scale + 2 * PAD);
  if (height > maxHeight) {
    height = maxHeight;
    scale = (maxHeight - 2 * PAD) / h;
  }
  return {
    scale,
    x: width / 2 - (extent.x + extent.width / 2) * scale,
    y: height / 2 - (extent.y + extent.height / 2) * scale,
    width,
    height,
  };
}

export function minimapToWorld(frame: MinimapFrame, p: Point): Point {
  return { x: (p.x - frame.x) / frame.scale, y: (p.y - frame.y) / frame.scale };
}

/** True when part of `extent` is outside the view (the minimap is then shown). */
export function needsMinimap(extent: Rect, view: Rect): boolean {
  const e = 1e-6;
  return extent.x < view.x - e || extent.y < view.y - e || extent.x + extent.width > view.x + view.width + e || extent.y + extent.height > view.y + view.height + e;
}

/** Draws the hall and element outlines (the part that changes only with the document). */
export function drawMinimapBase(ctx: CanvasRenderingContext2D, frame: MinimapFrame, hall: { widthM: number; depthM: number }, elements: readonly LayoutElement[]): void {
  ctx.clearRect(0, 0, frame.width, frame.height);
  ctx.fillStyle = 'rgba(233,237,243,0.95)';
  ctx.fillRect(0, 0, frame.width, frame.height);
  ctx.save();
  ctx.translate(frame.x, frame.y);
  ctx.scale(frame.scale, frame.scale);
  const px = 1 / frame.scale;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, hall.widthM, hall.depthM);
  ctx.strokeStyle = '#64748b';
  ctx.lineWidth = px;
  ctx.strokeRect(0, 0, hall.widthM, hall.depthM);
  ctx.beginPath();
  for (const el of elements) {
    const o = elementOutline(el);
    const c = Math.cos((el.rotation * Math.PI) / 180);
    const s = Math.sin((el.rotation * Math.PI) / 180);
    if (o.shape === 'ellipse') {
      ctx.moveTo(el.x + o.rx * c, el.y + o.rx * s);
      ctx.ellipse(el.x, el.y, Math.max(o.rx, px), Math.max(o.ry, px), (el.rotation * Math.PI) / 180, 0, Math.PI * 2);
      continue;
    }
    const p = o.points;
    for (let i = 0; i < p.length; i += 2) {
      const x = el.x + p[i]! * c - p[i + 1]! * s;
      const y = el.y + p[i]! * s + p[i + 1]! * c;
      if (i === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    }
    ctx.closePath();
  }
  ctx.fillStyle = '#cbd5e1';
  ctx.fill();
  ctx.strokeStyle = '#475569';
  ctx.stroke();
  ctx.restore();
}

/** Draws the main view's rectangle (metres) over the base. */
export function drawMinimapView(ctx: CanvasRenderingContext2D, frame: MinimapFrame, view: Rect): void {
  const x = view.x * frame.scale + frame.x;
  const y = view.y * frame.scale + frame.y;
  const w = view.width * frame.scale;
  const h = view.height * frame.scale;
  ctx.fillStyle = 'rgba(37,99,235,0.12)';
  ctx.fillRect(x, y, w, h);
  ctx.strokeStyle = '#2563eb';
  ctx.lineWidth = 1.5;
  ctx.strokeRect(x, y, w, h);
}

/** The minimap's canvas, the bitmap of its hall (its `key` says for which frame) and whether it is being dragged. */
export type MinimapCanvas = { canvas: HTMLCanvasElement; base: HTMLCanvasElement; frame: MinimapFrame | null; key: string; dragging: boolean };

/** Shows the minimap when the hall does not fit in `view` and draws it: its base when the extent changed, the view's rectangle every time. */
export function paintMinimap(m: MinimapCanvas, extent: Rect | null, view: Rect, hall: { widthM: number; depthM: number } | null, elements: readonly LayoutElement[], sized: boolean): void {
  const show = !!extent && sized && needsMinimap(extent, view);
  m.canvas.hidden = !show;
  if (!show || !extent || !hall) return;
  const frame = minimapFrame(extent);
  const dpr = window.devicePixelRatio || 1;
  const key = `${frame.scale} ${frame.x} ${frame.y} ${frame.height} ${dpr}`;
  if (m.key !== key) {
    // The hall and the outlines: redrawn when the document or the extent changes, not per frame.
    m.key = key;
    m.frame = frame;
    for (const c of [m.canvas, m.base]) {
      c.width = Math.round(frame.width * dpr);
      c.height = Math.round(frame.height * dpr);
    }
    m.canvas.style.width = `${frame.width}px`;
    m.canvas.style.height = `${frame.height}px`;
    const b = m.base.getContext('2d');
    if (b) {
      b.setTransform(dpr, 0, 0, dpr, 0, 0);
      drawMinimapBase(b, frame, hall, elements);
    }
  }
  const ctx = m.canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, m.canvas.width, m.canvas.height);
  ctx.drawImage(m.base, 0, 0);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, 0, frame.width, frame.height);
  ctx.clip();
  drawMinimapView(ctx, frame, view);
  ctx.restore();
}

/**
 * A minimap that moves the view: a click or a drag in it calls `go` with the hall point under the
 * pointer. Returns what removes its listeners.
 */
export function listenMinimap(m: MinimapCanvas, go: (world: Point) => void): () => void {
  const { canvas } = m;
  const at = (e: MouseEvent) => {
    if (!m.frame) return;
    const r = canvas.getBoundingClientRect();
    go(minimapToWorld(m.frame, { x: e.clientX - r.left, y: e.clientY - r.top }));
  };
  const down = (e: MouseEvent) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    m.dragging = true;
    at(e);
  };
  const move = (e: MouseEvent) => {
    if (m.dragging) at(e);
  };
  const up = () => {
    m.dragging = false;
  };
  canvas.addEventListener('mousedown', down);
  window.addEventListener('mousemove', move);
  window.addEventListener('mouseup', up);
  return () => {
    canvas.removeEventListener('mousedown', down);
    window.removeEventListener('mousemove', move);
    window.removeEventListener('mouseup', up);
  };
}
