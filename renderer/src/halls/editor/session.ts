import { useSyncExternalStore } from 'react';
import type { ElementKind } from '../../../../shared/model/entities';
import type { Point } from '../../../../shared/rect';
import { listeners } from '../../../../shared/listeners';

/**
 * Hall editor session state: the selection and the current tool. Never in the document,
 * never undone, never saved. The canvas reads it directly (no React on its paths); panels
 * read it through useEditorSession.
 */
/** `calibrate`: marking two points of a known distance on the floor plan (hall metres as drawn). */
export type Tool = { kind: 'select' } | { kind: 'place'; element: ElementKind } | { kind: 'calibrate'; points: readonly Point[] };
export type EditorSession = { readonly hallId: string | null; readonly selection: readonly string[]; readonly tool: Tool };

let state: EditorSession = { hallId: null, selection: [], tool: { kind: 'select' } };
const changed = listeners();

export const getEditorSession = (): EditorSession => state;

export function setEditorSession(patch: Partial<EditorSession>): void {
  const next = { ...state, ...patch };
  if (next.hallId !== state.hallId && !('selection' in patch)) next.selection = [];
  state = next;
  changed.notify();
}

export function subscribeEditorSession(listener: () => void): () => void {
  return changed.subscribe(listener);
}

export function useEditorSession<T>(selector: (s: EditorSession) => T): T {
  return useSyncExternalStore(subscribeEditorSession, () => selector(state));
}

export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
