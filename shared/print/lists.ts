import { format, pickLang, type Language } from '../i18n/index';
import type { EventDocument } from '../model/collections';
import type { LayoutElement, Person, Seat } from '../model/entities';
import { byOrder } from '../compare';
import { isTableKind } from '../layout/props';
import { addressedName } from '../protocol/address';
import type { StateRef } from '../reference/types';
import { planSeating, seatingMessages } from '../seating';
import { delegationsByUnName, elementOrder, hallsInOrder, peopleOf } from './order';

/**
 * What each printed list says (pure), in one language: the guest index, a signing order, the
 * table plans and the delegation sheets; names exactly as the document writes them, forms of
 * address per docs/protocol.md (shared/protocol/address.ts).
 */

/** Both languages of a text: [English, Vietnamese]. */
export type Both = readonly [string, string];
export type IndexRow = { personId: string; name: string; delegation: string; hall: string; place: string; seat: string };
export type SigningRow = { position: number; delegationId: string; delegationEn: string; delegationVi: string; signatory: string; title: string; flagCode: string | null };

/** "Head table", "Table 12", "States, block A": the element a seat belongs to, in one language. */
export function placeName(element: LayoutElement | undefined, lang: Language): string {
  if (!element) return '';
  const label = pickLang(lang, { vi: element.labelVi, en: element.labelEn }).trim();
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
    const delegation = d ? pickLang(lang, { vi: d.nameVi, en: d.nameEn }) : '';
    const seats = (seatsOf.get(p.id) ?? []).sort((a, b) => (hallRank.get(a.hallId) ?? 0) - (hallRank.get(b.hallId) ?? 0));
    if (seats.length === 0) rows.push({ personId: p.id, name: p.name, delegation, hall: '', place: '', seat: notSeated });
    for (const seat of seats) {
      const hall = document.halls[seat.hallId];
      rows.push({
        personId: p.id,
        name: p.name,
        delegation,
        hall: hall ? pickLang(lang, { vi: hall.nameVi, en: hall.nameEn }) : '',
        place: placeName(document.elements[seat.elementId], lang),
        seat: seat.label,
      });
    }
  }
  return rows;
}

/**
 * The signing order of a signing hall (host first, then precedence) with who signs; null for
 * another strategy. The reference states name a lot country that is stored by its code only and
 * does not attend (`states`: the reference table), as on the Precedence screen, so the order starts at the next name after it.
 */
export function signingRows(document: EventDocument, hallId: string, lang: Language, states: readonly StateRef[]): SigningRow[] | null {
  const list = planSeating(document, hallId, { states }).signingList;
  if (!list) return null;
  return list.map((entry) => {
    const d = document.delegations[entry.delegationId];
    const head = peopleOf(document, entry.delegationId).find((p) => p.role === 'head') ?? null;
    return {
      position: entry.position,
      delegationId: entry.delegationId,
      delegationEn: d?.nameEn ?? '',
      delegationVi: d?.nameVi ?? '',
      signatory: head ? addressedName(head, lang) : '',
      title: head ? pickLang(lang, { vi: head.titleVi, en: head.titleEn }) : '',
      flagCode: d?.flagCode ?? null,
    };
  });
}

export type TablePlanRow = { seatId: string; seat: string; name: string; delegation: Both; host: boolean };
/** One table of a hall: its name and every seat in seat order, with who sits there (free seats too). */
export type TablePlan = { id: string; name: string; rows: TablePlanRow[] };

/** The hall's tables (by number), each with its seats in seat order and who sits there. */
export function tablePlans(document: EventDocument, hallId: string, lang: Language): TablePlan[] {
  const occupant = new Map<string, Person>();
  for (const a of Object.values(document.assignments)) if (a.hallId === hallId && document.people[a.personId]) occupant.set(a.seatId, document.people[a.personId]!);
  const seatsOf = new Map<string, Seat[]>();
  for (const seat of Object.values(document.seats)) if (seat.hallId === hallId) seatsOf.set(seat.elementId, [...(seatsOf.get(seat.elementId) ?? []), seat]);
  return Object.values(document.elements)
    .filter((e) => e.hallId === hallId && isTableKind(e.kind) && seatsOf.has(e.id))
    .sort(elementOrder)
    .map((element) => ({
      id: element.id,
      name: placeName(element, lang),
      rows: seatsOf
        .get(element.id)!
        .sort(byOrder)
        .map((seat) => {
          const person = occupant.get(seat.id);
          const d = person ? document.delegations[person.delegationId] : undefined;
          return { seatId: seat.id, seat: seat.label, name: person ? addressedName(person, lang) : '', delegation: [d?.nameEn ?? '', d?.nameVi ?? ''], host: seat.isTableHost };
        }),
    }));
}

export type SheetRow = { personId: string; name: string; role: Person['role']; title: Both; hall: Both; place: string; seat: string };
/** One delegation's sheet: each member, in the delegation's order, and where they sit in each hall. */
export type DelegationSheet = { id: string; name: Both; rows: SheetRow[] };

/** Every delegation (UN alphabetical order) with where each member sits in each hall (halls in order); someone seated nowhere says so. */
export function delegationSheets(document: EventDocument, lang: Language, notSeated: string): DelegationSheet[] {
  const halls = hallsInOrder(document);
  const hallRank = new Map(halls.map((h, i) => [h.id, i]));
  const seatsOf = new Map<string, Seat[]>();
  for (const a of Object.values(document.assignments)) {
    const seat = document.seats[a.seatId];
    if (seat) seatsOf.set(a.personId, [...(seatsOf.get(a.personId) ?? []), seat]);
  }
  return delegationsByUnName(document).map((d) => ({
    id: d.id,
    name: [d.nameEn, d.nameVi],
    rows: peopleOf(document, d.id).flatMap((p): SheetRow[] => {
      const name = addressedName(p, lang);
      const seats = (seatsOf.get(p.id) ?? []).sort((a, b) => (hallRank.get(a.hallId) ?? 0) - (hallRank.get(b.hallId) ?? 0));
      if (seats.length === 0) return [{ personId: p.id, name, role: p.role, title: [p.titleEn, p.titleVi], hall: ['', ''], place: '', seat: notSeated }];
      return seats.map((seat) => {
        const hall = document.halls[seat.hallId];
        return { personId: p.id, name, role: p.role, title: [p.titleEn, p.titleVi], hall: [hall?.nameEn ?? '', hall?.nameVi ?? ''], place: placeName(document.elements[seat.elementId], lang), seat: seat.label };
      });
    }),
  }));
}
