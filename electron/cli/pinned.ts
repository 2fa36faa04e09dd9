import { byId } from '../../shared/compare';
import type { Changes, EventDocument } from '../../shared/model/collections';
import type { Delegation } from '../../shared/model/entities';
import { hostCountry, hostDelegation } from '../../shared/protocol/host';
import type { ReferenceData } from '../../shared/reference/types';
import { pickLang } from '../../shared/i18n/index';

/**
 * The CLI's host and co-chairs: the changes to write (through doc:apply, the same one-transaction
 * path as every edit) and the lines that say who is pinned. The host is the event's host
 * country (shared/protocol/host.ts): setting it is all it takes; co-chairs are chosen by code.
 */
export type Refusal = { key: 'unknownHostCountry' | 'unknownDelegationCode' | 'hostNotCoChair'; params: Record<string, string> };

const firstEvent = (document: EventDocument) => Object.values(document.events).sort(byId)[0];

/** A host country must be a UN member or observer state of the reference table (any letter case). */
export function checkHostCountry(iso3: string, reference: ReferenceData): Refusal | null {
  const code = iso3.trim().toUpperCase();
  return reference.states.some((s) => s.iso3 === code) ? null : { key: 'unknownHostCountry', params: { iso3 } };
}

/** The event row with its host country set; null when it is already that. */
export function hostChanges(document: EventDocument, iso3: string, reference: ReferenceData): Changes | Refusal | null {
  const refused = checkHostCountry(iso3, reference);
  if (refused) return refused;
  const code = iso3.trim().toUpperCase();
  const event = firstEvent(document);
  if (!event || event.hostIso3 === code) return null;
  return { upserts: { events: [{ ...event, hostIso3: code }] }, deletes: {} };
}

/** The delegation of a code: a state's ISO3 or an organization's code, any letter case. */
function byCode(document: EventDocument, code: string): Delegation | undefined {
  const key = code.trim().toUpperCase();
  return Object.values(document.delegations)
    .sort(byId)
    .find((d) => (d.kind === 'organization' ? d.orgCode === key : d.iso3 === key));
}

/** Exactly these delegations as co-chairs (none with an empty list); null when nothing changes. */
export function coChairChanges(document: EventDocument, codes: readonly string[]): Changes | Refusal | null {
  const host = hostDelegation(document);
  const chosen = new Set<string>();
  for (const code of codes) {
    const d = byCode(document, code);
    if (!d) return { key: 'unknownDelegationCode', params: { code } };
    if (d.id === host?.id) return { key: 'hostNotCoChair', params: { code, name: d.nameEn } };
    chosen.add(d.id);
  }
  const rows: Delegation[] = [];
  for (const d of Object.values(document.delegations)) {
    const role = chosen.has(d.id) ? 'co-chair' : d.pinnedRole === 'co-chair' ? 'none' : d.pinnedRole;
    if (role !== d.pinnedRole) rows.push({ ...d, pinnedRole: role });
  }
  return rows.length === 0 ? null : { upserts: { delegations: rows }, deletes: {} };
}

export const isRefusal = (x: Changes | Refusal | null): x is Refusal => x !== null && 'key' in x;

/** Who is pinned, as the CLI prints it: the host line, then the co-chairs line. */
export function pinnedLines(document: EventDocument, lang: 'en' | 'vi'): { key: string; params: Record<string, string> }[] {
  const name = (d: Delegation) => pickLang(lang, { vi: d.nameVi, en: d.nameEn });
  const iso3 = hostCountry(document);
  const host = hostDelegation(document);
  type Line = { key: string; params: Record<string, string> };
  const hostLine: Line = host
    ? { key: 'pinnedHost', params: { name: name(host), iso3: host.iso3 ?? '' } }
    : iso3
      ? { key: 'pinnedHostMissing', params: { iso3 } }
      : { key: 'pinnedNoHost', params: {} };
  const coChairs = Object.values(document.delegations)
    .filter((d) => d.pinnedRole === 'co-chair' && d.id !== host?.id)
    .map(name)
    .sort();
  return [hostLine, coChairs.length ? { key: 'pinnedCoChairs', params: { names: coChairs.join(', ') } } : { key: 'pinnedNoCoChair', params: {} }];
}
