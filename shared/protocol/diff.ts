import type { RankClass } from '../model/entities';
import type { PrecedenceEntry, Reason } from './precedence';

/**
 * One delegation whose place changed between two orders. `cause`:
 * - changed: its own standing changed (rank of its head, pinning, manual position, the kind of
 *   reason) — typically the delegation whose head was replaced;
 * - shifted: it moved only because others did;
 * - added / removed: present in one order only (null position on the other side).
 */
export type OrderMove = {
  delegationId: string;
  nameEn: string;
  before: number | null;
  after: number | null;
  rankBefore: RankClass | null;
  rankAfter: RankClass | null;
  cause: 'changed' | 'shifted' | 'added' | 'removed';
  reason: Reason | null; // the reason for the new place; null when removed
};

/**
 * The kind of reason, less what only counts places: "1st from the lot (the lot country does
 * not attend)" and "2nd from the lot" are the same standing.
 */
const standing = (r: Reason): string => (r.key.startsWith('class-lot') ? 'class-lot' : r.key);

function byDelegation(entries: readonly PrecedenceEntry[], side: string): Map<string, PrecedenceEntry> {
  const map = new Map<string, PrecedenceEntry>();
  for (const e of entries) {
    if (map.has(e.delegationId)) throw new Error(`diffOrder: delegation ${e.delegationId} appears twice in the ${side} order`);
    map.set(e.delegationId, e);
  }
  return map;
}

/**
 * What moved after a change: every delegation whose position differs, in the new order
 * (removed ones last, by their old position). A delegation that keeps its position is not
 * listed, even if the words of its reason changed.
 */
export function diffOrder(before: readonly PrecedenceEntry[], after: readonly PrecedenceEntry[]): OrderMove[] {
  const old = byDelegation(before, 'before');
  const now = byDelegation(after, 'after');
  const moves: OrderMove[] = [];
  for (const e of after) {
    const o = old.get(e.delegationId);
    if (o && o.position === e.position) continue;
    const changed = o && (o.rank !== e.rank || o.pinned !== e.pinned || o.kind !== e.kind || standing(o.reason) !== standing(e.reason));
    moves.push({
      delegationId: e.delegationId,
      nameEn: e.nameEn,
      before: o?.position ?? null,
      after: e.position,
      rankBefore: o?.rank ?? null,
      rankAfter: e.rank,
      cause: !o ? 'added' : changed ? 'changed' : 'shifted',
      reason: e.reason,
    });
  }
  moves.sort((a, b) => a.after! - b.after!);
  const removed = before
    .filter((e) => !now.has(e.delegationId))
    .sort((a, b) => a.position - b.position)
    .map<OrderMove>((e) => ({
      delegationId: e.delegationId,
      nameEn: e.nameEn,
      before: e.position,
      after: null,
      rankBefore: e.rank,
      rankAfter: null,
      cause: 'removed',
      reason: null,
    }));
  return [...moves, ...removed];
}
