import { useEffect } from 'react';
import type { HistoryEntry } from '../../../shared/document/history';
import type { PreseanceApi } from '../../../shared/ipc/api';
import type { HistoryLabels } from '../../../shared/ipc/contract';
import type { Language } from '../../../shared/model/primitives';
import type { EditorSnapshot, EditorStore } from '../document/store';
import { noteLabel } from '../i18n/history';

/** A step's label in both languages, as the undo notice names it ("seat Banquet Hall — 9 moves"). */
function bothLabels(entry: HistoryEntry): { en: string; vi: string } {
  const rows = new Set(entry.patches.map((p) => p.path.slice(0, 2).join('/'))).size;
  const note = entry.note ?? { key: 'editCount', params: { count: rows } };
  const label = (lang: Language) => noteLabel(note, lang);
  return { en: label('en'), vi: label('vi') };
}

/** What Undo and Redo would do now; null where there is nothing (or the file is read-only). */
export function historyLabels(snapshot: Pick<EditorSnapshot, 'history' | 'canUndo' | 'canRedo'> | null): HistoryLabels {
  const undo = snapshot?.canUndo ? snapshot.history.past.at(-1) : undefined;
  const redo = snapshot?.canRedo ? snapshot.history.future[0] : undefined;
  return { undo: undo ? bothLabels(undo) : null, redo: redo ? bothLabels(redo) : null };
}

/**
 * Keeps the native Edit menu's Undo and Redo saying what they will do, like the undo notice:
 * main is told (in both languages, so a change of language needs no new message) whenever the
 * next step to undo or redo changes; nothing is sent while it stays the same.
 */
export function useMenuHistory(bridge: PreseanceApi, editor: EditorStore | null): void {
  useEffect(() => {
    let sent = '';
    const send = () => {
      const labels = historyLabels(editor ? editor.getSnapshot() : null);
      const key = JSON.stringify(labels);
      if (key === sent) return;
      sent = key;
      void bridge['menu:history'](labels);
    };
    send();
    const unsubscribe = editor?.subscribe(send);
    return () => {
      unsubscribe?.();
      // Closing the event (or another file opened): the menu forgets this file's steps.
      void bridge['menu:history']({ undo: null, redo: null });
    };
  }, [bridge, editor]);
}
