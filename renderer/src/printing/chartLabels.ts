import type { LayoutElement } from '../../../shared/model/entities';
import type { Mark } from '../../../shared/print/chartMarks';
import type { Measure } from './layout';

/**
 * Where a chart's texts go (pure, in metres of the hall unless said): each delegation's mark
 * (what it may say: shared/print/chartMarks.ts) when a code per seat would be too small to
 * read — its short name, else its code, else its number in the key, whichever fits its seats
 * at a readable size — and an element's own label
 * (the stage's) where no other element or seat covers it.
 */

/** Smallest text printed on a chart: about 3 pt. */
export const MIN_TEXT_MM = 1.05;
/** The largest a delegation's mark is set, in mm. */
const MAX_MARK_MM = 3;

export type Box = { x0: number; y0: number; x1: number; y1: number };
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The box an element covers, turned by its rotation. */
export function elementBox(el: Pick<LayoutElement, 'x' | 'y' | 'width' | 'depth' | 'rotation'>): Box {
  const t = (el.rotation * Math.PI) / 180;
  const hw = (Math.abs(Math.cos(t)) * el.width + Math.abs(Math.sin(t)) * el.depth) / 2;
  const hd = (Math.abs(Math.sin(t)) * el.width + Math.abs(Math.cos(t)) * el.depth) / 2;
  return { x0: el.x - hw, y0: el.y - hd, x1: el.x + hw, y1: el.y + hd };
}

/**
 * Where an element's upright label goes: its centre if nothing else covers the text there,
 * else the first free place along its edges (back, front, then the sides), else the centre.
 * `width` and `size` are the text's; returns the baseline's centre.
 */
export function placeLabel(el: Pick<LayoutElement, 'x' | 'y' | 'width' | 'depth' | 'rotation'>, width: number, size: number, obstacles: readonly Box[]): { x: number; y: number } {
  const box = elementBox(el);
  const m = size * 0.35;
  const candidates = [
    { x: el.x, y: el.y + size * 0.35 },
    { x: el.x, y: box.y0 + m + size * 0.8 },
    { x: el.x, y: box.y1 - m - size * 0.2 },
    { x: box.x0 + m + width / 2, y: el.y + size * 0.35 },
    { x: box.x1 - m - width / 2, y: el.y + size * 0.35 },
    { x: box.x0 + m + width / 2, y: box.y0 + m + size * 0.8 },
    { x: box.x1 - m - width / 2, y: box.y0 + m + size * 0.8 },
  ];
  const textBox = (c: { x: number; y: number }): Box => ({ x0: c.x - width / 2, y0: c.y - size * 0.8, x1: c.x + width / 2, y1: c.y + size * 0.2 });
  return candidates.find((c) => !obstacles.some((o) => overlaps(textBox(c), o))) ?? candidates[0]!;
}

/** One delegation's seats at one table or block: where its mark goes. */
export type SeatGroup = { delegationId: string; seats: readonly { x: number; y: number }[] };
export type GroupLabel = { delegationId: string; x: number; y: number; size: number; text: string; form: 'name' | 'code' | 'number' };

/**
 * Each group's mark, centred on its seats at `scale` mm per metre: the short name if it fits
 * the seats' width at a readable size (MIN_TEXT_MM or more), else the code, else the number;
 * a group too small even for its number gets the number at the smallest size — never nothing.
 * `size` is in metres of the hall.
 */
export function groupLabels(groups: readonly SeatGroup[], marks: readonly Mark[], scale: number, seatR: number, measure: Measure): GroupLabel[] {
  const byId = new Map(marks.map((m) => [m.delegationId, m]));
  return groups.flatMap((g) => {
    const mark = byId.get(g.delegationId);
    if (!mark || g.seats.length === 0) return [];
    const xs = g.seats.map((s) => s.x);
    const ys = g.seats.map((s) => s.y);
    const box = { x0: Math.min(...xs) - seatR, x1: Math.max(...xs) + seatR, y0: Math.min(...ys) - seatR, y1: Math.max(...ys) + seatR };
    const widthMm = (box.x1 - box.x0 + seatR) * scale;
    const maxMm = Math.max(MIN_TEXT_MM, Math.min(MAX_MARK_MM, (box.y1 - box.y0) * scale * 0.7));
    const forms: [GroupLabel['form'], string][] = [['name', mark.short], ['code', mark.code], ['number', String(mark.number)]];
    let chosen: [GroupLabel['form'], string, number] | null = null;
    for (const [form, text] of forms) {
      if (text === '') continue;
      const size = Math.min(maxMm, widthMm / Math.max(measure(text, 700), 1e-9));
      if (size >= MIN_TEXT_MM) {
        chosen = [form, text, size];
        break;
      }
    }
    const [form, text, sizeMm] = chosen ?? ['number', String(mark.number), MIN_TEXT_MM];
    const size = sizeMm / scale;
    return [{ delegationId: g.delegationId, x: (box.x0 + box.x1) / 2, y: (box.y0 + box.y1) / 2 + size * 0.36, size, text, form }];
  });
}
