/**
 * Issue 13, item 2 on the command line: `seat` and `validate` (the seating:plan and
 * seating:validate services) order a hall whose lot country does not attend and is recorded by
 * its code only as the Precedence screen does — from the next name after Kenya — and validate
 * reports a hall seated from A as out of order.
 */
import { describe, expect, test } from 'vitest';
import { emptyHistory, execute } from '../../shared/document/history';
import { seededIds } from '../../shared/ids';
import { applySeating, planSeating } from '../../shared/seating';
import { referenceData } from '../../resources/reference/load';
import { planHall, validateSeating } from '../../electron/services/seating';
import { LOT_ORDER, codeOnlyLotEvent } from './lot-fixtures';

const states = referenceData.states;

describe('the seating services use the reference states for the lot', () => {
  test('seat: desk 1 to 7 in the order from the name after Kenya', () => {
    const { doc, hall, heads } = codeOnlyLotEvent();
    const ids = seededIds(3);
    const out = planHall({ hall: hall.id }, { document: doc, lang: 'en', ids, states });
    const seated = execute(doc, emptyHistory(), applySeating, { hallId: hall.id, plan: planSeating(doc, hall.id, { states }), ids: seededIds(3) })!.document;
    const byDesk = heads.map((s) => Object.values(seated.assignments).find((a) => a.seatId === s.id)!.personId);
    expect(byDesk.map((p) => seated.delegations[seated.people[p]!.delegationId]!.iso3)).toEqual(LOT_ORDER);
    expect(out.moves.length).toBe(LOT_ORDER.length);
    expect(validateSeating(seated, 'en', states).errors).toBe(0);
  });

  test('validate: a hall seated from A is reported out of the event’s order', () => {
    const { doc, hall } = codeOnlyLotEvent();
    // Seated as an engine that cannot place Kenya would: plain UN alphabetical order from A.
    const fromA = execute(doc, emptyHistory(), applySeating, { hallId: hall.id, plan: planSeating(doc, hall.id), ids: seededIds(5) })!.document;
    const report = validateSeating(fromA, 'en', states);
    expect(report.problems.map((p) => p.key)).toContain('problem-order');
  });
});
