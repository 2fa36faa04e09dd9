import { format, type Language } from '../../../shared/i18n/index';
import type { EventDocument } from '../../../shared/model/collections';
import type { Delegation, LayoutElement, Person, Seat } from '../../../shared/model/entities';
import { compareUnNames } from '../../../shared/reference/names';
import { planSeating, seatingMessages } from '../../../shared/seating';

/**
 * What each printed item says, read from the document (pure): names exactly as they are
 * written there, diacritics and all. Ids are what the seating diff's OutdatedItem names: a
 * person for a place card, a delegation for a name plate, the hall for a chart or signing list.
 */

/** `seat`: where the card or plate is put (not printed, but a card on another seat is a card to redo). */
export type PlaceCard = { id: string; honorific: string; name: string; delegationEn: string; delegationVi: string; flagCode: string | null; seat: string | null };
export type NamePlate = { id: string; nameEn: string; nameVi: string; flagCode: string | null; seat: string | null };
export type IndexRow = { personId: string; name: string; delegation: string; hall: string; place: string; seat: string };
export type SigningRow = { position: number; delegationId: string; delegationEn: string; delegationVi: string; signatory: string; title: string; flagCode: string | null };

/** The halls in their order. */
export const hallsInOrder = (document: EventDocument) =>
  Object.values(document.halls).sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : 1));

const elementOrder = (a: LayoutElement | undefined, b: LayoutElement | undefined) =>
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

const delegationsByUnName = (document: EventDocument): Delegation[] =>
  Object.values(document.delegations).sort((a, b) => compareUnNames(a.nameEn, b.nameEn) || a.id.localeCompare(b.id));

const peopleOf = (document: EventDocument, delegationId: string) =>
  Object.values(document.people)
    .filter((p) => p.delegationId === delegationId)
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

function placeCard(document: EventDocument, person: Person, seat: Seat | null): PlaceCard {
  const d = document.delegations[person.delegationId];
  return { id: person.id, honorific: person.honorific, name: person.name, delegationEn: d?.nameEn ?? '', delegationVi: d?.nameVi ?? '', flagCode: d?.flagCode ?? null, seat: seat?.id ?? null };
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

/** "Head table", "Table 12", "States, block A": the element a seat belongs to, in one language. */
export function placeName(element: LayoutElement | undefined, lang: Language): string {
  if (!element) return '';
  const label = (lang === 'vi' ? element.labelVi : element.labelEn).trim();
  if (label !== '') return label;
  return element.number != null ? format(seatingMessages[lang]['table-n'], { n: element.number }) : '';
}

/**
 * Everyone, by family name (then full name) in the reader's collation: one row per hall the
 * person is seated in, halls in their order; someone seated nowhere gets one row saying so.
 */
export function guestIndex(document: EventDocument, lang: Language, notSeated: string, collator: Intl.Collator): IndexRow[] {
  const halls = hallsInOrder(document);
  const hallRank = new Map(halls.map((h, i) => [h.id, i]));
  const seatsOf = new Map<string, Seat[]>();
  for (const a of Object.values(document.assignments)) {
    const seat = document.seats[a.seatId];
    if (!seat) continue;
    const list = seatsOf.get(a.personId) ?? [];
    list.push(seat);
    seatsOf.set(a.personId, list);
  }
  const people = Object.values(document.people).map((p) => ({ p, key: (p.familyName.trim() || p.name).trim() }));
  people.sort((a, b) => collator.compare(a.key, b.key) || collator.compare(a.p.name, b.p.name) || a.p.id.localeCompare(b.p.id));
  const rows: IndexRow[] = [];
  for (const { p } of people) {
    const d = document.delegations[p.delegationId];
    const delegation = d ? (lang === 'vi' ? d.nameVi : d.nameEn) : '';
    const seats = (seatsOf.get(p.id) ?? []).sort((a, b) => (hallRank.get(a.hallId) ?? 0) - (hallRank.get(b.hallId) ?? 0));
    if (seats.length === 0) rows.push({ personId: p.id, name: p.name, delegation, hall: '', place: '', seat: notSeated });
    for (const seat of seats) {
      const hall = document.halls[seat.hallId];
      rows.push({
        personId: p.id,
        name: p.name,
        delegation,
        hall: hall ? (lang === 'vi' ? hall.nameVi : hall.nameEn) : '',
        place: placeName(document.elements[seat.elementId], lang),
        seat: seat.label,
      });
    }
  }
  return rows;
}

/** The signing order of a signing hall (host first, then precedence) with who signs; null for another strategy. */
export function signingRows(document: EventDocument, hallId: string, lang: Language): SigningRow[] | null {
  const list = planSeating(document, hallId).signingList;
  if (!list) return null;
  return list.map((entry) => {
    const d = document.delegations[entry.delegationId];
    const head = peopleOf(document, entry.delegationId).find((p) => p.role === 'head') ?? null;
    return {
      position: entry.position,
      delegationId: entry.delegationId,
      delegationEn: d?.nameEn ?? '',
      delegationVi: d?.nameVi ?? '',
      signatory: head ? [head.honorific, head.name].filter((s) => s.trim() !== '').join(' ') : '',
      title: head ? (lang === 'vi' ? head.titleVi : head.titleEn) : '',
      flagCode: d?.flagCode ?? null,
    };
  });
}
