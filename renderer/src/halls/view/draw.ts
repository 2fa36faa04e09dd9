import type { Hall, LayoutElement, Seat } from '../../../../shared/model/entities';
import type Konva from 'konva';
import type { Rect } from '../../../../shared/rect';
import { pickLang } from '../../../../shared/i18n/index';
import { nativeContext } from '../editor/native-context';

/**
 * Plain canvas drawing of a hall, in metres (the stage's transform turns metres into pixels).
 * `px` is the size of one screen pixel in metres, so lines stay one pixel wide at any zoom.
 */

export const SEAT_RADIUS_M = 0.22;

const COLORS = {
  floor: '#ffffff',
  wall: '#334155',
  grid: '#e8edf3',
  gridMajor: '#d3dbe5',
  table: '#f3ead7',
  tableStroke: '#8a6d3b',
  desk: '#faf6ee',
  stage: '#dbe4f0',
  stageStroke: '#64748b',
  carpet: '#b91c1c',
  backdrop: '#1e3a5f',
  lectern: '#6b4f2a',
  flag: '#475569',
  door: '#0f766e',
  pillar: '#94a3b8',
  noGo: 'rgba(220, 38, 38, 0.10)',
  noGoStroke: '#dc2626',
  press: 'rgba(37, 99, 235, 0.08)',
  pressStroke: '#2563eb',
  label: '#334155',
  seatFree: '#c3cedc',
  seatStroke: '#52627a',
  seatAssigned: '#1d4ed8',
  seatBlocked: '#ef9a9a',
  seatHost: '#b45309',
  seatLabel: '#1e293b',
};
export const SEAT_COLORS = { free: COLORS.seatFree, assigned: COLORS.seatAssigned, blocked: COLORS.seatBlocked, stroke: COLORS.seatStroke };

export function drawFloor(ctx: CanvasRenderingContext2D, hall: Hall, px: number, underGrid?: () => void): void {
  ctx.fillStyle = COLORS.floor;
  ctx.fillRect(0, 0, hall.widthM, hall.depthM);
  underGrid?.();
  // A grid at the hall's own spacing when it is at least 8 px apart, else every 5 or 10 m.
  let step = hall.gridM;
  while (step / px < 8) step = step < 5 ? 5 : step * 2;
  const major = step * 5;
  ctx.lineWidth = px;
  for (const [style, spacing] of [
    [COLORS.grid, step],
    [COLORS.gridMajor, major],
  ] as const) {
    ctx.strokeStyle = style;
    ctx.beginPath();
    for (let x = spacing; x < hall.widthM; x += spacing) {
      ctx.moveTo(x, 0);
      ctx.lineTo(x, hall.depthM);
    }
    for (let y = spacing; y < hall.depthM; y += spacing) {
      ctx.moveTo(0, y);
      ctx.lineTo(hall.widthM, y);
    }
    ctx.stroke();
  }
  ctx.strokeStyle = COLORS.wall;
  ctx.lineWidth = 2 * px;
  ctx.strokeRect(0, 0, hall.widthM, hall.depthM);
}

/**
 * The base of every read-only hall view (the seating plan, the arrivals set-up map, the
 * rehearsal): the floor and every element, in the Konva shape's scale. Returns the canvas and
 * the size of a screen pixel in metres, for what each view draws on top.
 */
export function drawHallBase(
  context: Konva.Context,
  shape: Konva.Shape,
  hall: Hall,
  elements: readonly LayoutElement[],
  lang: 'vi' | 'en',
): { ctx: CanvasRenderingContext2D; px: number } {
  const ctx = nativeContext(context, shape);
  const px = 1 / shape.getAbsoluteScale().x;
  drawFloor(ctx, hall, px);
  drawElements(ctx, elements, px, lang);
  return { ctx, px };
}

export function drawElements(
  ctx: CanvasRenderingContext2D,
  elements: readonly LayoutElement[],
  px: number,
  lang: 'vi' | 'en',
): void {
  for (const el of elements) {
    ctx.save();
    ctx.translate(el.x, el.y);
    ctx.rotate((el.rotation * Math.PI) / 180);
    drawElement(ctx, el, px, lang);
    ctx.restore();
  }
}

function box(ctx: CanvasRenderingContext2D, w: number, d: number, fill: string | null, stroke: string | null, px: number, dash?: number[]) {
  if (fill) {
    ctx.fillStyle = fill;
    ctx.fillRect(-w / 2, -d / 2, w, d);
  }
  if (stroke) {
    ctx.strokeStyle = stroke;
    ctx.lineWidth = px;
    ctx.setLineDash(dash ? dash.map((v) => v * px) : []);
    ctx.strokeRect(-w / 2, -d / 2, w, d);
    ctx.setLineDash([]);
  }
}

function drawElement(ctx: CanvasRenderingContext2D, el: LayoutElement, px: number, lang: 'vi' | 'en'): void {
  const w = el.width;
  const d = el.depth;
  switch (el.kind) {
    case 'round-table':
    case 'oval-table':
      ctx.beginPath();
      ctx.ellipse(0, 0, w / 2, d / 2, 0, 0, Math.PI * 2);
      ctx.fillStyle = COLORS.table;
      ctx.fill();
      ctx.strokeStyle = COLORS.tableStroke;
      ctx.lineWidth = px;
      ctx.stroke();
      break;
    case 'desk-block':
      box(ctx, w, d, COLORS.desk, COLORS.tableStroke, px);
      break;
    case 'rect-table':
    case 'banquet-table':
    case 'signing-table':
    case 't-table':
      box(ctx, w, d, COLORS.table, COLORS.tableStroke, px);
      break;
    case 'u-table':
    case 'hollow-square': {
      const band = Math.min(0.8, w / 3, d / 3);
      ctx.beginPath();
      ctx.rect(-w / 2, -d / 2, w, d);
      // The open side of a U faces the bottom of the element (its front).
      if (el.kind === 'hollow-square') ctx.rect(w / 2 - band, -d / 2 + band, -(w - 2 * band), d - 2 * band);
      else ctx.rect(w / 2 - band, -d / 2 + band, -(w - 2 * band), d - band);
      ctx.fillStyle = COLORS.table;
      ctx.fill('evenodd');
      ctx.strokeStyle = COLORS.tableStroke;
      ctx.lineWidth = px;
      ctx.stroke();
      break;
    }
    case 'row-block':
      box(ctx, w, d, null, COLORS.gridMajor, px, [4, 3]);
      break;
    case 'stage':
      box(ctx, w, d, COLORS.stage, COLORS.stageStroke, px);
      break;
    case 'lectern':
      box(ctx, w, d, COLORS.lectern, null, px);
      break;
    case 'backdrop':
      box(ctx, w, d, COLORS.backdrop, null, px);
      break;
    case 'red-carpet':
      box(ctx, w, d, COLORS.carpet, null, px);
      break;
    case 'flag-stand':
      box(ctx, w, d, null, COLORS.flag, px);
      ctx.beginPath();
      ctx.arc(0, 0, Math.max(Math.min(w, d) / 4, 2 * px), 0, Math.PI * 2);
      ctx.fillStyle = COLORS.flag;
      ctx.fill();
      break;
    case 'door':
      box(ctx, w, d, COLORS.floor, COLORS.door, px);
      ctx.fillStyle = COLORS.door;
      ctx.fillRect(-w / 2, -Math.max(d, 3 * px) / 2, w, Math.max(d, 3 * px));
      break;
    case 'pillar':
      box(ctx, w, d, COLORS.pillar, COLORS.wall, px);
      break;
    case 'no-go':
      box(ctx, w, d, COLORS.noGo, COLORS.noGoStroke, px, [6, 4]);
      break;
    case 'press-zone':
      box(ctx, w, d, COLORS.press, COLORS.pressStroke, px, [6, 4]);
      break;
    case 'label':
      break;
  }
  const text = el.kind === 'label' ? pickLang(lang, { vi: el.labelVi || el.labelEn, en: el.labelEn || el.labelVi }) : el.number !== null ? String(el.number) : '';
  if (!text) return;
  // Level of detail: text only when it would be readable.
  const size = el.kind === 'label' ? Math.max(0.6, Math.min(d, 2)) : Math.min(0.6, Math.min(w, d) * 0.4);
  if (size / px < 8) return;
  ctx.fillStyle = COLORS.label;
  ctx.font = `600 ${size}px system-ui, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.rotate((-el.rotation * Math.PI) / 180);
  ctx.fillText(text, 0, 0);
}

const LABEL_MIN_PX = 9;

/**
 * Seats in three paths (free, assigned, blocked): thousands of seats, few draw calls. Seats a few
 * pixels wide are squares (same look, far cheaper to fill than arcs); table hosts get an amber
 * ring and, given `labelsIn` (the part of the hall in view), seats show their labels once legible.
 */
export function drawSeats(ctx: CanvasRenderingContext2D, seats: readonly Seat[], assigned: ReadonlySet<string>, px: number, labelsIn?: Rect): void {
  const r = Math.max(SEAT_RADIUS_M, 1.5 * px);
  const detailed = r / px >= 2.5;
  ctx.lineWidth = px;
  for (const [fill, kind] of [
    [COLORS.seatFree, 'free'],
    [COLORS.seatAssigned, 'assigned'],
    [COLORS.seatBlocked, 'blocked'],
  ] as const) {
    ctx.beginPath();
    let any = false;
    for (const s of seats) {
      if ((s.blocked ? 'blocked' : assigned.has(s.id) ? 'assigned' : 'free') !== kind) continue;
      any = true;
      if (!detailed) ctx.rect(s.x - r, s.y - r, 2 * r, 2 * r);
      else {
        ctx.moveTo(s.x + r, s.y);
        ctx.arc(s.x, s.y, r, 0, Math.PI * 2);
      }
    }
    if (!any) continue;
    ctx.fillStyle = fill;
    ctx.fill();
    if (detailed) {
      ctx.strokeStyle = COLORS.seatStroke;
      ctx.stroke();
    }
  }
  if (!detailed) return;
  ctx.beginPath();
  for (const s of seats) {
    if (!s.isTableHost) continue;
    ctx.moveTo(s.x + r + px, s.y);
    ctx.arc(s.x, s.y, r + px, 0, Math.PI * 2);
  }
  ctx.strokeStyle = COLORS.seatHost;
  ctx.lineWidth = 2 * px;
  ctx.stroke();
  // Level of detail: seat labels only when they can be read, only those in view.
  const view = labelsIn;
  if (!view || (r * 2) / px < LABEL_MIN_PX * 2) return;
  ctx.fillStyle = COLORS.seatLabel;
  ctx.font = `600 ${r * 0.9}px system-ui, "Segoe UI", "Noto Sans", sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const s of seats) {
    if (s.x < view.x - r || s.x > view.x + view.width + r || s.y < view.y - r || s.y > view.y + view.height + r) continue;
    ctx.fillText(s.label, s.x, s.y);
  }
}

/** A round length (1, 2, 5 × 10^n m) that is about `targetPx` long at this scale. */
export function scaleBarMetres(scale: number, targetPx = 100): number {
  const raw = targetPx / scale;
  const pow = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * pow >= raw * 0.7) return m * pow;
  return 10 * pow;
}
