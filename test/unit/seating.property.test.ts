/**
 * Properties of every seating, on random events and halls (fast-check): a plan is a bijection
 * from the people it seats to free seats of the hall, locked placements included unchanged; an
 * automatic seating without locks has no precedence inversion; the plan does not depend on the
 * order of the document's rows.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { emptyHistory, execute } from '../../shared/document/history';
import { seededIds } from '../../shared/ids';
import type { EventDocument } from '../../shared/model/collections';
import type { RankClass, Seat } from '../../shared/model/entities';
import { applySeating, planSeating, seatingProblems, type SeatingPlan, type SeatingSettingsInput } from '../../shared/seating';
import { EventBuilder } from './seating-fixtures';

const STATES = ['VNM', 'FRA', 'DEU', 'JPN', 'BRA', 'ARG', 'CAN', 'KEN', 'GHA', 'IND', 'MEX', 'NOR', 'PER', 'SEN', 'THA', 'URY', 'ZMB', 'AUS', 'EGY', 'FIN'];
const RANKS: RankClass[] = ['head-of-state', 'vice-president', 'head-of-government', 'foreign-minister', 'minister', 'vice-minister', 'ambassador', 'other'];

const eventArb = fc.record({
  delegations: fc.uniqueArray(fc.constantFrom(...STATES), { minLength: 1, maxLength: 14 }).chain((codes) =>
    fc.tuple(...codes.map((iso3) => fc.record({ iso3: fc.constant(iso3), rank: fc.constantFrom(...RANKS), members: fc.integer({ min: 0, max: 4 }) }))),
  ),
  withOrg: fc.boolean(),
  headTable: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
  rounds: fc.array(fc.integer({ min: 2, max: 10 }), { maxLength: 3 }),
  rows: fc.option(fc.record({ rows: fc.integer({ min: 1, max: 3 }), seats: fc.integer({ min: 1, max: 12 }) }), { nil: null }),
  desks: fc.option(fc.record({ desks: fc.integer({ min: 1, max: 4 }), deskRows: fc.integer({ min: 1, max: 2 }), small: fc.boolean() }), { nil: null }),
  settings: fc.record({
    strategy: fc.constantFrom('centre-out', 'banquet', 'blocks', 'signing'),
    who: fc.constantFrom(null, 'heads', 'delegations'),
    blocksOrder: fc.constantFrom('centre-out', 'row-by-row'),
    keepTogether: fc.boolean(),
  }),
  blocked: fc.array(fc.nat(), { maxLength: 6 }),
  locks: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
});
type EventSpec = typeof eventArb extends fc.Arbitrary<infer T> ? T : never;

function build(spec: EventSpec, withLocks: boolean) {
  const b = new EventBuilder(7);
  spec.delegations.forEach((d, i) => b.delegation({ iso3: d.iso3, rank: d.rank, members: d.members, ...(i === 0 ? { pinned: 'host' as const } : {}) }));
  if (spec.withOrg) b.delegation({ org: 'UNODC', members: 2 });
  const hall = b.hall('meeting', spec.settings as SeatingSettingsInput);
  const seats: Seat[] = [];
  if (spec.headTable) {
    seats.push(...b.element(hall, 'rect-table', { x: 20, y: 3, width: spec.headTable * 0.6, depth: 0.8, rotation: 180, number: 1 }, { seatsPerSide: spec.headTable, sides: 'one', ends: false, headTable: true }));
  }
  spec.rounds.forEach((count, i) => seats.push(...b.element(hall, 'round-table', { x: 5 + 6 * i, y: 10, width: 1.6, depth: 1.6, number: i + 2 }, { seatCount: count })));
  if (spec.rows) {
    seats.push(...b.element(hall, 'row-block', { x: 20, y: 20 }, { rows: spec.rows.rows, seatsPerRow: spec.rows.seats, seatSpacingM: 0.55, rowSpacingM: 0.95, firstRowLetter: 'A', numbering: 'odd-even-from-centre' }));
  }
  if (spec.desks) {
    const [atDesk, behind] = spec.desks.small ? [1, 2] : [3, 3];
    seats.push(...b.element(hall, 'desk-block', { x: 20, y: 30 }, { desks: spec.desks.desks, deskRows: spec.desks.deskRows, seatsAtDesk: atDesk, seatsBehind: behind, deskWidthM: 2.1, rowSpacingM: 1.1 }));
  }
  for (const n of spec.blocked) if (seats.length > 0) {
    const s = seats[n % seats.length]!;
    b.doc.seats[s.id] = { ...s, blocked: true };
  }
  if (withLocks && seats.length > 0) {
    const people = Object.values(b.doc.people);
    const usedSeats = new Set<string>();
    const usedPeople = new Set<string>();
    for (const [p, s] of spec.locks) {
      const seat = b.doc.seats[seats[s % seats.length]!.id]!;
      const person = people[p % people.length]!;
      if (seat.blocked || usedSeats.has(seat.id) || usedPeople.has(person.id)) continue;
      usedSeats.add(seat.id);
      usedPeople.add(person.id);
      b.seat(hall, seat, person, true);
    }
  }
  return { doc: b.doc, hallId: hall.id };
}

const applied = (doc: EventDocument, plan: SeatingPlan) =>
  execute(doc, emptyHistory(), applySeating, { hallId: plan.hallId, plan, ids: seededIds(99) })?.document ?? doc;

describe('every seating', () => {
  test('is a bijection from the people seated to free seats of the hall; locked placements are kept', () => {
    fc.assert(
      fc.property(eventArb, (spec) => {
        const { doc, hallId } = build(spec, true);
        const plan = planSeating(doc, hallId);
        const seats = plan.assignments.map((a) => a.seatId);
        const people = plan.assignments.map((a) => a.personId);
        expect(new Set(seats).size).toBe(seats.length);
        expect(new Set(people).size).toBe(people.length);
        for (const a of plan.assignments) {
          const seat = doc.seats[a.seatId]!;
          expect(seat.hallId).toBe(hallId);
          expect(doc.people[a.personId]).toBeDefined();
          if (!a.locked) expect(seat.blocked).toBe(false);
        }
        for (const lock of Object.values(doc.assignments).filter((a) => a.hallId === hallId && a.locked)) {
          expect(plan.assignments).toContainEqual({ personId: lock.personId, seatId: lock.seatId, locked: true });
        }
        // Nobody is both seated and reported unseated.
        for (const u of plan.unseated) expect(people).not.toContain(u.personId);
        // Applied, the hall holds exactly the plan.
        const after = applied(doc, plan);
        const held = Object.values(after.assignments).filter((a) => a.hallId === hallId).map((a) => `${a.personId}@${a.seatId}/${a.locked}`).sort();
        expect(held).toEqual(plan.assignments.map((a) => `${a.personId}@${a.seatId}/${a.locked}`).sort());
      }),
      { numRuns: 150 },
    );
  });

  test('without manual locks, an automatic seating has no precedence inversion', () => {
    fc.assert(
      fc.property(eventArb, (spec) => {
        const { doc, hallId } = build(spec, false);
        const after = applied(doc, planSeating(doc, hallId));
        const inversions = seatingProblems(after).filter((p) => p.key === 'problem-inversion');
        expect(inversions).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  test('does not depend on the order of the document’s rows', () => {
    fc.assert(
      fc.property(eventArb, fc.integer({ min: 1, max: 1000 }), (spec, seed) => {
        const { doc, hallId } = build(spec, true);
        const shuffle = <T>(record: Record<string, T>) => {
          const entries = Object.entries(record);
          let state = seed;
          for (let i = entries.length - 1; i > 0; i--) {
            state = (state * 1103515245 + 12345) % 2147483648;
            const j = state % (i + 1);
            [entries[i], entries[j]] = [entries[j]!, entries[i]!];
          }
          return Object.fromEntries(entries);
        };
        const shuffled = { ...doc, seats: shuffle(doc.seats), people: shuffle(doc.people), delegations: shuffle(doc.delegations), elements: shuffle(doc.elements), assignments: shuffle(doc.assignments) };
        expect(planSeating(shuffled, hallId)).toEqual(planSeating(doc, hallId));
      }),
      { numRuns: 60 },
    );
  });
});
