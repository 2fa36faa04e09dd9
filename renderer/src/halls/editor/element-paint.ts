import type { EventDocument } from '../../../../shared/model/collections';
import type { LayoutElement, Seat } from '../../../../shared/model/entities';
import { rectsIntersect, type Point, type Rect } from '../../../../shared/rect';
import { drawElements, drawSeats } from '../view/draw';

// One element of the hall editor with its seats, in hall metres at `px` metres per screen pixel,
// and the hall's taken seats it is drawn with (its seats by element: shared/seating/honour.ts).

/** What an element is drawn with: its seats, and which seats of the hall are taken. */
export type ElementPaint = { seats: readonly Seat[] | undefined; assigned: ReadonlySet<string>; px: number; lang: 'vi' | 'en' };

/** An element with its seats (drawn moved by `offset`, its bounds `b`); skipped when out of `view`. */
export function paintElement(ctx: CanvasRenderingContext2D, el: LayoutElement, b: Rect, view: Rect, offset: Point, { seats, assigned, px, lang }: ElementPaint): void {
  const margin = 0.6;
  if (!rectsIntersect(view, { x: b.x + offset.x - margin, y: b.y + offset.y - margin, width: b.width + 2 * margin, height: b.height + 2 * margin })) return;
  drawElements(ctx, [el], px, lang);
  if (seats && seats.length > 0) drawSeats(ctx, seats, assigned, px, view);
  if (el.locked && 10 * px < Math.min(el.width, el.depth)) {
    ctx.fillStyle = '#64748b';
    ctx.font = `${12 * px}px system-ui, sans-serif`;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    ctx.fillText('🔒', b.x + 2 * px, b.y + 2 * px);
  }
}

/**
 * An element previewed at `angle` while its rotate handle is dragged: the body redrawn at that
 * angle (its number stays upright), the seats turned with it about the centre, without labels
 * (they would be drawn turned); the document's seats follow on mouse up.
 */
export function paintTurning(ctx: CanvasRenderingContext2D, el: LayoutElement, angle: number, { seats, assigned, px, lang }: ElementPaint): void {
  drawElements(ctx, [{ ...el, rotation: angle }], px, lang);
  if (!seats?.length) return;
  ctx.save();
  ctx.translate(el.x, el.y);
  ctx.rotate(((angle - el.rotation) * Math.PI) / 180);
  ctx.translate(-el.x, -el.y);
  drawSeats(ctx, seats, assigned, px);
  ctx.restore();
}

/** The hall's seats someone is assigned to. */
export function assignedSeats(doc: EventDocument, hallId: string): Set<string> {
  const set = new Set<string>();
  for (const a of Object.values(doc.assignments)) if (a.hallId === hallId) set.add(a.seatId);
  return set;
}
