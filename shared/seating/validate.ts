import { byId, bySortKey } from '../compare';
import type { EventDocument } from '../model/collections';
import type { Assignment, Hall } from '../model/entities';
import { PrecedenceRulesError, effectiveRoles, hostCountry, hostDelegation, readRules, type PrecedenceRules, type StateName } from '../protocol';
import { orderProblems, seatedHeads, type SeatedHead } from './order-check';
import { hallParams, problem } from './problem';
import { nextTo } from './constraints';
import { hallHonour, type HallHonour } from './honour';
import { both, seatName, seatParams, seatingMessages } from './messages';
import { SeatingSettingsError, readSeatingSettings } from './settings';
import type { SeatingProblem } from './types';
import { keepTogetherOf } from './who';
import { addressProblems, nameViProblems } from './print-check';
import { pickLang } from '../i18n/index';

/**
 * Everything wrong with the seating of an event, most serious first within each hall. Cheap
 * enough to run after every edit (the sample: 4,000 seats, 160 delegations, well under 50 ms).
 *
 * In every hall: a seat given twice, a person seated twice, a placement in another hall than its
 * seat, a blocked seat used, an accessible seat missing. In every hall that is seated (holds at
 * least one placement), by its settings: a head of delegation without a seat, someone absent but
 * seated, a precedence inversion among heads of delegation (an error, a warning when one of the
 * two placements is locked: the officer chose it; the host and co-chairs, pinned, and people
 * who need an accessible seat are left out), a delegation split over several tables or blocks
 * (keepTogether; the host and co-chairs, placed by role, left out), a never-next-to pair side
 * by side. For seated delegations and people: a state without a flag (an organization may have
 * none: its plates carry its name), a title or a form of address missing in one language, a
 * state without a Vietnamese name of its own (print-check.ts). A hall seated in another
 * order than the event's (order-check.ts: a plenary seated from the wrong start of the lot, a
 * signing table out of signing order). For the event: the host country without a delegation, a
 * stale host flag (hostProblems).
 *
 * `states`: the reference table's, as the plan is given them (a lot country that does not attend,
 * recorded by its code only, is placed in the alphabet only with them), so that the checks judge
 * a hall against the order it was seated in.
 *
 * With `hallId`: that hall's problems and the event's only (null: the event's only). That is
 * what the Seating screen shows after every edit; at 10,000 seats the other halls' checks would
 * be most of the time.
 */
export function seatingProblems(document: EventDocument, options: { hallId?: string | null; states?: readonly StateName[] } = {}): SeatingProblem[] {
  const problems: SeatingProblem[] = [...hostProblems(document)];
  let rules: PrecedenceRules | null = null;
  try {
    rules = readRules(document);
  } catch (err) {
    if (!(err instanceof PrecedenceRulesError)) throw err;
    problems.push(problem('error', 'problem-rules-invalid', { issues: err.issues.join('; ') }, null));
  }
  const byHall = new Map<string, Assignment[]>();
  for (const a of Object.values(document.assignments)) {
    const list = byHall.get(a.hallId);
    if (list) list.push(a);
    else byHall.set(a.hallId, [a]);
  }
  const halls = Object.values(document.halls).sort(bySortKey);
  for (const hall of halls) {
    if (options.hallId !== undefined && hall.id !== options.hallId) continue;
    const assignments = (byHall.get(hall.id) ?? []).sort(byId);
    problems.push(...placementProblems(document, hall, assignments));
    if (assignments.length === 0 || rules === null) continue;
    let honour: HallHonour;
    try {
      honour = hallHonour(document, hall.id, { settings: readSeatingSettings(document, hall.id), rules, states: options.states });
    } catch (err) {
      if (!(err instanceof SeatingSettingsError)) throw err;
      problems.push(problem('error', 'problem-settings-invalid', { ...hallParams(hall), issues: err.issues.join('; ') }, hall.id));
      continue;
    }
    problems.push(...strategyProblems(document, hall, honour, assignments));
  }
  problems.push(...printProblems(document));
  const weight = (p: SeatingProblem) => (p.severity === 'error' ? 0 : 1);
  return problems.map((p, i) => ({ p, i })).sort((a, b) => weight(a.p) - weight(b.p) || a.i - b.i).map(({ p }) => p);
}


/**
 * The event's host. The host is derived from EventInfo.hostIso3 (protocol/host.ts), so the order
 * can no longer disagree with the host code; what can still be wrong, and is said:
 * - the host country has no delegation yet (nobody is pinned: the order starts with a guest);
 * - a delegation of another country still flagged host in the file (an old file, a restored
 *   backup): the flag is not followed, and the officer is told which country is the host;
 * - with no host country, several delegations flagged host.
 */
export function hostProblems(document: EventDocument): SeatingProblem[] {
  const flagged = Object.values(document.delegations).filter((d) => d.pinnedRole === 'host').sort(byId);
  const iso3 = hostCountry(document);
  if (iso3 === null) {
    if (flagged.length < 2) return [];
    const ids = { delegationIds: flagged.map((d) => d.id) };
    return [problem('error', 'problem-host-several', { count: flagged.length, delegations: flagged.map((d) => d.nameEn).join(', ') }, null, ids)];
  }
  const host = hostDelegation(document);
  const out: SeatingProblem[] = [];
  if (!host) out.push(problem('error', 'problem-host-missing', { iso3 }, null));
  for (const d of flagged) {
    if (d.id === host?.id) continue;
    out.push(problem('warning', 'problem-host-mismatch', { iso3, ...both('delegation', d.nameEn, d.nameVi) }, null, { delegationIds: [d.id] }));
  }
  return out;
}

/** What every placement must respect, whatever the strategy. */
function placementProblems(document: EventDocument, hall: Hall, assignments: Assignment[]): SeatingProblem[] {
  const out: SeatingProblem[] = [];
  const bySeat = new Map<string, Assignment[]>();
  const byPerson = new Map<string, Assignment[]>();
  for (const a of assignments) {
    bySeat.set(a.seatId, [...(bySeat.get(a.seatId) ?? []), a]);
    byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), a]);
  }
  const nameOf = (personId: string) => document.people[personId]?.name ?? personId;
  for (const [seatId, list] of bySeat) {
    if (list.length < 2) continue;
    out.push(
      problem('error', 'problem-seat-double-booked', { ...seatParams(document, 'seat', seatId), count: list.length, people: list.map((a) => nameOf(a.personId)).join(', ') }, hall.id, {
        seatIds: [seatId], personIds: list.map((a) => a.personId),
      }),
    );
  }
  for (const [personId, list] of byPerson) {
    if (list.length < 2) continue;
    const seats = list.map((a) => a.seatId);
    out.push(
      problem('error', 'problem-person-twice', {
        person: nameOf(personId), count: list.length, ...hallParams(hall),
        seats_en: seats.map((s) => seatName(document, s, 'en')).join('; '), seats_vi: seats.map((s) => seatName(document, s, 'vi')).join('; '),
      }, hall.id, { seatIds: seats, personIds: [personId] }),
    );
  }
  for (const a of assignments) {
    const seat = document.seats[a.seatId];
    const person = document.people[a.personId];
    const ids = { seatIds: [a.seatId], personIds: [a.personId], delegationIds: person ? [person.delegationId] : [] };
    // Described only for a problem: naming every seat of a 10,000-seat event would cost more than the checks.
    const at = () => ({ person: nameOf(a.personId), ...seatParams(document, 'seat', a.seatId) });
    if (!seat || seat.hallId !== a.hallId) out.push(problem('error', 'problem-wrong-hall', at(), hall.id, ids));
    else if (seat.blocked) out.push(problem('error', 'problem-blocked-seat', at(), hall.id, ids));
    if (seat && person?.needsAccessible && !seat.accessible) out.push(problem('error', 'problem-accessible', at(), hall.id, ids));
  }
  return out;
}

/** What the hall's strategy and settings ask for. */
function strategyProblems(document: EventDocument, hall: Hall, honour: HallHonour, assignments: Assignment[]): SeatingProblem[] {
  const out: SeatingProblem[] = [];
  const { settings } = honour;
  const seatOf = new Map(assignments.map((a) => [a.personId, a]));
  // Absent yet seated.
  for (const a of assignments) {
    if (!honour.absent.has(a.personId)) continue;
    const person = document.people[a.personId]!;
    out.push(problem('error', 'problem-absent-seated', { person: person.name, ...hallParams(hall), ...seatParams(document, 'seat', a.seatId) }, hall.id, {
      seatIds: [a.seatId], personIds: [a.personId], delegationIds: [person.delegationId],
    }));
  }
  // Heads of delegation (or their representatives) without a seat.
  for (const g of honour.guests) {
    if (!g.isHead || seatOf.has(g.person.id)) continue;
    out.push(problem('error', 'problem-head-not-seated', { ...both('delegation', g.delegation.nameEn, g.delegation.nameVi), person: g.person.name, ...hallParams(hall) }, hall.id, {
      personIds: [g.person.id], delegationIds: [g.delegation.id],
    }));
  }
  out.push(...orderProblems(document, hall, honour, seatOf));
  out.push(...inversions(document, hall, honour, seatOf));
  // A delegation over several tables or blocks. Left out: locked placements (chosen by the
  // officer) and the host and co-chairs, whose people are placed by role (presiding table,
  // table hosts at a banquet).
  if (keepTogetherOf(settings)) {
    const roles = effectiveRoles(document);
    const places = new Map<string, Map<string, string>>();
    for (const a of assignments) {
      const person = document.people[a.personId];
      const seat = document.seats[a.seatId];
      if (!person || !seat || a.locked || honour.absent.has(person.id)) continue;
      if ((roles.get(person.delegationId) ?? 'none') !== 'none') continue;
      const map = places.get(person.delegationId) ?? new Map<string, string>();
      if (!map.has(seat.elementId)) map.set(seat.elementId, seat.id);
      places.set(person.delegationId, map);
    }
    for (const [delegationId, map] of places) {
      if (map.size < 2) continue;
      const d = document.delegations[delegationId]!;
      const seats = [...map.values()];
      const element = (seatId: string, lang: 'en' | 'vi') => {
        const e = document.elements[document.seats[seatId]!.elementId]!;
        return pickLang(lang, { vi: e.labelVi, en: e.labelEn }) || seatName(document, seatId, lang);
      };
      out.push(problem('warning', 'problem-split', {
        ...both('delegation', d.nameEn, d.nameVi), count: map.size, ...hallParams(hall),
        places_en: seats.map((s) => element(s, 'en')).join('; '), places_vi: seats.map((s) => element(s, 'vi')).join('; '),
      }, hall.id, {
        seatIds: assignments.filter((a) => document.people[a.personId]?.delegationId === delegationId).map((a) => a.seatId), delegationIds: [delegationId],
      }));
    }
  }
  // Never next to.
  if (settings.neverNextTo.length > 0) {
    const seatsOf = new Map<string, { personId: string; seatId: string }[]>();
    for (const a of assignments) {
      const person = document.people[a.personId];
      if (!person) continue;
      seatsOf.set(person.delegationId, [...(seatsOf.get(person.delegationId) ?? []), { personId: a.personId, seatId: a.seatId }]);
    }
    for (const [x, y] of settings.neverNextTo) {
      const dx = document.delegations[x];
      const dy = document.delegations[y];
      if (!dx || !dy || x === y) continue;
      for (const a of seatsOf.get(x) ?? []) {
        const b = (seatsOf.get(y) ?? []).find((b) => {
          const sa = document.seats[a.seatId];
          const sb = document.seats[b.seatId];
          return sa && sb && nextTo(sa, sb);
        });
        if (!b) continue;
        out.push(problem('error', 'problem-never-next-to', {
          ...both('a', dx.nameEn, dx.nameVi), ...both('b', dy.nameEn, dy.nameVi),
          ...seatParams(document, 'seatA', a.seatId), ...seatParams(document, 'seatB', b.seatId),
        }, hall.id, { seatIds: [a.seatId, b.seatId], personIds: [a.personId, b.personId], delegationIds: [x, y] }));
        break;
      }
    }
  }
  return out;
}

/**
 * Heads of delegation in a less honourable seat than someone after them in precedence, by the
 * hall's own order of seats. Blocks: states and organizations are compared among themselves
 * when they draw on different units (their desks differ in size).
 */
function inversions(document: EventDocument, hall: Hall, honour: HallHonour, seatOf: Map<string, Assignment>): SeatingProblem[] {
  const out: SeatingProblem[] = [];
  const worst = new Map<string, SeatedHead>();
  for (const head of seatedHeads(honour, seatOf)) {
    const { guest: g, a, rank, group } = head;
    const before = worst.get(group);
    if (before && rank < before.rank) {
      const h = before.guest;
      out.push(problem(before.a.locked || a.locked ? 'warning' : 'error', 'problem-inversion', {
        lower: g.person.name, ...both('lowerDelegation', g.delegation.nameEn, g.delegation.nameVi), lowerPosition: g.precedence,
        ...seatParams(document, 'lowerSeat', a.seatId),
        higher: h.person.name, ...both('higherDelegation', h.delegation.nameEn, h.delegation.nameVi), higherPosition: h.precedence,
        ...seatParams(document, 'higherSeat', before.a.seatId),
      }, hall.id, { seatIds: [a.seatId, before.a.seatId], personIds: [g.person.id, h.person.id], delegationIds: [g.delegation.id, h.delegation.id] }));
    }
    if (!before || rank > before.rank) worst.set(group, head);
  }
  return out;
}

/** Flags and titles the printed items of seated delegations and people need. */
function printProblems(document: EventDocument): SeatingProblem[] {
  const out: SeatingProblem[] = [];
  const seated = new Map<string, string[]>();
  for (const a of Object.values(document.assignments)) seated.set(a.personId, [...(seated.get(a.personId) ?? []), a.seatId]);
  const delegations = new Set<string>();
  const people = Object.values(document.people).filter((p) => seated.has(p.id)).sort(byId);
  for (const p of people) {
    const d = document.delegations[p.delegationId]!;
    delegations.add(d.id);
    for (const lang of ['en', 'vi'] as const) {
      if (pickLang(lang, { vi: p.titleVi, en: p.titleEn }).trim() !== '') continue;
      out.push(problem('warning', 'problem-missing-title', {
        person: p.name, ...both('delegation', d.nameEn, d.nameVi),
        ...both('language', seatingMessages.en[`language-${lang}`], seatingMessages.vi[`language-${lang}`]),
      }, null, { seatIds: seated.get(p.id)!, personIds: [p.id], delegationIds: [d.id] }));
    }
  }
  out.push(...addressProblems(document, seated, people));
  for (const id of [...delegations].sort()) {
    const d = document.delegations[id]!;
    if (d.flagCode !== null || d.kind === 'organization') continue;
    const seats = people.filter((p) => p.delegationId === id).flatMap((p) => seated.get(p.id)!);
    out.push(problem('error', 'problem-missing-flag', both('delegation', d.nameEn, d.nameVi), null, {
      seatIds: seats, delegationIds: [id],
    }));
  }
  out.push(...nameViProblems(document));
  return out;
}
