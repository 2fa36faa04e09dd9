import type { MenuCommand } from '../../../shared/ipc/channels';
import type { AppController } from './controller';
import { sendCameraCommand, getSession, type CameraCommand } from './session';
import { isTextEntry } from './focus';

/**
 * Menu commands and keyboard shortcuts land here. Native menu commands come through
 * `window.preseance.onMenuCommand`; in a browser there is no menu and the same actions are
 * buttons and keys.
 */

/** The text field being edited, if any: undo first cancels its uncommitted text. */
export type ActiveField = { isDirty(): boolean; revert(): void };
let activeField: ActiveField | null = null;

export function setActiveField(field: ActiveField | null): void {
  activeField = field;
}
export function clearActiveField(field: ActiveField): void {
  if (activeField === field) activeField = null;
}

type Source = 'menu' | 'keyboard' | 'button';
let lastHistoryAction: { kind: 'undo' | 'redo'; source: Source; at: number } | null = null;
/** One key press must not undo twice if both the page and a native accelerator see it. */
const ECHO_MS = 150;

export function historyAction(controller: AppController, kind: 'undo' | 'redo', source: Source): void {
  const now = performance.now();
  if (
    lastHistoryAction &&
    lastHistoryAction.kind === kind &&
    lastHistoryAction.source !== source &&
    source !== 'button' &&
    lastHistoryAction.source !== 'button' &&
    now - lastHistoryAction.at < ECHO_MS
  ) {
    return;
  }
  lastHistoryAction = { kind, source, at: now };
  if (kind === 'undo' && activeField?.isDirty()) {
    activeField.revert();
    return;
  }
  const editor = controller.getSnapshot().editor;
  if (!editor) return;
  if (kind === 'undo') editor.undo();
  else editor.redo();
}

/** The View menu's zoom commands move the hall editor's camera (the one screen that has them in the menu). */
const CAMERA_COMMANDS = {
  'view:zoomIn': 'zoomIn',
  'view:zoomOut': 'zoomOut',
  'view:zoomReset': 'zoomReset',
  'view:fit': 'fit',
} as const satisfies Partial<Record<MenuCommand, CameraCommand>>;

export type CommandContext = { controller: AppController; newEventName: () => string };

export function runMenuCommand(ctx: CommandContext, command: MenuCommand, arg: string | null): void {
  const { controller } = ctx;
  const modalOpen = controller.getSnapshot().modal !== null;
  switch (command) {
    case 'file:new':
      if (!modalOpen) void controller.newEvent(ctx.newEventName());
      return;
    case 'file:open':
      if (!modalOpen) void controller.openEvent();
      return;
    case 'file:openRecent':
      if (!modalOpen && arg) void controller.openPath(arg);
      return;
    case 'file:saveAs':
      if (!modalOpen) void controller.saveAs();
      return;
    case 'file:close':
      if (!modalOpen) void controller.close();
      return;
    case 'edit:undo':
      if (!modalOpen) historyAction(controller, 'undo', 'menu');
      return;
    case 'edit:redo':
      if (!modalOpen) historyAction(controller, 'redo', 'menu');
      return;
    case 'edit:selectAll': {
      const el = document.activeElement;
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.select();
      return;
    }
    case 'edit:delete':
      // Nothing in the current screens can be deleted; text fields handle the key themselves.
      return;
    case 'view:zoomIn':
    case 'view:zoomOut':
    case 'view:zoomReset':
    case 'view:fit':
      if (getSession().view === 'halls') sendCameraCommand(CAMERA_COMMANDS[command]);
      return;
    case 'help:about':
      controller.showAbout();
      return;
    case 'file:restoreBackup':
      if (!modalOpen) controller.showBackups();
      return;
    case 'app:notice':
      if (arg) controller.notify(arg);
      return;
  }
}

/** Ctrl/⌘+Z, Ctrl/⌘+Shift+Z and Ctrl+Y outside text fields (text fields keep their own undo). */
export function handleShortcut(ctx: CommandContext, event: KeyboardEvent): void {
  if (event.defaultPrevented || event.altKey) return;
  const mod = isMac() ? event.metaKey : event.ctrlKey;
  if (!mod) return;
  const key = event.key.toLowerCase();
  const isUndo = key === 'z' && !event.shiftKey;
  const isRedo = (key === 'z' && event.shiftKey) || (key === 'y' && !isMac() && !event.shiftKey);
  if (!isUndo && !isRedo) return;
  if (ctx.controller.getSnapshot().modal !== null) return;
  if (isTextEntry(event.target)) {
    // Inside a field being edited, the field's own text undo applies; once its text is
    // committed (or untouched) the document's undo applies.
    if (activeField?.isDirty()) return;
  }
  event.preventDefault();
  historyAction(ctx.controller, isUndo ? 'undo' : 'redo', 'keyboard');
}

export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

export function shortcutLabel(kind: 'undo' | 'redo'): string {
  if (isMac()) return kind === 'undo' ? '⌘Z' : '⇧⌘Z';
  return kind === 'undo' ? 'Ctrl+Z' : 'Ctrl+Y';
}
