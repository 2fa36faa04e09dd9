import { translate, type Language } from '../../shared/i18n/index';
import type { HistoryLabels } from '../../shared/ipc/contract';
import { mainMessages } from './messages';

/**
 * The Edit menu's Undo and Redo labels, named like the undo notice ("Undo seat Banquet Hall —
 * 9 moves") so the officer knows what the shortcut will undo before pressing it; plain "Undo"
 * and "Redo" with nothing to undo or redo. Kept free of Electron so tests can read it.
 */
export function undoRedoLabels(language: Language, history: HistoryLabels | undefined): { undo: string; redo: string } {
  const undo = history?.undo?.[language];
  const redo = history?.redo?.[language];
  return {
    undo: undo ? translate(mainMessages, language, 'undoWhat', { what: undo }) : translate(mainMessages, language, 'undo'),
    redo: redo ? translate(mainMessages, language, 'redoWhat', { what: redo }) : translate(mainMessages, language, 'redo'),
  };
}
