import type { EventDocument } from '../../../shared/model/collections';
import { hallHonour, planSeating, seatingProblems, type HallHonour, type PlanOptions, type SeatingPlan, type SeatingProblem } from '../../../shared/seating';
import { referenceStates } from '../reference';

/**
 * The Seating screen's calls into the seating engine, always with the reference table's states,
 * as the Precedence screen orders with them: a lot country recorded by its code only (it does
 * not attend, and an older file kept no names) is then placed in the UN alphabetical order and
 * the hall is seated — and checked — from the next name, the order the Precedence screen shows.
 * Without them the engine cannot place that country and would seat from A.
 */
export function planHall(document: EventDocument, hallId: string, options: Omit<PlanOptions, 'states'> = {}): SeatingPlan {
  return planSeating(document, hallId, { ...options, states: referenceStates() });
}

/** The hall's checks, against the same order. */
export function problemsOfHall(document: EventDocument, hallId: string | null): SeatingProblem[] {
  return seatingProblems(document, { hallId, states: referenceStates() });
}

/** The hall's order of seats and of guests (who is seated, how many), with the same states. */
export function honourOfHall(document: EventDocument, hallId: string, options: Omit<NonNullable<Parameters<typeof hallHonour>[2]>, 'states'> = {}): HallHonour {
  return hallHonour(document, hallId, { ...options, states: referenceStates() });
}
