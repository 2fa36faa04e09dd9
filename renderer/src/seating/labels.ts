import type { Seat } from '../../../shared/model/entities';

export type SeatLabel = { code: string; name: string };

/** Level of detail, in screen pixels of a seat's width: the delegation's code from 12 px, with the name from 28 px. */
export const CODE_FROM_PX = 12;
export const NAME_FROM_PX = 28;

/**
 * Writes each taken seat's short label under it, in screen pixels (the context's transform
 * maps hall metres to the device): text is set at a real 11 px size, never as a fraction of a
 * metre-sized font, which some canvas back-ends drop or blur at the plan's scales. Only seats
 * in view are labelled. Returns the labels drawn, for the page to publish.
 */
export function drawSeatLabels(ctx: CanvasRenderingContext2D, seats: readonly Seat[], taken: ReadonlyMap<string, SeatLabel>, r: number, px: number): string[] {
  const seatPx = (2 * r) / px;
  if (seatPx < CODE_FROM_PX) return [];
  const m = ctx.getTransform();
  const ratio = Math.hypot(m.a, m.b) * px; // device pixels per CSS pixel
  const { width, height } = ctx.canvas;
  const drawn: string[] = [];
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillStyle = '#0f172a';
  ctx.font = `600 ${11 * ratio}px system-ui, "Segoe UI", "Noto Sans", sans-serif`;
  const below = (seatPx / 2 + 2) * ratio;
  const margin = 80 * ratio;
  // Neighbouring seats' labels must not run into each other: about two seats' width each.
  const maxWidth = Math.max(2.4 * seatPx, 40) * ratio;
  for (const s of seats) {
    const who = taken.get(s.id);
    if (!who) continue;
    const x = m.a * s.x + m.c * s.y + m.e;
    const y = m.b * s.x + m.d * s.y + m.f;
    if (x < -margin || y < -margin || x > width + margin || y > height + margin) continue;
    const full = seatPx >= NAME_FROM_PX && who.name ? `${who.code} · ${who.name}` : who.code;
    if (!full) continue;
    const text = fit(ctx, full, maxWidth);
    ctx.fillText(text, x, y + below);
    drawn.push(text);
  }
  ctx.restore();
  return drawn;
}

/** The text cut with an ellipsis to `maxWidth` device pixels (the delegation's code is never cut). */
function fit(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  const code = text.split(' · ')[0]!;
  return lo <= code.length ? code : `${text.slice(0, lo).trimEnd()}…`;
}
