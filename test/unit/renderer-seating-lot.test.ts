/**
 * Issue 13, item 2 on the Seating screen: a lot country that does not attend, recorded by its
 * code only (Kenya, in an older file), gives the same order on the Seating screen as on the
 * Precedence screen. All guests are heads of state, so the order is, by hand: Viet Nam (the
 * host country), then from the name after Kenya: Lebanon, Zambia, Albania, Brazil, France, Japan.
 */
import { describe, expect, test } from 'vitest';
import type { EventDocument } from '../../shared/model/collections';
import { orderDelegations, readRules } from '../../shared/protocol';
import { referenceStates } from '../../renderer/src/reference';
import { emptyHistory, execute } from '../../shared/document/history';
import { seededIds } from '../../shared/ids';
import { applySeating } from '../../shared/seating';
import { honourOfHall, planHall, problemsOfHall } from '../../renderer/src/seating/plan';
import { LOT_ORDER, codeOnlyLotEvent } from './lot-fixtures';

const codes = (doc: EventDocument, ids: readonly string[]) => ids.map((id) => doc.delegations[id]!.iso3);

describe('the Seating screen orders a hall as the Precedence screen does', () => {
  test('a lot country recorded by its code only and not attending: the same order on both screens', () => {
    const { doc, hall, heads } = codeOnlyLotEvent();
    // The Precedence screen's order (Precedence.tsx: orderDelegations with the reference states).
    const precedence = codes(doc, orderDelegations(doc, readRules(doc), { states: referenceStates() }).map((e) => e.delegationId));
    expect(precedence).toEqual(LOT_ORDER);

    // The Seating screen's plan ("Seat the hall…" and the "nothing would move" line): desk 1 to 7.
    const plan = planHall(doc, hall.id);
    const deskOrder = heads.map((s) => doc.people[plan.assignments.find((a) => a.seatId === s.id)!.personId]!.delegationId);
    expect(codes(doc, deskOrder)).toEqual(precedence);

    // Its order of guests (who is seated, and how many), likewise.
    expect(codes(doc, honourOfHall(doc, hall.id).order.map((e) => e.delegationId))).toEqual(precedence);

    // Seated so, its checks agree: nothing out of order (without the lot's names they saw inversions).
    const seated = execute(doc, emptyHistory(), applySeating, { hallId: hall.id, plan, ids: seededIds(7) })!.document;
    expect(problemsOfHall(seated, hall.id).filter((p) => p.severity === 'error')).toEqual([]);
    // Nothing is written: the stored lot keeps its code only.
    expect(Object.values(seated.settings).some((s) => JSON.stringify(s.value).includes('Kenya'))).toBe(false);
  });
});
