import { format, type Language, pickLang } from '../../../shared/i18n/index';
import type { EventDocument } from '../../../shared/model/collections';
import { createRehearsal, stepLabel } from '../../../shared/arrival';
import { headNames, nameKey } from '../../../shared/arrival/model';
import type { Delegation, LayoutElement, Person, Seat, SequenceStep } from '../../../shared/model/entities';
import { isTableKind } from '../../../shared/layout/props';
import { addressedName, honorificOf } from '../../../shared/protocol/address';
import { compareUnNames } from '../../../shared/reference/names';
import { planSeating, seatingMessages } from '../../../shared/seating';
import { referenceStates } from '../reference';

/**
 * What each printed item says, read from the document (pure): names exactly as they are
 * written there, diacritics and all. Ids are what the seating diff's OutdatedItem names: a
 * person for a place card, a delegation for a name plate, the hall for a chart or signing list.
 */

/** `seat`: where the card or plate is put (not printed, but a card on another seat is a card to redo). */
/** `honorific` / `honorificVi`: the form of address (the officer's, else derived: shared/protocol/address.ts). */
export type PlaceCard = { id: string; honorific: string; honorificVi: string; name: string; delegationEn: string; delegationVi: string; flagCode: string | null; seat: string | null };
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
 * does not attend, as on the Precedence screen, so the order starts at the next name after it.
 */
export function signingRows(document: EventDocument, hallId: string, lang: Language): SigningRow[] | null {
  const list = planSeating(document, hallId, { states: referenceStates() }).signingList;
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

// ---- arrivals -------------------------------------------------------------------------------

/** Both languages of a text: [English, Vietnamese]. */
export type Both = readonly [string, string];
/** One moment of an arrival sequence: a step of one delegation, at its time (to the second). */
export type RunRow = {
  slotId: string;
  at: number;
  time: string;
  delegation: Both;
  head: string;
  step: Both;
  point: Both;
  car: string;
  liaison: string;
  escort: string;
  greeterId: string | null;
  kind: SequenceStep['kind'];
};
/** A cue card: one greeter's, liaison officer's or escort's own moments, in time order. */
export type CueCard = { id: string; role: 'greeter' | 'liaison' | 'escort'; name: string; title: Both; rows: RunRow[] };

/** The arrival sequences in their order. */
export const sequencesInOrder = (document: EventDocument) =>
  Object.values(document.sequences).sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : 1));

/**
 * The run-of-show, minute by minute: every step of every arrival in time order, as the
 * rehearsal plays it (createRehearsal's cues: logged actual times over planned ones), with the
 * delegation, the step and its venue point in both languages, the car and the liaison officer.
 */
export function runOfShow(document: EventDocument, sequenceId: string): RunRow[] {
  const heads = headNames(document);
  return createRehearsal(document, sequenceId)
    .cues('en')
    .map((cue) => {
      const slot = document.slots[cue.slotId]!;
      const d = document.delegations[cue.delegationId];
      const step = document.steps[cue.stepId];
      const p = step?.venuePointId ? document.venuePoints[step.venuePointId] : undefined;
      return {
        slotId: cue.slotId,
        at: cue.at,
        time: cue.time,
        delegation: [d?.nameEn ?? '', d?.nameVi ?? ''],
        head: heads.get(cue.delegationId) ?? '',
        step: [stepLabel(cue.kind, 'en'), stepLabel(cue.kind, 'vi')],
        point: [p?.nameEn ?? '', p?.nameVi ?? ''],
        car: slot.carNumber.trim(),
        liaison: slot.liaisonOfficer.trim(),
        escort: slot.escort.trim(),
        greeterId: slot.greeterId,
        kind: cue.kind,
      };
    });
}

/** What a greeter does: greet, and stand in the photo, at the greeter's point. */
const GREETER_STEPS: ReadonlySet<SequenceStep['kind']> = new Set(['greeting', 'photo']);

/**
 * One cue card per greeter (their greetings and photos), per liaison officer and per escort
 * (every step of the delegations they accompany, from the car to the holding room): greeters
 * first, then the officers, then the escorts, each by name. A name typed twice with other
 * spacing or case is one person.
 */
export function cueCards(document: EventDocument, sequenceId: string, collator: Intl.Collator): CueCard[] {
  const rows = runOfShow(document, sequenceId);
  const greeters = Object.values(document.greeters)
    .filter((g) => g.sequenceId === sequenceId)
    .sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id))
    .map((g): CueCard => ({ id: `greeter:${g.id}`, role: 'greeter', name: g.name, title: [g.titleEn, g.titleVi], rows: rows.filter((r) => r.greeterId === g.id && GREETER_STEPS.has(r.kind)) }));
  const accompanying = (role: 'liaison' | 'escort', nameOf: (r: RunRow) => string): CueCard[] => {
    const cards = new Map<string, CueCard>();
    for (const r of rows) {
      const name = nameOf(r);
      if (name === '') continue;
      const key = nameKey(name);
      let card = cards.get(key);
      if (!card) cards.set(key, (card = { id: `${role}:${key}`, role, name, title: ['', ''], rows: [] }));
      card.rows.push(r);
    }
    return [...cards.values()].sort((a, b) => collator.compare(a.name, b.name));
  };
  return [...greeters, ...accompanying('liaison', (r) => r.liaison), ...accompanying('escort', (r) => r.escort)].filter((c) => c.rows.length > 0);
}

// ---- table plans and delegation sheets --------------------------------------------------------

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
        .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
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
