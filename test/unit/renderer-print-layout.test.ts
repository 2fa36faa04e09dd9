import { describe, expect, it } from 'vitest';
import { fitText, paginate, roundLength, scaleForColumns, sheetGrid, tileLabel, tiles, type Measure } from '../../renderer/src/printing/layout';
import { CARD_STOCKS, flatCard, pageSize, PAPERS } from '../../renderer/src/printing/paper';
import { appendPrintLog, changedSincePrinted, contentHash } from '../../renderer/src/printing/printLog';
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

  it('tiles a plan too large for one sheet with overlaps, centred on the sheets (hand-worked)', () => {
    // 500 × 300 mm of plan on sheets of 190 × 277 mm, 10 mm shared: each new column adds
    // 190 − 10 = 180 mm, so 3 columns cover 3 × 180 + 10 = 550 mm (25 mm spare each side);
    // each row adds 267 mm, 2 rows cover 544 mm (122 mm spare above and below).
    const grid = tiles({ widthMm: 500, heightMm: 300 }, { widthMm: 190, heightMm: 277 }, 10);
    expect([grid.columns, grid.rows, grid.tiles.length]).toEqual([3, 2, 6]);
    expect(grid.tiles.map((t) => [t.row, t.column])).toEqual([[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2]]);
    expect(grid.tiles[0]!.area).toEqual({ x: -25, y: -122, width: 190, height: 277 });
    expect(grid.tiles[1]!.area.x).toBe(155); // A2 starts 10 mm before A1 ends (at 165)
    expect(grid.tiles[2]!.area.x + 190).toBe(525); // the last column ends 25 mm past the plan
    expect(grid.tiles[3]!.area.y).toBe(145); // B1 starts 10 mm before A1 ends (at 155)
    // Exactly two sheets' worth (2 × 190 − 10 = 370 mm): two columns, no spare.
    const two = tiles({ widthMm: 370, heightMm: 100 }, { widthMm: 190, heightMm: 277 }, 10);
    expect([two.columns, two.rows, two.tiles[0]!.area.x, two.tiles[1]!.area.x]).toEqual([2, 1, 0, 180]);
    // One millimetre more needs a third column.
    expect(tiles({ widthMm: 371, heightMm: 100 }, { widthMm: 190, heightMm: 277 }, 10).columns).toBe(3);
    expect(tiles({ widthMm: 100, heightMm: 100 }, { widthMm: 190, heightMm: 277 }, 10).tiles).toHaveLength(1);
    // An overlap as wide as the sheet leaves no room: no tiles rather than endless ones.
    expect(tiles({ widthMm: 500, heightMm: 300 }, { widthMm: 10, heightMm: 277 }, 10).tiles).toEqual([]);
  });

  it('finds the scale that makes a plan a number of pages across', () => {
    // The plenary (80 m wide) two sheets of 400 mm across, 10 mm shared: 790 mm of plan, 9.875 mm per metre (1:101.3).
    const scale = scaleForColumns(80, 400, 10, 2);
    expect(scale).toBe(9.875);
    const grid = tiles({ widthMm: 80 * scale, heightMm: 70 * scale }, { widthMm: 400, heightMm: 230 }, 10);
    expect(grid.columns).toBe(2);
    expect(grid.tiles[0]!.area.x).toBe(0);
    expect(scaleForColumns(80, 400, 10, 1)).toBe(5);
  });

  it('names tiles by row letter and column number', () => {
    expect([tileLabel(0, 0), tileLabel(1, 1), tileLabel(0, 11), tileLabel(25, 2), tileLabel(26, 0), tileLabel(27, 9)]).toEqual(['A1', 'B2', 'A12', 'Z3', 'AA1', 'AB10']);
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
