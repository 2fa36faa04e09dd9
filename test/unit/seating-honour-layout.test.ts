/**
 * The seats' order of honour is kept per layout (shared/seating/honour.ts): after an edit of
 * people it is the same order, not sorted again; after an edit of the layout or of the hall's
 * settings it is the new one — never an order left over from before the edit.
 */
import { describe, expect, it } from 'vitest';
import { updateEntity } from '../../shared/document/commands';
import { emptyHistory, execute } from '../../shared/document/history';
import type { EventDocument } from '../../shared/model/collections';
import { hallHonour, seatingSettingRow } from '../../shared/seating';
import { EventBuilder } from './seating-fixtures';

function plenary() {
  const b = new EventBuilder(3);
  const france = b.delegation({ iso3: 'FRA', rank: 'head-of-state', members: 1 });
  b.delegation({ iso3: 'PER', rank: 'head-of-state', members: 1 });
  const hall = b.hall('plenary', { strategy: 'blocks', seatsPerDelegation: 2, orderBy: 'precedence' });
  const seats = b.element(hall, 'row-block', { x: 20, y: 10 }, { rows: 2, seatsPerRow: 6, seatSpacingM: 0.6, rowSpacingM: 1, firstRowLetter: 'A', numbering: 'left-to-right' });
  // Frozen, as every document an edit produces is (immer).
  const doc = execute(b.doc, emptyHistory(), updateEntity, { collection: 'people', id: france.head.id, fields: { titleEn: 'President' } })!.document;
  return { doc, hall, seats, france };
}
const edit = (doc: EventDocument, collection: 'people' | 'seats', id: string, fields: object) =>
  execute(doc, emptyHistory(), updateEntity, { collection, id, fields })!.document;
const order = (doc: EventDocument, hallId: string) => hallHonour(doc, hallId).units.map((u) => u.seats.map((s) => s.id));

describe('the order of honour of a hall’s seats, kept per layout', () => {
  it('is kept after an edit of people, and follows the people’s new precedence', () => {
    const { doc, hall, france } = plenary();
    const before = hallHonour(doc, hall.id);
    const after = edit(doc, 'people', france.head.id, { rank: 'minister' });
    const honour = hallHonour(after, hall.id);
    expect(honour.units).toBe(before.units);
    expect(honour.guests[0]!.delegation.iso3).toBe('PER'); // France's head is now a minister
  });

  it('leaves out a seat blocked by an edit, and takes it back when unblocked', () => {
    const { doc, hall, seats } = plenary();
    const first = order(doc, hall.id)[0]![0]!;
    expect(seats.map((s) => s.id)).toContain(first);
    const blocked = edit(doc, 'seats', first, { blocked: true });
    expect(order(blocked, hall.id).flat()).not.toContain(first);
    expect(order(edit(blocked, 'seats', first, { blocked: false }), hall.id)).toEqual(order(doc, hall.id));
  });

  it('follows a change of the hall’s settings: runs of three seats instead of two', () => {
    const { doc, hall } = plenary();
    expect(order(doc, hall.id)[0]).toHaveLength(2);
    const row = seatingSettingRow(doc, hall.id, { strategy: 'blocks', seatsPerDelegation: 3, orderBy: 'precedence' }, () => 'new-setting');
    const next = execute(doc, emptyHistory(), updateEntity, { collection: 'settings', id: row.id, fields: { value: row.value } })!.document;
    expect(order(next, hall.id)[0]).toHaveLength(3);
  });
});
