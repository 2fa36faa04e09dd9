/**
 * Seating benchmark (`npm run bench`): ordering 300 delegations, seating 200 delegations of 6
 * into a 5,000-seat plenary by blocks, and the diff after one downgrade (re-plan and compare),
 * plus validating the sample. Beside each figure, a straightforward baseline doing the same job
 * in the same run (plain comparators, linear searches), with the ratio. Prints JSON and writes
 * bench-results/seating.json; test/bench/baseline-seating.json is a reference run.
 * Targets: order <= 5 ms, seat <= 50 ms, diff <= 50 ms (medians).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { emptyHistory, execute } from '../../shared/document/history';
import { seededIds } from '../../shared/ids';
import type { EventDocument } from '../../shared/model/collections';
import { RankClass, type Person } from '../../shared/model/entities';
import { orderDelegations, readRules } from '../../shared/protocol';
import { compareUnNames } from '../../shared/reference/names';
import { buildSampleDocument } from '../../shared/sample/hanoi2025';
import { applySeating, lateChangeDiff, planSeating, seatingProblems } from '../../shared/seating';
import { EventBuilder } from '../unit/seating-fixtures';
import { time, versus } from './measure';


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

/** Precedence as a first version would sort it: rank, then the UN name compared (and folded) per comparison. */
function baselineOrder(doc: EventDocument): string[] {
  const heads = Object.values(doc.people).filter((p) => p.role === 'head');
  const head = (id: string) => heads.find((p) => p.delegationId === id);
  return Object.values(doc.delegations)
    .sort((a, b) => {
      const pa = a.pinnedRole === 'host' ? -1 : RankClass.options.indexOf(head(a.id)!.rank);
      const pb = b.pinnedRole === 'host' ? -1 : RankClass.options.indexOf(head(b.id)!.rank);
      return pa - pb || compareUnNames(a.nameEn, b.nameEn);
    })
    .map((d) => d.id);
}

/** Seating as a first version would do it: seats front row first, each person to the first seat not yet in the list. */
function baselineSeat(doc: EventDocument, hallId: string): { personId: string; seatId: string }[] {
  const seats = Object.values(doc.seats).filter((s) => s.hallId === hallId && !s.blocked).sort((a, b) => a.y - b.y || a.x - b.x);
  const out: { personId: string; seatId: string }[] = [];
  for (const delegationId of baselineOrder(doc)) {
    const people = Object.values(doc.people).filter((p) => p.delegationId === delegationId).sort((a, b) => a.order - b.order);
    for (const p of people) {
      const seat = seats.find((s) => !out.some((a) => a.seatId === s.id));
      if (seat) out.push({ personId: p.id, seatId: seat.id });
    }
  }
  return out;
}

/** The diff as a first version would do it: re-seat, then look each person up in the lists. */
function baselineDiff(doc: EventDocument, hallId: string) {
  const proposed = baselineSeat(doc, hallId);
  const current = Object.values(doc.assignments).filter((a) => a.hallId === hallId);
  const moves = proposed.filter((p) => current.find((c) => c.personId === p.personId)?.seatId !== p.seatId);
  const gone = current.filter((c) => !proposed.find((p) => p.personId === c.personId));
  return [...moves, ...gone];
}

it('orders 300 delegations, seats 200 x 6 in 5,000 seats, diffs a downgrade', () => {
  // Ordering 300 delegations.
  const three = event(300, 1).doc;
  const rules = readRules(three);
  const order = versus(time(() => orderDelegations(three, rules), 100), time(() => baselineOrder(three), 20));

  // Seating 200 delegations of 6 into 5,000 seats.
  const b = event(200, 6);
  const hall = plenary(b);
  const seats = Object.values(b.doc.seats).length;
  const plan = planSeating(b.doc, hall.id);
  const seat = versus(time(() => planSeating(b.doc, hall.id), 30), time(() => baselineSeat(b.doc, hall.id), 3));

  // One downgrade after the hall is seated: re-plan and diff.
  const seated = execute(b.doc, emptyHistory(), applySeating, { hallId: hall.id, plan, ids: seededIds(5) })!.document;
  const after = structuredClone(seated);
  const first = Object.values(after.people).find((p: Person) => p.role === 'head' && p.rank === 'head-of-state' && after.delegations[p.delegationId]!.pinnedRole === 'none')!;
  after.people[first.id] = { ...first, rank: 'minister' };
  const late = lateChangeDiff(seated, after, hall.id);
  const diff = versus(time(() => lateChangeDiff(seated, after, hall.id), 30), time(() => baselineDiff(after, hall.id), 3));

  // Validation after every edit, on the sample.
  const sample = buildSampleDocument(referenceData, seededIds(1));
  const validate = time(() => seatingProblems(sample), 30);

  const report = {
    benchmark: 'seating',
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model },
    target: { orderMs: 5, seatMs: 50, diffMs: 50 },
    results: {
      order: { delegations: Object.keys(three.delegations).length, ...order },
      seat: { delegations: 200, people: plan.assignments.length, seats, ...seat },
      diff: { moves: late.diff.moves.length, outdated: late.diff.outdated.length, ...diff },
      validateSample: { seats: Object.keys(sample.seats).length, delegations: Object.keys(sample.delegations).length, ...validate },
    },
  };
  const out = resolve(import.meta.dirname, '../../bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'seating.json'), JSON.stringify(report, null, 2) + '\n');
  console.log(JSON.stringify(report, null, 2));
  expect(seats).toBe(5000);
  expect(plan.assignments).toHaveLength(1200);
  expect(late.diff.moves.length).toBeGreaterThan(0);
});
