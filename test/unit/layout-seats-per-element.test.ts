import { freeze } from 'immer';
import { describe, expect, test } from 'vitest';
import { seededIds } from '../../shared/ids';
import { generateSeats } from '../../shared/layout/seats';
import { seatsPerElement } from '../../shared/layout/seats-per-element';
import type { Seat } from '../../shared/model/entities';
import { element } from './layout-fixtures';

const ids = seededIds(7);
const table = element('round-table', { seatCount: 4 });
const block = element('row-block', { rows: 2, seatsPerRow: 3, seatSpacingM: 0.55, rowSpacingM: 0.9, firstRowLetter: 'A', numbering: 'left-to-right' }, { id: 'block-1' });
const record = (seats: Seat[]): Record<string, Seat> => Object.fromEntries(seats.map((s) => [s.id, s]));

describe('seats per element', () => {
  test("each element's seats, in the record's order; none for an element without seats", () => {
    const tableSeats = generateSeats(table, ids);
    const blockSeats = generateSeats(block, ids);
    const index = seatsPerElement(record([...tableSeats, ...blockSeats]));
    expect(index.get(table.id)).toEqual(tableSeats);
    expect(index.get(block.id)).toEqual(blockSeats);
    expect(index.get('no-such-element')).toBeUndefined();
  });

  test('a frozen record is walked once; a record that may still change is walked each time', () => {
    const seats = record(generateSeats(table, ids));
    const open = seatsPerElement(seats);
    const added = generateSeats(block, ids)[0]!;
    seats[added.id] = added;
    expect(seatsPerElement(seats)).not.toBe(open);
    expect(seatsPerElement(seats).get(block.id)).toEqual([added]);
    const frozen = freeze(record(generateSeats(table, ids)), true);
    expect(seatsPerElement(frozen)).toBe(seatsPerElement(frozen));
  });
});
