import { describe, expect, it } from 'vitest';
import { fitInto, fitText, paginate, roundLength, sheetGrid, tiles, type Measure } from '../../renderer/src/print/layout';
import { CARD_STOCKS, flatCard, pageSize, PAPERS } from '../../renderer/src/print/paper';
import { appendPrintLog, changedSincePrinted, contentHash } from '../../renderer/src/print/printLog';
import { emptyDocument } from '../../shared/model/collections';

// A font where every character is 0.5 wide at size 1.
const half: Measure = (text) => text.length * 0.5;

describe('cards on a sheet', () => {
  it('puts four 100 × 70 tent cards (100 × 140 flat) on an A4 portrait sheet, centred, in reading order', () => {
    const grid = sheetGrid(PAPERS.A4, flatCard('card-100x70'));
    expect([grid.columns, grid.rows, grid.perSheet]).toEqual([2, 2, 4]);
    expect(grid.cells[0]).toEqual({ x: 5, y: 8.5, width: 100, height: 140 });
    expect(grid.cells[3]).toEqual({ x: 105, y: 148.5, width: 100, height: 140 });
    // Marks for 3 vertical and 3 horizontal cut lines, each on both sides, all off the cards.
    expect(grid.cutMarks).toHaveLength(12);
    for (const m of grid.cutMarks) expect(m.y2 <= 8.5 || m.y1 >= 288.5 || m.x2 <= 5 || m.x1 >= 205).toBe(true);
  });

  it('fills the sheet exactly with a card of its size: one per sheet, no margin, no cut marks', () => {
    const plate = sheetGrid(pageSize(PAPERS.A4, true), flatCard('plate-297x105'));
    expect(plate.perSheet).toBe(1);
    expect(plate.cells[0]).toEqual({ x: 0, y: 0, width: 297, height: 210 });
    expect(plate.cutMarks).toEqual([]);
    expect(sheetGrid(PAPERS.A4, flatCard('card-a4')).perSheet).toBe(1);
  });

  it('says when a card does not fit the paper at all', () => {
    expect(sheetGrid(PAPERS.A5, flatCard('plate-420x148')).perSheet).toBe(0);
    expect(paginate([1, 2, 3], 0)).toEqual([]);
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('knows the folded sizes of its stocks and turns papers', () => {
    expect(flatCard('card-a4')).toEqual({ widthMm: 210, heightMm: 297 });
    expect(CARD_STOCKS['plate-297x105'].faceHeightMm * 2).toBe(210);
    expect(pageSize(PAPERS.A1, true)).toEqual({ widthMm: 841, heightMm: 594 });
    expect(pageSize({ widthMm: 841, heightMm: 594 }, false)).toEqual({ widthMm: 594, heightMm: 841 });
  });
});

describe('fitting', () => {
  it('scales a hall into a box, centred, keeping its proportions', () => {
    expect(fitInto({ width: 80, height: 70 }, { x: 10, y: 20, width: 400, height: 700 })).toEqual({ scale: 5, x: 10, y: 20 + (700 - 350) / 2 });
  });

  it('sets a name at the largest size that fits, then on two lines, never cut', () => {
    expect(fitText('Kofi Okafor', 120, 20, 8, 700, half)).toEqual({ size: 20, lines: ['Kofi Okafor'] });
    expect(fitText('Kofi Okafor', 44, 20, 6, 700, half)).toEqual({ size: 8, lines: ['Kofi Okafor'] });
    const two = fitText('Organisation for Economic Co-operation and Development', 60, 20, 8, 700, half);
    expect(two.lines).toEqual(['Organisation for Economic', 'Co-operation and Development']);
    expect(two.size * half(two.lines[1]!, 700)).toBeLessThanOrEqual(60 + 1e-9);
    const long = fitText('Abcdefghijklmnopqrstuvwxyz', 10, 20, 8, 700, half);
    expect(long).toEqual({ size: 10 / 13, lines: ['Abcdefghijklmnopqrstuvwxyz'] });
  });

  it('picks a round scale bar length', () => {
    expect([roundLength(7.3), roundLength(23), roundLength(0.4), roundLength(100)]).toEqual([5, 20, 0.2, 100]);
  });

  it('tiles a plan too large for one sheet with overlaps', () => {
    const t = tiles({ widthMm: 500, heightMm: 300 }, { widthMm: 190, heightMm: 277 }, 10);
    expect(t).toHaveLength(3 * 2);
    expect(t[1]!.area.x).toBe(180);
    expect(t[3]!.area.y).toBe(267);
    expect(tiles({ widthMm: 100, heightMm: 100 }, { widthMm: 190, heightMm: 277 }, 10)).toHaveLength(1);
  });
});

describe('the print log', () => {
  const printed = <T extends { id: string }>(item: T) => ({ ...item, hash: contentHash(item) });
  const entry = (kind: string, hallId: string | null, items: { id: string }[]) =>
    ({ kind, hallId, at: '2025-10-25T08:00:00Z', status: 'draft' as const, revision: 1, action: 'pdf' as const, items: items.map(printed).map(({ id, hash }) => ({ id, hash })) });

  it('lists exactly the items whose printed content changed or that were never printed', () => {
    const a = { id: 'a', name: 'Nguyễn Văn An', seat: 's1' };
    const b = { id: 'b', name: 'Kofi Okafor', seat: 's2' };
    const { entries } = appendPrintLog(emptyDocument(), entry('place-card', 'h', [a, b]));
    expect(changedSincePrinted(entries, 'place-card', 'h', [a, b].map(printed))).toEqual([]);
    const moved = printed({ ...b, seat: 's9' });
    const c = printed({ id: 'c', name: 'Ana Lima', seat: 's3' });
    expect(changedSincePrinted(entries, 'place-card', 'h', [printed(a), moved, c])).toEqual([moved, c]);
    expect(changedSincePrinted(entries, 'name-plate', 'h', [printed(a)])).toEqual([printed(a)]);
  });

  it("keeps each hall's cards apart: printing the plenary's card does not make the banquet's one out of date", () => {
    const banquet = { id: 'a', name: 'Nguyễn Văn An', seat: 'banquet-1' };
    const plenary = { ...banquet, seat: 'plenary-7' };
    const log = [entry('place-card', 'banquet', [banquet]), entry('place-card', 'plenary', [plenary])];
    expect(changedSincePrinted(log, 'place-card', 'banquet', [printed(banquet)])).toEqual([]);
    expect(changedSincePrinted(log, 'place-card', null, [printed(banquet)])).toHaveLength(1);
  });
});
