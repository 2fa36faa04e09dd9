import { resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { translate, defineMessages, type Language } from '../../shared/i18n/index';
import type { Input, SpreadsheetFormat } from '../../shared/ipc/contract';
import type { EventDocument } from '../../shared/model/collections';
import { exportDelegationsCsv } from '../../shared/import/delegations';
import { exportDelegationsXlsx, templateXlsx } from '../../shared/import/files';
import { delegationsTemplateCsv } from '../../resources/templates/template';
import { writeFileAtomic } from '../store/files';

/**
 * `delegations:export`: the delegations list, or the import template, as a CSV or XLSX file at
 * a path the user chose in a save dialog. The path must end in the format's extension, so this
 * channel can never overwrite an event file or anything but a spreadsheet. Written beside the
 * target and renamed, so a failure never leaves half a file.
 */
export async function exportDelegations(input: Input<'delegations:export'>, document: () => EventDocument): Promise<{ path: string }> {
  const target = resolve(input.path);
  if (!target.toLowerCase().endsWith(`.${input.format}`)) {
    throw new AppError('export-extension', { format: input.format.toUpperCase(), ext: input.format, path: target });
  }
  const content: string | Uint8Array =
    input.content === 'template'
      ? input.format === 'csv'
        ? delegationsTemplateCsv
        : await templateXlsx(delegationsTemplateCsv)
      : input.format === 'csv'
        ? exportDelegationsCsv(document())
        : await exportDelegationsXlsx(document());
  writeAtomically(target, content);
  return { path: target };
}

/**
 * Writes the file through the store's one atomic writer (exclusive temporary file, fsync,
 * rename): a failure never leaves half a file (also used for PDFs and lists).
 */
export function writeAtomically(target: string, content: string | Uint8Array): void {
  try {
    writeFileAtomic(target, content);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new AppError('export-failed', { path: target, detail: code ?? (err as Error).message });
  }
}

// ---- the save dialog ----------------------------------------------------------------------

const dialogMessages = defineMessages(
  { title: 'Save as', csv: 'CSV file (UTF-8)', xlsx: 'Excel workbook' },
  { title: 'Lưu thành', csv: 'Tệp CSV (UTF-8)', xlsx: 'Sổ tính Excel' },
);

/** The native save dialog's title and one filter per format, the first one the default. */
export function spreadsheetDialogOptions(formats: readonly SpreadsheetFormat[], lang: Language) {
  return {
    title: translate(dialogMessages, lang, 'title'),
    filters: formats.map((f) => ({ name: translate(dialogMessages, lang, f), extensions: [f] })),
  };
}

/** A chosen path keeps a .csv or .xlsx extension among the allowed formats; else it gets the first one's. */
export function withSpreadsheetExtension(path: string, formats: readonly SpreadsheetFormat[]): string {
  return formats.some((f) => path.toLowerCase().endsWith(`.${f}`)) ? path : `${path}.${formats[0]}`;
}
