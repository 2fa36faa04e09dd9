/**
 * The seating engine on the bundled sample: pressing Seat again on a hall the sample seated moves
 * nobody (the plan is stable), and a hall without seats seats nobody and says so. Where the sample
 * seats whom is checked against hand-worked expectations in seating-sample.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { seededIds } from '../../shared/ids';
import { buildSampleDocument } from '../../shared/sample/hanoi2025';
import { diffSeating, planSeating, readSeatingSettings } from '../../shared/seating';

const doc = buildSampleDocument(referenceData, seededIds(2025));
const hallOf = (kind: string) => Object.values(doc.halls).find((h) => h.kind === kind)!;

describe('re-seating the sample', () => {
  test('a hall without seats (the welcome area) seats nobody and says so in one sentence', () => {
    const plan = planSeating(doc, hallOf('welcome').id);
    expect(plan.assignments).toEqual([]);
    expect(plan.unseated).toEqual([]);
    expect(plan.explanation.map((r) => r.key)).toEqual(['explain-no-seats']);
  });

  test('seating the plenary or the banquet again by its strategy moves nobody', () => {
    for (const kind of ['plenary', 'banquet']) {
      const hall = hallOf(kind);
      expect(readSeatingSettings(doc, hall.id).strategy).toBe(kind === 'plenary' ? 'blocks' : 'banquet');
      expect(diffSeating(doc, hall.id, planSeating(doc, hall.id)).moves).toEqual([]);
    }
  });
});
