/**
 * Properties of the arrival engine on random events (fast-check): a ripple keeps the order and
 * never shortens a gap; a generated sequence is conflict-free whenever its time window allows
 * (the plan does not say `impossible`); a re-slot of a conflict-free sequence leaves it
 * conflict-free (without a deadline, which a late arrival may rightly break).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applySequencePlan, planDelay, planSequence, sequenceConflicts } from '../../shared/arrival';
import { emptyHistory, execute } from '../../shared/document/history';
import type { RankClass } from '../../shared/model/entities';
import { ArrivalBuilder } from './arrival-fixtures';

const STATES = ['FRA', 'DEU', 'JPN', 'BRA', 'ARG', 'CAN', 'KEN', 'GHA', 'IND', 'MEX', 'NOR', 'PER', 'SEN', 'THA', 'URY', 'ZMB', 'AUS', 'EGY', 'FIN'];
const RANKS: RankClass[] = ['head-of-state', 'vice-president', 'head-of-government', 'foreign-minister', 'minister', 'ambassador'];

const eventArb = fc.record({
  delegations: fc.uniqueArray(fc.constantFrom(...STATES), { minLength: 2, maxLength: 15 }).chain((codes) =>
    fc.tuple(...codes.map((iso3) => fc.record({ iso3: fc.constant(iso3), rank: fc.constantFrom(...RANKS) }))),
  ),
  rule: fc.constantFrom('reverse-precedence', 'precedence', 'alphabetical', 'lot') as fc.Arbitrary<'reverse-precedence' | 'precedence' | 'alphabetical' | 'lot'>,
  intervalS: fc.integer({ min: 0, max: 300 }),
  minGapS: fc.integer({ min: 0, max: 180 }),
  durations: fc.tuple(...Array.from({ length: 5 }, () => fc.integer({ min: 0, max: 180 }))),
  start: fc.integer({ min: 0, max: 23 * 60 + 59 }),
  deadlineAfter: fc.option(fc.integer({ min: 1, max: 180 }), { nil: null }),
  waves: fc.boolean(),
  waveGapMin: fc.integer({ min: 0, max: 10 }),
});
type Spec = typeof eventArb extends fc.Arbitrary<infer T> ? T : never;

const hhmm = (m: number) => `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

function build(spec: Spec) {
  const b = new ArrivalBuilder(11);
  b.add({ iso3: 'VNM', pinned: 'host' });
  b.add(...spec.delegations);
  const kinds = ['drive-in', 'walk', 'greeting', 'photo', 'escort'] as const;
  const points = ['drop-off', 'red-carpet-start', 'greeting', 'photo', 'holding-room'] as const;
  const { sequence } = b.sequence({
    rule: spec.rule,
    intervalMin: spec.intervalS / 60,
    minGapMin: spec.minGapS / 60,
    startTime: hhmm(spec.start),
    deadline: spec.deadlineAfter === null ? null : hhmm(spec.start + spec.deadlineAfter),
    template: kinds.map((k, i) => [k, points[i]!, spec.durations[i]!]),
    settings: {
      lot: 'JPN',
      waveGapMin: spec.waveGapMin,
      waves: spec.waves ? [{ nameEn: 'Ministers', nameVi: 'Bộ trưởng', members: ['foreign-minister', 'minister', 'ambassador'] }] : [],
    },
  });
  return { b, sequence };
}

function generated(spec: Spec) {
  const { b, sequence } = build(spec);
  const plan = planSequence(b.doc, sequence.id);
  const doc = execute(b.doc, emptyHistory(), applySequencePlan, { plan, ids: b.ids })!.document;
  return { doc, plan, sequence };
}

describe('arrival properties', () => {
  test('generated slots are conflict-free when the time window allows', () => {
    fc.assert(
      fc.property(eventArb, (spec) => {
        const { doc, plan } = generated(spec);
        expect(plan.slots).toHaveLength(spec.delegations.length);
        if (plan.impossible === null) expect(sequenceConflicts(doc)).toEqual([]);
        else expect(sequenceConflicts(doc).map((c) => c.key)).toEqual(['conflict-deadline']);
      }),
      { numRuns: 150 },
    );
  });

  test('a ripple keeps the order and never shortens a gap', () => {
    fc.assert(
      fc.property(eventArb, fc.nat(), fc.integer({ min: 1, max: 45 }), (spec, pick, minutes) => {
        const { doc, plan, sequence } = generated(spec);
        const late = plan.slots[pick % plan.slots.length]!.delegationId;
        const delay = planDelay(doc, sequence.id, late, minutes, 'ripple');
        expect(delay.plan.slots.map((s) => s.delegationId)).toEqual(plan.slots.map((s) => s.delegationId));
        for (let i = 1; i < plan.slots.length; i++) {
          const before = plan.slots[i]!.start - plan.slots[i - 1]!.start;
          const after = delay.plan.slots[i]!.start - delay.plan.slots[i - 1]!.start;
          expect(after).toBeGreaterThanOrEqual(before);
        }
        const moved = delay.plan.slots.find((s) => s.delegationId === late)!;
        expect(moved.start - plan.slots.find((s) => s.delegationId === late)!.start).toBe(minutes * 60);
      }),
      { numRuns: 150 },
    );
  });

  test('a re-slot leaves a conflict-free sequence conflict-free', () => {
    fc.assert(
      fc.property(eventArb, fc.nat(), fc.integer({ min: 1, max: 45 }), (spec, pick, minutes) => {
        const { doc, plan, sequence } = generated({ ...spec, deadlineAfter: null });
        const late = plan.slots[pick % plan.slots.length]!.delegationId;
        const delay = planDelay(doc, sequence.id, late, minutes, 're-slot');
        expect(delay.conflicts).toEqual([]);
        expect(delay.plan.slots.find((s) => s.delegationId === late)!.start).toBeGreaterThanOrEqual(plan.slots.find((s) => s.delegationId === late)!.start + minutes * 60);
      }),
      { numRuns: 150 },
    );
  });
});
