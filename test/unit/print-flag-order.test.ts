import { describe, expect, it } from 'vitest';
import { flagLine, flagOrder, hostDelegation } from '../../shared/print/flagOrder';
import { signingRows } from '../../shared/print/lists';
import { seededIds } from '../../shared/ids';
import { compareUnNames } from '../../shared/reference/names';
import { SAMPLE_SEED, buildSampleDocument } from '../../shared/sample/hanoi2025';
import { referenceData } from '../../resources/reference/load';

const names = (line: { item: string }[]) => line.map((p) => p.item);
const order = (partners: string[]) => flagOrder('Viet Nam', partners, (n) => n);

describe('the flag order, as seen from the audience (docs/protocol.md, Flags)', () => {
  it('host and one partner: the host on the right, the partner on the left', () => {
    const line = order(['France']);
    expect(names(line)).toEqual(['France', 'Viet Nam']);
    expect(line.map((p) => [p.position, p.side, p.rank])).toEqual([
      [1, 'left', 1],
      [2, 'host', 0],
    ]);
  });

  it('four partners: the host at the centre, the others alternating outwards in ABC order (worked by hand)', () => {
    // ABC: Australia(1) Brazil(2) Chile(3) Denmark(4); 1 on the host's own right (audience's left), 2 on its left, 3, 4 outwards.
    const line = order(['Denmark', 'Brazil', 'Chile', 'Australia']);
    expect(names(line)).toEqual(['Chile', 'Australia', 'Viet Nam', 'Brazil', 'Denmark']);
    expect(line.map((p) => p.side)).toEqual(['left', 'left', 'host', 'right', 'right']);
    expect(line.map((p) => p.rank)).toEqual([3, 1, 0, 2, 4]);
    expect(line.map((p) => p.position)).toEqual([1, 2, 3, 4, 5]);
  });

  it('five partners: one more on the audience left, the host just right of the middle (as with one partner)', () => {
    const line = order(['Egypt', 'Denmark', 'Chile', 'Brazil', 'Australia']);
    expect(names(line)).toEqual(['Egypt', 'Chile', 'Australia', 'Viet Nam', 'Brazil', 'Denmark']);
    expect(line.map((p) => p.rank)).toEqual([5, 3, 1, 0, 2, 4]);
  });

  it('sorts by the UN English name with accents folded: Türkiye between Tunisia and Turkmenistan', () => {
    const line = order(['Turkmenistan', 'Türkiye', 'Tunisia']);
    // Tunisia 1 (left, next to the host), Türkiye 2 (right), Turkmenistan 3 (left, outer).
    expect(names(line)).toEqual(['Turkmenistan', 'Tunisia', 'Viet Nam', 'Türkiye']);
    expect(order([])).toEqual([{ item: 'Viet Nam', position: 1, side: 'host', rank: 0 }]);
  });
});

describe('the flag line of the sample event', () => {
  const doc = buildSampleDocument(referenceData, seededIds(SAMPLE_SEED));
  const signing = Object.values(doc.halls).find((h) => h.kind === 'signing')!;

  it('places Viet Nam, the host, and every state of the signing order; no organization', () => {
    const host = hostDelegation(doc)!;
    expect(host.nameEn).toBe('Viet Nam');
    const line = flagLine(doc, signing.id, referenceData.states)!;
    const states = signingRows(doc, signing.id, 'en', referenceData.states)!.filter((r) => doc.delegations[r.delegationId]!.kind !== 'organization');
    expect(line).toHaveLength(states.length);
    const centre = line.findIndex((p) => p.side === 'host');
    expect(line[centre]!.item.id).toBe(host.id);
    // Outwards from the host, alternating audience-left / audience-right in ABC order.
    const abc = line.filter((p) => p.side !== 'host').sort((a, b) => a.rank - b.rank).map((p) => p.item.nameEn);
    expect(abc).toEqual([...abc].sort(compareUnNames));
    expect(line[centre - 1]!.rank).toBe(1);
    expect(line[centre + 1]!.rank).toBe(2);
  });

  it('for all delegations: every state and observer state, none twice', () => {
    const line = flagLine(doc, null, referenceData.states)!;
    const states = Object.values(doc.delegations).filter((d) => d.kind !== 'organization');
    expect(new Set(line.map((p) => p.item.id)).size).toBe(states.length);
    expect(line.some((p) => p.item.nameEn === 'United Nations')).toBe(false);
  });
});
