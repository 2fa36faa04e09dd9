import type { EventDocument } from '../model/collections';
import type { Delegation, Person, Seat } from '../model/entities';
import { honorificOf } from '../protocol/address';
import { delegationsByUnName, peopleOf, seatedInHall } from './order';

/**
 * What each printed item says, read from the document (pure): names exactly as they are
 * written there, diacritics and all. Ids are what the seating diff's OutdatedItem names: a
 * person for a place card, a delegation for a name plate, the hall for a chart or signing list.
 */

/** `seat`: where the card or plate is put (not printed, but a card on another seat is a card to redo). */
/** `honorific` / `honorificVi`: the form of address (the officer's, else derived: shared/protocol/address.ts). */
export type PlaceCard = { id: string; honorific: string; honorificVi: string; name: string; delegationEn: string; delegationVi: string; flagCode: string | null; seat: string | null };
export type NamePlate = { id: string; nameEn: string; nameVi: string; flagCode: string | null; seat: string | null };

function placeCard(document: EventDocument, person: Person, seat: Seat | null): PlaceCard {
  const d = document.delegations[person.delegationId];
  return { id: person.id, honorific: honorificOf(person, 'en'), honorificVi: honorificOf(person, 'vi'), name: person.name, delegationEn: d?.nameEn ?? '', delegationVi: d?.nameVi ?? '', flagCode: d?.flagCode ?? null, seat: seat?.id ?? null };
}

/** Place cards for everyone seated in a hall (null: everyone of every delegation, delegations in UN alphabetical order). */
export function placeCards(document: EventDocument, hallId: string | null): PlaceCard[] {
  if (hallId !== null) return seatedInHall(document, hallId).map(({ person, seat }) => placeCard(document, person, seat));
  return delegationsByUnName(document).flatMap((d) => peopleOf(document, d.id).map((p) => placeCard(document, p, null)));
}

/** One name plate per delegation seated in the hall, in seating order (null: every delegation, UN alphabetical order). */
export function namePlates(document: EventDocument, hallId: string | null): NamePlate[] {
  const plate = (d: Delegation, seat: string | null): NamePlate => ({ id: d.id, nameEn: d.nameEn, nameVi: d.nameVi, flagCode: d.flagCode, seat });
  if (hallId === null) return delegationsByUnName(document).map((d) => plate(d, null));
  // At the delegation's first seat in seating order (the head's desk).
  const first = new Map<string, string>();
  for (const r of seatedInHall(document, hallId)) if (!first.has(r.person.delegationId)) first.set(r.person.delegationId, r.seat.id);
  return [...first].flatMap(([id, seat]) => (document.delegations[id] ? [plate(document.delegations[id], seat)] : []));
}

