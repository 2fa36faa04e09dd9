import { compareZ } from '../../../shared/layout/geometry';
import type { Marker } from '../../../shared/arrival';
import type { LayoutElement, SequenceStep, VenuePoint } from '../../../shared/model/entities';
import { pickLang } from '../../../shared/i18n/index';

/**
 * The rehearsal map's own drawing, on top of draw.ts's floor and elements, in hall metres (`px` is
 * one screen pixel in metres): the route through the venue points, the points with their names,
 * and the delegations' markers. Markers are drawn every animation frame, so in few paths: all
 * arrived markers in one fill, all moving ones in another, then their codes.
 */

const FONT = 'system-ui, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif';
const ROUTE = '#1f4b85';
const POINT = '#b8902f';
const MOVING = '#1d4ed8';
const MOVING_RING = '#ffffff';
const DONE = '#94a3b8';
const CODE = '#0f172a';
const HALO = 'rgba(255, 255, 255, 0.85)';

/**
 * A hall's elements as the venue map draws them, in drawing order: without the hall's text
 * labels, since the venue points name the places the sequence goes through.
 */
export function venueMapElements(elements: Readonly<Record<string, LayoutElement>>, hallId: string): LayoutElement[] {
  return Object.values(elements)
    .filter((e) => e.hallId === hallId && e.kind !== 'label')
    .sort(compareZ);
}

/** The route: the steps' venue points in step order, dashed, each point a diamond with its name. */
export function drawRoute(ctx: CanvasRenderingContext2D, points: readonly VenuePoint[], steps: readonly SequenceStep[], px: number, lang: 'vi' | 'en'): void {
  const byId = new Map(points.map((p) => [p.id, p]));
  const route = steps.map((s) => (s.venuePointId ? byId.get(s.venuePointId) : undefined)).filter((p): p is VenuePoint => !!p);
  ctx.save();
  ctx.strokeStyle = ROUTE;
  ctx.lineWidth = 2 * px;
  ctx.setLineDash([6 * px, 4 * px]);
  ctx.beginPath();
  route.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
  ctx.stroke();
  ctx.setLineDash([]);
  const r = 6 * px;
  ctx.font = `600 ${12 * px}px ${FONT}`;
  ctx.textBaseline = 'middle';
  // Names to the left of their point: the markers' codes are written to the right.
  ctx.textAlign = 'right';
  for (const p of points) {
    ctx.beginPath();
    ctx.moveTo(p.x, p.y - r);
    ctx.lineTo(p.x + r, p.y);
    ctx.lineTo(p.x, p.y + r);
    ctx.lineTo(p.x - r, p.y);
    ctx.closePath();
    ctx.fillStyle = POINT;
    ctx.fill();
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 1.5 * px;
    ctx.stroke();
    const name = pickLang(lang, { vi: p.nameVi, en: p.nameEn });
    const x = p.x - r - 4 * px;
    ctx.lineWidth = 3 * px;
    ctx.strokeStyle = HALO;
    ctx.strokeText(name, x, p.y);
    ctx.fillStyle = ROUTE;
    ctx.fillText(name, x, p.y);
  }
  ctx.restore();
}

/** A ring around the venue point being set up (selected or dragged), over drawRoute's diamond. */
export function drawPointRing(ctx: CanvasRenderingContext2D, point: Pick<VenuePoint, 'x' | 'y'>, px: number): void {
  ctx.save();
  ctx.beginPath();
  // Between the diamond (6 px and its white edge) and its name, which starts 10 px to the left.
  ctx.arc(point.x, point.y, 8.5 * px, 0, Math.PI * 2);
  ctx.strokeStyle = MOVING;
  ctx.lineWidth = 2 * px;
  ctx.stroke();
  ctx.restore();
}

/** How near (screen pixels) a press must be to a venue point to take it: its diamond and a margin. */
export const POINT_HIT_PX = 11;

/**
 * Every marker at its place: delegations under way as blue discs ringed white with their code,
 * delegations that have reached the end (the holding room) as small grey dots; waiting ones are
 * not drawn. `codes` holds each slot's code (ISO3 or organization).
 */
export function drawMarkers(ctx: CanvasRenderingContext2D, markers: readonly Marker[], codes: ReadonlyMap<string, string>, px: number): void {
  const r = 8 * px;
  circlesOf(ctx, markers, 'done', 4 * px);
  ctx.fillStyle = DONE;
  ctx.fill();
  circlesOf(ctx, markers, 'on-site', r);
  ctx.fillStyle = MOVING;
  ctx.fill();
  ctx.strokeStyle = MOVING_RING;
  ctx.lineWidth = 2 * px;
  ctx.stroke();
  ctx.font = `700 ${11 * px}px ${FONT}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = CODE;
  for (const m of markers) {
    if (m.phase !== 'on-site' || m.x === null || m.y === null) continue;
    ctx.fillText(codes.get(m.slotId) ?? '', m.x + r + 3 * px, m.y);
  }
}

/** One path of the circles of every marker in `phase` on the map: the phase is filled (and ringed) in one call. */
function circlesOf(ctx: CanvasRenderingContext2D, markers: readonly Marker[], phase: Marker['phase'], radius: number): void {
  ctx.beginPath();
  for (const m of markers) {
    if (m.phase !== phase || m.x === null || m.y === null) continue;
    ctx.moveTo(m.x + radius, m.y);
    ctx.arc(m.x, m.y, radius, 0, Math.PI * 2);
  }
}

/**
 * The markers as the e2e suite and screen readers of the DOM see them: "KOR:30.00,31.50 FRA:…",
 * in hall metres to the centimetre, only the markers on the map.
 */
export function markersAttribute(markers: readonly Marker[], codes: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  for (const m of markers) if (m.x !== null && m.y !== null) parts.push(`${codes.get(m.slotId) ?? m.slotId}:${m.x.toFixed(2)},${m.y.toFixed(2)}`);
  return parts.join(' ');
}
