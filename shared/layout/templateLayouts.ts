import type { ElementKind, Hall, LayoutElement } from '../model/entities';
import type { IdFactory } from '../ids';
import { newElement, roundMm } from './newElement';
import { DEFAULT_PROPS } from './props';
import { blockSize } from './block-seats';
import { DEFAULT_SEAT_GAP_M } from './seat-frame';
import type { TemplateRefusal } from './templateMessages';

/**
 * The furniture of the built-in hall templates, laid out to scale inside a hall's size. The front
 * of every template is the top wall (y = 0), where the stage, backdrop or entrance is; every chair
 * and element keeps the clearances below from the walls and from each other. Elements come from
 * the palette's factory (newElement), so a template's table is the table the editor drops.
 */

export type TemplateCounts = { seats?: number; tables?: number; perTable?: number; signers?: number };

/** From a wall to the nearest chair or element (a passage along the wall). */
const WALL_M = 1.2;
/** Between two blocks of rows (a UN plenary's aisle). */
const AISLE_M = 1.5;
/** Between the backs of the chairs of two round tables: the waiters' service gap. */
const SERVICE_M = 1.5;
/** Chair radius drawn around a seat's centre (geometry.ts's SEAT_RADIUS_M). */
const CHAIR_M = 0.25;
/** Row blocks as the palette makes them. */
const ROWS = DEFAULT_PROPS['row-block'];
/** Seats a delegation takes in a plenary by blocks (seating's default): rows are cut in runs of this. */
const RUN = 6;
/** The most a row block holds (its props' limits), and the most seats and tables a template lays out. */
const BLOCK_MAX = 200;
export const MAX_TEMPLATE_SEATS = 20_000;
export const MAX_TEMPLATE_TABLES = 1_000;

export class TemplateRefused extends Error {
  constructor(readonly refusal: TemplateRefusal) {
    super(refusal.key);
    this.name = 'TemplateRefused';
  }
}
const refuse = (key: TemplateRefusal['key'], params: TemplateRefusal['params']): never => {
  throw new TemplateRefused({ key, params });
};

type Spec = { kind: ElementKind; x: number; y: number; en: string; vi: string; width?: number; depth?: number; rotation?: number; props?: LayoutElement['props']; number?: number | null };

/** Collects a template's elements, each made by the palette's factory and then sized and turned. */
class Layout {
  readonly elements: LayoutElement[] = [];
  constructor(private readonly hall: Hall, private readonly ids: IdFactory) {}
  add(spec: Spec): LayoutElement {
    const e = newElement(spec.kind, this.ids(), this.hall.id, { x: spec.x, y: spec.y }, this.elements, { labelEn: spec.en, labelVi: spec.vi });
    if (spec.props) e.props = { ...e.props, ...spec.props };
    if (spec.width !== undefined) e.width = roundMm(spec.width);
    if (spec.depth !== undefined) e.depth = roundMm(spec.depth);
    if (e.kind === 'row-block' || e.kind === 'desk-block') Object.assign(e, blockSize(e.kind, e.props));
    if (spec.rotation !== undefined) e.rotation = spec.rotation;
    if (spec.number !== undefined) e.number = spec.number;
    this.elements.push(e);
    return e;
  }
  /**
   * A text label: the editor writes a label's text as high as the label is deep, centred and
   * level, so the label is made as wide as its longer text (either language) is written.
   */
  text(x: number, y: number, textM: number, en: string, vi: string): LayoutElement {
    const width = Math.max(en.length, vi.length) * TEXT_EM * textM;
    return this.add({ kind: 'label', x, y, width, depth: textM, en, vi });
  }
}

/** The width of a character of the editor's labels (a 600-weight sans), in ems: generous. */
const TEXT_EM = 0.62;

function minimum(hall: Hall, width: number, depth: number) {
  if (hall.widthM < width || hall.depthM < depth) {
    refuse('template-hall-too-small', { width, depth, hallWidth: hall.widthM, hallDepth: hall.depthM });
  }
}

/** Two doors in the back wall, near its corners. */
function backDoors(l: Layout, hall: Hall) {
  const y = hall.depthM - 0.15;
  l.add({ kind: 'door', x: WALL_M + 1, y, width: 1.8, depth: 0.3, en: 'Door 1', vi: 'Cửa 1' });
  l.add({ kind: 'door', x: hall.widthM - WALL_M - 1, y, width: 1.8, depth: 0.3, en: 'Door 2', vi: 'Cửa 2' });
}

/**
 * Rows of `perRow` seats (a multiple of `step`) for `seats` in at most `maxRows` rows: the fewest
 * seats per row whose seating is at least half as wide again as it is deep (the rows near the
 * front, none at a sharp angle to it), or else the fewest that fit.
 */
function rowsFor(seats: number, maxPerRow: number, maxRows: number, step: number, widthOf: (perRow: number) => number) {
  let chosen: { perRow: number; rows: number } | null = null;
  for (let perRow = step; perRow <= maxPerRow; perRow += step) {
    const rows = Math.ceil(seats / perRow);
    if (rows > maxRows) continue;
    chosen ??= { perRow, rows };
    if (1.5 * rows * ROWS.rowSpacingM <= widthOf(perRow)) return { perRow, rows };
  }
  return chosen;
}

/** A plenary: the stage with its screen, the presiding officers' table, flags and a lectern; three blocks of rows facing it. */
export function plenary(hall: Hall, counts: TemplateCounts, ids: IdFactory): LayoutElement[] {
  const { widthM: W, depthM: D } = hall;
  const cx = W / 2;
  const seat = ROWS.seatSpacingM;
  const blockWidth = (perRow: number) => perRow * seat;
  const stageTop = 0.8;
  const stageDepth = 4;
  const frontRow = stageTop + stageDepth + 2.5; // the open floor in front of the stage
  const backLimit = D - WALL_M - 0.3;
  minimum(hall, roundMm(2 * WALL_M + 3 * blockWidth(RUN) + 2 * AISLE_M), roundMm(frontRow + ROWS.rowSpacingM + WALL_M + 0.3));
  const maxPerBlock = Math.min(Math.floor((W - 2 * WALL_M - 2 * AISLE_M) / 3 / seat / RUN) * RUN, Math.floor(BLOCK_MAX / RUN) * RUN);
  const maxRows = Math.min(Math.floor((backLimit - frontRow) / ROWS.rowSpacingM), BLOCK_MAX);
  const capacity = Math.min(3 * maxPerBlock * maxRows, MAX_TEMPLATE_SEATS);
  const seats = counts.seats ?? capacity;
  if (seats > capacity) refuse('template-seats-do-not-fit', { seats, width: W, depth: D, max: capacity });
  const { perRow, rows } = rowsFor(Math.ceil(seats / 3), maxPerBlock, maxRows, RUN, (n) => 3 * blockWidth(n) + 2 * AISLE_M)!;

  const l = new Layout(hall, ids);
  const stageWidth = Math.min(Math.max(W * 0.5, 8), 20, W - 2 * WALL_M);
  l.add({ kind: 'backdrop', x: cx, y: 0.45, width: Math.max(stageWidth - 2, 4), depth: 0.3, en: 'Stage screen', vi: 'Màn hình sân khấu' });
  l.add({ kind: 'stage', x: cx, y: stageTop + stageDepth / 2, width: stageWidth, depth: stageDepth, en: 'Stage', vi: 'Sân khấu' });
  const headSeats = Math.max(3, Math.min(7, Math.floor((stageWidth - 4) / 1.2)));
  const tableWidth = headSeats * 1.2;
  const tableY = stageTop + 2.2;
  l.add({
    kind: 'rect-table', x: cx, y: tableY, width: tableWidth, depth: 0.9, rotation: 180, en: 'Presiding officers’ table', vi: 'Bàn Chủ tọa',
    props: { seatsPerSide: headSeats, sides: 'one', ends: false },
  });
  // The host country's flag on the right as seen from the hall, the other on the left (docs/protocol.md).
  l.add({ kind: 'flag-stand', x: cx + tableWidth / 2 + 0.8, y: stageTop + 0.5, width: 0.5, depth: 0.5, en: 'Flag of the host country', vi: 'Quốc kỳ nước chủ nhà' });
  l.add({ kind: 'flag-stand', x: cx - tableWidth / 2 - 0.8, y: stageTop + 0.5, width: 0.5, depth: 0.5, en: 'Flag', vi: 'Cờ' });
  l.add({ kind: 'lectern', x: cx + tableWidth / 2 + 1.5, y: stageTop + stageDepth - 0.8, rotation: 180, en: 'Speakers’ lectern', vi: 'Bục phát biểu' });
  const pitch = blockWidth(perRow) + AISLE_M;
  const depth = rows * ROWS.rowSpacingM;
  ['A', 'B', 'C'].forEach((letter, i) => {
    l.add({
      kind: 'row-block', x: cx + (i - 1) * pitch, y: frontRow + depth / 2, en: `Block ${letter}`, vi: `Khối ${letter}`,
      props: { rows, seatsPerRow: perRow },
    });
  });
  backDoors(l, hall);
  return l.elements;
}

/** Diameter of a round table for n guests: about 0.85 m of chair ring each (1.8 m for 10), at least 1.2 m. */
export const roundTableDiameter = (n: number) => Math.max(1.2, Math.round((n * 0.85) / Math.PI * 10 - 9) / 10);

/** A banquet: the stage and lectern, the head table (table 1) facing the room, round tables on a grid with service gaps. */
export function banquet(hall: Hall, counts: TemplateCounts, ids: IdFactory): LayoutElement[] {
  const { widthM: W, depthM: D } = hall;
  const cx = W / 2;
  const perTable = counts.perTable ?? DEFAULT_PROPS['round-table'].seatCount;
  const diameter = roundTableDiameter(perTable);
  const reach = diameter / 2 + DEFAULT_SEAT_GAP_M + CHAIR_M; // from a table's centre to its chairs' backs
  const pitch = Math.ceil((2 * reach + SERVICE_M) * 10) / 10;
  const stageDepth = 3;
  const headY = 0.3 + stageDepth + 1.5;
  const firstRow = headY + 0.5 + 2 + reach; // the head table's front edge, an open floor, then the tables
  minimum(hall, roundMm(Math.max(2 * WALL_M + 2 * reach, 8.4)), roundMm(firstRow + reach + WALL_M));
  const cols = Math.floor((W - 2 * WALL_M - 2 * reach) / pitch) + 1;
  const maxRows = Math.floor((D - WALL_M - reach - firstRow) / pitch) + 1;
  const capacity = Math.min(cols * maxRows, MAX_TEMPLATE_TABLES);
  const tables = counts.tables ?? capacity;
  if (tables > capacity) refuse('template-tables-do-not-fit', { tables, perTable, width: W, depth: D, max: capacity });

  const l = new Layout(hall, ids);
  const stageWidth = Math.min(Math.max(W * 0.3, 6), 14, W - 2 * WALL_M);
  l.add({ kind: 'stage', x: cx, y: 0.3 + stageDepth / 2, width: stageWidth, depth: stageDepth, en: 'Stage', vi: 'Sân khấu' });
  l.add({ kind: 'lectern', x: cx + stageWidth / 2 - 1, y: 0.3 + stageDepth - 0.8, rotation: 180, en: 'Lectern', vi: 'Bục phát biểu' });
  const headSeats = Math.max(3, Math.min(10, Math.floor(W - 2 * WALL_M - 2)));
  l.add({
    kind: 'rect-table', x: cx, y: headY, width: headSeats, depth: 1, rotation: 180, number: 1, en: 'Head table', vi: 'Bàn danh dự',
    props: { seatsPerSide: headSeats, sides: 'one', ends: false, headTable: true },
  });
  // Tables 2, 3… by honour: row by row from the head table; in a row from the centre outwards,
  // the host's right first (the host faces the room, so the host's right is the left of the plan).
  const mid = (cols - 1) / 2;
  const byHonour = Array.from({ length: cols }, (_, c) => c).sort((a, b) => Math.abs(a - mid) - Math.abs(b - mid) || a - b);
  for (let k = 0; k < tables; k++) {
    const row = Math.floor(k / cols);
    const col = byHonour[k % cols]!;
    const number = k + 2;
    l.add({
      kind: 'round-table', x: cx + (col - mid) * pitch, y: firstRow + row * pitch, width: diameter, depth: diameter, number,
      en: `Table ${number}`, vi: `Bàn ${number}`, props: { seatCount: perTable },
    });
  }
  backDoors(l, hall);
  return l.elements;
}

/** A signing room: the backdrop, a flag behind each signing chair, the signing table, the master of ceremonies' lectern, witnesses' rows facing the table, the press at the back. */
export function signing(hall: Hall, counts: TemplateCounts, ids: IdFactory): LayoutElement[] {
  const { widthM: W, depthM: D } = hall;
  const cx = W / 2;
  const signers = counts.signers ?? DEFAULT_PROPS['signing-table'].chairs;
  const tableWidth = Math.max(2.4, signers * 1.2);
  const tableY = 2.7;
  const frontRow = tableY + 0.45 + 3.5; // the ceremony's floor and the cameras' line in front of the table
  const pressDepth = 2.5;
  const rowsEnd = D - WALL_M - pressDepth - 0.8;
  const seat = ROWS.seatSpacingM;
  const rowWidth = (perRow: number) => perRow * seat + AISLE_M; // two halves and a centre aisle
  minimum(hall, roundMm(Math.max(2 * WALL_M + tableWidth + 5.2, 2 * WALL_M + rowWidth(4), 12)), roundMm(frontRow + ROWS.rowSpacingM + 0.8 + pressDepth + WALL_M));
  const maxPerRow = Math.min(Math.floor((W - 2 * WALL_M - AISLE_M) / seat / 2) * 2, BLOCK_MAX);
  const maxRows = Math.min(Math.floor((rowsEnd - frontRow) / ROWS.rowSpacingM), BLOCK_MAX);
  const capacity = Math.min(maxPerRow * maxRows, MAX_TEMPLATE_SEATS);
  const seats = counts.seats ?? capacity;
  if (seats > capacity) refuse('template-seats-do-not-fit', { seats, width: W, depth: D, max: capacity });
  const { perRow, rows } = rowsFor(seats, maxPerRow, maxRows, 2, rowWidth)!;

  const l = new Layout(hall, ids);
  l.add({ kind: 'backdrop', x: cx, y: 0.45, width: Math.min(W - 2 * WALL_M, Math.max(tableWidth + 2, 8)), depth: 0.3, en: 'Backdrop', vi: 'Phông nền' });
  for (let i = 0; i < signers; i++) {
    // Chair 1, the host's, on the signers' right (the left of the plan as the room sees them).
    const x = cx - tableWidth / 2 + ((i + 0.5) * tableWidth) / signers;
    l.add({ kind: 'flag-stand', x, y: tableY - 1.6, width: 0.5, depth: 0.5, en: 'Flag', vi: 'Cờ' });
  }
  l.add({ kind: 'signing-table', x: cx, y: tableY, width: tableWidth, depth: 0.9, rotation: 180, number: 1, en: 'Signing table', vi: 'Bàn ký', props: { chairs: signers } });
  l.add({ kind: 'lectern', x: cx + tableWidth / 2 + 2, y: tableY, rotation: 180, en: 'Master of ceremonies', vi: 'Bục người dẫn chương trình' });
  l.add({
    kind: 'row-block', x: cx, y: frontRow + (rows * ROWS.rowSpacingM) / 2, en: 'Witnesses', vi: 'Khách chứng kiến',
    props: { rows, seatsPerRow: perRow, aisleEvery: perRow / 2, aisleWidthM: AISLE_M },
  });
  l.add({ kind: 'press-zone', x: cx, y: D - WALL_M - pressDepth / 2, width: Math.min(12, W - 8), depth: pressDepth, en: 'Press', vi: 'Khu vực báo chí' });
  l.add({ kind: 'door', x: W - WALL_M - 1, y: D - 0.15, width: 1.8, depth: 0.3, en: 'Door', vi: 'Cửa ra vào' });
  return l.elements;
}

/**
 * A welcome area, top to bottom along the route of an official welcome (the venue points of an
 * arrival sequence are placed on these): the entrance, the photo backdrop and position with the
 * flags, the greeting point, the red carpet between two lines of the honour guard, the drop-off
 * and the motorcade lane; the press beside the carpet and the holding room with its door.
 */
export function welcome(hall: Hall, _counts: TemplateCounts, ids: IdFactory): LayoutElement[] {
  const { widthM: W, depthM: D } = hall;
  minimum(hall, 30, 20);
  const cx = W / 2;
  const l = new Layout(hall, ids);
  l.add({ kind: 'door', x: cx, y: 0.15, width: 4, depth: 0.3, en: 'Main entrance', vi: 'Cửa chính' });
  l.add({ kind: 'backdrop', x: cx, y: 1.5, width: 6, depth: 0.4, en: 'Photo backdrop', vi: 'Phông chụp ảnh' });
  l.text(cx, 2.6, 0.6, 'Photo position', 'Vị trí chụp ảnh');
  l.add({ kind: 'flag-stand', x: cx + 3.6, y: 2.6, width: 0.6, depth: 0.6, en: 'Flag of the host country', vi: 'Quốc kỳ nước chủ nhà' });
  l.add({ kind: 'flag-stand', x: cx - 3.6, y: 2.6, width: 0.6, depth: 0.6, en: 'Flag', vi: 'Cờ' });
  l.text(cx, 4.5, 0.6, 'Greeting point', 'Vị trí đón');
  const carpetTop = 5.3;
  const carpetEnd = D - 6.5;
  const carpetY = (carpetTop + carpetEnd) / 2;
  const carpet = carpetEnd - carpetTop;
  l.add({ kind: 'red-carpet', x: cx, y: carpetY, width: 2.5, depth: carpet, en: 'Red carpet', vi: 'Thảm đỏ' });
  // The honour guard lines the carpet: a strip on each side nobody else walks into.
  l.add({ kind: 'no-go', x: cx - 2.75, y: carpetY, width: 0.8, depth: carpet - 2, en: 'Honour guard', vi: 'Đội danh dự' });
  l.add({ kind: 'no-go', x: cx + 2.75, y: carpetY, width: 0.8, depth: carpet - 2, en: 'Honour guard', vi: 'Đội danh dự' });
  l.text(cx, D - 4, 1, 'Drop-off', 'Điểm xuống xe');
  l.add({ kind: 'no-go', x: cx, y: D - 0.9, width: W - 4, depth: 1.8, en: 'Motorcade lane: keep clear', vi: 'Làn xe đoàn: không dừng đỗ' });
  l.add({ kind: 'press-zone', x: cx + 6, y: carpetY, width: 4, depth: Math.min(10, carpet - 2), en: 'Press', vi: 'Khu vực báo chí' });
  const roomLeft = cx + 9.5;
  const roomWidth = Math.min(12, W - 1 - roomLeft);
  const roomText = Math.min(1, roomWidth / (12 * TEXT_EM));
  l.text(roomLeft + roomWidth / 2, 3, roomText, 'Holding room', 'Phòng chờ');
  l.add({ kind: 'door', x: roomLeft - 0.2, y: 3, width: 1.8, depth: 0.3, rotation: 90, en: 'Holding room door', vi: 'Cửa phòng chờ' });
  return l.elements;
}
