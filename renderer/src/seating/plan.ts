import type { EventDocument } from '../../../shared/model/collections';
import { PRECEDENCE_RULES_KEY } from '../../../shared/protocol';
import { hallHonour, planSeating, seatingProblems, type HallHonour, type PlanOptions, type SeatingPlan, type SeatingProblem } from '../../../shared/seating';
import { referenceStates } from '../reference';

/**
 * The Seating screen's calls into the seating engine, always with the reference table's states,
 * as the Precedence screen orders with them: a lot country recorded by its code only (it does
 * not attend, and an older file kept no names) is then placed in the UN alphabetical order and
 * the hall is seated from the next name, the order the Precedence screen shows. Without them
 * the engine cannot place that country and would seat from A.
 */
export function planHall(document: EventDocument, hallId: string, options: Omit<PlanOptions, 'states'> = {}): SeatingPlan {
  return planSeating(withLotNames(document), hallId, { ...options, states: referenceStates() });
}

/** The hall's checks, against the same order (the checks take no reference table: the lot is named for them). */
export function problemsOfHall(document: EventDocument, hallId: string | null): SeatingProblem[] {
  return seatingProblems(withLotNames(document), { hallId });
}

type LotValue = { lot?: { iso3?: string; nameEn?: string; nameVi?: string } | null };
const named = new WeakMap<EventDocument, EventDocument>();

/**
 * The document as the Seating screen reads it: a lot recorded by its code only gets the
 * country's names from the reference table, as the app records a lot now, so that every engine
 * the screen calls (plan, checks) places it alike. Nothing is written; one copy per document.
 */
export function withLotNames(document: EventDocument): EventDocument {
  const known = named.get(document);
  if (known) return known;
  let view = document;
  const row = Object.values(document.settings).find((s) => s.key === PRECEDENCE_RULES_KEY);
  const value = row?.value as LotValue | undefined;
  const lot = value && typeof value === 'object' ? value.lot : null;
  const ref = lot?.iso3 && !lot.nameEn && !lot.nameVi ? referenceStates().find((s) => s.iso3 === lot.iso3) : undefined;
  if (row && lot && ref) {
    const rules = { ...value, lot: { ...lot, nameEn: ref.nameEn, nameVi: ref.nameVi } };
    view = { ...document, settings: { ...document.settings, [row.id]: { ...row, value: rules } } };
  }
  named.set(document, view);
  return view;
}

/** The hall's order of seats and of guests (who is seated, how many), with the same states. */
export function honourOfHall(document: EventDocument, hallId: string, options: Omit<NonNullable<Parameters<typeof hallHonour>[2]>, 'states'> = {}): HallHonour {
  return hallHonour(withLotNames(document), hallId, { ...options, states: referenceStates() });
}
