import { resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { csvText } from '../../shared/import/csv';
import { xlsxBytes } from '../../shared/import/xlsx';
import type { Input, Output } from '../../shared/ipc/contract';
import { writeAtomically } from './export';

/** Column widths in characters: the longest cell of each column (header included), between 6 and 60. */
function widths(rows: readonly (readonly string[])[]): number[] {
  const out: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (out[i] = Math.max(out[i] ?? 6, Math.min(60, [...cell].length + 2))));
  return out;
}

/**
 * `print:exportList`: a list of the Printing screen (the guest index, table plans, a signing
 * order), as the rows the screen built, written as CSV (UTF-8 with BOM, CRLF) or XLSX (text
 * cells) at a path the user chose. The path must end in the format's extension, so this
 * channel can never overwrite an event file; any cell a spreadsheet would run as a formula
 * (= + - @ tab CR LF) gets an apostrophe (csvText, xlsxBytes). Written beside the target and
 * renamed, so a failure never leaves half a file. The rows' limits are the contract's.
 */
export async function exportList(input: Input<'print:exportList'>): Promise<Output<'print:exportList'>> {
  const target = resolve(input.path);
  if (!target.toLowerCase().endsWith(`.${input.format}`)) {
    throw new AppError('export-extension', { format: input.format.toUpperCase(), ext: input.format, path: target });
  }
  const content = input.format === 'csv' ? csvText(input.rows) : await xlsxBytes([{ name: 'list', rows: input.rows, widths: widths(input.rows) }]);
  writeAtomically(target, content);
  return { path: target };
}
