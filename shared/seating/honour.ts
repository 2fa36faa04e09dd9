import { headFirst } from '../compare';
import type { EventDocument } from '../model/collections';
import { RankClass, type Delegation, type Person } from '../model/entities';
import { orderDelegations, readRules, withEffectiveRoles, type PrecedenceEntry, type PrecedenceRules, type StateName } from '../protocol';
import { layoutUnits, type Unit } from './seat-order';
import { guestOrder } from './who';
import { orderOf, readSeatingSettings, type SeatingSettings, type StrategyKind } from './settings';

/**
 * The order of honour of a hall's seats and of the people a strategy seats there. The planner
 * fills the one with the other; validation compares them (precedence inversion). Both read the
 * same functions, so what the planner does is exactly what validation expects.
 *
 * Seats (blocked ones are never listed):
 * - tables first, the head table (props.headTable) first, then by number (1 = head table), then
 *   from the front of the hall; within a table, the table host, then alternately the seat on the
 *   host's right and on the host's left, outwards (by angle round the table's centre, so round,
 *   oval and long tables alike); the seat opposite the host last;
 * - then row and desk blocks, band by band from the front (blocks side by side form one band, so
 *   a row runs across all of them); within a band line by line from the front (a desk row, or
 *   the seats at the desks then those behind); within a line, centre-out ("right before left,
 *   near before far": the host faces the room, so the host's right is the audience's left) or,
 *   for blocks row by row, from the host's right to the host's left.
 * - blocks: a unit is a desk (its seats at the desk centre-out, then those behind) or a run of
 *   `seatsPerDelegation` seats of a row; tables used by the blocks strategy are one unit each.
 */

export type { Unit };

/** Someone a strategy seats, in order. */
export type Guest = {
  person: Person;
  delegation: Delegation;
  /** The delegation's place in this hall's order of precedence (1-based). */
  precedence: number;
  /** The head of delegation, or whoever represents the delegation in this hall. */
  isHead: boolean;
  pinned: boolean;
};

export type HallHonour = {
  hallId: string;
  strategy: StrategyKind;
  settings: SeatingSettings;
  /** The seats the strategy fills, most honourable first, grouped in units. */
  units: Unit[];
  /** Each listed seat's rank in that order (0 = most honourable). */
  seatRank: Map<string, number>;
  /** The people the strategy seats, in order (blocks: delegation by delegation, head first). */
  guests: Guest[];
  /** People absent from this hall by its attendance. */
  absent: Set<string>;
  /** Delegations whose head is absent from this hall: the member who represents them. */
  representatives: Map<string, Person>;
  /** The order delegations are seated in here (precedence with the representatives' ranks, or the lot). */
  order: PrecedenceEntry[];
  /** Signatories in signing order (signing strategy), else null. */
  signing: Delegation[] | null;
};

export type HonourOptions = {
  settings?: SeatingSettings;
  rules?: PrecedenceRules;
  /** The reference table's states, to place a lot country that does not attend when the lot has no names recorded. */
  states?: readonly StateName[];
};

// ---------------------------------------------------------------------------------------------
// People

/** People of each delegation, the head first, then by their order (id as the last tie-break). */
export function peopleByDelegation(people: Iterable<Person>): Map<string, Person[]> {
  const map = new Map<string, Person[]>();
  for (const p of people) {
    const list = map.get(p.delegationId);
    if (list) list.push(p);
    else map.set(p.delegationId, [p]);
  }
  for (const list of map.values()) {
    list.sort(headFirst);
  }
  return map;
}

/**
 * The document as this hall sees it: absent people left out, and a delegation whose head is
 * absent led by its first member present (so that the order follows whoever actually attends,
 * as a downgrade does: docs/protocol.md, precedence rule 6).
 */
function attendanceView(document: EventDocument, settings: SeatingSettings) {
  const absentPeople = new Set(settings.absentPersonIds);
  const absentDelegations = new Set(settings.absentDelegationIds);
  const absent = new Set<string>();
  for (const p of Object.values(document.people)) {
    if (absentPeople.has(p.id) || absentDelegations.has(p.delegationId)) absent.add(p.id);
  }
  const representatives = new Map<string, Person>();
  if (absent.size === 0) return { view: document, absent, representatives };
  const people: EventDocument['people'] = {};
  const byDelegation = peopleByDelegation(Object.values(document.people));
  for (const [delegationId, list] of byDelegation) {
    const present = list.filter((p) => !absent.has(p.id));
    const headAbsent = list[0]!.role === 'head' && absent.has(list[0]!.id);
    present.forEach((p, i) => {
      if (headAbsent && i === 0) {
        representatives.set(delegationId, p);
        people[p.id] = { ...p, role: 'head' };
      } else people[p.id] = p;
    });
  }
  return { view: { ...document, people }, absent, representatives };
}

function guestsOf(
  view: EventDocument,
  order: PrecedenceEntry[],
  settings: SeatingSettings,
): { guests: Guest[]; signing: Delegation[] | null } {
  const byDelegation = peopleByDelegation(Object.values(view.people));
  const signatory = (d: Delegation) => d.kind !== 'organization' || settings.organizationsSign;
  const entries = order.filter((e) => {
    if (settings.strategy !== 'signing') return true;
    const d = view.delegations[e.delegationId]!;
    return e.pinned !== null || signatory(d);
  });
  const signing =
    settings.strategy === 'signing'
      ? entries.map((e) => view.delegations[e.delegationId]!).filter((d) => d.pinnedRole === 'host' || (d.pinnedRole === 'none' && signatory(d)))
      : null;
  const lists = entries.map((e) => ({ entry: e, people: byDelegation.get(e.delegationId) ?? [] }));
  const guests = guestOrder(lists, settings).map(({ entry: e, person, isHead }): Guest => ({
    person, delegation: view.delegations[e.delegationId]!, precedence: e.position, isHead, pinned: e.pinned !== null,
  }));
  return { guests, signing };
}

/**
 * The honour order of a hall: its seats most honourable first, and the people its strategy
 * seats, in order. Throws SeatingSettingsError / PrecedenceRulesError on invalid stored settings.
 */
export function hallHonour(document: EventDocument, hallId: string, options: HonourOptions = {}): HallHonour {
  const settings = options.settings ?? readSeatingSettings(document, hallId);
  const eventRules = options.rules ?? readRules(document);
  // Conference seating: one class for every rank, so the order is UN alphabetical from the lot.
  const rules: PrecedenceRules =
    orderOf(settings) === 'lot'
      ? { ...eventRules, classOrder: [[...RankClass.options]], tiebreak: 'un-alphabetical', ambassadorsByCredentials: false }
      : eventRules;
  // The host derived from the event's host country (protocol/host.ts): the guests' delegations
  // carry their effective role, so the planner and validation read the same host as the order.
  const { view, absent, representatives } = attendanceView(withEffectiveRoles(document), settings);
  const order = orderDelegations(view, rules, { states: options.states });
  const { guests, signing } = guestsOf(view, order, settings);
  const units = layoutUnits(document, hallId, settings);
  const seatRank = new Map<string, number>();
  for (const unit of units) for (const s of unit.seats) seatRank.set(s.id, seatRank.size);
  return { hallId, strategy: settings.strategy, settings, units, seatRank, guests, absent, representatives, order, signing };
}

/**
 * Blocks: how many seats a delegation wants, and which units it may take (units of exactly that
 * size when the hall has some, otherwise any unit large enough, otherwise any unit). `shared`: states and
 * organizations draw on common units (one queue); otherwise each kind keeps its own queue.
 */
export function blockClasses(honour: HallHonour) {
  const { settings, units } = honour;
  const sizeOf = (d: Delegation) => (d.kind === 'organization' ? settings.seatsPerOrganization : settings.seatsPerDelegation);
  const eligible = new Map<number, Set<Unit>>();
  for (const size of new Set(honour.guests.map((g) => sizeOf(g.delegation)))) {
    const exact = units.filter((u) => u.seats.length === size);
    const large = units.filter((u) => u.seats.length >= size);
    // No unit large enough: any unit, the members who do not fit are reported unseated.
    eligible.set(size, new Set(exact.length > 0 ? exact : large.length > 0 ? large : units));
  }
  const sets = [...eligible.values()];
  const shared = sets.some((a, i) => sets.some((b, j) => i < j && [...a].some((u) => b.has(u))));
  return { sizeOf, eligible, shared };
}
