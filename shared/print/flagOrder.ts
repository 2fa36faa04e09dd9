import type { EventDocument } from '../model/collections';
import type { Delegation } from '../model/entities';
import { hostDelegation as sharedHostDelegation } from '../protocol/host';
import { compareUnNames } from '../reference/names';
import type { StateRef } from '../reference/types';
import { signingRows } from './lists';

/**
 * The order of a line of flags on a stage or behind a signing table (docs/protocol.md, "Seating
 * rules", Flags), as seen from the audience:
 *  - the host and one partner: the host's flag on the right, the partner's on the left;
 *  - several partners: the host at the centre, the partners in ABC order of their UN English
 *    names (accents folded, compareUnNames) alternating on either side of it: the first on the
 *    host flag's own right (the audience's left, as the single partner's), the second on its
 *    left (the audience's right), and so on outwards. With an odd number of partners the line
 *    has one flag more on the audience's left, and the host is just right of its middle, as in
 *    the two-flag case.
 * So 1 partner: P1 H; 4 partners A B C D: C A H B D; 5 partners A..E: E C A H B D.
 */

/** Where a flag stands relative to the host's, as seen from the audience. */
export type FlagSide = 'host' | 'left' | 'right';
export type FlagPlace<T> = {
  item: T;
  /** 1 = the leftmost flag as seen from the audience. */
  position: number;
  side: FlagSide;
  /** 0 for the host; 1, 2... the partner's place in ABC order. */
  rank: number;
};

/** The flags left to right as seen from the audience (pure). */
export function flagOrder<T>(host: T, partners: readonly T[], nameOf: (item: T) => string): FlagPlace<T>[] {
  const sorted = [...partners].sort((a, b) => compareUnNames(nameOf(a), nameOf(b)));
  const left: { item: T; rank: number }[] = []; // outwards from the host, the audience's left
  const right: { item: T; rank: number }[] = [];
  sorted.forEach((item, i) => (i % 2 === 0 ? left : right).push({ item, rank: i + 1 }));
  const line = [
    ...left.reverse().map((p) => ({ ...p, side: 'left' as const })),
    { item: host, rank: 0, side: 'host' as const },
    ...right.map((p) => ({ ...p, side: 'right' as const })),
  ];
  return line.map((p, i) => ({ ...p, position: i + 1 }));
}

/** One flag of the line: a national flag (organizations' flags are not placed by this rule). */
export type FlagItem = { id: string; nameEn: string; nameVi: string; flagCode: string | null };

/** The host delegation: derived from the event's host country, as the order and seating derive it. */
export const hostDelegation = (document: EventDocument): Delegation | null => sharedHostDelegation(document);

const item = (d: Delegation): FlagItem => ({ id: d.id, nameEn: d.nameEn, nameVi: d.nameVi, flagCode: d.flagCode });
const isState = (d: Delegation | undefined): d is Delegation => !!d && d.kind !== 'organization';

/**
 * The line of flags for a signing hall (the host and the states of its signing order) or, with
 * null, the host and every state and observer state of the event; null when there is no host,
 * or the hall has no signing order (`states`: the reference table, as signingRows reads it).
 */
export function flagLine(document: EventDocument, hallId: string | null, states: readonly StateRef[]): FlagPlace<FlagItem>[] | null {
  const host = hostDelegation(document);
  if (!host) return null;
  let partners: Delegation[];
  if (hallId === null) partners = Object.values(document.delegations).filter(isState);
  else {
    const rows = signingRows(document, hallId, 'en', states);
    if (!rows) return null;
    partners = rows.map((r) => document.delegations[r.delegationId]).filter(isState);
  }
  return flagOrder(item(host), partners.filter((d) => d.id !== host.id).map(item), (d) => d.nameEn);
}
