import { EventBuilder } from './seating-fixtures';

/** The guests, all heads of state; Kenya is drawn and does not attend. */
export const LOT_GUESTS = ['ALB', 'BRA', 'FRA', 'JPN', 'LBN', 'ZMB'];
/** The order by hand: Viet Nam (the host country), then from the name after Kenya, then from A. */
export const LOT_ORDER = ['VNM', 'LBN', 'ZMB', 'ALB', 'BRA', 'FRA', 'JPN'];

/**
 * An event whose lot, Kenya, drawn elsewhere, is recorded by its code only (as files did before
 * the lot kept its names), with a plenary of 7 desks seated by blocks, row by row.
 */
export function codeOnlyLotEvent() {
  const b = new EventBuilder();
  const rules = Object.values(b.doc.settings).find((s) => s.key === 'precedence.rules')!;
  b.doc.settings[rules.id] = { ...rules, value: { ...(rules.value as object), lot: { iso3: 'KEN', drawnAt: null, drawnBy: '', source: 'drawn-elsewhere' } } };
  b.delegation({ iso3: 'VNM' });
  for (const iso3 of LOT_GUESTS) b.delegation({ iso3, rank: 'head-of-state' });
  const hall = b.hall('plenary', { strategy: 'blocks', blocksOrder: 'row-by-row' });
  const seats = b.element(hall, 'desk-block', { x: 10, y: 10 }, { desks: 7, deskRows: 1, seatsAtDesk: 3, seatsBehind: 3, deskWidthM: 2.1, rowSpacingM: 1.1 }, 'States');
  // Each desk's head seat ("1-2" … "7-2"), desk 1 first.
  const heads = seats.filter((s) => s.label.endsWith('-2')).sort((x, y) => parseInt(x.label) - parseInt(y.label));
  return { doc: b.doc, hall, heads };
}
