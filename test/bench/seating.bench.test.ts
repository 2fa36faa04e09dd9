/**
 * Seating benchmark (`npm run bench`): ordering 300 delegations, seating 200 delegations of 6
 * (1,200 people) into a 5,000-seat plenary by blocks, and the diff after one downgrade (re-plan
 * and compare), plus validating the sample. Beside each figure, the same job written the
 * straightforward way a competent developer would (a Map of heads built once and one sort; the
 * delegations in precedence order walked over the seats in seat-rank order; the diff by Maps),
 * in the same run, with the ratio; each baseline's output is asserted equal to ours, so both do
 * the same job. Rows go to the bench table (table.ts); targets (p95, issue 14): order 300 <= 5 ms,
 * seat 1,200 into 5,000 <= 50 ms, diff <= 50 ms (issue 4), validate the sample <= 50 ms (the
 * budget validation has after every edit). Writes bench-results/seating.json.
 */
import { expect, it } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { updateEntity } from '../../shared/document/commands';
import { emptyHistory, execute } from '../../shared/document/history';
import { seededIds } from '../../shared/ids';
import type { EventDocument } from '../../shared/model/collections';
import { RankClass, type Person } from '../../shared/model/entities';
import { orderDelegations, readRules } from '../../shared/protocol';
import { buildSampleDocument } from '../../shared/sample/hanoi2025';
import { applySeating, lateChangeDiff, planSeating, seatingProblems } from '../../shared/seating';
import { hallHonour, peopleByDelegation } from '../../shared/seating/honour';
import { EventBuilder } from '../unit/seating-fixtures';
import { baselineOrder } from './baseline-order';
import { figures, machine, time, versus, writeResults } from './measure';
import { benchRow } from './table';

const RANKS = RankClass.options.filter((r) => !r.includes('organization'));

/**
 * An event of `n` delegations with `size` people each, heads of rotating rank: every UN state,
 * then the reference organizations, then (past those, for 300) regional offices of them.
 */
function event(n: number, size: number) {
  const b = new EventBuilder(11);
  const states = referenceData.states.filter((s) => s.iso3 !== 'VNM');
  const orgs = referenceData.organizations;
  b.delegation({ iso3: 'VNM', pinned: 'host', members: size - 1 });
  for (let i = 1; i < n; i++) {
    if (i <= states.length) {
      b.delegation({ iso3: states[i - 1]!.iso3, rank: RANKS[i % RANKS.length]!, members: size - 1 });
      continue;
    }
    const k = i - states.length - 1;
    const { delegation } = b.delegation({ org: orgs[k % orgs.length]!.code, members: size - 1 });
    if (k >= orgs.length) {
      delegation.nameEn = `${delegation.nameEn}, regional office ${Math.floor(k / orgs.length)}`;
      delegation.orgCode = `R${k}`;
    }
  }
  return b;
}

/**
 * A 5,000-seat plenary: 400 UN desks (3 + 3) in four blocks, and 2,600 seats in rows behind.
 * Seated by precedence (not the conference order from the lot, which a downgrade does not
 * change), so that one downgrade moves everyone after the delegation: the diff's worst case.
 */
function plenary(b: EventBuilder) {
  const hall = b.hall('plenary', { strategy: 'blocks', seatsPerOrganization: 6, orderBy: 'precedence' });
  for (const x of [11, 33, 55, 77]) {
    b.element(hall, 'desk-block', { x, y: 20 }, { desks: 10, deskRows: 10, seatsAtDesk: 3, seatsBehind: 3, deskWidthM: 2.1, rowSpacingM: 1.1 });
  }
  b.element(hall, 'row-block', { x: 44, y: 60 }, { rows: 26, seatsPerRow: 100, seatSpacingM: 0.55, rowSpacingM: 0.95, firstRowLetter: 'A', numbering: 'left-to-right' });
  return hall;
}

// ---- the straightforward baselines -----------------------------------------------------------

/**
 * Seating the straightforward way: the delegations in precedence order, each given the next
 * free block of seats in seat-rank order (the hall's honour: hallHonour, the layout's shared
 * definition), its head in the first seat and the members after in their order. What our planner
 * does beyond it: locked seats, absences, never-next-to pairs, accessible seats, interpreters.
 */
function baselineSeat(doc: EventDocument, hallId: string): { personId: string; seatId: string }[] {
  const { units } = hallHonour(doc, hallId);
  const people = peopleByDelegation(Object.values(doc.people));
  const out: { personId: string; seatId: string }[] = [];
  let next = 0;
  for (const { delegationId } of orderDelegations(doc, readRules(doc))) {
    const members = people.get(delegationId) ?? [];
    const unit = units[next++];
    if (!unit) break;
    members.slice(0, unit.seats.length).forEach((p, i) => out.push({ personId: p.id, seatId: unit.seats[i]!.id }));
  }
  return out;
}

/** The diff the straightforward way: re-seat, then each person's seat before and after from two Maps. */
function baselineDiff(doc: EventDocument, hallId: string): { personId: string; seatId: string | null }[] {
  const proposed = new Map(baselineSeat(doc, hallId).map((a) => [a.personId, a.seatId]));
  const current = new Map(Object.values(doc.assignments).filter((a) => a.hallId === hallId).map((a) => [a.personId, a.seatId]));
  const moves = [...proposed].filter(([personId, seatId]) => current.get(personId) !== seatId).map(([personId, seatId]) => ({ personId, seatId }));
  const gone = [...current.keys()].filter((personId) => !proposed.has(personId)).map((personId) => ({ personId, seatId: null }));
  return [...moves, ...gone];
}

it('orders 300 delegations, seats 200 x 6 in 5,000 seats, diffs a downgrade', () => {
  // Ordering 300 delegations: the same order as the baseline's.
  const three = event(300, 1).doc;
  const rules = readRules(three);
  expect(orderDelegations(three, rules).map((e) => e.delegationId)).toEqual(baselineOrder(three));
  const order = versus(time(() => orderDelegations(three, rules), 200), time(() => baselineOrder(three), 200));

  // Seating 200 delegations of 6 into 5,000 seats: every person in the same seat as the baseline's.
  const b = event(200, 6);
  const hall = plenary(b);
  const seats = Object.values(b.doc.seats).length;
  const plan = planSeating(b.doc, hall.id);
  const seatOf = (list: { personId: string; seatId: string }[]) => Object.fromEntries(list.map((a) => [a.personId, a.seatId]));
  expect(seatOf(plan.assignments)).toEqual(seatOf(baselineSeat(b.doc, hall.id)));
  const seat = versus(time(() => planSeating(b.doc, hall.id), 60), time(() => baselineSeat(b.doc, hall.id), 60));

  // One downgrade after the hall is seated: re-plan and diff (the same people move to the same seats).
  const seated = execute(b.doc, emptyHistory(), applySeating, { hallId: hall.id, plan, ids: seededIds(5) })!.document;
  // The downgrade made as the app makes it, by the edit command: the layout stays the same
  // objects, as after an officer's edit.
  const first = Object.values(seated.people).find((p: Person) => p.role === 'head' && p.rank === 'head-of-state' && seated.delegations[p.delegationId]!.pinnedRole === 'none')!;
  const after = execute(seated, emptyHistory(), updateEntity, { collection: 'people', id: first.id, fields: { rank: 'minister' } })!.document;
  const late = lateChangeDiff(seated, after, hall.id);
  const movedTo = (list: { personId: string; seatId: string | null }[]) => Object.fromEntries(list.map((m) => [m.personId, m.seatId]));
  expect(movedTo(late.diff.moves.map((m) => ({ personId: m.personId, seatId: m.toSeatId })))).toEqual(movedTo(baselineDiff(after, hall.id)));
  const diff = versus(time(() => lateChangeDiff(seated, after, hall.id), 60), time(() => baselineDiff(after, hall.id), 60));

  // Validation after every edit, on the sample (no baseline: nothing simpler checks the same rules).
  const sample = buildSampleDocument(referenceData, seededIds(1));
  const validate = time(() => seatingProblems(sample), 60);

  writeResults('seating', {
    benchmark: 'seating',
    date: new Date().toISOString(),
    machine: machine('none'),
    results: {
      order: { delegations: Object.keys(three.delegations).length, ...order },
      seat: { delegations: 200, people: plan.assignments.length, seats, ...seat },
      diff: { moves: late.diff.moves.length, outdated: late.diff.outdated.length, ...diff },
      validateSample: { seats: Object.keys(sample.seats).length, delegations: Object.keys(sample.delegations).length, ...validate },
    },
  });
  expect(seats).toBe(5000);
  expect(plan.assignments).toHaveLength(1200);
  expect(late.diff.moves.length).toBeGreaterThan(0);
  benchRow({ name: 'order 300 delegations', unit: 'ms', ours: figures(order.engine), baseline: figures(order.baseline), target: 5 });
  benchRow({ name: 'seat 1,200 people into 5,000 seats', unit: 'ms', ours: figures(seat.engine), baseline: figures(seat.baseline), target: 50 });
  benchRow({ name: 'diff after a downgrade, 5,000 seats', unit: 'ms', ours: figures(diff.engine), baseline: figures(diff.baseline), target: 50 });
  benchRow({ name: 'validate the sample’s seating', unit: 'ms', ours: figures(validate), baseline: null, target: 50 });
});
