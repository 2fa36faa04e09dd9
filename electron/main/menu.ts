import { Menu, type MenuItemConstructorOptions } from 'electron';
import { translate, type Language } from '../../shared/i18n/index';
import type { HistoryLabels } from '../../shared/ipc/contract';
import type { MenuCommand } from '../../shared/ipc/channels';
import { mainMessages } from './messages';
import { undoRedoLabels } from './menuLabels';

type MenuContext = {
  language: Language;
  recent: { path: string; name: string }[];
  isMac: boolean;
  isDev: boolean;
  send(command: MenuCommand, arg?: string): void;
  /** An event is open (Restore from backup needs one). */
  hasFile?: boolean;
  /** What Undo and Redo would do, in both languages, as the renderer last said (menu:history). */
  history?: HistoryLabels;
};

/**
 * The native menu. Items that act on the document send a command to the renderer, which owns
 * the document and its history; text editing items keep their native roles.
 */
export function buildMenu(ctx: MenuContext): Menu {
  const t = (key: keyof typeof mainMessages.en) => translate(mainMessages, ctx.language, key);
  const { undo, redo } = undoRedoLabels(ctx.language, ctx.history);
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => ctx.send(cmd),
  });
  const recent: MenuItemConstructorOptions[] = ctx.recent.length
    ? ctx.recent.map((r) => ({ label: r.name, toolTip: r.path, click: () => ctx.send('file:openRecent', r.path) }))
    : [{ label: t('noRecent'), enabled: false }];

  const template: MenuItemConstructorOptions[] = [
    ...(ctx.isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('file'),
      submenu: [
        command(t('new'), 'file:new', 'CmdOrCtrl+N'),
        command(t('open'), 'file:open', 'CmdOrCtrl+O'),
        { label: t('openRecent'), submenu: recent },
        { type: 'separator' },
        command(t('saveAs'), 'file:saveAs', 'CmdOrCtrl+Shift+S'),
        { ...command(t('restoreBackup'), 'file:restoreBackup'), enabled: ctx.hasFile !== false },
        command(t('close'), 'file:close', 'CmdOrCtrl+W'),
        ...(ctx.isMac ? [] : [{ type: 'separator' as const }, { label: t('quit'), role: 'quit' as const }]),
      ],
    },
    {
      label: t('edit'),
      submenu: [
        command(undo, 'edit:undo', 'CmdOrCtrl+Z'),
        command(redo, 'edit:redo', ctx.isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
        // Both redo shortcuts are habits on Windows and Linux; the second one needs no menu line.
        ...(ctx.isMac ? [] : [{ ...command(t('redo'), 'edit:redo', 'Ctrl+Shift+Z'), visible: false, acceleratorWorksWhenHidden: true }]),
        { type: 'separator' },
        { label: t('cut'), role: 'cut' },
        { label: t('copy'), role: 'copy' },
        { label: t('paste'), role: 'paste' },
        // No accelerator: the Delete key must keep deleting text in fields.
        command(t('delete'), 'edit:delete'),
        command(t('selectAll'), 'edit:selectAll', 'CmdOrCtrl+A'),
      ],
    },
    {
      label: t('view'),
      submenu: [
        command(t('zoomIn'), 'view:zoomIn', 'CmdOrCtrl+='),
        command(t('zoomOut'), 'view:zoomOut', 'CmdOrCtrl+-'),
        command(t('zoomReset'), 'view:zoomReset', 'CmdOrCtrl+0'),
        command(t('fit'), 'view:fit', 'CmdOrCtrl+1'),
        { type: 'separator' },
        { label: t('fullScreen'), role: 'togglefullscreen' },
        ...(ctx.isDev ? [{ label: t('devTools'), role: 'toggleDevTools' as const }] : []),
      ],
    },
    { label: t('help'), submenu: [command(t('about'), 'help:about')] },
  ];
  return Menu.buildFromTemplate(template);
}
