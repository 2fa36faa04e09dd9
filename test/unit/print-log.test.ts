import { describe, expect, it } from 'vitest';
import { EditorStore, type ApplyFn } from '../../renderer/src/document/store';
import { appendPrintLog, PRINT_LOG_KEY, readPrintLog, type PrintLogEntry } from '../../renderer/src/printing/printLog';
import { putSetting } from '../../shared/document/settings';
import type { Changes } from '../../shared/model/collections';
import { seededIds } from '../../shared/ids';
import { SAMPLE_SEED, buildSampleDocument } from '../../shared/sample/hanoi2025';
import { referenceData } from '../../resources/reference/load';
import { unseat } from '../../shared/seating/commands';

/**
 * Recording a print is not an undo step: the print log says what is on paper, which no undo can
 * take back. The Printing screen records it with EditorStore.record: saved like any edit, but
 * the undo and redo stacks are left as they were.
 */
describe('the print log and undo', () => {
  const doc = buildSampleDocument(referenceData, seededIds(SAMPLE_SEED));
  const banquet = Object.values(doc.halls).find((h) => h.kind === 'banquet')!;
  const seated = Object.values(doc.assignments).find((a) => a.hallId === banquet.id)!;
  const entry = (revision: number): PrintLogEntry => ({
    kind: 'place-card', hallId: banquet.id, at: '2025-10-25T08:00:00.000Z', status: 'draft', revision, action: 'pdf', items: [{ id: seated.personId, hash: 'abcd1234' }],
  });
  const newStore = () => {
    const sent: Changes[] = [];
    const apply: ApplyFn = async (changes) => {
      sent.push(changes);
      return { ok: true, value: { savedAt: '2025-10-25T08:00:00.000Z' } };
    };
    return { store: new EditorStore({ document: structuredClone(doc), apply }), sent };
  };
  const record = (store: EditorStore, revision: number) =>
    store.record(putSetting, { key: PRINT_LOG_KEY, value: appendPrintLog(store.getDocument(), entry(revision)), newId: `log-${revision}` });
  const isSeated = (store: EditorStore) => Object.values(store.getDocument().assignments).some((a) => a.personId === seated.personId && a.hallId === banquet.id);

  it('undoing a seat change made before a print leaves the print recorded; redo too', async () => {
    const { store, sent } = newStore();
    expect(store.dispatch(unseat, { hallId: banquet.id, personId: seated.personId })).toBe(true);
    expect(record(store, 1)).toBe(true);
    await store.whenIdle();
    // Saved like any edit: the log's row was sent to main.
    expect(sent.at(-1)!.upserts.settings?.map((s) => s.key)).toEqual([PRINT_LOG_KEY]);
    // One undo step: the seat change. The print added none.
    expect(store.getSnapshot().history.past).toHaveLength(1);

    expect(store.undo()).toBe(true);
    expect(isSeated(store)).toBe(true);
    expect(readPrintLog(store.getDocument()).map((e) => e.revision)).toEqual([1]);
    expect(store.getSnapshot().canUndo).toBe(false); // nothing else to undo: the print is not a step

    expect(store.redo()).toBe(true);
    expect(isSeated(store)).toBe(false);
    expect(readPrintLog(store.getDocument()).map((e) => e.revision)).toEqual([1]);
  });

  it('a print between an undo and a redo does not clear the redo', async () => {
    const { store } = newStore();
    store.dispatch(unseat, { hallId: banquet.id, personId: seated.personId });
    store.undo();
    expect(store.getSnapshot().canRedo).toBe(true);
    record(store, 1);
    record(store, 2);
    expect(store.getSnapshot().canRedo).toBe(true);
    expect(store.redo()).toBe(true);
    expect(isSeated(store)).toBe(false);
    expect(readPrintLog(store.getDocument()).map((e) => e.revision)).toEqual([1, 2]);
    await store.whenIdle();
    expect(store.getSnapshot().saveStatus.kind).toBe('saved');
  });
});
