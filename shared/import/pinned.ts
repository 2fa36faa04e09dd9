import { byId } from '../compare';
import type { Changes, EventDocument } from '../model/collections';
import type { Delegation, DelegationKind } from '../model/entities';
import { hostCountry, hostDelegation } from '../protocol/host';
import type { ImportMessageKey } from './messages';

/**
 * The `pinned` column of the delegations import: `host`, `co-chair`, or empty. The host is the
 * event's host country (shared/protocol/host.ts), so `host` on a state's row sets the event's
 * host country to that state, in the same edit as the rows; `co-chair` pins the delegation as a
 * co-chair, an empty cell leaves it (or makes it) an ordinary delegation. Without the column,
 * nothing about pinning changes.
 */
export type PinnedCell = 'host' | 'co-chair' | 'none';

export function parsePinned(value: string, kind: DelegationKind): { pinned: PinnedCell } | { key: ImportMessageKey; params: Record<string, string> } {
  const v = value.trim().toLowerCase();
  if (v === '') return { pinned: 'none' };
  if (v === 'host') return kind === 'organization' ? { key: 'pinned-host-organization', params: {} } : { pinned: 'host' };
  if (v === 'co-chair') return { pinned: 'co-chair' };
  return { key: 'bad-pinned', params: { value } };
}

/** The stored role a row asks for: the host is derived, so a host row keeps its stored flag. */
export function pinnedRoleFor(pinned: PinnedCell | undefined, current: Delegation['pinnedRole']): Delegation['pinnedRole'] {
  if (pinned === undefined || pinned === 'host') return current;
  return pinned;
}

/** The event row with its host country set to the host row's state; null when it is so already. */
export function hostCountryChange(document: EventDocument, iso3: string | null): Changes['upserts']['events'] | null {
  if (iso3 === null || hostCountry(document) === iso3) return null;
  const event = Object.values(document.events).sort(byId)[0];
  return event ? [{ ...event, hostIso3: iso3 }] : null;
}

/** What the export writes in the `pinned` column for a delegation. */
export function pinnedCell(document: EventDocument, d: Delegation): string {
  if (hostDelegation(document)?.id === d.id) return 'host';
  return d.pinnedRole === 'co-chair' ? 'co-chair' : '';
}
