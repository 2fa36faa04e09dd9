import type { Draft } from 'immer';
import type { Command } from '../document/history';
import type { IdFactory } from '../ids';
import type { EventDocument } from '../model/collections';
import type { LayoutElement } from '../model/entities';
import { elementOrThrow, ensureValid, hallElements, noIds, plain, SeatIndex, syncSeats } from './command-draft';
import { compareZ } from './geometry';
import { hallFront } from './hall-front';
import { isTableKind, RowNumbering, TableNumbering } from './props';
import { seatSpecs } from './seats';
import { LayoutProblemsError } from './validation';

/**
 * Numbers the tables of a hall 1, 2, 3...: head tables
 * (`props.headTable === true`) first, then row by row from the front of the hall (the wall nearest
 * to the largest stage; the top of the plan without a stage), each row left to right as seen by
 * people facing the front. A label still reading "Table N" / "Bàn N" follows its new number.
 */
export const renumberTables: Command<{ hallId: string }> = {
  id: 'layout/renumber-tables',
  run(draft, { hallId }) {
    const front = hallFront(draft as EventDocument, hallId);
    const tables = hallElements(draft, hallId).filter((e) => isTableKind(e.kind));
    // u: left to right for people facing the front; v: distance from the front.
    const frame = (e: LayoutElement) =>
      front === 'top' ? { u: e.x, v: e.y } : front === 'bottom' ? { u: -e.x, v: -e.y } : front === 'left' ? { u: -e.y, v: e.x } : { u: e.y, v: -e.x };
    const inRows = (list: Draft<LayoutElement>[]) => {
      const sorted = list.map((e) => ({ e, ...frame(e) })).sort((a, b) => a.v - b.v || a.u - b.u || compareZ(a.e, b.e));
      const rows: (typeof sorted)[] = [];
      for (const t of sorted) {
        const row = rows.at(-1);
        const first = row?.[0];
        const tolerance = first ? Math.max(0.5, Math.min(first.e.width, first.e.depth) / 2) : 0;
        if (row && first && t.v - first.v <= tolerance) row.push(t);
        else rows.push([t]);
      }
      return rows.flatMap((row) => row.sort((a, b) => a.u - b.u || compareZ(a.e, b.e)).map((t) => t.e));
    };
    const heads = tables.filter((e) => e.props.headTable === true);
    const ordered = [...inRows(heads), ...inRows(tables.filter((e) => e.props.headTable !== true))];
    ordered.forEach((e, i) => {
      const n = i + 1;
      if (e.number === n) return;
      if (e.number !== null && e.labelEn === `Table ${e.number}`) e.labelEn = `Table ${n}`;
      if (e.number !== null && e.labelVi === `Bàn ${e.number}`) e.labelVi = `Bàn ${n}`;
      e.number = n;
    });
  },
};

/**
 * Moves a table's host (place of honour) to the chair now labelled `seatLabel`. Labels are
 * numbered from the host, so the chairs are renumbered; assignments follow their labels, so the
 * whole table's seating turns with its host (the host stays the host, the guest on the host's
 * right stays there).
 */
export const moveTableHost: Command<{ elementId: string; seatLabel: string }> = {
  id: 'layout/move-table-host',
  run(draft, { elementId, seatLabel }) {
    const e = elementOrThrow(draft, elementId);
    if (!isTableKind(e.kind)) throw new LayoutProblemsError([{ field: 'props.hostSeat', key: 'notATable', params: {} }]);
    const before = plain(e);
    const spec = seatSpecs(before).find((s) => s.label === seatLabel);
    if (!spec) throw new LayoutProblemsError([{ field: 'props.hostSeat', key: 'noSuchSeat', params: { label: seatLabel } }]);
    if (spec.isTableHost) return;
    const { hostSeat: _old, ...rest } = before.props;
    const props = spec.position === 0 ? rest : { ...rest, hostSeat: spec.position };
    e.props = props;
    syncSeats(draft, new SeatIndex(draft), { ...before, props }, noIds);
  },
};

export type Numbering = TableNumbering | RowNumbering;

/**
 * Changes the numbering scheme of a table ('clockwise', 'odd-even-from-host') or a row block
 * ('left-to-right', 'odd-even-from-centre'). Renames chairs: every chair keeps its id, its flags and
 * whoever is seated on it.
 */
export const setNumbering: Command<{ elementId: string; numbering: Numbering; ids: IdFactory }> = {
  id: 'layout/set-numbering',
  run(draft, { elementId, numbering, ids }) {
    const e = elementOrThrow(draft, elementId);
    const before = plain(e);
    const schema = isTableKind(before.kind) ? TableNumbering : before.kind === 'row-block' ? RowNumbering : null;
    if (!schema || !schema.safeParse(numbering).success) {
      throw new LayoutProblemsError([
        { field: 'props.numbering', key: 'invalidOption', params: { options: schema ? schema.options.join(', ') : '—' } },
      ]);
    }
    if (before.props.numbering === numbering) return;
    const next: LayoutElement = { ...before, props: { ...before.props, numbering } };
    ensureValid(next);
    e.props = next.props;
    syncSeats(draft, new SeatIndex(draft), next, ids, { position: before });
  },
};
