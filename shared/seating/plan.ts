import { byId, byKey, byOrder, thenBy } from '../compare';
import type { EventDocument } from '../model/collections';
import type { Delegation, Person, Seat } from '../model/entities';
import type { PrecedenceRules, StateName } from '../protocol';
import { blockClasses, hallHonour, type Guest, type HallHonour, type Unit } from './honour';
import { both, seatParams } from './messages';
import { orderOf, type SeatingSettings } from './settings';
import { nextTo } from './constraints';
import type { PlannedAssignment, SeatingPlan, SeatingReason, Unseated } from './types';

export type PlanOptions = {
  /** Settings to plan with instead of the stored ones (a preview of a change of strategy). */
  settings?: SeatingSettings;
  rules?: PrecedenceRules;
  /** The reference table's states (a lot country that does not attend, recorded without its names). */
  states?: readonly StateName[];
};

/**
 * Seats a hall by its strategy (see honour.ts for the order of seats and of people):
 * - locked placements stay exactly as they are, and their people and seats are taken out;
 * - blocked seats are never used;
 * - someone who needs an accessible seat gets the first free accessible seat in the order;
 *   others pass over accessible seats while they are all needed;
 * - a seat (or a block) next to a delegation this one must not sit beside is left empty, so
 *   that nobody after it in precedence takes a more honourable place;
 * - blocks: each delegation takes the next free unit that fits it, head of delegation at the
 *   front seat, its members after; with `interpreterBehind`, the seat behind a head who needs an
 *   interpreter stays free;
 * - banquet: with `hostMembersHostTables`, the host delegation's members take the table host's
 *   seat at tables 2, 3... in their order.
 * Deterministic: the same document gives the same plan, whatever the order of its rows.
 */
export function planSeating(document: EventDocument, hallId: string, options: PlanOptions = {}): SeatingPlan {
  const honour = hallHonour(document, hallId, options);
  return new Planner(document, honour).run();
}

class Planner {
  readonly assignments: PlannedAssignment[] = [];
  readonly unseated: Unseated[] = [];
  readonly notes: SeatingReason[] = [];
  readonly used = new Set<string>();
  readonly seated = new Set<string>();
  /** Seats taken, by delegation, for the never-next-to check. */
  readonly seatsOf = new Map<string, Seat[]>();
  readonly forbidden = new Map<string, Set<string>>();
  readonly settings: SeatingSettings;

  constructor(
    readonly document: EventDocument,
    readonly honour: HallHonour,
  ) {
    this.settings = honour.settings;
    for (const [a, b] of this.settings.neverNextTo) {
      if (a === b) continue;
      this.forbidden.set(a, (this.forbidden.get(a) ?? new Set()).add(b));
      this.forbidden.set(b, (this.forbidden.get(b) ?? new Set()).add(a));
    }
  }

  run(): SeatingPlan {
    const { document, honour } = this;
    const locked = Object.values(document.assignments)
      .filter((a) => a.hallId === honour.hallId && a.locked)
      .sort(byKey((a) => a.seatId));
    for (const a of locked) {
      const person = document.people[a.personId];
      const seat = document.seats[a.seatId];
      if (!person || !seat || this.seated.has(a.personId) || this.used.has(a.seatId)) continue;
      this.take(person, seat, true);
    }
    if (locked.length > 0) this.notes.push({ key: 'explain-locked', params: { count: this.assignments.length } });
    if (honour.absent.size > 0) this.notes.push({ key: 'explain-absent', params: { count: honour.absent.size } });
    for (const [delegationId, person] of honour.representatives) {
      const d = document.delegations[delegationId]!;
      this.notes.push({ key: 'explain-representative', params: { ...both('delegation', d.nameEn, d.nameVi), person: person.name } });
    }
    const guests = honour.guests.filter((g) => !this.seated.has(g.person.id));
    // A hall with no seat the strategy can fill (a welcome area): one sentence, not every guest
    // "without a seat"; locked placements, if any, are kept above like everywhere else.
    if (honour.seatRank.size === 0) {
      return { hallId: honour.hallId, assignments: this.assignments, unseated: [], explanation: [{ key: 'explain-no-seats', params: {} }, ...this.notes], signingList: null };
    }
    if (honour.strategy === 'blocks') this.blocks(guests);
    else {
      if (honour.strategy === 'banquet' && this.settings.hostMembersHostTables) this.hostTables();
      this.oneByOne(guests.filter((g) => !this.seated.has(g.person.id)));
    }
    return {
      hallId: honour.hallId,
      assignments: this.assignments,
      unseated: this.unseated,
      explanation: [this.strategyNote(), ...(honour.strategy === 'blocks' || orderOf(this.settings) === 'lot' ? [this.orderNote()] : []), ...this.notes],
      signingList: honour.signing?.map((d, i) => ({ position: i + 1, delegationId: d.id })) ?? null,
    };
  }

  orderNote(): SeatingReason {
    return { key: orderOf(this.settings) === 'lot' ? 'explain-order-lot' : 'explain-order-precedence', params: {} };
  }

  strategyNote(): SeatingReason {
    const { honour, settings } = this;
    const seats = honour.seatRank.size;
    switch (honour.strategy) {
      case 'centre-out':
        return { key: 'explain-centre-out', params: { guests: honour.guests.length, seats } };
      case 'banquet':
        return { key: 'explain-banquet', params: { tables: new Set(honour.units.map((u) => u.elementId)).size, guests: honour.guests.length } };
      case 'blocks':
        return {
          key: settings.blocksOrder === 'row-by-row' ? 'explain-blocks-row-by-row' : 'explain-blocks-centre-out',
          params: { size: settings.seatsPerDelegation, orgSize: settings.seatsPerOrganization },
        };
      case 'signing':
        return { key: 'explain-signing', params: { count: honour.signing?.length ?? 0 } };
    }
  }

  take(person: Person, seat: Seat, locked: boolean) {
    this.assignments.push({ personId: person.id, seatId: seat.id, locked });
    this.used.add(seat.id);
    this.seated.add(person.id);
    const list = this.seatsOf.get(person.delegationId);
    if (list) list.push(seat);
    else this.seatsOf.set(person.delegationId, [seat]);
  }

  unseat(guest: Guest, reason: SeatingReason) {
    this.unseated.push({ personId: guest.person.id, delegationId: guest.delegation.id, reason });
  }

  /** The delegation this seat would put `delegation` next to, against a never-next-to pair; null if none. */
  clash(delegation: Delegation, seats: readonly Seat[]): Delegation | null {
    const others = this.forbidden.get(delegation.id);
    if (!others) return null;
    for (const other of others) {
      const taken = this.seatsOf.get(other) ?? [];
      if (seats.some((s) => taken.some((t) => nextTo(s, t)))) return this.document.delegations[other] ?? null;
    }
    return null;
  }

  gap(seat: Seat, a: Delegation, b: Delegation) {
    this.used.add(seat.id);
    this.notes.push({
      key: 'explain-gap',
      params: { ...seatParams(this.document, 'seat', seat.id), ...both('a', a.nameEn, a.nameVi), ...both('b', b.nameEn, b.nameVi) },
    });
  }

  /** The table host's seat of tables 2, 3... to the host delegation's members, in their order. */
  hostTables() {
    const host = this.honour.guests.find((g) => g.delegation.pinnedRole === 'host');
    if (!host) return;
    const members = Object.values(this.document.people)
      .filter((p) => p.delegationId === host.delegation.id && p.id !== host.person.id && !this.seated.has(p.id) && !this.honour.absent.has(p.id))
      .sort(byOrder);
    const tables: string[] = [];
    for (const unit of this.honour.units) if (tables.at(-1) !== unit.elementId) tables.push(unit.elementId);
    const numbers: number[] = [];
    for (const elementId of tables.slice(1)) {
      const member = members.shift();
      if (!member) break;
      const seat = this.honour.units.find((u) => u.elementId === elementId)!.seats[0]!;
      if (!seat.isTableHost || this.used.has(seat.id)) {
        members.unshift(member);
        continue;
      }
      this.take(member, seat, false);
      numbers.push(this.document.elements[elementId]?.number ?? numbers.length + 2);
    }
    if (numbers.length > 0) this.notes.push({ key: 'explain-host-tables', params: { first: numbers[0]!, last: numbers.at(-1)! } });
  }

  oneByOne(guests: Guest[]) {
    const seats = this.honour.units.map((u) => u.seats[0]!);
    let needers = guests.filter((g) => g.person.needsAccessible).length;
    let freeAccessible = seats.filter((s) => s.accessible && !this.used.has(s.id)).length;
    let cursor = 0;
    for (const guest of guests) {
      if (guest.person.needsAccessible) {
        needers -= 1;
        const seat = seats.find((s) => s.accessible && !this.used.has(s.id) && !this.clash(guest.delegation, [s]));
        if (!seat) {
          this.unseat(guest, { key: 'unseated-no-accessible', params: {} });
          continue;
        }
        freeAccessible -= 1;
        this.take(guest.person, seat, false);
        this.notes.push({ key: 'explain-accessible', params: { person: guest.person.name, ...seatParams(this.document, 'seat', seat.id) } });
        continue;
      }
      let placed = false;
      for (; cursor < seats.length; cursor++) {
        const seat = seats[cursor]!;
        if (this.used.has(seat.id)) continue;
        if (seat.accessible && freeAccessible <= needers) continue; // kept for those who need it
        const other = this.clash(guest.delegation, [seat]);
        if (other) {
          if (seat.accessible) freeAccessible -= 1;
          this.gap(seat, guest.delegation, other);
          continue;
        }
        if (seat.accessible) freeAccessible -= 1;
        this.take(guest.person, seat, false);
        cursor += 1;
        placed = true;
        break;
      }
      if (!placed) this.unseat(guest, { key: 'unseated-no-seat', params: {} });
    }
  }

  blocks(guests: Guest[]) {
    const { honour } = this;
    // Delegation by delegation, in order (guests of one delegation are consecutive).
    const groups: Guest[][] = [];
    for (const g of guests) {
      const last = groups.at(-1);
      if (last && last[0]!.delegation.id === g.delegation.id) last.push(g);
      else groups.push([g]);
    }
    const free = (u: Unit) => u.seats.every((s) => !this.used.has(s.id));
    // When the two kinds share units, one queue, and a unit passed over because it is too small
    // stays empty, so that nobody later in precedence sits in front of someone earlier.
    const { sizeOf, eligible, shared } = blockClasses(honour);
    const cursors = new Map<number, number>();
    for (const group of groups) {
      const delegation = group[0]!.delegation;
      const size = sizeOf(delegation);
      const key = shared ? 0 : size;
      let i = cursors.get(key) ?? 0;
      let unit: Unit | null = null;
      for (; i < honour.units.length; i++) {
        const u = honour.units[i]!;
        if (!free(u)) continue;
        if (!eligible.get(size)!.has(u)) {
          if (shared) {
            for (const s of u.seats) this.used.add(s.id);
            this.notes.push({ key: 'explain-unit-skipped', params: { ...seatParams(this.document, 'seat', u.seats[0]!.id), ...both('delegation', delegation.nameEn, delegation.nameVi) } });
          }
          continue;
        }
        const other = this.clash(delegation, u.seats);
        if (other) {
          for (const s of u.seats) this.used.add(s.id);
          this.notes.push({
            key: 'explain-gap',
            params: { ...seatParams(this.document, 'seat', u.seats[0]!.id), ...both('a', delegation.nameEn, delegation.nameVi), ...both('b', other.nameEn, other.nameVi) },
          });
          continue;
        }
        unit = u;
        i += 1;
        break;
      }
      cursors.set(key, i);
      if (!unit) {
        for (const g of group) this.unseat(g, { key: 'unseated-no-seat', params: {} });
        continue;
      }
      this.fillUnit(unit, group, size);
    }
  }

  /** The head at the front seat, then the members; the interpreter's seat kept when asked. */
  fillUnit(unit: Unit, group: Guest[], size: number) {
    const seats = unit.seats.slice(0, Math.max(size, 1));
    const open = seats.filter((s) => !this.used.has(s.id));
    const head = group.find((g) => g.isHead);
    if (head && this.settings.interpreterBehind && head.person.needsInterpreter && open.length > 1) {
      const front = open[0]!;
      const distance = (s: Seat) => Math.hypot(s.x - front.x, s.y - front.y);
      const kept = open
        .slice(1)
        .filter((s) => isBehind(front, s))
        .sort(thenBy(byKey(distance), byId))[0];
      if (kept) {
        open.splice(open.indexOf(kept), 1);
        this.used.add(kept.id);
        this.notes.push({ key: 'explain-interpreter', params: { ...seatParams(this.document, 'seat', kept.id), person: head.person.name } });
      }
    }
    for (const g of group) {
      if (g.person.needsAccessible) {
        const seat = open.find((s) => s.accessible);
        if (seat) {
          open.splice(open.indexOf(seat), 1);
          this.take(g.person, seat, false);
        } else this.unseat(g, { key: 'unseated-no-accessible', params: {} });
        continue;
      }
      const seat = open.shift();
      if (seat) this.take(g.person, seat, false);
      else this.unseat(g, { key: 'unseated-no-room', params: { size } });
    }
  }
}

/** Is `s` behind `front`, for the person seated at `front` (further along the way they face)? */
function isBehind(front: Seat, s: Seat): boolean {
  const t = (front.rotation * Math.PI) / 180;
  const along = -((s.x - front.x) * Math.sin(t) - (s.y - front.y) * Math.cos(t));
  return along > 0.3;
}
