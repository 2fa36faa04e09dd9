import statesCsv from '../../resources/reference/un-states.csv?raw';
import { parseStatesCsv } from '../../shared/reference/parse';
import type { StateRef } from '../../shared/reference/types';

let states: readonly StateRef[] | null = null;

/** The reviewed table of UN member and observer states (resources/reference), parsed on first use. */
export function referenceStates(): readonly StateRef[] {
  states ??= Object.freeze(parseStatesCsv(statesCsv));
  return states;
}
