import { describe, expect, test } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { uncheckedVietnameseName } from '../../shared/seating/print-check';

// A card's Vietnamese name that no public page confirmed is flagged before a final print, unless
// the officer has made it the event's own (resources/reference/README.md, "Not yet checked").
describe('Vietnamese names not yet checked', () => {
  const states = referenceData.states;
  const state = (iso3: string) => ({ kind: 'state' as const, iso3, nameVi: states.find((s) => s.iso3 === iso3)!.nameVi });

  test('a reference form without a source is flagged; one with a source is not', () => {
    expect(states.find((s) => s.iso3 === 'CUB')!.nameViSource).toBeNull();
    expect(uncheckedVietnameseName(state('CUB'), states)).toBe(true);
    expect(uncheckedVietnameseName(state('BRA'), states)).toBe(false);
  });

  test("a name the officer corrected is the officer's own; organizations and unknown codes are not flagged", () => {
    expect(uncheckedVietnameseName({ ...state('CUB'), nameVi: 'Cộng hòa Cu-ba' }, states)).toBe(false);
    expect(uncheckedVietnameseName({ ...state('CUB'), nameVi: ' Cu-ba ' }, states)).toBe(true);
    expect(uncheckedVietnameseName({ kind: 'organization', iso3: null, nameVi: 'Liên hợp quốc' }, states)).toBe(false);
    expect(uncheckedVietnameseName({ kind: 'state', iso3: 'XXX', nameVi: 'Cu-ba' }, states)).toBe(false);
  });

  test('every state the table lists as unchecked is flagged, and only those', () => {
    const flagged = states.filter((s) => uncheckedVietnameseName(state(s.iso3), states)).map((s) => s.iso3);
    expect(flagged).toEqual(states.filter((s) => s.nameViSource === null).map((s) => s.iso3));
    expect(flagged.length).toBeLessThan(states.length);
  });
});
