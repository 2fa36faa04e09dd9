import { blankDocument } from '../../shared/document/blank';
import { seededIds } from '../../shared/ids';
import { generateSeats } from '../../shared/layout/seats';
import { elementProblems } from '../../shared/layout/validation';
import type { EventDocument } from '../../shared/model/collections';
import type { LayoutElement } from '../../shared/model/entities';

/**
 * A benchmark hall of about `seatCount` seats: theatre blocks of 20 rows × 25 seats (500 seats,
 * labelled A1...) laid out in a grid, as a plenary is. Deterministic, so runs compare.
 */
export type BenchScene = { document: EventDocument; hallId: string; tableId: string; firstBlockId: string };

export function benchDocument(seatCount: number): BenchScene {
  const ids = seededIds(seatCount);
  const document = blankDocument(ids, '2025-10-25');
  const blocks = Math.ceil(seatCount / 500);
  const columns = Math.ceil(Math.sqrt(blocks));
  const hallId = ids();
  const blockW = 14;
  const blockD = 18;
  document.halls[hallId] = {
    id: hallId,
    nameEn: `Benchmark hall ${seatCount}`,
    nameVi: `Hội trường thử ${seatCount}`,
    kind: 'plenary',
    widthM: columns * (blockW + 4) + 8,
    depthM: Math.ceil(blocks / columns) * (blockD + 4) + 8,
    sortKey: 'a0',
    gridM: 1,
    snap: true,
    backgroundAssetId: null,
    backgroundX: 0,
    backgroundY: 0,
    backgroundScale: 1,
    backgroundOpacity: 0.5,
    backgroundLocked: true,
  };
  // One round table of 10 in the front margin: the element the "drag a table" gesture moves.
  const tableId = ids();
  const table: LayoutElement = {
    id: tableId, hallId, kind: 'round-table', x: 2, y: 2, rotation: 0, width: 1.8, depth: 1.8, number: 1,
    labelEn: '', labelVi: '', locked: false, zIndex: 'Z', groupId: null, props: { seatCount: 10 },
  };
  document.elements[tableId] = table;
  for (const seat of generateSeats(table, ids)) document.seats[seat.id] = seat;
  let firstBlockId = '';
  for (let b = 0; b < blocks; b++) {
    const id = ids();
    if (b === 0) firstBlockId = id;
    const element: LayoutElement = {
      id,
      hallId,
      kind: 'row-block',
      x: 4 + (b % columns) * (blockW + 4) + blockW / 2,
      y: 4 + Math.floor(b / columns) * (blockD + 4) + blockD / 2,
      rotation: 0,
      width: blockW,
      depth: blockD,
      number: null,
      labelEn: `Block ${b + 1}`,
      labelVi: `Khối ${b + 1}`,
      locked: false,
      zIndex: `a${b.toString(36).padStart(3, '0')}`,
      groupId: null,
      props: { rows: 20, seatsPerRow: 25, seatSpacingM: 0.55, rowSpacingM: 0.9, firstRowLetter: 'A', numbering: 'left-to-right' },
    };
    document.elements[id] = element;
    for (const seat of generateSeats(element, ids)) document.seats[seat.id] = seat;
  }
  // A benchmark on an invalid hall would measure refusals, not drawing.
  for (const element of Object.values(document.elements)) {
    const problems = elementProblems(element);
    if (problems.length) throw new Error(`bench element ${element.kind} is invalid: ${JSON.stringify(problems)}`);
  }
  return { document, hallId, tableId, firstBlockId };
}
