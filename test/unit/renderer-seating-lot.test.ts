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
import { honourOfHall, planHall } from '../../renderer/src/seating/plan';
import { EventBuilder } from './seating-fixtures';

const GUESTS = ['ALB', 'BRA', 'FRA', 'JPN', 'LBN', 'ZMB'];
const BY_HAND = ['Viet Nam', 'Lebanon', 'Zambia', 'Albania', 'Brazil', 'France', 'Japan'];

/** Kenya drawn elsewhere and recorded by its code only, as files did before the lot kept names. */
function event() {
  const b = new EventBuilder();
  const rules = Object.values(b.doc.settings).find((s) => s.key === 'precedence.rules')!;
  b.doc.settings[rules.id] = { ...rules, value: { ...(rules.value as object), lot: { iso3: 'KEN', drawnAt: null, drawnBy: '', source: 'drawn-elsewhere' } } };
  b.delegation({ iso3: 'VNM' });
  for (const iso3 of GUESTS) b.delegation({ iso3, rank: 'head-of-state' });
  const hall = b.hall('plenary', { strategy: 'blocks', blocksOrder: 'row-by-row' });
  const seats = b.element(hall, 'desk-block', { x: 10, y: 10 }, { desks: 7, deskRows: 1, seatsAtDesk: 3, seatsBehind: 3, deskWidthM: 2.1, rowSpacingM: 1.1 }, 'States');
  return { doc: b.doc, hall, seats };
}

const names = (doc: EventDocument, ids: readonly string[]) => ids.map((id) => doc.delegations[id]!.nameEn);

describe('the Seating screen orders a hall as the Precedence screen does', () => {
  test('a lot country recorded by its code only and not attending: the same order on both screens', () => {
    const { doc, hall, seats } = event();
    // The Precedence screen's order (Precedence.tsx: orderDelegations with the reference states).
    const precedence = names(doc, orderDelegations(doc, readRules(doc), { states: referenceStates() }).map((e) => e.delegationId));
    expect(precedence).toEqual(BY_HAND);

    // The Seating screen's plan ("Seat the hall…" and the "nothing would move" line): desk 1 to 7.
    const plan = planHall(doc, hall.id);
    const deskOrder = [...new Set(
      seats
        .filter((s) => s.label.endsWith('-2'))
        .sort((a, b) => parseInt(a.label) - parseInt(b.label))
        .map((s) => plan.assignments.find((a) => a.seatId === s.id))
        .map((a) => doc.people[a!.personId]!.delegationId),
    )];
    expect(names(doc, deskOrder)).toEqual(precedence);

    // Its order of guests (who is seated, and how many), likewise.
    expect(names(doc, honourOfHall(doc, hall.id).order.map((e) => e.delegationId))).toEqual(precedence);
  });
});
