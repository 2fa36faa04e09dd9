import { applyChanges, documentChanges } from '../../../shared/document/changes';
import type { Result } from '../../../shared/errors';
import type { PreseanceApi } from '../../../shared/ipc/api';
import { isEmptyChanges } from '../../../shared/model/collections';
import type { EditorStore } from '../document/store';

/** restored: one edit made; same: the backup holds what is open; refused: the open document takes no edit (read-only). */
export type RestoreOutcome = { status: 'restored' | 'same' | 'refused'; beforeRestore: string };

/**
 * Restores the backup `id` of the open file: every edit is written first (so the before-restore
 * copy main takes holds them all), main checks the backup, keeps that copy and hands back the
 * backup's document, and the difference becomes ONE edit of the open document — saved like any
 * other, undone by one Undo. Nothing is changed when main refuses.
 */
export async function restoreBackup(api: PreseanceApi, editor: EditorStore, id: string): Promise<Result<RestoreOutcome>> {
  await editor.whenIdle();
  const read = await api['backup:restore']({ id });
  if (!read.ok) return read;
  const changes = documentChanges(editor.getDocument(), read.value.document);
  const status = isEmptyChanges(changes) ? 'same' : editor.dispatch(applyChanges, changes) ? 'restored' : 'refused';
  return { ok: true, value: { status, beforeRestore: read.value.beforeRestore } };
}
