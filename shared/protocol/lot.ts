import { Iso3 } from '../model/primitives';
import type { Lot } from './rules';

/**
 * Draws the country from which UN alphabetical order starts. `random` returns a number in
 * [0, 1): the app passes crypto randomness, tests a fixed sequence. The candidates are sorted
 * by code first, so the result depends on `random` alone, not on the order of the list.
 * Returns what to store in the rules' `lot`, less `drawnAt` and `drawnBy`, which the caller
 * fills in (the clock and the officer's name are not the engine's to know).
 */
export function drawLot(states: readonly { iso3: string }[], random: () => number): Pick<Lot, 'iso3' | 'source'> {
  const codes = [...new Set(states.map((s) => s.iso3))].sort();
  for (const code of codes) if (!Iso3.safeParse(code).success) throw new RangeError(`drawLot: "${code}" is not an ISO3 code`);
  if (codes.length === 0) throw new RangeError('drawLot: no state to draw from');
  const r = random();
  if (!(r >= 0 && r < 1)) throw new RangeError(`drawLot: random() must return a number in [0, 1), got ${r}`);
  return { iso3: codes[Math.floor(r * codes.length)]!, source: 'drawn-here' };
}
