import { byId } from '../compare';
import type { EventDocument } from '../model/collections';
import type { Delegation, Person } from '../model/entities';
import type { StateRef } from '../reference/types';
import { honorificOf } from '../protocol/address';
import { both, seatingMessages } from './messages';
import { problem } from './problem';
import type { SeatingProblem } from './types';

/**
 * What a place card of a seated person prints without: a form of address in a language where
 * none is set and the rule derives none (shared/protocol/address.ts: the gender is not
 * specified, so neither Mr./Ms. nor Ông/Bà can be chosen). One warning per person and language,
 * as for a missing title.
 */
export function addressProblems(document: EventDocument, seated: ReadonlyMap<string, string[]>, people: readonly Person[]): SeatingProblem[] {
  const out: SeatingProblem[] = [];
  for (const p of people) {
    const d = document.delegations[p.delegationId];
    if (!d) continue;
    for (const lang of ['en', 'vi'] as const) {
      if (honorificOf(p, lang) !== '') continue;
      out.push(problem('warning', 'problem-missing-honorific', {
        person: p.name, ...both('delegation', d.nameEn, d.nameVi),
        ...both('language', seatingMessages.en[`language-${lang}`], seatingMessages.vi[`language-${lang}`]),
      }, null, { seatIds: [...(seated.get(p.id) ?? [])], personIds: [p.id], delegationIds: [d.id] }));
    }
  }
  return out;
}

/**
 * Whether a card or plate with "Vietnamese name too" prints a Vietnamese line: a Vietnamese name
 * that is not the English one again, letter for letter ("Việt Nam" is one of its own, though
 * it folds to "Viet Nam"). The Printing screen draws the faces by this same test.
 */
export const printsVietnameseName = (en: string, vi: string): boolean => vi.trim() !== '' && vi.trim() !== en.trim();

/**
 * A state whose Vietnamese name is empty or the English name again ("Brazil" for "Bra-xin"):
 * a place card or name plate printed with "Vietnamese name too" would have no Vietnamese line.
 * Every state of the event, seated or not (cards print for "all delegations" too); an
 * organization may keep its English name or acronym in Vietnamese.
 */
export function withoutVietnameseName(d: Pick<Delegation, 'kind' | 'nameEn' | 'nameVi'>): boolean {
  return d.kind !== 'organization' && !printsVietnameseName(d.nameEn, d.nameVi);
}

/**
 * A state whose Vietnamese name is still the reference table's form, and that form has not been
 * checked against a public page (`nameViSource` null: resources/reference/README.md, "Not yet
 * checked"). The officer checks it before a final print; a name corrected in the event is the
 * officer's own and is not flagged.
 */
export function uncheckedVietnameseName(
  d: Pick<Delegation, 'kind' | 'iso3' | 'nameVi'>,
  states: readonly Pick<StateRef, 'iso3' | 'nameVi' | 'nameViSource'>[],
): boolean {
  if (d.kind === 'organization' || d.iso3 === null) return false;
  const reference = states.find((s) => s.iso3 === d.iso3);
  return !!reference && reference.nameViSource === null && reference.nameVi === d.nameVi.trim();
}

export function nameViProblems(document: EventDocument): SeatingProblem[] {
  return Object.values(document.delegations)
    .filter(withoutVietnameseName)
    .sort(byId)
    .map((d) => problem('warning', 'problem-missing-state-name-vi', { delegation: d.nameEn }, null, { delegationIds: [d.id] }));
}
