import { byId } from '../compare';
import type { EventDocument } from '../model/collections';
import type { Delegation } from '../model/entities';

/**
 * Who is pinned, and as what. The host is DERIVED from the event's host country
 * (EventInfo.hostIso3): the state delegation of that country is the host as soon as it exists,
 * however it got into the event (typed, imported, restored from a backup, undone or redone), so
 * no writer has to remember to set a flag and the order cannot drift from the event's host.
 * The stored Delegation.pinnedRole keeps two meanings only:
 * - 'co-chair': chosen by the officer (Overview), never derived;
 * - 'host': read only when the event has no host country (files written before the host was
 *   derived, or an event hosted by no state); with a host country, a 'host' flag on another
 *   delegation is stale and that delegation is ranked like the others (validate says so).
 */
export type EffectiveRole = 'host' | 'co-chair' | 'none';


/** The event's host country code (the first event row by id), or null. */
export function hostCountry(document: Pick<EventDocument, 'events'>): string | null {
  return Object.values(document.events).sort(byId)[0]?.hostIso3 ?? null;
}

/** The host delegation: the state (or observer state) of the host country, else the one flagged host when the event names no host country. */
export function hostDelegation(document: Pick<EventDocument, 'events' | 'delegations'>): Delegation | null {
  const iso3 = hostCountry(document);
  const isHost = iso3 !== null ? (d: Delegation) => d.kind !== 'organization' && d.iso3 === iso3 : (d: Delegation) => d.pinnedRole === 'host';
  // The first by id among those that qualify (asked on every plan and check: one pass, no sort).
  let host: Delegation | null = null;
  for (const d of Object.values(document.delegations)) if (isHost(d) && (host === null || byId(d, host) < 0)) host = d;
  return host;
}

/** Each delegation's role in the order: the derived host, the co-chairs chosen, everyone else 'none'. */
export function effectiveRoles(document: Pick<EventDocument, 'events' | 'delegations'>): Map<string, EffectiveRole> {
  const host = hostDelegation(document);
  const roles = new Map<string, EffectiveRole>();
  for (const d of Object.values(document.delegations)) {
    roles.set(d.id, d.id === host?.id ? 'host' : d.pinnedRole === 'co-chair' ? 'co-chair' : 'none');
  }
  return roles;
}

/**
 * The document with every delegation's pinnedRole replaced by its effective role, for code
 * that reads pinnedRole (the engines all go through this once, so none reads the stored flag).
 * Only the delegations whose role differs are copied; the same document when none does.
 */
export function withEffectiveRoles<T extends Pick<EventDocument, 'events' | 'delegations'>>(document: T): T {
  const roles = effectiveRoles(document);
  let delegations: EventDocument['delegations'] | null = null;
  for (const d of Object.values(document.delegations)) {
    const role = roles.get(d.id)!;
    if (role === d.pinnedRole) continue;
    delegations ??= { ...document.delegations };
    delegations[d.id] = { ...d, pinnedRole: role };
  }
  return delegations ? { ...document, delegations } : document;
}
