import type { Delegation, RankClass } from '../model/entities';
import { dayNumber } from '../time';
import type { Reason, ReasonKey, ReasonParams } from './reason';
import type { AlphabeticalLanguage } from './rules';

/**
 * Organizations among themselves (docs/protocol.md, Clarifications): the category first — the UN
 * itself, the Secretariat's other offices (UNODC, the convention's secretariat, among them), the
 * rest of the UN system (funds, programmes, institutes, related organizations), the specialized
 * agencies, the others — then the class of the head of delegation, then the date of the
 * agreement with the UN (agencies; undated last) or the name.
 */

const UNITED_NATIONS = 'UN';
const reason = (key: ReasonKey, params: ReasonParams = {}): Reason => ({ key, params, also: [] });

/**
 * The sort key and reason of an organization, given the tier of each rank in the event's class
 * order. The head's class follows that order, except that "other" (neither head nor deputy head)
 * comes after the organizations' own classes: the default order puts it before them only because
 * organizations follow the states. Where "other" shares a class with them (conference seating's
 * one class for every rank), it stays in that class.
 */
export function organizationTie(tierOf: ReadonlyMap<RankClass, number>, lang: AlphabeticalLanguage) {
  const orgTiers = Math.max(tierOf.get('head-of-organization')!, tierOf.get('deputy-head-of-organization')!);
  const orgClass = (rank: RankClass) => {
    const tier = tierOf.get(rank)!;
    return rank === 'other' && tier < orgTiers ? orgTiers + 0.5 : tier;
  };
  /** `alpha`: the organization's place in the event's alphabetical order. */
  return (d: Delegation, rank: RankClass, alpha: number): { key: number[]; reason: Reason } => {
    const cls = orgClass(rank);
    // The UN itself, led by the Secretary-General (or whoever speaks for the Secretariat), first.
    if (d.orgCode === UNITED_NATIONS) return { key: [0, 0, 0, alpha], reason: reason('org-un') };
    switch (d.orgCategory) {
      case 'un-secretariat':
        return { key: [1, cls, 0, alpha], reason: reason('org-un-secretariat', { language: lang }) };
      case 'un-system':
        return { key: [2, cls, 0, alpha], reason: reason('org-un-system', { language: lang }) };
      case 'specialized-agency':
        return d.agreementDate
          ? { key: [3, cls, dayNumber(d.agreementDate), alpha], reason: reason('org-agency', { date: d.agreementDate }) }
          : { key: [3, cls, Number.MAX_SAFE_INTEGER, alpha], reason: reason('org-agency-undated') };
      default:
        return { key: [4, cls, 0, alpha], reason: reason('org-other', { language: lang }) };
    }
  };
}
