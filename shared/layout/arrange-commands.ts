import type { Command } from '../document/history';
import { hallElements, pick, place, plain, SeatIndex } from './command-draft';
import { unionRects, type Rect } from '../rect';
import { compareZ, elementBodyBounds } from './geometry';
import { keyBetween, spreadKeys } from './paint-order';

// Arranging a selection: aligned, spaced evenly, brought to the front or sent to the back.

export type AlignEdge = 'left' | 'centre-x' | 'right' | 'top' | 'centre-y' | 'bottom';

/** Aligns the bodies (without seats) of elements on the selection's edge or centre line; locked ones stay but count. */
export const alignElements: Command<{ ids: string[]; edge: AlignEdge }> = {
  id: 'layout/align-elements',
  run(draft, { ids, edge }) {
    const list = pick(draft, ids);
    if (list.length < 2) return;
    const boxes = list.map((e) => elementBodyBounds(plain(e)));
    const all = unionRects(boxes)!;
    const index = new SeatIndex(draft);
    const horizontal = edge === 'left' || edge === 'centre-x' || edge === 'right';
    const at = (r: Rect) =>
      edge === 'left' ? r.x : edge === 'right' ? r.x + r.width : edge === 'centre-x' ? r.x + r.width / 2
        : edge === 'top' ? r.y : edge === 'bottom' ? r.y + r.height : r.y + r.height / 2;
    const target = at(all);
    list.forEach((e, i) => {
      if (e.locked) return;
      const delta = target - at(boxes[i]!);
      place(draft, index, e, e.x + (horizontal ? delta : 0), e.y + (horizontal ? 0 : delta), e.rotation);
    });
  },
};

/** Spaces elements evenly (equal gaps between their bodies) along an axis; the outermost two stay. */
export const distributeElements: Command<{ ids: string[]; axis: 'x' | 'y' }> = {
  id: 'layout/distribute-elements',
  run(draft, { ids, axis }) {
    const list = pick(draft, ids).map((e) => ({ e, box: elementBodyBounds(plain(e)) }));
    if (list.length < 3) return;
    const lo = (r: Rect) => (axis === 'x' ? r.x : r.y);
    const size = (r: Rect) => (axis === 'x' ? r.width : r.height);
    list.sort((a, b) => lo(a.box) + size(a.box) / 2 - (lo(b.box) + size(b.box) / 2) || compareZ(a.e, b.e));
    const first = list[0]!.box;
    const last = list.at(-1)!.box;
    const gap = (lo(last) + size(last) - lo(first) - list.reduce((n, { box }) => n + size(box), 0)) / (list.length - 1);
    const index = new SeatIndex(draft);
    let cursor = lo(first) + size(first) + gap;
    for (const { e, box } of list.slice(1, -1)) {
      const delta = cursor - lo(box);
      if (!e.locked) place(draft, index, e, e.x + (axis === 'x' ? delta : 0), e.y + (axis === 'y' ? delta : 0), e.rotation);
      cursor += size(box) + gap;
    }
  },
};

/** Brings elements to the front or sends them to the back of their hall, keeping their own order. */
export const reorderElements: Command<{ ids: string[]; to: 'front' | 'back' }> = {
  id: 'layout/reorder-elements',
  run(draft, { ids, to }) {
    const selected = pick(draft, ids);
    for (const hallId of new Set(selected.map((e) => e.hallId))) {
      const mine = selected.filter((e) => e.hallId === hallId);
      const all = hallElements(draft, hallId).sort(compareZ);
      const ends = to === 'front' ? all.slice(all.length - mine.length) : all.slice(0, mine.length);
      if (ends.every((e, i) => e.id === mine[i]!.id)) continue; // already there
      const others = all.filter((e) => !mine.includes(e));
      let keys: (string | null)[] = [];
      if (to === 'front') {
        let k: string | null = others.at(-1)?.zIndex ?? null;
        keys = mine.map(() => (k = k === null && others.length > 0 ? null : keyBetween(k, null)));
      } else {
        let k: string | null = others[0]?.zIndex ?? null;
        keys = [...mine].reverse().map(() => (k = k === null && others.length > 0 ? null : keyBetween(null, k))).reverse();
      }
      if (keys.every((k) => k !== null)) {
        mine.forEach((e, i) => (e.zIndex = keys[i]!));
      } else {
        const order = to === 'front' ? [...others, ...mine] : [...mine, ...others];
        spreadKeys(order.length).forEach((k, i) => {
          if (order[i]!.zIndex !== k) order[i]!.zIndex = k;
        });
      }
    }
  },
};
