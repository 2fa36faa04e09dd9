import { dialog, type BrowserWindow } from 'electron';
import { translate, type Language } from '../../shared/i18n/index';
import type { Dialogs } from '../services/index';
import { mainMessages } from './messages';
import { spreadsheetDialogOptions } from '../services/export';

/** Native open/save dialogs, filtered to event files, in the UI language. */
export function nativeDialogs(window: () => BrowserWindow | null, language: () => Language): Dialogs {
  const t = (key: keyof typeof mainMessages.en) => translate(mainMessages, language(), key);
  const filters = () => [{ name: t('eventFiles'), extensions: ['preseance'] }];
  return {
    async openEvent() {
      const win = window();
      const options = { title: t('openTitle'), filters: filters(), properties: ['openFile' as const] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async openImage() {
      const win = window();
      const options = {
        title: t('imageTitle'),
        filters: [{ name: t('images'), extensions: ['png', 'jpg', 'jpeg', 'svg'] }],
        properties: ['openFile' as const],
      };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async saveEvent(suggestedName) {
      const win = window();
      const options = { title: t('saveTitle'), filters: filters(), defaultPath: suggestedName };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
    async saveSpreadsheet(formats, suggestedName) {
      const win = window();
      const options = { ...spreadsheetDialogOptions(formats, language()), defaultPath: suggestedName };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}
