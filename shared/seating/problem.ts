import type { Hall } from '../model/entities';
import { both } from './messages';
import type { SeatingProblem } from './types';

/** A validation problem: its seats, people and delegations let the UI link to the canvas and lists. */
export function problem(
  severity: SeatingProblem['severity'],
  key: SeatingProblem['key'],
  params: SeatingProblem['params'],
  hallId: string | null,
  ids: { seatIds?: string[]; personIds?: string[]; delegationIds?: string[] } = {},
): SeatingProblem {
  return { severity, key, params, hallId, seatIds: ids.seatIds ?? [], personIds: ids.personIds ?? [], delegationIds: ids.delegationIds ?? [] };
}

export const hallParams = (hall: Hall) => both('hall', hall.nameEn, hall.nameVi);
