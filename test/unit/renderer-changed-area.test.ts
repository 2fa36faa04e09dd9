import { describe, expect, it } from 'vitest';
import { changedArea, type ElementsShown } from '../../renderer/src/halls/editor/changed-area';
import type { LayoutElement, Seat } from '../../shared/model/entities';

// The region the hall canvas repaints after a change of the document, instead of every seat.
const el = (id: string, x: number, y: number): LayoutElement =>
  ({ id, hallId: 'h', kind: 'round-table', x, y, rotation: 0, width: 2, depth: 2, number: 1, labelEn: '', labelVi: '', locked: false, zIndex: id, groupId: null, props: { seatCount: 1 } }) as LayoutElement;
const seat = (id: string, elementId: string, x: number, y: number): Seat => ({ id, elementId, hallId: 'h', x, y, label: id, rotation: 0, order: 0, isTableHost: false }) as Seat;
const boundsOf = (e: LayoutElement) => ({ x: e.x - e.width / 2, y: e.y - e.depth / 2, width: e.width, height: e.depth });

const a = el('a', 5, 5);
const b = el('b', 20, 20);
const seatsA = [seat('s1', 'a', 5, 4)];
const seatsB = [seat('s2', 'b', 20, 19)];
const before: ElementsShown = { byId: new Map([['a', a], ['b', b]]), seats: new Map([['a', seatsA], ['b', seatsB]]), lifted: [] };

describe('changedArea: what a change repaints on the hall canvas', () => {
  it('nothing when the same rows are shown (new arrays of the same seats included)', () => {
    expect(changedArea(before, { byId: new Map(before.byId), seats: new Map([['a', [...seatsA]], ['b', [...seatsB]]]) }, boundsOf)).toBeNull();
  });

  it('a moved table: where it was and where it is, not the rest of the hall', () => {
    const moved = el('a', 5, 13);
    const area = changedArea(before, { byId: new Map([['a', moved], ['b', b]]), seats: new Map([['a', [seat('s1', 'a', 5, 12)]], ['b', seatsB]]) }, boundsOf);
    expect(area).toEqual({ x: 4, y: 4, width: 2, height: 10 });
  });

  it('a seat changed under an unchanged element, an element added or removed, a lifted element', () => {
    expect(changedArea(before, { byId: before.byId, seats: new Map([['a', [seat('s1', 'a', 5, 4)]], ['b', seatsB]]) }, boundsOf)).toEqual(boundsOf(a));
    const c = el('c', 40, 40);
    expect(changedArea(before, { byId: new Map([['a', a], ['b', b], ['c', c]]), seats: before.seats }, boundsOf)).toEqual(boundsOf(c));
    expect(changedArea(before, { byId: new Map([['a', a]]), seats: before.seats }, boundsOf)).toEqual(boundsOf(b));
    expect(changedArea({ ...before, lifted: ['b'] }, before, boundsOf)).toEqual(boundsOf(b));
  });
});
