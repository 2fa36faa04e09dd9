/**
 * Every undo step says what it did, in both languages, and where: the labels of every command
 * kind (a new kind in the code without one fails here), the seat count of a re-seat as its diff
 * says it, the generic label of a kind nobody labelled, and the store's record of the last undo.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { seededIds } from '../../shared/ids';
import { buildSampleDocument } from '../../shared/sample/hanoi2025';
import { applySeating, diffSeating, planSeating, unseat } from '../../shared/seating';
import { execute, emptyHistory, undo, type Command, type Describe } from '../../shared/document/history';
import { updateEntity } from '../../shared/document/commands';
import { moveElements } from '../../shared/layout/element-commands';
import { EditorStore } from '../../renderer/src/document/store';
import { describeEdit, labelledKinds, type Where } from '../../renderer/src/document/labels';
import { historyUi, moveText, noteLabel } from '../../renderer/src/i18n/history';
import { sourceFiles } from './source-files';

const doc = buildSampleDocument(referenceData, seededIds(2025));
const banquet = Object.values(doc.halls).find((h) => h.nameEn === 'Banquet Hall')!;
const where: Where = { view: 'seating', hallId: banquet.id, sequenceId: null, delegationId: null };
const describeHere: Describe = (command, args, before, after, patches) => describeEdit(command, args, { before, after }, patches, where);

/** Source files of the app that may define commands (tests and declarations aside). */

/** The kinds (Command.id) of every command exported anywhere in shared/ and renderer/src/. */
async function commandKindsInCode(): Promise<string[]> {
  const kinds = new Set<string>();
  for (const { path: file } of sourceFiles(['shared', 'renderer/src'], /(?<!\.d)\.tsx?$/)) {
    if (!/:\s*Command</.test(readFileSync(file, 'utf8'))) continue;
    const module = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      const c = value as Partial<Command<unknown>> | null;
      if (c && typeof c === 'object' && typeof c.id === 'string' && typeof c.run === 'function') kinds.add(c.id);
    }
  }
  return [...kinds].sort();
}

describe('labels of undo steps', () => {
  test('every command kind in the code has a label of its own: a new kind without one fails here', async () => {
    const inCode = await commandKindsInCode();
    const missing = inCode.filter((kind) => !labelledKinds().includes(kind));
    expect(missing, 'give these kinds a label in renderer/src/document/labels.ts').toEqual([]);
    // The kinds known today, so that a label left for a removed kind is noticed too.
    expect(labelledKinds().sort()).toEqual(inCode);
    expect(inCode).toEqual(expect.arrayContaining(['seating/apply', 'entity/update', 'layout/move-elements', 'arrival/apply', 'delegations/import']));
  });

  test('every label exists in both languages, differs between them, and fills every placeholder it has', () => {
    for (const key of Object.keys(historyUi.en) as (keyof typeof historyUi.en)[]) {
      const params = { what: 'x', subject: { en: 'S', vi: 'S' }, hall: { en: 'H', vi: 'H' }, person: { en: 'P', vi: 'P' }, delegation: { en: 'D', vi: 'D' }, sequence: { en: 'Q', vi: 'Q' }, element: { en: 'E', vi: 'E' }, count: 2, number: 3 };
      const en = noteLabel({ key, params }, 'en');
      const vi = noteLabel({ key, params }, 'vi');
      expect(en, key).not.toMatch(/[{}]/);
      expect(vi, key).not.toMatch(/[{}]/);
      expect(vi, key).not.toBe(en);
    }
  });

  test('a re-seat of the banquet says its hall and as many moves as its diff, in English and Vietnamese', () => {
    // Three guests lose their seats (a late change); seating the hall again puts them back.
    let before = doc;
    const seated = Object.values(doc.assignments).filter((a) => a.hallId === banquet.id && !a.locked).slice(0, 3);
    for (const a of seated) before = execute(before, emptyHistory(), unseat, { hallId: banquet.id, personId: a.personId })!.document;
    const plan = planSeating(before, banquet.id);
    const moves = diffSeating(before, banquet.id, plan).moves.length;
    expect(moves).toBeGreaterThanOrEqual(3);
    const step = execute(before, emptyHistory(), applySeating, { hallId: banquet.id, plan }, null, describeHere)!;
    const entry = step.history.past[0]!;
    expect(entry.commandId).toBe('seating/apply');
    expect(moveText('undo', entry, 'en')).toBe(`Undone: seat Banquet Hall — ${moves} moves`);
    expect(moveText('undo', entry, 'vi')).toBe(`Đã hoàn tác: xếp chỗ Phòng tiệc — ${moves} thay đổi`);
    expect(moveText('redo', entry, 'en')).toBe(`Redone: seat Banquet Hall — ${moves} moves`);
    expect(moveText('redo', entry, 'vi')).toBe(`Đã làm lại: xếp chỗ Phòng tiệc — ${moves} thay đổi`);
    expect(entry.note!.place).toEqual({ view: 'seating', hallId: banquet.id, sequenceId: null, delegationId: null });
  });

  test('one element moved is said in the singular; the hall is the element’s, wherever the officer was', () => {
    const element = Object.values(doc.elements).find((e) => e.hallId === banquet.id)!;
    const elsewhere: Where = { view: 'halls', hallId: null, sequenceId: null, delegationId: null };
    const step = execute(doc, emptyHistory(), moveElements, { ids: [element.id], dx: 1, dy: 0 }, null, (c, a, b, af, p) => describeEdit(c, a, { before: b, after: af }, p, elsewhere))!;
    const entry = step.history.past[0]!;
    expect(moveText('undo', entry, 'en')).toBe('Undone: move 1 element in Banquet Hall');
    expect(moveText('undo', entry, 'vi')).toBe('Đã hoàn tác: di chuyển 1 thành phần trong Phòng tiệc');
    expect(entry.note!.place).toMatchObject({ view: 'halls', hallId: banquet.id });
  });

  test('a renamed delegation is named as it was renamed, in each language', () => {
    const france = Object.values(doc.delegations).find((d) => d.iso3 === 'FRA')!;
    const step = execute(doc, emptyHistory(), updateEntity, { collection: 'delegations', id: france.id, fields: { nameVi: 'Cộng hòa Pháp' } }, null, describeHere)!;
    const entry = step.history.past[0]!;
    expect(moveText('undo', entry, 'en')).toBe('Undone: edit France');
    expect(moveText('undo', entry, 'vi')).toBe('Đã hoàn tác: sửa Cộng hòa Pháp');
    expect(entry.note!.place.delegationId).toBe(france.id);
  });

  test('a command kind nobody labelled gets a generic label from the row it touched', () => {
    const rename: Command<{ id: string }> = {
      id: 'test/unlabelled-kind',
      run(draft, { id }) {
        draft.halls[id]!.nameEn = 'Gala Hall';
      },
    };
    const step = execute(doc, emptyHistory(), rename, { id: banquet.id }, null, describeHere)!;
    const entry = step.history.past[0]!;
    expect(moveText('undo', entry, 'en')).toBe('Undone: edit Gala Hall');
    expect(moveText('redo', entry, 'vi')).toBe('Đã làm lại: sửa Phòng tiệc');
    expect(entry.note!.place.hallId).toBe(banquet.id);
  });
});

describe('the store remembers the last undo or redo for the notice', () => {
  test('undo and redo set it with the step they took; the next edit clears it; typing merges under one note', () => {
    const store = new EditorStore({ document: doc, apply: async () => ({ ok: true, value: { savedAt: 'now' } }), describe: describeHere });
    const hall = banquet.id;
    store.dispatch(updateEntity, { collection: 'halls', id: hall, fields: { nameEn: 'B' } }, 'typing');
    store.dispatch(updateEntity, { collection: 'halls', id: hall, fields: { nameEn: 'Ba' } }, 'typing');
    expect(store.getSnapshot().history.past).toHaveLength(1);
    expect(store.getSnapshot().lastMove).toBeNull();
    store.undo();
    const undone = store.getSnapshot().lastMove!;
    expect(undone.kind).toBe('undo');
    expect(moveText('undo', undone.entry, 'en')).toBe('Undone: edit Ba');
    expect(store.getSnapshot().document.halls[hall]!.nameEn).toBe('Banquet Hall');
    store.redo();
    expect(store.getSnapshot().lastMove).toMatchObject({ kind: 'redo', id: undone.id + 1 });
    store.dispatch(updateEntity, { collection: 'halls', id: hall, fields: { nameEn: 'C' } });
    expect(store.getSnapshot().lastMove).toBeNull();
    store.undo();
    store.forgetMove();
    expect(store.getSnapshot().lastMove).toBeNull();
  });

  test('undoing a step in the pure history hands back the same entry, note included', () => {
    const step = execute(doc, emptyHistory(), updateEntity, { collection: 'halls', id: banquet.id, fields: { nameEn: 'X' } }, null, describeHere)!;
    const back = undo(step.document, step.history)!;
    expect(back.history.future[0]!.note).toBe(step.history.past[0]!.note);
  });
});
