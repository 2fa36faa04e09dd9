import type { EventDocument } from '../../../shared/model/collections';
import { RankClass, type Delegation, type Person } from '../../../shared/model/entities';
import { foldName } from '../../../shared/reference/names';
import type { Translator } from '../i18n/format';
import { byId, byKey, byUnName } from '../../../shared/compare';
import { pickLang } from '../../../shared/i18n/index';

export type HeadInfo = { head: Person | null; members: number };

/** The head (role head, lowest order) and the member count of every delegation. */
export function headsByDelegation(people: EventDocument['people']): Map<string, HeadInfo> {
  const map = new Map<string, HeadInfo>();
  for (const person of Object.values(people)) {
    let info = map.get(person.delegationId);
    if (!info) map.set(person.delegationId, (info = { head: null, members: 0 }));
    info.members++;
    if (person.role === 'head' && (!info.head || person.order < info.head.order)) info.head = person;
  }
  return map;
}

export function headOf(d: EventDocument, delegationId: string): Person | null {
  let head: Person | null = null;
  for (const person of Object.values(d.people)) {
    if (person.delegationId === delegationId && person.role === 'head' && (!head || person.order < head.order)) head = person;
  }
  return head;
}

export const codeOf = (d: Delegation): string => d.iso3 ?? d.orgCode ?? '';

/** The text a search looks in, folded (case, accents, đ): "viet" finds "Việt Nam". */
export function searchText(d: Delegation, head: Person | null): string {
  return foldName([d.nameVi, d.nameEn, d.nameFr, d.iso3 ?? '', d.orgCode ?? '', head?.name ?? ''].join(' \u0001 '));
}

export type SortKey = 'name' | 'unName' | 'kind' | 'head' | 'rank' | 'members';
export type Sort = { key: SortKey; dir: 1 | -1 };

const KIND_ORDER = { state: 0, 'observer-state': 1, organization: 2 } as const;
const RANK_ORDER = new Map(RankClass.options.map((r, i) => [r, i]));

export function displayName(d: Delegation, lang: Translator['lang']): string {
  return pickLang(lang, { vi: d.nameVi, en: d.nameEn });
}

type Order = (a: Delegation, b: Delegation) => number;

/**
 * Delegations by the name the officer reads (Vietnamese collation, or the UN's English order) and
 * by the other one (the second name column).
 */
export function nameOrders(i18n: Translator): { byName: Order; byOtherName: Order } {
  const vietnamese: Order = byKey((d) => d.nameVi, i18n.collator.compare);
  const un: Order = byUnName((d) => d.nameEn);
  return { byName: pickLang(i18n.lang, { vi: vietnamese, en: un }), byOtherName: pickLang(i18n.lang, { vi: un, en: vietnamese }) };
}

export function comparator(sort: Sort, i18n: Translator, heads: Map<string, HeadInfo>): Order {
  const { byName, byOtherName } = nameOrders(i18n);
  const primary = (a: Delegation, b: Delegation): number => {
    switch (sort.key) {
      case 'name':
        return byName(a, b);
      case 'unName':
        return byOtherName(a, b);
      case 'kind':
        return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
      case 'head': {
        const ha = heads.get(a.id)?.head;
        const hb = heads.get(b.id)?.head;
        if (!ha || !hb) return ha ? -1 : hb ? 1 : 0;
        return i18n.collator.compare(ha.familyName || ha.name, hb.familyName || hb.name);
      }
      case 'rank': {
        const ra = heads.get(a.id)?.head?.rank;
        const rb = heads.get(b.id)?.head?.rank;
        return (ra ? RANK_ORDER.get(ra)! : 99) - (rb ? RANK_ORDER.get(rb)! : 99);
      }
      case 'members':
        return (heads.get(a.id)?.members ?? 0) - (heads.get(b.id)?.members ?? 0);
    }
  };
  return (a, b) => primary(a, b) * sort.dir || byName(a, b) || byId(a, b);
}
