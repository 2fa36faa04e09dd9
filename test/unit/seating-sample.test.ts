/**
 * The bundled Hanoi 2025 sample opens seated: its plenary by blocks, its banquet by tables, and
 * validates clean; seating either hall again moves nobody.
 */
import { describe, expect, test } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { seededIds } from '../../shared/ids';
import { buildSampleDocument } from '../../shared/sample/hanoi2025';
import { readRules } from '../../shared/protocol';
import { diffSeating, hallHonour, planSeating, readSeatingSettings, seatingProblems } from '../../shared/seating';

const doc = buildSampleDocument(referenceData, seededIds(2025));
const hallOf = (kind: string) => Object.values(doc.halls).find((h) => h.kind === kind)!;
const assignmentsIn = (hallId: string) => Object.values(doc.assignments).filter((a) => a.hallId === hallId);

describe('the sample’s seating', () => {
  test('validates clean: no error and no warning', () => {
    expect(seatingProblems(doc)).toEqual([]);
  });

  test('one hall’s check (the Seating screen’s) gives that hall’s problems and the event’s, as the whole check does', () => {
    const broken = structuredClone(doc);
    const plenary = hallOf('plenary').id;
    const banquet = hallOf('banquet').id;
    // A head of delegation without a seat in the plenary and at the banquet, a title missing (the event's).
    for (const hallId of [plenary, banquet]) {
      const a = Object.values(broken.assignments).find((x) => x.hallId === hallId && !x.locked && broken.people[x.personId]!.role === 'head')!;
      delete broken.assignments[a.id];
    }
    const seatedId = Object.values(broken.assignments)[0]!.personId;
    broken.people[seatedId] = { ...broken.people[seatedId]!, titleEn: '' };
    const all = seatingProblems(broken);
    expect(new Set(all.map((p) => p.hallId))).toEqual(new Set([plenary, banquet, null]));
    for (const hall of Object.values(broken.halls)) {
      expect(seatingProblems(broken, { hallId: hall.id })).toEqual(all.filter((p) => p.hallId === null || p.hallId === hall.id));
    }
  });

  test('a hall without seats (the welcome area) seats nobody and says so in one sentence', () => {
    const plan = planSeating(doc, hallOf('welcome').id);
    expect(plan.assignments).toEqual([]);
    expect(plan.unseated).toEqual([]);
    expect(plan.explanation.map((r) => r.key)).toEqual(['explain-no-seats']);
  });

  test('is what the halls’ strategies give: seating again moves nobody', () => {
    for (const kind of ['plenary', 'banquet']) {
      const hall = hallOf(kind);
      expect(readSeatingSettings(doc, hall.id).strategy).toBe(kind === 'plenary' ? 'blocks' : 'banquet');
      expect(diffSeating(doc, hall.id, planSeating(doc, hall.id)).moves).toEqual([]);
    }
  });

  test('plenary: from the lot Yemen, who does not attend, the states start at the next name: Zambia, Zimbabwe, then Algeria, Argentina', () => {
    const plenary = hallOf('plenary');
    const honour = hallHonour(doc, plenary.id);
    const stateDesks = honour.units.filter((u) => u.seats.length === 6);
    const sitting = (seatId: string) => {
      const a = assignmentsIn(plenary.id).find((x) => x.seatId === seatId);
      return a ? doc.delegations[doc.people[a.personId]!.delegationId]!.nameEn : null;
    };
    // The host keeps its own desk in the hall (protocol.md): the first desk, then the lot order.
    expect(stateDesks.slice(0, 5).map((u) => sitting(u.seats[0]!.id))).toEqual(['Viet Nam', 'Zambia', 'Zimbabwe', 'Algeria', 'Argentina']);
    expect(readRules(doc).lot).toMatchObject({ iso3: 'YEM', nameEn: 'Yemen' });
    expect(Object.values(doc.delegations).some((d) => d.iso3 === 'YEM')).toBe(false);
  });

  test('plenary: the co-chairs on the presiding table, every other head of delegation at the front seat of a desk of its size', () => {
    const plenary = hallOf('plenary');
    const placed = assignmentsIn(plenary.id);
    const heads = Object.values(doc.people).filter((p) => p.role === 'head');
    expect(placed.filter((a) => heads.some((h) => h.id === a.personId))).toHaveLength(heads.length);
    for (const a of placed) {
      const person = doc.people[a.personId]!;
      const delegation = doc.delegations[person.delegationId]!;
      const seat = doc.seats[a.seatId]!;
      const element = doc.elements[seat.elementId]!;
      if (person.role !== 'head') continue;
      if (delegation.pinnedRole !== 'none') {
        expect(element.labelEn, delegation.nameEn).toBe('Presiding officers’ table');
        expect(a.locked).toBe(true);
      } else if (delegation.kind === 'organization') {
        expect([element.props.seatsAtDesk, seat.label.split('-')[1]], delegation.nameEn).toEqual([1, '1']);
      } else {
        expect([element.props.seatsAtDesk, seat.label.split('-')[1]], delegation.nameEn).toEqual([3, '2']);
      }
    }
  });

  test('banquet: one head of delegation per delegation, the host’s ministers hosting tables 2 to 5', () => {
    const banquet = hallOf('banquet');
    const placed = assignmentsIn(banquet.id);
    const heads = placed.filter((a) => doc.people[a.personId]!.role === 'head');
    expect(heads).toHaveLength(Object.keys(doc.delegations).length);
    const hosts = placed
      .filter((a) => doc.seats[a.seatId]!.isTableHost)
      .map((a) => [doc.elements[doc.seats[a.seatId]!.elementId]!.number, doc.people[a.personId]!.titleEn])
      .sort((a, b) => (a[0] as number) - (b[0] as number))
      .slice(0, 5);
    expect(hosts).toEqual([
      [1, 'President of the Socialist Republic of Viet Nam'],
      [2, 'Minister of Public Security'],
      [3, 'Minister for Foreign Affairs'],
      [4, 'Minister of Justice'],
      [5, 'Permanent Representative of Viet Nam to the United Nations'],
    ]);
  });
});
