import type { Rect } from '../../../shared/rect';
import type { Size } from './paper';

/**
 * Pure layout math of printed pages, in millimetres: how many cards fit on a sheet and where,
 * the cut marks between them, text that fits a width, and the tiles of a plan too large for one
 * sheet (the scale that fits a plan into a box is shared/camera.ts fitRect).
 */

export type Line = { x1: number; y1: number; x2: number; y2: number };

/** Printers cannot print the outer few millimetres of a sheet: cards stay inside this margin. */
export const SHEET_MARGIN_MM = 5;
const CUT_MARK_MM = 4;
const CUT_MARK_GAP_MM = 1;

export type SheetGrid = {
  columns: number;
  rows: number;
  perSheet: number;
  /** Each card's box on the sheet, in reading order (left to right, top to bottom). */
  cells: Rect[];
  /** Cut marks outside the block of cards, one pair per cut line (none where a card meets the sheet's edge). */
  cutMarks: Line[];
};

/**
 * Cards laid edge to edge in a centred block (one cut serves two neighbours, as a guillotine
 * cuts), as many as fit inside the printable margin. A card the size of the sheet fills it
 * exactly: one per sheet, no margin, no marks.
 */
export function sheetGrid(sheet: Size, card: Size, margin = SHEET_MARGIN_MM): SheetGrid {
  const exact = Math.abs(sheet.widthMm - card.widthMm) < 0.5 && Math.abs(sheet.heightMm - card.heightMm) < 0.5;
  const m = exact ? 0 : margin;
  const columns = Math.max(0, Math.floor((sheet.widthMm - 2 * m + 1e-6) / card.widthMm));
  const rows = Math.max(0, Math.floor((sheet.heightMm - 2 * m + 1e-6) / card.heightMm));
  const x0 = (sheet.widthMm - columns * card.widthMm) / 2;
  const y0 = (sheet.heightMm - rows * card.heightMm) / 2;
  const cells: Rect[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) cells.push({ x: x0 + c * card.widthMm, y: y0 + r * card.heightMm, width: card.widthMm, height: card.heightMm });
  }
  const cutMarks: Line[] = [];
  if (cells.length > 0) {
    const x1 = x0 + columns * card.widthMm;
    const y1 = y0 + rows * card.heightMm;
    const lenY = Math.min(CUT_MARK_MM, y0 - CUT_MARK_GAP_MM);
    const lenX = Math.min(CUT_MARK_MM, x0 - CUT_MARK_GAP_MM);
    if (lenY > 0.5) {
      for (let c = 0; c <= columns; c++) {
        const x = x0 + c * card.widthMm;
        cutMarks.push({ x1: x, y1: y0 - CUT_MARK_GAP_MM - lenY, x2: x, y2: y0 - CUT_MARK_GAP_MM });
        cutMarks.push({ x1: x, y1: y1 + CUT_MARK_GAP_MM, x2: x, y2: y1 + CUT_MARK_GAP_MM + lenY });
      }
    }
    if (lenX > 0.5) {
      for (let r = 0; r <= rows; r++) {
        const y = y0 + r * card.heightMm;
        cutMarks.push({ x1: x0 - CUT_MARK_GAP_MM - lenX, y1: y, x2: x0 - CUT_MARK_GAP_MM, y2: y });
        cutMarks.push({ x1: x1 + CUT_MARK_GAP_MM, y1: y, x2: x1 + CUT_MARK_GAP_MM + lenX, y2: y });
      }
    }
  }
  return { columns, rows, perSheet: cells.length, cells, cutMarks };
}

/** Items split into pages of `perPage` (none when nothing fits on a page). */
export function paginate<T>(items: readonly T[], perPage: number): T[][] {
  if (perPage <= 0) return [];
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += perPage) pages.push(items.slice(i, i + perPage));
  return pages;
}

/** Width of `text` set at size 1 (any unit: the result is in the same unit as the size). */
export type Measure = (text: string, weight: 400 | 700) => number;

export type FittedText = { size: number; lines: string[] };

/**
 * The size at which `text` fits `width`: `max` if it fits, else smaller down to `min`; below
 * that, on two lines split at the space nearest the middle (each line as large as both allow).
 * Nothing is ever cut: a name too long even then is set at the size that fits, below `min`.
 */
export function fitText(text: string, width: number, max: number, min: number, weight: 400 | 700, measure: Measure): FittedText {
  const one = measure(text, weight);
  const single = one > 0 ? Math.min(max, width / one) : max;
  if (single >= min) return { size: single, lines: [text] };
  const split = splitInTwo(text);
  if (!split) return { size: single, lines: [text] };
  const widest = Math.max(measure(split[0], weight), measure(split[1], weight));
  const size = Math.min(max / 1.25, width / widest);
  return size > single ? { size, lines: split } : { size: single, lines: [text] };
}

function splitInTwo(text: string): [string, string] | null {
  const middle = text.length / 2;
  let best = -1;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) if (best === -1 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  return best === -1 ? null : [text.slice(0, best), text.slice(best + 1)];
}

/** A round length (1, 2, 5 × 10^n) not longer than `maxLength`: the scale bar's. */
export function roundLength(maxLength: number): number {
  const pow = 10 ** Math.floor(Math.log10(maxLength));
  for (const m of [5, 2, 1]) if (m * pow <= maxLength) return m * pow;
  return pow;
}

export type Tile = { column: number; row: number; /** the part of the content on this tile, in content mm */ area: Rect };
export type TileGrid = { columns: number; rows: number; tiles: Tile[] };

/**
 * A content of `content` mm split across sheets whose printable area is `area` mm, neighbours
 * sharing `overlap` mm so they can be trimmed and glued: columns × rows tiles, in reading order
 * (left to right, top to bottom). The tiles together cover more than the content (whole
 * sheets): the content sits centred on them, so the spare paper is shared by both edges.
 */
export function tiles(content: Size, area: Size, overlap: number): TileGrid {
  const stepX = area.widthMm - overlap;
  const stepY = area.heightMm - overlap;
  if (stepX <= 0 || stepY <= 0 || overlap < 0) return { columns: 0, rows: 0, tiles: [] };
  const columns = Math.max(1, Math.ceil((content.widthMm - overlap) / stepX - 1e-9));
  const rows = Math.max(1, Math.ceil((content.heightMm - overlap) / stepY - 1e-9));
  const x0 = (content.widthMm - (columns * stepX + overlap)) / 2;
  const y0 = (content.heightMm - (rows * stepY + overlap)) / 2;
  const result: Tile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      result.push({ column, row, area: { x: x0 + column * stepX, y: y0 + row * stepY, width: area.widthMm, height: area.heightMm } });
    }
  }
  return { columns, rows, tiles: result };
}

/**
 * The scale (mm of paper per metre) at which a plan `widthM` wide fills `columns` sheets of
 * `areaWidthMm` printable width side by side, `overlap` mm shared between neighbours.
 */
export const scaleForColumns = (widthM: number, areaWidthMm: number, overlap: number, columns: number): number =>
  (columns * areaWidthMm - (columns - 1) * overlap) / widthM;

/** A tile's name for assembly: its row as a letter (A, B … Z, AA, AB …) and its column from 1, "B2". */
export function tileLabel(row: number, column: number): string {
  let letters = '';
  for (let n = row + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${column + 1}`;
}

/**
 * `text` set to fit `width` at a readable size: on one line at `max` if it fits, else wrapped at
 * spaces onto lines at `max` (at most `maxLines`), shrinking towards `min` only as far as needed
 * to keep within `maxLines`; at `min`, as many lines as it takes. A single word longer than the
 * width is set at the size that fits it, below `min` if it must: nothing is ever cut.
 */
export function wrapText(text: string, width: number, max: number, min: number, weight: 400 | 700, measure: Measure, maxLines = 3): FittedText {
  if (measure(text, weight) * max <= width) return { size: max, lines: [text] };
  const words = text.split(/\s+/).filter((w) => w !== '');
  const wrap = (size: number): string[] => {
    const lines: string[] = [];
    let line = '';
    for (const word of words) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (line !== '' && measure(candidate, weight) * size > width) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    if (line !== '') lines.push(line);
    return lines;
  };
  for (let size = max; size >= min - 1e-9; size -= (max - min) / 4 || 1) {
    const lines = wrap(size);
    if (lines.length <= maxLines && lines.every((l) => measure(l, weight) * size <= width)) return { size, lines };
  }
  const lines = wrap(min);
  const widest = Math.max(...lines.map((l) => measure(l, weight)), 1e-9);
  return { size: Math.min(min, width / widest), lines };
}
