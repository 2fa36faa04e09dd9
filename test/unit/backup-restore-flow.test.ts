import { describe, expect, it } from 'vitest';
import { EditorStore } from '../../renderer/src/document/store';
import { restoreBackup } from '../../renderer/src/backups/restore';
import { updateEntity } from '../../shared/document/commands';
import type { PreseanceApi } from '../../shared/ipc/api';
import type { Result } from '../../shared/errors';
import type { EventDocument } from '../../shared/model/collections';
import { fixtureDocument, FIXTURE_IDS as I } from '../fixtures/document';

// The renderer's side of a restore, with the real document store and a fake main: every edit is
// written before main is asked, the backup becomes one undo step, a refusal changes nothing.

function setup(answer: () => Result<{ document: EventDocument; beforeRestore: string }>) {
  const log: string[] = [];
  let release: (() => void) | null = null;
  const editor = new EditorStore({
    document: fixtureDocument(),
    // doc:apply answers only when the test lets it: an edit is "being written".
    apply: async () => {
      log.push('doc:apply');
      await new Promise<void>((done) => (release = done));
      log.push('written');
      return { ok: true, value: { savedAt: '2025-10-25T08:00:00.000Z' } };
    },
  });
  const api = {
    'backup:restore': async ({ id }: { id: string }) => {
      log.push(`backup:restore ${id}`);
      return answer();
    },
  } as unknown as PreseanceApi;
  const rename = (name: string) => editor.dispatch(updateEntity, { collection: 'delegations', id: I.fra, fields: { nameEn: name } });
  const letWrite = async () => {
    while (editor.pendingCount > 0) {
      await new Promise((r) => setTimeout(r, 0));
      release?.();
    }
  };
  return { editor, api, log, rename, letWrite };
}

const backup = (nameEn: string) => {
  const doc = fixtureDocument();
  doc.delegations[I.fra] = { ...doc.delegations[I.fra]!, nameEn };
  return doc;
};

describe('restoreBackup (renderer)', () => {
  it('waits until every edit is written, then makes the backup’s document one undoable edit', async () => {
    const { editor, api, log, rename, letWrite } = setup(() => ({ ok: true, value: { document: backup('Backup France'), beforeRestore: 'x.before-restore.preseance' } }));
    rename('Typed France');
    const restoring = restoreBackup(api, editor, 'hanoi.auto-1.preseance');
    await letWrite();
    await new Promise((r) => setTimeout(r, 0));
    await letWrite();
    const result = await restoring;
    expect(log.slice(0, 3)).toEqual(['doc:apply', 'written', 'backup:restore hanoi.auto-1.preseance']);
    expect(result).toEqual({ ok: true, value: { status: 'restored', beforeRestore: 'x.before-restore.preseance' } });
    expect(editor.getDocument()).toEqual(backup('Backup France'));
    expect(editor.getSnapshot().history.past).toHaveLength(2);
    editor.undo();
    expect(editor.getDocument().delegations[I.fra]!.nameEn).toBe('Typed France');
    await letWrite();
  });

  it('a refusal from main (damaged, newer, no copy possible) changes nothing', async () => {
    const refusal = { ok: false as const, error: { code: 'newer-version' as const, message: 'saved by a newer version' } };
    const { editor, api } = setup(() => refusal);
    const before = editor.getSnapshot();
    expect(await restoreBackup(api, editor, 'hanoi.auto-1.preseance')).toEqual(refusal);
    expect(editor.getSnapshot()).toBe(before);
  });

  it('a backup identical to the open document is no edit at all', async () => {
    const { editor, api } = setup(() => ({ ok: true, value: { document: fixtureDocument(), beforeRestore: 'b' } }));
    expect(await restoreBackup(api, editor, 'a')).toEqual({ ok: true, value: { status: 'same', beforeRestore: 'b' } });
    expect(editor.getSnapshot().canUndo).toBe(false);
  });
});
