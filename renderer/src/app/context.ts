import { createContext, useContext, useSyncExternalStore } from 'react';
import type { EventDocument } from '../../../shared/model/collections';
import type { AppController, AppSnapshot } from './controller';
import type { EditorSnapshot, EditorStore } from '../document/store';

export const ControllerContext = createContext<AppController | null>(null);
export const EditorContext = createContext<EditorStore | null>(null);

export function useController(): AppController {
  const controller = useContext(ControllerContext);
  if (!controller) throw new Error('useController outside the app');
  return controller;
}

/** A slice of the application state; the component re-renders only when the slice changes. */
export function useApp<T>(selector: (s: AppSnapshot) => T): T {
  const controller = useController();
  return useSyncExternalStore(controller.subscribe, () => selector(controller.getSnapshot()));
}

export function useEditor(): EditorStore {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor with no document open');
  return editor;
}

/** A slice of the editor state (undo availability, save status...). */
export function useEditorState<T>(selector: (s: EditorSnapshot) => T): T {
  const editor = useEditor();
  return useSyncExternalStore(editor.subscribe, () => selector(editor.getSnapshot()));
}

/**
 * A slice of the document. Selectors must return something stable (a row, a collection, a
 * primitive): immer keeps untouched rows identical, so only readers of a changed row re-render.
 */
export function useDoc<T>(selector: (d: EventDocument) => T): T {
  const editor = useEditor();
  return useSyncExternalStore(editor.subscribe, () => selector(editor.getSnapshot().document));
}
