import { describe, expect, test } from 'vitest';
import { seededIds } from '../../shared/ids';
import { Seat, type LayoutElement } from '../../shared/model/entities';
import { blockSize, rowLetter, rowNumbers } from '../../shared/layout/block-seats';
import { generateSeats } from '../../shared/layout/seats';
import { DEFAULT_PROPS, SEATED_KINDS, parseElementProps } from '../../shared/layout/props';
import { element, HALL } from './layout-fixtures';

const seats = (e: LayoutElement) => generateSeats(e, seededIds(7));
const byLabel = (list: Seat[], label: string) => {
  const s = list.find((x) => x.label === label);
  if (!s) throw new Error(`no seat ${label}`);
  return s;
};
const dist = (s: { x: number; y: number }, e: { x: number; y: number }) => Math.hypot(s.x - e.x, s.y - e.y);
/** The unit vector a seat faces (0 = up the plan, clockwise, y down). */
const facingVector = (s: Seat) => ({ x: Math.sin((s.rotation * Math.PI) / 180), y: -Math.cos((s.rotation * Math.PI) / 180) });

describe('round table', () => {
  const table = element('round-table', { seatCount: 10 });
  const list = seats(table);

  test('has its seats, labelled 1..n, each a valid seat row with its own id', () => {
    expect(list).toHaveLength(10);
    expect(list.map((s) => s.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(list.map((s) => s.order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(new Set(list.map((s) => s.id)).size).toBe(10);
    for (const s of list) {
      expect(Seat.parse(s)).toEqual(s);
      expect(s).toMatchObject({ hallId: HALL, elementId: table.id, accessible: false, blocked: false });
    }
  });

  test('has exactly one table host: seat 1, on the near side, facing the front', () => {
    expect(list.filter((s) => s.isTableHost).map((s) => s.label)).toEqual(['1']);
    expect(byLabel(list, '1')).toMatchObject({ x: 20, y: 10 + 0.9 + 0.45, rotation: 0 });
  });

  test('seats sit round the table at the chair gap, face its centre and run clockwise', () => {
    for (const s of list) {
      expect(dist(s, table)).toBeCloseTo(1.35, 2);
      const f = facingVector(s);
      const toCentre = { x: (table.x - s.x) / 1.35, y: (table.y - s.y) / 1.35 };
      expect(f.x).toBeCloseTo(toCentre.x, 3);
      expect(f.y).toBeCloseTo(toCentre.y, 3);
    }
    // Clockwise on the plan from the bottom of the table goes left, then up.
    expect(byLabel(list, '2').x).toBeLessThan(table.x);
    expect(byLabel(list, '6')).toMatchObject({ x: 20, y: 10 - 1.35, rotation: 180 });
    expect(byLabel(list, '9').x).toBeGreaterThan(table.x);
  });

  test('a custom chair gap and seat count are honoured', () => {
    const small = seats(element('round-table', { seatCount: 8, seatGapM: 0.3 }, { width: 1.5 }));
    expect(small).toHaveLength(8);
    for (const s of small) expect(dist(s, { x: 20, y: 10 })).toBeCloseTo(1.05, 2);
  });

  test('rotating the table turns every seat about its centre and turns their facing with it', () => {
    const turned = seats({ ...table, rotation: 90 });
    expect(byLabel(turned, '1')).toMatchObject({ x: 20 - 1.35, y: 10, rotation: 90 });
    const turned30 = seats({ ...table, rotation: 30 });
    list.forEach((s, i) => {
      const t = turned30[i]!;
      expect(t.label).toBe(s.label);
      expect(dist(t, table)).toBeCloseTo(1.35, 2);
      expect((t.rotation - s.rotation + 360) % 360).toBeCloseTo(30, 3);
      // A clockwise turn by 30 degrees: the angle of each seat about the centre grows by 30.
      const angle = (p: Seat) => (Math.atan2(p.y - table.y, p.x - table.x) * 180) / Math.PI;
      expect((angle(t) - angle(s) + 360) % 360).toBeCloseTo(30, 1);
    });
  });
});

describe('rectangular and head tables', () => {
  test('a head table of 7 on one side: 7 seats, the host in the centre of the main side', () => {
    const head = element('rect-table', { seatsPerSide: 7, sides: 'one', ends: false }, { width: 8.4, depth: 1 });
    const list = seats(head);
    expect(list).toHaveLength(7);
    const hosts = list.filter((s) => s.isTableHost);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]).toMatchObject({ label: '1', x: 20, y: 10 + 0.5 + 0.45, rotation: 0 });
    // Seats 1.2 m apart along the table; all face the front.
    const xs = list.map((s) => s.x).sort((a, b) => a - b);
    xs.slice(1).forEach((x, i) => expect(x - xs[i]!).toBeCloseTo(1.2, 3));
    expect(new Set(list.map((s) => s.rotation))).toEqual(new Set([0]));
  });

  test('turned to face the room below (rotation 180), the head table seats sit behind it and face down', () => {
    const head = element('rect-table', { seatsPerSide: 5, sides: 'one', ends: false }, { width: 6, depth: 1, rotation: 180 });
    const list = seats(head);
    for (const s of list) expect(s).toMatchObject({ y: 10 - 0.95, rotation: 180 });
    expect(byLabel(list, '1').x).toBe(20);
  });

  test('with an even count the host takes the central seat on the host’s left', () => {
    const head = element('rect-table', { seatsPerSide: 6, sides: 'one', ends: false }, { width: 6, depth: 1 });
    const host = seats(head).find((s) => s.isTableHost)!;
    // Facing up the plan, the host's left is -x: the host sits just left of the middle.
    expect(host.x).toBeCloseTo(19.5, 3);
  });

  test('both sides and ends: 2n + 2 seats numbered clockwise from the host', () => {
    const table = element('banquet-table', { seatsPerSide: 4, sides: 'both', ends: true }, { width: 4, depth: 1.2 });
    const list = seats(table);
    expect(list).toHaveLength(10);
    expect(new Set(list.map((s) => s.label)).size).toBe(10);
    expect(list.filter((s) => s.isTableHost)).toHaveLength(1);
    // Angles about the centre, measured clockwise from the host, strictly increase with the label.
    const angle = (s: Seat) => (Math.atan2(s.y - table.y, s.x - table.x) * 180) / Math.PI;
    const start = angle(list[0]!);
    const offsets = list.map((s) => (angle(s) - start + 360) % 360);
    offsets.slice(1).forEach((o, i) => expect(o).toBeGreaterThan(offsets[i]!));
    // Ends face along the table; far side faces the main side.
    expect(list.filter((s) => s.rotation === 90 || s.rotation === 270)).toHaveLength(2);
    expect(list.filter((s) => s.rotation === 180)).toHaveLength(4);
  });
});

describe('theatre rows', () => {
  const props = { rows: 3, seatsPerRow: 10, seatSpacingM: 0.55, rowSpacingM: 0.95, firstRowLetter: 'A', numbering: 'left-to-right' };

  test('rows × seats, labelled row letter + number, row A at the front, 1 on the left', () => {
    const list = seats(element('row-block', props));
    expect(list).toHaveLength(30);
    expect(new Set(list.map((s) => s.label)).size).toBe(30);
    expect(list.slice(0, 3).map((s) => s.label)).toEqual(['A1', 'A2', 'A3']);
    expect(list.at(-1)!.label).toBe('C10');
    expect(byLabel(list, 'A1').y).toBeLessThan(byLabel(list, 'B1').y);
    expect(byLabel(list, 'B1').y - byLabel(list, 'A1').y).toBeCloseTo(0.95, 3);
    expect(byLabel(list, 'A1').x).toBeLessThan(byLabel(list, 'A2').x);
    // The block is centred on the element.
    expect((byLabel(list, 'B1').x + byLabel(list, 'B10').x) / 2).toBeCloseTo(20, 3);
    expect(byLabel(list, 'B5').y).toBeCloseTo(10, 3);
  });

  test('an aisle after every 5 seats widens the gap there only', () => {
    const list = seats(element('row-block', { ...props, aisleEvery: 5, aisleWidthM: 1.2 }));
    expect(byLabel(list, 'A6').x - byLabel(list, 'A5').x).toBeCloseTo(0.55 + 1.2, 3);
    expect(byLabel(list, 'A5').x - byLabel(list, 'A4').x).toBeCloseTo(0.55, 3);
  });

  test('odd/even numbering from the centre: odd to the right of the seated person, even to the left', () => {
    const odd = seats(element('row-block', { ...props, rows: 1, seatsPerRow: 7, numbering: 'odd-even-from-centre' }));
    const fromLeft = [...odd].sort((a, b) => a.x - b.x).map((s) => s.label);
    expect(fromLeft).toEqual(['A6', 'A4', 'A2', 'A1', 'A3', 'A5', 'A7']);
    const even = seats(element('row-block', { ...props, rows: 1, seatsPerRow: 6, numbering: 'odd-even-from-centre' }));
    expect([...even].sort((a, b) => a.x - b.x).map((s) => s.label)).toEqual(['A6', 'A4', 'A2', 'A1', 'A3', 'A5']);
    // Seat 1 is at the centre of an odd row.
    expect(byLabel(odd, 'A1').x).toBeCloseTo(20, 3);
    expect(rowNumbers(4, 'odd-even-from-centre')).toEqual([4, 2, 1, 3]);
  });

  test('row letters run past Z as AA, AB', () => {
    expect([0, 25, 26, 27, 51, 52].map(rowLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA']);
    const list = seats(element('row-block', { ...props, rows: 4, seatsPerRow: 1, firstRowLetter: 'Y' }));
    expect(list.map((s) => s.label)).toEqual(['Y1', 'Z1', 'AA1', 'AB1']);
  });

  test('a block turned 180 degrees faces down the plan with row A at the bottom', () => {
    const list = seats(element('row-block', props, { rotation: 180 }));
    expect(byLabel(list, 'A1').y).toBeGreaterThan(byLabel(list, 'C1').y);
    expect(byLabel(list, 'A1').rotation).toBe(180);
    // Seat 1 is still on the seated person's left, which is now +x.
    expect(byLabel(list, 'A1').x).toBeGreaterThan(byLabel(list, 'A10').x);
  });
});

describe('UN-style delegation desks', () => {
  const props = { desks: 5, seatsAtDesk: 3, seatsBehind: 3, deskWidthM: 2.1, rowSpacingM: 1.1 };

  test('each desk has 3 seats at it and 3 behind, labelled desk-seat', () => {
    const list = seats(element('desk-block', props));
    expect(list).toHaveLength(30);
    expect(new Set(list.map((s) => s.label)).size).toBe(30);
    expect(list.slice(0, 6).map((s) => s.label)).toEqual(['1-1', '1-2', '1-3', '1-4', '1-5', '1-6']);
    expect(byLabel(list, '1-4').y - byLabel(list, '1-1').y).toBeCloseTo(1.1, 3);
    expect(byLabel(list, '1-1').x).toBeLessThan(byLabel(list, '1-3').x);
    expect(byLabel(list, '2-1').x - byLabel(list, '1-1').x).toBeCloseTo(2.1, 3);
    expect(list.every((s) => !s.isTableHost && s.rotation === 0)).toBe(true);
  });

  test('several lines of desks, with other seat counts per desk (UNCTAD 1 + 2 for organizations)', () => {
    const list = seats(element('desk-block', { ...props, seatsAtDesk: 1, seatsBehind: 2, deskRows: 2, deskWidthM: 0.9 }));
    expect(list).toHaveLength(5 * 2 * 3);
    expect(byLabel(list, '6-1').x).toBeCloseTo(byLabel(list, '1-1').x, 3);
    expect(byLabel(list, '6-1').y).toBeGreaterThan(byLabel(list, '1-3').y);
    expect(blockSize('desk-block', { ...props, seatsAtDesk: 1, seatsBehind: 2, deskRows: 2, deskWidthM: 0.9 })).toEqual({ width: 4.5, depth: 4.4 });
  });

  test('the seat count defaults to 3 at the desk and 3 behind', () => {
    expect(seats(element('desk-block', { desks: 2, deskWidthM: 2.1, rowSpacingM: 1.1 }))).toHaveLength(12);
  });
});

describe('signing table and other kinds', () => {
  test('signing table chairs face the front, chair 1 on the signers’ right', () => {
    const list = seats(element('signing-table', { chairs: 2 }, { width: 2.4, depth: 0.9 }));
    expect(list).toHaveLength(2);
    expect(byLabel(list, '1').x).toBeGreaterThan(byLabel(list, '2').x);
    expect(list.every((s) => s.rotation === 0 && s.y > 10)).toBe(true);
  });

  test('elements without seats give none', () => {
    for (const kind of ['stage', 'lectern', 'flag-stand', 'backdrop', 'red-carpet', 'door', 'label'] as const) {
      expect(seats(element(kind, {}))).toEqual([]);
    }
  });

  test('invalid props are refused with the element named', () => {
    const bad = element('round-table', { seatCount: 0 });
    expect(() => seats(bad)).toThrow(`Element ${bad.id} (round-table) has invalid props`);
    expect(() => seats(element('row-block', { ...DEFAULT_PROPS['row-block'], firstRowLetter: 'a' }))).toThrow(/firstRowLetter/);
  });

  test('default props of every seated kind generate seats', () => {
    for (const kind of SEATED_KINDS) {
      expect(parseElementProps(kind, DEFAULT_PROPS[kind])).toBeTruthy();
      expect(seats(element(kind, DEFAULT_PROPS[kind] as Record<string, unknown>, { width: 4, depth: 1.2 })).length, kind).toBeGreaterThan(0);
    }
  });
});
