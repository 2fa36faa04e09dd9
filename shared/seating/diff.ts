import { byId, byKey, thenBy } from '../compare';
import type { EventDocument } from '../model/collections';
import { isTableKind } from '../layout/props';
import { planSeating, type PlanOptions } from './plan';
import { readSeatingSettings, type StrategyKind } from './settings';
import type { OutdatedItem, PrintedKind, SeatingDiff, SeatingPlan, SeatMove } from './types';

const KIND_ORDER: PrintedKind[] = ['chart', 'signing-list', 'table-plan', 'name-plate', 'delegation-sheet', 'place-card'];

/** Printed items, once each, in a stable order: the hall's first, then by kind and id. */
class Outdated {
  readonly #items = new Map<string, OutdatedItem>();
  constructor(readonly hallId: string) {}
  add(kind: PrintedKind, id: string) {
    this.#items.set(`${kind}/${id}`, { kind, id, hallId: this.hallId });
  }
  list(): OutdatedItem[] {
    return [...this.#items.values()].sort(thenBy(byKey((item: OutdatedItem) => KIND_ORDER.indexOf(item.kind)), byId));
  }
}

/**
 * Who moves if `proposed` is applied to the hall, and which printed items it makes out of date:
 * a person's place card when the person's seat changes; the delegation's sheet, and its desk
 * name plate (not at a banquet, which has place cards only), when any of its people moves; a table's plan when anyone sits down at it or leaves it; the
 * hall's chart when anything moves; the signing list of a signing hall when anything moves.
 * Moves follow the plan's order (its people in order of seating), then those who lose their seat.
 */
export function diffSeating(document: EventDocument, hallId: string, proposed: Pick<SeatingPlan, 'assignments'>): SeatingDiff {
  const current = new Map<string, string>();
  for (const a of Object.values(document.assignments)) if (a.hallId === hallId) current.set(a.personId, a.seatId);
  const next = new Map<string, string>();
  for (const a of proposed.assignments) next.set(a.personId, a.seatId);
  const people = [...next.keys(), ...[...current.keys()].filter((id) => !next.has(id)).sort()];
  const plates = strategyOf(document, hallId) !== 'banquet';
  const moves: SeatMove[] = [];
  const outdated = new Outdated(hallId);
  const table = (seatId: string | null) => {
    const element = seatId === null ? undefined : document.elements[document.seats[seatId]?.elementId ?? ''];
    if (element && isTableKind(element.kind)) outdated.add('table-plan', element.id);
  };
  for (const personId of people) {
    const from = current.get(personId) ?? null;
    const to = next.get(personId) ?? null;
    if (from === to) continue;
    const delegationId = document.people[personId]?.delegationId ?? '';
    moves.push({ personId, delegationId, fromSeatId: from, toSeatId: to });
    outdated.add('place-card', personId);
    if (plates) outdated.add('name-plate', delegationId);
    outdated.add('delegation-sheet', delegationId);
    table(from);
    table(to);
  }
  if (moves.length > 0) {
    outdated.add('chart', hallId);
    if (strategyOf(document, hallId) === 'signing') outdated.add('signing-list', hallId);
  }
  return { hallId, moves, outdated: outdated.list() };
}

function strategyOf(document: EventDocument, hallId: string): StrategyKind | null {
  try {
    return readSeatingSettings(document, hallId).strategy;
  } catch {
    return null; // invalid settings are validation's to report; the diff stays usable
  }
}

export type LateChange = { plan: SeatingPlan; diff: SeatingDiff };

/**
 * A late change (a head of delegation replaced, a rank downgraded, someone no longer attending):
 * the hall re-seated on the document after the edit, and the diff to show before applying it.
 * Beyond the moves, printed items stay out of date when what they print changed even where
 * nobody moved: a person's name, honorific or title (place card, delegation sheet, chart), a
 * delegation's names or flag (name plate, sheet, chart), and the signing list when its order
 * changed.
 */
export function lateChangeDiff(before: EventDocument, after: EventDocument, hallId: string, options: PlanOptions = {}): LateChange {
  const plan = planSeating(after, hallId, options);
  const diff = diffSeating(after, hallId, plan);
  const outdated = new Outdated(hallId);
  for (const item of diff.outdated) outdated.add(item.kind, item.id);
  let printedChanged = false;
  const plates = strategyOf(after, hallId) !== 'banquet';
  for (const a of plan.assignments) {
    const now = after.people[a.personId];
    const was = before.people[a.personId];
    if (!now) continue;
    if (!was || was.name !== now.name || was.honorific !== now.honorific || was.titleEn !== now.titleEn || was.titleVi !== now.titleVi) {
      outdated.add('place-card', now.id);
      outdated.add('delegation-sheet', now.delegationId);
      printedChanged = true;
    }
    const d = after.delegations[now.delegationId];
    const e = before.delegations[now.delegationId];
    if (d && (!e || e.nameEn !== d.nameEn || e.nameVi !== d.nameVi || e.flagCode !== d.flagCode)) {
      if (plates) outdated.add('name-plate', d.id);
      outdated.add('delegation-sheet', d.id);
      printedChanged = true;
    }
  }
  if (printedChanged) outdated.add('chart', hallId);
  if (plan.signingList && before.halls[hallId]) {
    const old = planSeating(before, hallId, options).signingList ?? [];
    const same = old.length === plan.signingList.length && old.every((e, i) => e.delegationId === plan.signingList![i]!.delegationId);
    if (!same) outdated.add('signing-list', hallId);
  }
  return { plan, diff: { ...diff, outdated: outdated.list() } };
}
