import type { EventDocument } from '../model/collections';
import type { Delegation, LayoutElement, Person, Seat } from '../model/entities';
import { byId, byOrder, bySortKey, byUnName, thenBy } from '../compare';

/**
 * The orders printed items follow (pure): halls and sequences by their sort key, tables by
 * number, delegations in UN alphabetical order of their English names, members in their
 * delegation's order.
 */

/** The halls in their order. */
export const hallsInOrder = (document: EventDocument) =>
  Object.values(document.halls).sort(bySortKey);

/** The arrival sequences in their order. */
export const sequencesInOrder = (document: EventDocument) =>
  Object.values(document.sequences).sort(bySortKey);

export const elementOrder = (a: LayoutElement | undefined, b: LayoutElement | undefined) =>
  (a?.number ?? Infinity) - (b?.number ?? Infinity) || (a?.zIndex ?? '').localeCompare(b?.zIndex ?? '') || (a?.id ?? '').localeCompare(b?.id ?? '');

/** The hall's seated people with their seats, in the order cards are handed out: table by table (by number), seat by seat. */
export function seatedInHall(document: EventDocument, hallId: string): { person: Person; seat: Seat }[] {
  const rows: { person: Person; seat: Seat }[] = [];
  for (const a of Object.values(document.assignments)) {
    if (a.hallId !== hallId) continue;
    const person = document.people[a.personId];
    const seat = document.seats[a.seatId];
    if (person && seat) rows.push({ person, seat });
  }
  return rows.sort(
    (x, y) => elementOrder(document.elements[x.seat.elementId], document.elements[y.seat.elementId]) || x.seat.order - y.seat.order || x.seat.id.localeCompare(y.seat.id),
  );
}

export const delegationsByUnName = (document: EventDocument): Delegation[] =>
  Object.values(document.delegations).sort(thenBy<Delegation>(byUnName((d) => d.nameEn), byId));

export const peopleOf = (document: EventDocument, delegationId: string) =>
  Object.values(document.people)
    .filter((p) => p.delegationId === delegationId)
    .sort(byOrder);

