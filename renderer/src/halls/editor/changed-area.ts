import type { LayoutElement, Seat } from '../../../../shared/model/entities';
import { unionRects, type Rect } from '../../../../shared/rect';

// What a change of the document changed on the element layer, so that the scene repaints that
// region rather than every seat of the hall: the drop of a dragged table, a nudge or an edit in
// the inspector touch one or a few elements, and redrawing 10,000 seats for them would cost the
// gesture's last frame (pure, unit-tested).

/** What the element layer's canvas showed: the elements and their seats, and those drawn elsewhere (lifted for a drag). */
export type ElementsShown = {
  byId: ReadonlyMap<string, LayoutElement>;
  seats: ReadonlyMap<string, readonly Seat[]>;
  /** Elements not on the element canvas (lifted for a drag or a turn): their region must be painted again whatever changed. */
  lifted: readonly string[];
};

/**
 * The region, in hall metres, where the element layer must be painted again to show `now`
 * instead of `before`: the bounds, before and after, of every element added, removed or changed
 * (its row, or any of its seats), and of every lifted element. Null when nothing shown changed.
 * Elements are immutable rows: an unchanged element is the same object.
 */
export function changedArea(
  before: ElementsShown,
  now: Pick<ElementsShown, 'byId' | 'seats'>,
  boundsOf: (el: LayoutElement) => Rect,
): Rect | null {
  const areas: Rect[] = [];
  const lifted = new Set(before.lifted);
  const visit = (id: string) => {
    const was = before.byId.get(id);
    const is = now.byId.get(id);
    if (was === is && !lifted.has(id) && sameSeats(before.seats.get(id), now.seats.get(id))) return;
    if (was) areas.push(boundsOf(was));
    if (is) areas.push(boundsOf(is));
  };
  for (const id of before.byId.keys()) visit(id);
  for (const id of now.byId.keys()) if (!before.byId.has(id)) visit(id);
  return unionRects(areas);
}

function sameSeats(a: readonly Seat[] | undefined, b: readonly Seat[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
