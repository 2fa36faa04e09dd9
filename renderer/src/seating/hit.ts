import type { Seat } from '../../../shared/model/entities';
import type { Point } from '../../../shared/rect';

/**
 * The seat under a point of the hall (metres): the nearest seat centre within `radius`, or null.
 * A linear scan: it runs once per click or drop, and 10,000 seats take well under a millisecond.
 */
export function seatAt(seats: readonly Seat[], point: Point, radius: number): Seat | null {
  let best: Seat | null = null;
  let bestD2 = radius * radius;
  for (const s of seats) {
    const dx = s.x - point.x;
    const dy = s.y - point.y;
    const d2 = dx * dx + dy * dy;
    if (d2 <= bestD2) {
      best = s;
      bestD2 = d2;
    }
  }
  return best;
}
