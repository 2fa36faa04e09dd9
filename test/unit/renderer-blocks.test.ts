import { describe, expect, it } from 'vitest';
import { resizeBlock } from '../../renderer/src/halls/editor/blocks';
import { HANDLES, handlePoint, type HandleName } from '../../renderer/src/halls/editor/handles';
import { blockSize } from '../../shared/layout';
import type { LayoutElement } from '../../shared/model/entities';

// Theatre blocks and delegation desks take their size from their props: their handles change counts.
const h = (name: HandleName) => HANDLES.find((x) => x.name === name)!;
const block = (kind: 'row-block' | 'desk-block', props: Record<string, unknown>, rotation = 0) => {
  const size = blockSize(kind, props);
  return { id: 'b', hallId: 'h', kind, x: 10, y: 10, rotation, ...size, number: null, labelEn: '', labelVi: '', locked: false, zIndex: 'a0', groupId: null, props } as LayoutElement & { kind: typeof kind };
};
const rows = block('row-block', { rows: 5, seatsPerRow: 10, seatSpacingM: 0.55, rowSpacingM: 0.95, firstRowLetter: 'A', numbering: 'left-to-right' });
const desks = block('desk-block', { desks: 5, seatsAtDesk: 3, seatsBehind: 3, deskWidthM: 2.1, rowSpacingM: 1.1, deskRows: 1 });

describe('block resize handles', () => {
  it('a side handle changes the seats per row, the opposite side staying where it was', () => {
    expect(rows).toMatchObject({ width: 5.5, depth: 4.75 });
    // East side dragged two seats (1.1 m) further east: 12 seats per row, the west side still at x = 7.25.
    const g = resizeBlock(rows, h('e'), { x: 12.75 + 1.1, y: 3 })!;
    expect(g).toMatchObject({ width: 6.6, depth: 4.75, x: 10.55, y: 10, props: { seatsPerRow: 12, rows: 5 } });
    // A little short of a seat's width rounds to the nearest count.
    expect(resizeBlock(rows, h('e'), { x: 12.75 + 0.4, y: 10 })!.props).toMatchObject({ seatsPerRow: 11 });
    expect(resizeBlock(rows, h('w'), { x: 7.25 + 1.1, y: 10 })!).toMatchObject({ props: { seatsPerRow: 8 }, x: 10.55 });
  });

  it('the front or back changes the rows; a corner both', () => {
    const back = resizeBlock(rows, h('s'), { x: 10, y: 12.375 + 1.9 })!;
    expect(back).toMatchObject({ depth: 6.65, x: 10, y: 10.95, props: { rows: 7, seatsPerRow: 10 } });
    expect(resizeBlock(rows, h('ne'), { x: 12.75 + 0.55, y: 7.625 - 0.95 })!.props).toMatchObject({ rows: 6, seatsPerRow: 11 });
  });

  it('never goes below one, nor above the props’ limits', () => {
    expect(resizeBlock(rows, h('e'), { x: 0, y: 10 })!.props).toMatchObject({ seatsPerRow: 1 });
    expect(resizeBlock(rows, h('s'), { x: 10, y: 1000 })!.props).toMatchObject({ rows: 200 });
  });

  it('finds the nearest count across aisles', () => {
    // An aisle of 1 m after every 5 seats: 10 seats span 5.5 + 1 m.
    const aisled = block('row-block', { ...rows.props, aisleEvery: 5, aisleWidthM: 1 });
    const east = aisled.x + aisled.width / 2;
    // Two more seats come with a second aisle: 2 × 0.55 + 1 = 2.1 m wider.
    const g = resizeBlock(aisled, h('e'), { x: east + 2.1, y: 10 })!;
    expect(g.width).toBeCloseTo(aisled.width + 2.1, 6);
    expect(g.props).toMatchObject({ seatsPerRow: 12 });
  });

  it('works in the block’s own frame when it is turned', () => {
    const turned = { ...rows, rotation: 90 };
    // Its east side faces down (+y): dragged 1.1 m further down, two more seats per row.
    const g = resizeBlock(turned, h('e'), { x: 10, y: 12.75 + 1.1 })!;
    expect(g.props).toMatchObject({ seatsPerRow: 12 });
    const west = handlePoint({ ...turned, ...g }, h('w'));
    expect(west.x).toBeCloseTo(10, 6);
    expect(west.y).toBeCloseTo(7.25, 6);
  });

  it('changes desks and rows of desks for delegation desks', () => {
    expect(desks).toMatchObject({ width: 10.5, depth: 2.2 });
    expect(resizeBlock(desks, h('e'), { x: 15.25 + 2.1, y: 10 })!).toMatchObject({ width: 12.6, props: { desks: 6, deskRows: 1 } });
    expect(resizeBlock(desks, h('s'), { x: 10, y: 11.1 + 2.2 })!).toMatchObject({ depth: 4.4, props: { desks: 5, deskRows: 2 } });
  });
});
