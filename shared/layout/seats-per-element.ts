import type { Seat } from '../model/entities';

/**
 * Every seat of the event by its element, in the record's order. A document's records are
 * frozen and never change (an edit makes a new record), so the lists of a frozen record are
 * built once and shared: the hall canvas, the inspector and the next command each asked for
 * them, and each walk over 10,000 seats cost the frame of a drop or a click. The lists are
 * shared: read them, never change them. An unfrozen record (a draft, a test's fixture) may
 * still change, and is walked afresh each time.
 */
const built = new WeakMap<Readonly<Record<string, Seat>>, ReadonlyMap<string, readonly Seat[]>>();

export function seatsPerElement(seats: Readonly<Record<string, Seat>>): ReadonlyMap<string, readonly Seat[]> {
  const known = built.get(seats);
  if (known) return known;
  const map = new Map<string, Seat[]>();
  for (const s of Object.values(seats)) {
    const list = map.get(s.elementId);
    if (list) list.push(s);
    else map.set(s.elementId, [s]);
  }
  if (Object.isFrozen(seats)) built.set(seats, map);
  return map;
}
