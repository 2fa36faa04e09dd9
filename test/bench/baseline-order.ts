import type { EventDocument } from '../../shared/model/collections';
import type { Delegation, RankClass } from '../../shared/model/entities';
import { DEFAULT_CLASS_ORDER } from '../../shared/protocol/rules';
import { foldName } from '../../shared/reference/names';

// The order of precedence written the straightforward way, the baseline of the seating,
// precedence and arrivals benchmarks (each asserts it gives the same order as the engine).

/**
 * Precedence the straightforward way, for the rules this event uses (the defaults, no lot): each
 * delegation's sort key read once into a Map (the host first, then the co-chairs; states by their head's class, the
 * member states before the Holy See and the other observers, then by UN name; then the EU, then
 * the organizations: the UN, the Secretariat's offices, the rest of the UN system, the agencies, the
 * others, each by the head's class, then agreement date or name),
 * and one sort. What our engine does beyond it: every rule option, the lot, manual positions,
 * credentials and seniority, and the reason for each place.
 */
export function baselineOrder(doc: EventDocument): string[] {
  const tier = new Map(DEFAULT_CLASS_ORDER.flatMap((ranks, i) => ranks.map((r) => [r, i] as const)));
  const head = new Map<string, RankClass>();
  for (const p of Object.values(doc.people)) if (p.role === 'head') head.set(p.delegationId, p.rank);
  const orgGroup = (d: Delegation) =>
    d.orgCode === 'EU' ? 0 : d.orgCode === 'UN' ? 1 : d.orgCategory === 'un-secretariat' ? 2 : d.orgCategory === 'un-system' ? 3 : d.orgCategory === 'specialized-agency' ? 4 : 5;
  // Among organizations the head's class, "other" after the organizations' own classes.
  const orgTiers = Math.max(tier.get('head-of-organization')!, tier.get('deputy-head-of-organization')!);
  const orgClass = (rank: RankClass) => (rank === 'other' && tier.get(rank)! < orgTiers ? orgTiers + 0.5 : tier.get(rank)!);
  const agreed = (d: Delegation) => (orgGroup(d) !== 4 ? 0 : d.agreementDate ? Date.parse(d.agreementDate) : Number.MAX_SAFE_INTEGER);
  const inClass = (d: Delegation) => (d.kind === 'state' || d.iso3 === 'PSE' ? 0 : d.iso3 === 'VAT' ? 1 : 2);
  // The host is the event's host country's delegation (a stored 'host' flag only when it names none).
  const hostIso3 = Object.values(doc.events)[0]?.hostIso3 ?? null;
  const pinned = (d: Delegation) =>
    (hostIso3 !== null ? d.kind !== 'organization' && d.iso3 === hostIso3 : d.pinnedRole === 'host') ? 0 : d.pinnedRole === 'co-chair' ? 1 : 2;
  const key = new Map<string, number[]>();
  for (const d of Object.values(doc.delegations)) {
    const natural = d.kind !== 'organization' ? [0, tier.get(head.get(d.id)!)!, inClass(d)] : [1, orgGroup(d), d.orgCode === 'UN' ? 0 : orgClass(head.get(d.id)!), agreed(d)];
    key.set(d.id, [pinned(d), ...natural]);
  }
  // Names folded once, not per comparison; states by the UN's collation, organizations as English sorts them.
  const folded = new Map(Object.values(doc.delegations).map((d) => [d.id, foldName(d.nameEn)]));
  const un = new Intl.Collator('en', { sensitivity: 'base' });
  const english = new Intl.Collator('en', { sensitivity: 'variant', numeric: true });
  const byName = (a: Delegation, b: Delegation) =>
    (a.kind === 'organization' ? english.compare(a.nameEn, b.nameEn) : 0) || un.compare(folded.get(a.id)!, folded.get(b.id)!);
  const compare = (a: number[], b: number[]) => a.reduce((c, x, i) => c || x - (b[i] ?? 0), 0);
  return Object.values(doc.delegations)
    .sort((a, b) => compare(key.get(a.id)!, key.get(b.id)!) || byName(a, b) || (a.id < b.id ? -1 : 1))
    .map((d) => d.id);
}
