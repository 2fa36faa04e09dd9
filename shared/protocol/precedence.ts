import { byId } from '../compare';
import type { EventDocument } from '../model/collections';
import type { Delegation, DelegationKind, Person, RankClass } from '../model/entities';
import { foldName } from '../reference/names';
import { format, type Language, pickLang } from '../i18n/index';
import { conjunction, languageNames, ordinals, protocolMessages, rankGroup, rankInSentence } from './messages';
import type { AlphabeticalLanguage, PrecedenceRules } from './rules';
import { withEffectiveRoles } from './host';
import { lotCountry, lotKey, type StateName } from './lot';
import { organizationTie } from './organizations';
import type { Reason, ReasonKey, ReasonParams } from './reason';
import { dayNumber, isoDateText, isoToEpoch, isTimeZone } from '../time';

/**
 * The order of precedence of an event's delegations, each with the reason for its place.
 *
 * 1. Pinned first, outside the ranking: the host, then the co-chairs (several of one role in
 *    the order they would have been ranked).
 * 2. The ranked delegations:
 *    - blocks by the rules' `organizations`: the states, member or observer, by class (inside
 *      a class member states, then the Holy See, then other observer states), the EU,
 *      organizations — or organizations before the EU (after-states), or everyone by class
 *      (interleaved-by-class: inside a class, member states, observers, organizations);
 *    - states by the class of the person actually leading (the head's rank, tiers of the
 *      rules' classOrder), then the tie-break: UN alphabetical from the lot with wrap-around,
 *      seniority, or plain alphabetical; ambassadors by the date of their credentials;
 *    - organizations (outside interleaved mode) by category: the United Nations itself, the
 *      Secretariat's other offices, the rest of the UN system (funds, programmes, institutes,
 *      related organizations), the specialized agencies, the others; inside a category by the
 *      class of the head (organizations' own classes first, "other" last), then the agreement
 *      date with the UN (agencies, undated last) or alphabetical;
 *    - a delegation without a head of delegation last, alphabetical;
 *    - manual positions (precedenceOverride, a place among the ranked, 1 = first after the
 *      pinned) placed where asked; the others fill the remaining places in order.
 * 3. A last tie-break by id: the same document always gives the same order, whatever the order
 *    of its rows.
 */

export type { Reason, ReasonKey, ReasonParams } from './reason';

export type PrecedenceEntry = {
  position: number; // 1-based, over the whole list (the pinned included)
  delegationId: string;
  nameEn: string;
  iso3: string | null;
  kind: DelegationKind;
  rank: RankClass | null; // the rank of the head of delegation; null without one
  pinned: 'host' | 'co-chair' | null;
  reason: Reason;
};

export type { StateName } from './lot';
export type OrderOptions = { states?: readonly StateName[] };

const HOLY_SEE = 'VAT';
const PALESTINE = 'PSE';
const EUROPEAN_UNION = 'EU';

const reason = (key: ReasonKey, params: ReasonParams = {}, also: readonly Reason[] = []): Reason => ({ key, params, also });

// ---------------------------------------------------------------------------------------------
// Collation

const collators = new Map<string, Intl.Collator>();
function collator(lang: AlphabeticalLanguage): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang, { sensitivity: 'variant', numeric: true });
    collators.set(lang, c);
  }
  return c;
}

function nameIn(d: Delegation, lang: AlphabeticalLanguage): string {
  if (lang !== 'fr') return pickLang(lang, { vi: d.nameVi, en: d.nameEn });
  return d.nameFr.trim() !== '' ? d.nameFr : d.nameEn;
}

/**
 * UN alphabetical order: compareUnNames of shared/reference/names.ts (the same collator on the
 * same folded names), with the folding done once per name instead of once per comparison. The
 * tests check that both agree on every name of the reference table.
 */
const unCollator = new Intl.Collator('en', { sensitivity: 'base', ignorePunctuation: false });


/** Index of each delegation in a sort by `compare` (ties broken by id). */
function indexBy(delegations: readonly Delegation[], compare: (a: Delegation, b: Delegation) => number): Map<string, number> {
  const sorted = [...delegations].sort((a, b) => compare(a, b) || byId(a, b));
  return new Map(sorted.map((d, i) => [d.id, i]));
}

// ---------------------------------------------------------------------------------------------
// Dates

/** An ISO date-time as an instant (ms): with its offset, or event-local on the one clock (shared/time). */
function instantOf(isoDateTime: string, timeZone: string | null): number {
  // An unknown zone (or none): every local time is read the same way (as UTC), so the order holds.
  const zone = timeZone !== null && isTimeZone(timeZone) ? timeZone : 'UTC';
  return isoToEpoch(isoDateTime, zone) * 1000;
}

// ---------------------------------------------------------------------------------------------
// Ordering

type Block = 'members' | 'holy-see' | 'observers' | 'eu' | 'organizations' | 'no-head';

type Item = {
  d: Delegation;
  head: Person | null;
  rank: RankClass | null;
  tier: number;
  block: Block;
  key: number[];
  /** Items compared with the states' tie-break share a group, for "3rd from the lot". */
  tieGroup: string | null;
  detail: (ordinal: number) => Reason;
};

// States, member or observer, form one block ordered by class first (docs/protocol.md,
// Clarifications: the Holy See led by its head of state is with the heads of state); inside a
// class, IN_CLASS_ORDER puts the member states first, then the Holy See, then other observers.
// The EU is an observer after the observer states; organizations after all states.
const BLOCK_ORDER: Record<'after-observers' | 'after-states', Record<Block, number>> = {
  'after-observers': { members: 0, 'holy-see': 0, observers: 0, eu: 3, organizations: 4, 'no-head': 9 },
  'after-states': { members: 0, 'holy-see': 0, observers: 0, organizations: 1, eu: 4, 'no-head': 9 },
};
const IN_CLASS_ORDER: Record<Block, number> = { members: 0, 'holy-see': 1, observers: 2, eu: 3, organizations: 4, 'no-head': 9 };

function compareKeys(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

function compareItems(a: Item, b: Item): number {
  return compareKeys(a.key, b.key) || byId(a.d, b.d);
}

/** The head of each delegation: role 'head', the lowest order if the data has several. */
function headsByDelegation(document: EventDocument): Map<string, Person> {
  const heads = new Map<string, Person>();
  for (const p of Object.values(document.people)) {
    if (p.role !== 'head') continue;
    const current = heads.get(p.delegationId);
    if (!current || p.order < current.order || (p.order === current.order && p.id < current.id)) heads.set(p.delegationId, p);
  }
  return heads;
}

function eventTimeZone(document: EventDocument): string | null {
  const events = Object.values(document.events).sort(byId);
  return events[0]?.timeZone ?? null;
}

export function orderDelegations(stored: EventDocument, rules: PrecedenceRules, options: OrderOptions = {}): PrecedenceEntry[] {
  // The host derived from the event's host country, whatever the stored flags say (host.ts).
  const document = withEffectiveRoles(stored);
  const delegations = Object.values(document.delegations);
  const heads = headsByDelegation(document);
  const timeZone = eventTimeZone(document);
  const lang = rules.alphabeticalLanguage;

  const tierOf = new Map<RankClass, number>();
  rules.classOrder.forEach((tier, i) => tier.forEach((r) => tierOf.set(r, i)));
  const tierName = (tier: number) => rules.classOrder[tier]!.join(',');
  const credentialsTier = (tier: number) => rules.ambassadorsByCredentials && rules.classOrder[tier]!.every((r) => r === 'ambassador');

  // Names folded once (the sorts below compare thousands of pairs; 300 delegations in < 5 ms).
  const folded = new Map(delegations.map((d) => [d.id, foldName(d.nameEn)]));
  const unIndex = indexBy(delegations, (a, b) => unCollator.compare(folded.get(a.id)!, folded.get(b.id)!));
  const alphaCollator = collator(lang);
  const alphaName = new Map(delegations.map((d) => [d.id, nameIn(d, lang)]));
  const alphaIndex = indexBy(
    delegations,
    (a, b) => alphaCollator.compare(alphaName.get(a.id)!, alphaName.get(b.id)!) || unIndex.get(a.id)! - unIndex.get(b.id)!,
  );

  // The lot: its country in the event, or named with the lot or by the reference table, or unknown.
  const lotName = lotCountry(delegations, rules.lot, options.states);
  const lotAttends = lotName?.delegationId != null;
  const lotParams: ReasonParams = lotName ? { lot_en: lotName.nameEn, lot_vi: lotName.nameVi } : {};

  /** The states' tie-break inside one class, as a sort key and the sentence for an ordinal. */
  function stateTie(d: Delegation, head: Person, tier: number): { key: number[]; detail: (ordinal: number) => Reason } {
    const rank = head.rank;
    const group = tierName(tier);
    const base = { rank, group };
    const tie = (): { key: number[]; detail: (ordinal: number) => Reason } => {
      switch (rules.tiebreak) {
        case 'un-alphabetical': {
          const un = unIndex.get(d.id)!;
          if (!lotName) return { key: [0, un], detail: (ordinal) => reason('class-no-lot', { ...base, ordinal }) };
          const key = lotKey(d, un, lotName);
          const sentence = (ordinal: number): ReasonKey =>
            lotAttends ? (d.id === lotName.delegationId ? 'class-lot-drawn' : 'class-lot') : ordinal === 1 ? 'class-lot-absent' : 'class-lot';
          return { key, detail: (ordinal) => reason(sentence(ordinal), { ...base, ordinal, ...lotParams }) };
        }
        case 'seniority': {
          const since = head.inOfficeSince;
          const alpha = alphaIndex.get(d.id)!;
          return since
            ? { key: [0, dayNumber(since), alpha], detail: (ordinal) => reason('class-seniority', { ...base, ordinal, since }) }
            : { key: [1, 0, alpha], detail: (ordinal) => reason('class-seniority-undated', { ...base, ordinal }) };
        }
        case 'alphabetical':
          return {
            key: [alphaIndex.get(d.id)!],
            detail: (ordinal) => reason('class-alphabetical', { ...base, ordinal, language: lang }),
          };
      }
    };
    const inner = tie();
    if (!credentialsTier(tier)) return inner;
    const at = head.credentialsAt;
    return at
      ? {
          key: [0, instantOf(at, timeZone), ...inner.key],
          detail: (ordinal) => reason('class-credentials', { ...base, ordinal, at }),
        }
      : { key: [1, 0, ...inner.key], detail: (ordinal) => reason('class-credentials-undated', { ...base, ordinal }) };
  }

  const orgTie = organizationTie(tierOf, lang);

  function blockOf(d: Delegation): Exclude<Block, 'no-head'> {
    if (d.kind === 'state') return 'members';
    if (d.kind === 'observer-state') {
      if (d.iso3 === PALESTINE && rules.observers.palestineAmongMembers) return 'members';
      if (d.iso3 === HOLY_SEE && rules.observers.holySeeAfterMembers) return 'holy-see';
      return 'observers';
    }
    if (d.orgCode === EUROPEAN_UNION && rules.observers.euWithObservers) return 'eu';
    return 'organizations';
  }

  const interleaved = rules.organizations === 'interleaved-by-class';

  function itemOf(d: Delegation): Item {
    const head = heads.get(d.id) ?? null;
    if (!head) {
      return {
        d, head, rank: null, tier: -1, block: 'no-head', key: [9, unIndex.get(d.id)!], tieGroup: null,
        detail: () => reason('no-head'),
      };
    }
    const rank = head.rank;
    const tier = tierOf.get(rank)!;
    const block = blockOf(d);
    const classParams = { rank, group: tierName(tier) };
    const palestine: Reason[] = d.iso3 === PALESTINE && block === 'members' ? [reason('palestine-among-members')] : [];
    const isState = block === 'members' || block === 'holy-see' || block === 'observers';

    // A state, member or observer: by class first, then member states, the Holy See, other observers.
    const blockRank = interleaved ? null : BLOCK_ORDER[rules.organizations as 'after-observers' | 'after-states'][block];
    const head0 = blockRank === null ? [tier, IN_CLASS_ORDER[block]] : [blockRank, tier, IN_CLASS_ORDER[block]];
    if (isState) {
      const tie = stateTie(d, head, tier);
      const observer = block === 'holy-see' ? 'observer-holy-see' : block === 'observers' ? 'observer-state' : null;
      return {
        d, head, rank, tier, block, key: [...head0, ...tie.key], tieGroup: `${tier}/${block}`,
        detail: (ordinal) =>
          observer
            ? reason('observer-in-class', classParams, [reason(observer), ...(block === 'observers' ? [tie.detail(ordinal)] : [])])
            : { ...tie.detail(ordinal), also: palestine },
      };
    }
    const org = orgTie(d, rank, alphaIndex.get(d.id)!);
    const orgReason = block === 'eu' ? reason('eu-with-observers') : org.reason;
    if (interleaved) {
      return { d, head, rank, tier, block, key: [...head0, ...org.key], tieGroup: null, detail: () => reason('org-in-class', classParams, [orgReason]) };
    }
    return { d, head, rank, tier, block, key: [blockRank!, ...org.key], tieGroup: null, detail: () => orgReason };
  }

  const items = delegations.map(itemOf);

  // 1. Pinned: the host(s), then the co-chairs.
  const pinned = items
    .filter((i) => i.d.pinnedRole !== 'none')
    .sort((a, b) => (a.d.pinnedRole === b.d.pinnedRole ? 0 : a.d.pinnedRole === 'host' ? -1 : 1) || compareItems(a, b));

  // 2. The ranked: natural order, then the manual positions.
  const ranked = items.filter((i) => i.d.pinnedRole === 'none');
  const natural = ranked.filter((i) => i.d.precedenceOverride === null).sort(compareItems);
  const manual = ranked
    .filter((i) => i.d.precedenceOverride !== null)
    .sort((a, b) => a.d.precedenceOverride! - b.d.precedenceOverride! || compareItems(a, b));

  const slots: (Item | undefined)[] = new Array(ranked.length).fill(undefined);
  const manualReason = new Map<string, Reason>();
  for (const item of manual) {
    const requested = item.d.precedenceOverride!;
    let p = Math.min(requested, ranked.length) - 1;
    while (p < ranked.length && slots[p]) p++;
    if (p === ranked.length) {
      p = Math.min(requested, ranked.length) - 1;
      while (slots[p]) p--;
    }
    slots[p] = item;
    manualReason.set(
      item.d.id,
      p + 1 === requested ? reason('manual', { position: requested }) : reason('manual-moved', { requested, placed: p + 1 }),
    );
  }
  let next = 0;
  for (let p = 0; p < slots.length; p++) if (!slots[p]) slots[p] = natural[next++];

  // Ordinals inside each class, counted over the naturally placed.
  const ordinal = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const item of natural) {
    if (item.tieGroup === null) continue;
    const n = (counts.get(item.tieGroup) ?? 0) + 1;
    counts.set(item.tieGroup, n);
    ordinal.set(item.d.id, n);
  }

  const entry = (item: Item, position: number, why: Reason): PrecedenceEntry => ({
    position,
    delegationId: item.d.id,
    nameEn: item.d.nameEn,
    iso3: item.d.iso3,
    kind: item.d.kind,
    rank: item.rank,
    pinned: item.d.pinnedRole === 'none' ? null : item.d.pinnedRole,
    reason: why,
  });

  const out: PrecedenceEntry[] = [];
  for (const item of pinned) {
    const role = item.d.pinnedRole as 'host' | 'co-chair';
    const ignored = item.d.precedenceOverride === null ? [] : [reason('manual-ignored-pinned', { position: item.d.precedenceOverride })];
    out.push(entry(item, out.length + 1, reason(role, {}, ignored)));
  }
  for (const item of slots as Item[]) {
    out.push(entry(item, out.length + 1, manualReason.get(item.d.id) ?? item.detail(ordinal.get(item.d.id) ?? 0)));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reasons in words

const ordinalRules = new Map<Language, Intl.PluralRules>();
function ordinalIn(n: number, lang: Language): string {
  let rules = ordinalRules.get(lang);
  if (!rules) ordinalRules.set(lang, (rules = new Intl.PluralRules(lang, { type: 'ordinal' })));
  return format(ordinals[lang][rules.select(n)], { n });
}

function groupIn(group: string, lang: Language): string {
  const ranks = group.split(',') as RankClass[];
  const names = ranks.map((r) => rankGroup[lang][r] ?? r);
  return names.length <= 1 ? (names[0] ?? group) : `${names.slice(0, -1).join(', ')} ${conjunction[lang].and} ${names.at(-1)}`;
}

/** The reason as a protocol officer reads it, in one language. */
export function describeReason(why: Reason, lang: Language): string {
  const p = why.params;
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(p)) {
    if (name === 'rank') params.rank = rankInSentence[lang][value as RankClass] ?? String(value);
    else if (name === 'group') params.group = groupIn(String(value), lang);
    else if (name === 'ordinal' || name === 'placed') params[name] = ordinalIn(Number(value), lang);
    else if (name === 'since' || name === 'at' || name === 'date') params[name] = isoDateText(String(value), lang);
    else if (name === 'language') params.language = languageNames[lang][value as AlphabeticalLanguage] ?? String(value);
    else if (name.endsWith('_en') || name.endsWith('_vi')) {
      if (name.endsWith(`_${lang}`)) params[name.slice(0, -3)] = value;
    } else params[name] = value;
  }
  const text = format(protocolMessages[lang][why.key], params);
  return [text, ...why.also.map((a) => describeReason(a, lang))].join('; ');
}
