/**
 * Issue 13, item 8 in the native Edit menu: Undo and Redo say what they will undo or redo, as the
 * undo notice does ("Undo seat Banquet Hall — 9 moves" / "Hoàn tác xếp chỗ Phòng tiệc — …"),
 * in the menu's language. The renderer says what the next steps are (both languages), main
 * keeps them (menu:history, checked like every channel) and rebuilds the menu.
 */
import { describe, expect, test, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { referenceData } from '../../resources/reference/load';
import { seededIds } from '../../shared/ids';
import type { HistoryLabels } from '../../shared/ipc/contract';
import { invoke } from '../../shared/ipc/invoke';
import { buildSampleDocument } from '../../shared/sample/hanoi2025';
import { applySeating, diffSeating, planSeating, unseat } from '../../shared/seating';
import { execute, emptyHistory, type Describe } from '../../shared/document/history';
import { createServices } from '../../electron/services/index';
import { memoryPreferences } from '../../electron/services/preferences';
import { buildMenu } from '../../electron/main/menu';
import { EditorStore } from '../../renderer/src/document/store';
import { describeEdit, type Where } from '../../renderer/src/document/labels';
import { historyLabels } from '../../renderer/src/app/menuHistory';

// The menu's template, as Electron would be given it (no Electron binary in unit tests).
vi.mock('electron', () => ({ Menu: { buildFromTemplate: (template: MenuItemConstructorOptions[]) => template } }));

const doc = buildSampleDocument(referenceData, seededIds(2025));
const banquet = Object.values(doc.halls).find((h) => h.nameEn === 'Banquet Hall')!;
const where: Where = { view: 'seating', hallId: banquet.id, sequenceId: null, delegationId: null };
const describeHere: Describe = (command, args, before, after, patches) => describeEdit(command, args, { before, after }, patches, where);

/** The Edit menu's visible item labels. */
function editMenu(language: 'en' | 'vi', history?: HistoryLabels): string[] {
  const menu = buildMenu({ language, recent: [], isMac: false, isDev: false, send: () => {}, history }) as unknown as MenuItemConstructorOptions[];
  const edit = menu.find((m) => m.label === (language === 'en' ? 'Edit' : 'Sửa'))!;
  return (edit.submenu as MenuItemConstructorOptions[]).filter((i) => i.visible !== false && i.type !== 'separator').map((i) => i.label!);
}

/** The sample's banquet with three guests unseated (a late change), in a store that labels its steps. */
function store() {
  let before = doc;
  const seated = Object.values(doc.assignments).filter((a) => a.hallId === banquet.id && !a.locked).slice(0, 3);
  for (const a of seated) before = execute(before, emptyHistory(), unseat, { hallId: banquet.id, personId: a.personId })!.document;
  const editor = new EditorStore({ document: before, apply: async () => ({ ok: true, value: { savedAt: 'now' } }), describe: describeHere });
  const plan = planSeating(before, banquet.id);
  return { editor, plan, moves: diffSeating(before, banquet.id, plan).moves.length };
}

describe('the Edit menu says what Undo and Redo will do', () => {
  test('the renderer names the next steps in both languages; nothing to undo is null', () => {
    const { editor, plan, moves } = store();
    expect(historyLabels(editor.getSnapshot())).toEqual({ undo: null, redo: null });
    editor.dispatch(applySeating, { hallId: banquet.id, plan });
    expect(moves).toBeGreaterThanOrEqual(3);
    const seat = { en: `seat Banquet Hall — ${moves} moves`, vi: `xếp chỗ Phòng tiệc — ${moves} thay đổi` };
    expect(historyLabels(editor.getSnapshot())).toEqual({ undo: seat, redo: null });
    editor.undo();
    expect(historyLabels(editor.getSnapshot())).toEqual({ undo: null, redo: seat });
    expect(historyLabels(null)).toEqual({ undo: null, redo: null });
  });

  test('the menu reads "Undo seat Banquet Hall — 9 moves" in English and Vietnamese, plain "Undo"/"Redo" with nothing', () => {
    const seat = { en: 'seat Banquet Hall — 9 moves', vi: 'xếp chỗ Phòng tiệc — 9 thay đổi' };
    expect(editMenu('en').slice(0, 2)).toEqual(['Undo', 'Redo']);
    expect(editMenu('en', { undo: seat, redo: null }).slice(0, 2)).toEqual(['Undo seat Banquet Hall — 9 moves', 'Redo']);
    expect(editMenu('vi', { undo: seat, redo: null }).slice(0, 2)).toEqual(['Hoàn tác xếp chỗ Phòng tiệc — 9 thay đổi', 'Làm lại']);
    expect(editMenu('vi', { undo: null, redo: seat }).slice(0, 2)).toEqual(['Hoàn tác', 'Làm lại xếp chỗ Phòng tiệc — 9 thay đổi']);
  });

  test('main keeps what the renderer said, tells the host to rebuild the menu once per change, and refuses a malformed message', async () => {
    let changes = 0;
    const none = async () => null;
    const dialogs = { openEvent: none, openImage: none, saveEvent: none, saveSpreadsheet: none };
    const services = createServices({ version: 'menu-history', preferences: memoryPreferences('en'), reference: referenceData, dialogs, onChange: () => changes++ });
    const call = (payload: unknown) => invoke(services, 'menu:history', payload, () => 'en');
    const labels = { undo: { en: 'seat Banquet Hall — 9 moves', vi: 'xếp chỗ Phòng tiệc — 9 thay đổi' }, redo: null };
    expect((await call(labels)).ok).toBe(true);
    expect(services.history()).toEqual(labels);
    expect(changes).toBe(1);
    expect((await call(labels)).ok).toBe(true);
    expect(changes).toBe(1); // the same labels again: no rebuild
    expect((await call({ undo: 'seat Banquet Hall' })).ok).toBe(false);
    expect(services.history()).toEqual(labels);
    services.dispose();
  });
});
