import type { EventDocument } from '../model/collections';
import type { Assignment, Hall } from '../model/entities';
import { blockClasses, type Guest, type HallHonour } from './honour';
import { both, seatParams, seatingMessages } from './messages';
import type { SeatingProblem } from './types';
import { hallParams, problem } from './problem';
import { orderOf } from './settings';

/**
 * Does the hall sit in the event's order? The seated heads of delegation (or their
 * representatives), read in the hall's order of seats, must come in the order the hall's
 * strategy gives — UN alphabetical from the lot (or from the next name when the country drawn
 * does not attend) for a conference, the signing order at a signing table, precedence
 * elsewhere. One problem per hall, at the first place where they part: it names the delegation
 * sitting there and the one the order puts there, so a plenary seated from the wrong start of
 * the lot is one clear sentence rather than a hundred inversions to read. Pinned delegations
 * (placed by role) and people who need an accessible seat (placed by need) are left out, as in
 * the inversion check; blocks of different sizes (states, organizations) are compared among
 * themselves. A warning when the placement found is locked (the officer chose it).
 */
export function orderProblems(document: EventDocument, hall: Hall, honour: HallHonour, seatOf: Map<string, Assignment>): SeatingProblem[] {
  const groups = new Map<string, SeatedHead[]>();
  for (const head of seatedHeads(honour, seatOf)) {
    const list = groups.get(head.group) ?? [];
    list.push(head);
    groups.set(head.group, list);
  }
  const out: SeatingProblem[] = [];
  for (const expected of groups.values()) {
    const seated = [...expected].sort((x, y) => x.rank - y.rank);
    const i = seated.findIndex((x, k) => x.guest.delegation.id !== expected[k]!.guest.delegation.id);
    if (i < 0) continue;
    const there = seated[i]!;
    const due = expected[i]!;
    out.push(problem(there.a.locked || due.a.locked ? 'warning' : 'error', 'problem-order', {
      ...hallParams(hall),
      ...both('delegation', there.guest.delegation.nameEn, there.guest.delegation.nameVi), position: there.guest.precedence,
      ...seatParams(document, 'seat', there.a.seatId),
      ...both('expected', due.guest.delegation.nameEn, due.guest.delegation.nameVi), expectedPosition: due.guest.precedence,
      ...both('order', seatingMessages.en[orderKind(honour)], seatingMessages.vi[orderKind(honour)]),
    }, hall.id, {
      seatIds: [there.a.seatId, due.a.seatId], personIds: [there.guest.person.id, due.guest.person.id],
      delegationIds: [there.guest.delegation.id, due.guest.delegation.id],
    }));
  }
  return out;
}

/** A seated head the order checks compare: the seat's rank in the hall, and who it is compared with (`group`). */
export type SeatedHead = { guest: Guest; a: Assignment; rank: number; group: string };

/**
 * The heads of delegation (or their representatives) that both order checks compare, in the
 * guests' order, with their seat's rank: seated, neither pinned (placed by role) nor placed by
 * need (an accessible seat). Blocks whose states and organizations draw on different units
 * (their desks differ in size) are compared among themselves: `group` is the desk size, else 'all'.
 */
export function seatedHeads(honour: HallHonour, seatOf: Map<string, Assignment>): SeatedHead[] {
  const classes = honour.strategy === 'blocks' ? blockClasses(honour) : null;
  const out: SeatedHead[] = [];
  for (const guest of honour.guests) {
    if (!guest.isHead || guest.pinned || guest.person.needsAccessible) continue;
    const a = seatOf.get(guest.person.id);
    const rank = a ? honour.seatRank.get(a.seatId) : undefined;
    if (!a || rank === undefined) continue;
    out.push({ guest, a, rank, group: classes && !classes.shared ? String(classes.sizeOf(guest.delegation)) : 'all' });
  }
  return out;
}

const orderKind = (honour: HallHonour) =>
  honour.strategy === 'signing' ? 'order-signing' : orderOf(honour.settings) === 'lot' ? 'order-lot' : 'order-precedence';
