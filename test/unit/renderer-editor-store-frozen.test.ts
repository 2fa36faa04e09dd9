import { describe, expect, it } from 'vitest';
import { EditorStore } from '../../renderer/src/document/store';
import { moveElements } from '../../shared/layout/element-commands';
import { benchDocument } from '../bench/scene';

// The document store freezes the document once, as it arrives: an unfrozen document made its
// first edit (the drop of a dragged table) walk and freeze every row of the event in that frame.
describe('document store: the document is frozen as it arrives', () => {
  it('every row is frozen before any edit, and a move leaves the untouched rows as they were', () => {
    const { document, tableId, firstBlockId } = benchDocument(1000);
    const store = new EditorStore({ document, apply: async () => ({ ok: true, value: { savedAt: 'now' } }) });
    const loaded = store.getDocument();
    const aSeat = Object.values(loaded.seats).find((s) => s.elementId === firstBlockId)!;
    expect(Object.isFrozen(loaded.seats)).toBe(true);
    expect(Object.isFrozen(aSeat)).toBe(true);
    expect(Object.isFrozen(loaded.elements[firstBlockId]!.props)).toBe(true);
    expect(store.dispatch(moveElements, { ids: [tableId], dx: 0, dy: 8 })).toBe(true);
    const moved = store.getDocument();
    expect(moved.elements[tableId]!.y).toBe(10);
    // Structural sharing: the block and its seats are the very rows loaded.
    expect(moved.elements[firstBlockId]).toBe(loaded.elements[firstBlockId]);
    expect(moved.seats[aSeat.id]).toBe(aSeat);
  });
});
