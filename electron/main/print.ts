import { dialog, type BrowserWindow } from 'electron';
import { defineMessages, translate, type Language } from '../../shared/i18n/index';
import type { PrintJob } from '../../shared/ipc/contract';
import type { PrintHost } from '../services/print';

const messages = defineMessages(
  { title: 'Export PDF', pdf: 'PDF document', noWindow: 'There is no window to print.', failed: 'Printing failed: {detail}' },
  { title: 'Xuất PDF', pdf: 'Tài liệu PDF', noWindow: 'Không có cửa sổ nào để in.', failed: 'Không in được: {detail}' },
);

const MM_PER_INCH = 25.4;

/**
 * Printing the window's own print view: the renderer shows only its print pages under
 * `@media print` and sets `@page` to the paper, so the PDF and the native dialog print exactly
 * the pages of the preview. The paper is also passed explicitly (inches for printToPDF,
 * microns for print) for a printer driver that ignores @page.
 */
export function nativePrinting(window: () => BrowserWindow | null, language: () => Language): PrintHost {
  const t = (key: keyof typeof messages.en, detail = '') => translate(messages, language(), key, { detail });
  const contents = () => {
    const win = window();
    if (!win) throw new Error(t('noWindow'));
    return win.webContents;
  };
  return {
    async savePdf(suggestedName) {
      const win = window();
      const options = { title: t('title'), filters: [{ name: t('pdf'), extensions: ['pdf'] }], defaultPath: suggestedName };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
    async pdf({ paper, landscape }: PrintJob) {
      const data = await contents().printToPDF({
        landscape,
        pageSize: { width: paper.widthMm / MM_PER_INCH, height: paper.heightMm / MM_PER_INCH },
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
        printBackground: true,
        preferCSSPageSize: true,
      });
      return new Uint8Array(data);
    },
    print({ paper, landscape }: PrintJob) {
      return new Promise<boolean>((done, fail) => {
        contents().print(
          {
            silent: false,
            printBackground: true,
            landscape,
            margins: { marginType: 'none' },
            pageSize: { width: Math.round(paper.widthMm * 1000), height: Math.round(paper.heightMm * 1000) },
          },
          (success, reason) => {
            if (success) done(true);
            else if (/cancel/i.test(reason)) done(false);
            else fail(new Error(t('failed', reason)));
          },
        );
      });
    },
  };
}
