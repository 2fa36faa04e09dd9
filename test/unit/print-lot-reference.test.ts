/**
 * Issue 13, item 5 (g): the Printing screen resolves the lot as the Precedence screen does. A lot
 * stored by its code only (a file from before lots carried names), of a country that does not
 * attend, is named from the reference table, so the printed signing order starts at the next name in the UN alphabetical order, not at A.
 */
import { describe, expect, it } from 'vitest';
import { signingRows } from '../../shared/print/lists';
import { referenceData } from '../../resources/reference/load';
import { seededIds } from '../../shared/ids';
import type { EventDocument } from '../../shared/model/collections';
import { PRECEDENCE_RULES_KEY, lotCountry, orderDelegations, readRules, rulesSetting } from '../../shared/protocol';
import { compareUnNames } from '../../shared/reference/names';
import { SAMPLE_SEED, buildSampleDocument } from '../../shared/sample/hanoi2025';
import { planSeating } from '../../shared/seating';

/** The sample with its lot replaced by a code only, of a state that does not attend, in the middle of the alphabet. */
function withCodeOnlyLot(): { doc: EventDocument; iso3: string } {
  const doc = buildSampleDocument(referenceData, seededIds(SAMPLE_SEED));
  const attending = new Set(Object.values(doc.delegations).map((d) => d.iso3));
  const absent = referenceData.states.filter((s) => !attending.has(s.iso3) && s.status === 'member-state').sort((a, b) => compareUnNames(a.nameEn, b.nameEn));
  const state = absent[Math.floor(absent.length / 2)]!;
  const row = Object.values(doc.settings).find((s) => s.key === PRECEDENCE_RULES_KEY)!;
  doc.settings[row.id] = { ...row, ...rulesSetting({ ...readRules(doc), lot: { iso3: state.iso3, drawnAt: null, drawnBy: '', source: 'drawn-elsewhere' } }) };
  return { doc, iso3: state.iso3 };
}

describe('the printed signing order and the lot', () => {
  it('follows the order of precedence from the lot named by the reference table', () => {
    const { doc, iso3 } = withCodeOnlyLot();
    expect(readRules(doc).lot).toMatchObject({ iso3 });
    expect(readRules(doc).lot!.nameEn).toBeUndefined();
    // The engine itself cannot name the country without the reference table...
    expect(lotCountry(Object.values(doc.delegations), readRules(doc).lot)).toBeNull();
    const signing = Object.values(doc.halls).find((h) => h.kind === 'signing')!;
    const printed = signingRows(doc, signing.id, 'en', referenceData.states)!.map((r) => r.delegationId);
    const withReference = planSeating(doc, signing.id, { states: referenceData.states }).signingList!.map((e) => e.delegationId);
    const without = planSeating(doc, signing.id).signingList!.map((e) => e.delegationId);
    expect(without).not.toEqual(withReference); // ...so the lot changes this order: the test can tell them apart
    expect(printed).toEqual(withReference);
    // The same order as the Precedence screen's, for the delegations that sign.
    const order = orderDelegations(doc, readRules(doc), { states: referenceData.states }).map((e) => e.delegationId).filter((id) => printed.includes(id));
    expect(printed).toEqual(order);
  });
});
