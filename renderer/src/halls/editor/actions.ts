import { randomId } from '../../../../shared/ids';
import type { LayoutElement } from '../../../../shared/model/entities';
import type { EditorStore } from '../../document/store';
import type { EditorAction } from './keys';
import {
  deleteElements, duplicateElements, groupElements, moveElements, pasteElements, reorderElements, rotateElements,
  setLocked, ungroupElements,
} from './layout';
import { copyToClipboard, pasteOffset, type Clipboard } from './factory';
import { getEditorSession, setEditorSession } from './session';

/** Editor actions on the current selection: each is one document command (one undo step). */

let clipboard: Clipboard | null = null;
let nudgeSession = 0;
let lastNudgeAt = 0;

export const hasClipboard = () => clipboard !== null;

export type ActionContext = { editor: EditorStore; hallId: string; camera: { fit(): void; zoomBy(f: number): void; zoomToSelection(): void } };

function hallElements(editor: EditorStore, hallId: string): LayoutElement[] {
  return Object.values(editor.getDocument().elements).filter((e) => e.hallId === hallId);
}

export function runAction(ctx: ActionContext, action: EditorAction): boolean {
  const { editor, hallId } = ctx;
  const ids = getEditorSession().selection.filter((id) => editor.getDocument().elements[id]?.hallId === hallId);
  switch (action.kind) {
    case 'nudge': {
      if (ids.length === 0) return false;
      // Nudges within a second of each other on the same selection are one undo step.
      const now = performance.now();
      if (now - lastNudgeAt > 1000) nudgeSession++;
      lastNudgeAt = now;
      return editor.dispatch(moveElements, { ids, dx: action.dx, dy: action.dy }, `nudge:${nudgeSession}:${ids.join(',')}`);
    }
    case 'rotate':
      return ids.length > 0 && editor.dispatch(rotateElements, { ids, degrees: action.degrees, around: ids.length > 1 ? 'selection-centre' : 'own-centre' });
    case 'delete':
      if (ids.length === 0) return false;
      setEditorSession({ selection: [] });
      return editor.dispatch(deleteElements, { ids });
    case 'duplicate':
      return ids.length > 0 && selectingNew(editor, () => editor.dispatch(duplicateElements, { elementIds: ids, dx: 1, dy: 1, newIds: randomId }));
    case 'copy':
    case 'cut': {
      const doc = editor.getDocument();
      const clip = copyToClipboard(ids.map((id) => doc.elements[id]!), hallId);
      if (!clip) return false;
      clipboard = clip;
      if (action.kind === 'cut') {
        setEditorSession({ selection: [] });
        editor.dispatch(deleteElements, { ids });
      }
      return true;
    }
    case 'paste': {
      if (!clipboard) return false;
      const { dx, dy } = pasteOffset(clipboard, hallId);
      const { elements } = clipboard;
      const ok = selectingNew(editor, () => editor.dispatch(pasteElements, { elements, hallId, dx, dy, newIds: randomId }));
      if (ok && clipboard.fromHallId === hallId) clipboard = { ...clipboard, pastes: clipboard.pastes + 1 };
      return ok;
    }
    case 'selectAll':
      setEditorSession({ selection: hallElements(editor, hallId).map((e) => e.id) });
      return true;
    case 'escape':
      if (getEditorSession().tool.kind !== 'select') setEditorSession({ tool: { kind: 'select' } });
      else setEditorSession({ selection: [] });
      return true;
    case 'zoomIn':
      ctx.camera.zoomBy(1.25);
      return true;
    case 'zoomOut':
      ctx.camera.zoomBy(1 / 1.25);
      return true;
    case 'fit':
      ctx.camera.fit();
      return true;
    case 'zoomSelection':
      ctx.camera.zoomToSelection();
      return true;
    case 'group':
      return ids.length > 1 && editor.dispatch(groupElements, { ids });
    case 'ungroup':
      return ids.length > 0 && editor.dispatch(ungroupElements, { ids });
    case 'lock': {
      if (ids.length === 0) return false;
      const doc = editor.getDocument();
      const locked = !ids.every((id) => doc.elements[id]?.locked);
      return editor.dispatch(setLocked, { ids, locked });
    }
    case 'front':
    case 'back':
      return ids.length > 0 && editor.dispatch(reorderElements, { ids, to: action.kind });
  }
}

/** Runs a command that adds elements and selects what it added (the copies, the pasted). */
function selectingNew(editor: EditorStore, run: () => boolean): boolean {
  const before = new Set(Object.keys(editor.getDocument().elements));
  const ok = run();
  if (ok) setEditorSession({ selection: Object.keys(editor.getDocument().elements).filter((id) => !before.has(id)) });
  return ok;
}
