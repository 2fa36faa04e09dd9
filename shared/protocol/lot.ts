import { byId, byUnName, thenBy } from '../compare';
import type { Delegation } from '../model/entities';
import { Iso3 } from '../model/primitives';
import { compareUnNames } from '../reference/names';
import type { Lot } from './rules';

/**
 * Draws the country from which UN alphabetical order starts. `random` returns a number in
 * [0, 1): the app passes crypto randomness, tests a fixed sequence. The candidates are sorted
 * by code first, so the result depends on `random` alone, not on the order of the list.
 * Returns what to store in the rules' `lot` (with the country's names when the candidates carry
 * them), less `drawnAt` and `drawnBy`, which the caller
 * fills in (the clock and the officer's name are not the engine's to know).
 */
export function drawLot(
  states: readonly { iso3: string; nameEn?: string; nameVi?: string }[],
  random: () => number,
): Pick<Lot, 'iso3' | 'source' | 'nameEn' | 'nameVi'> {
  const codes = [...new Set(states.map((s) => s.iso3))].sort();
  for (const code of codes) if (!Iso3.safeParse(code).success) throw new RangeError(`drawLot: "${code}" is not an ISO3 code`);
  if (codes.length === 0) throw new RangeError('drawLot: no state to draw from');
  const r = random();
  if (!(r >= 0 && r < 1)) throw new RangeError(`drawLot: random() must return a number in [0, 1), got ${r}`);
  const iso3 = codes[Math.floor(r * codes.length)]!;
  // The names go with the code, so the order knows where the country falls even when it does not attend.
  const named = states.find((s) => s.iso3 === iso3 && s.nameEn);
  return { iso3, source: 'drawn-here', ...(named ? { nameEn: named.nameEn!, nameVi: named.nameVi ?? named.nameEn! } : {}) };
}

/** A state, to name a lot country that does not attend (the reference table). */
export type StateName = { iso3: string; nameEn: string; nameVi: string };

/** The country drawn, as the order needs it: its names, and its delegation when it attends. */
export type LotCountry = { iso3: string; nameEn: string; nameVi: string; delegationId: string | null };

/**
 * The country drawn by lot, found by its code: the state delegation of that country in the event
 * (lowest id), else the names recorded with the lot, else the reference table; null when there
 * is no lot or its name is known nowhere (its place in the alphabet is then unknown). Every use
 * of the lot — the order of precedence, seating, the signing list, arrivals by lot — resolves it
 * here.
 */
export function lotCountry(
  delegations: readonly Pick<Delegation, 'id' | 'kind' | 'iso3' | 'nameEn' | 'nameVi'>[],
  lot: Lot | null,
  states: readonly StateName[] = [],
): LotCountry | null {
  if (!lot) return null;
  const attending = delegations.filter((d) => d.kind !== 'organization' && d.iso3 === lot.iso3).sort(byId)[0];
  if (attending) return { iso3: lot.iso3, nameEn: attending.nameEn, nameVi: attending.nameVi, delegationId: attending.id };
  if (lot.nameEn) return { iso3: lot.iso3, nameEn: lot.nameEn, nameVi: lot.nameVi ?? lot.nameEn, delegationId: null };
  const ref = states.find((s) => s.iso3 === lot.iso3);
  return ref ? { iso3: lot.iso3, nameEn: ref.nameEn, nameVi: ref.nameVi, delegationId: null } : null;
}

/**
 * Where a name falls in UN alphabetical order from the lot, as a sort key: [0, …] from the lot
 * country to Z, [1, …] from A to just before it (the wrap-around), the country drawn itself first
 * when it attends. When it does not, the order starts at the next name in the alphabet
 * (docs/protocol.md, Clarifications). `unIndex` is the name's place in plain UN alphabetical order.
 */
export function lotKey(
  d: { id: string; nameEn: string },
  unIndex: number,
  lot: LotCountry | null,
): [number, number] {
  if (!lot) return [0, unIndex];
  if (lot.delegationId === d.id) return [0, -1];
  return [compareUnNames(d.nameEn, lot.nameEn) >= 0 ? 0 : 1, unIndex];
}

/**
 * UN alphabetical order from the lot (see lotKey): the list sorted by UN short name, then
 * turned to start at the country drawn or, when it does not attend, at the next name. With no
 * known lot, plain UN alphabetical order.
 */
export function unOrderFromLot<T extends { id: string; nameEn: string }>(items: readonly T[], lot: LotCountry | null): T[] {
  const byName = [...items].sort(thenBy(byUnName((d: T) => d.nameEn), byId));
  const keyed = byName.map((d, i) => ({ d, key: lotKey(d, i, lot) }));
  return keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1]).map((x) => x.d);
}

/** A lot taken from a draw made elsewhere (the General Assembly's for the session), with the country's names. */
export function lotDrawnElsewhere(state: StateName): Lot {
  return { iso3: state.iso3, drawnAt: null, drawnBy: '', source: 'drawn-elsewhere', nameEn: state.nameEn, nameVi: state.nameVi };
}
