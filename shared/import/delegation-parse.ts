/**
 * Reading a delegations file (the import's first step): its records, one at a time in file
 * order, and its header's columns. The rows themselves are checked by delegation-check.ts.
 */
import type { Params } from '../i18n/index';
import { eachRecord, prepareCsv, type CsvProblem, type CsvRecord } from './csv';
import type { ImportMessageKey } from './messages';
import type { IssueList } from './issues';
import { DELEGATION_COLUMNS, type DelegationColumn } from './delegation-row';
import type { ImportProgress } from '../ipc/contract';

/** What is imported. */
export type ImportSource =
  // A CSV file's text; `spreadsheetRows`: each error also names the row a spreadsheet shows
  // (ImportIssue.row) when a quoted line break makes it differ from the text line (the app's reports do).
  | { text: string; spreadsheetRows?: boolean }
  | { sheet: readonly CsvRecord[] }; // a spreadsheet's rows, already read (see xlsx.ts): `line` is the row number

export type Records = { problem: CsvProblem } | { problem: null; each: (visit: (record: CsvRecord) => boolean) => void };

/** The input's records, given one at a time in file order; for CSV text, what stops it before any (csv.ts prepareCsv). */
export function recordsOf(input: ImportSource & { onProgress?: ((progress: ImportProgress) => void) | undefined }): Records {
  if ('sheet' in input) {
    const { sheet } = input;
    return { problem: null, each: (visit) => void sheet.every((record) => visit(record)) };
  }
  const csv = prepareCsv(input.text);
  if (csv.problem) return { problem: csv.problem };
  const { onProgress } = input;
  const reading = onProgress && ((done: number, total: number) => onProgress({ stage: 'reading', done, total }));
  return { problem: null, each: (visit) => eachRecord(csv.text, csv.delimiter, visit, reading) };
}

const ALWAYS_REQUIRED: readonly DelegationColumn[] = ['kind', 'head_name', 'rank'];

/** The header's columns, or null when it is refused (its errors added to `errors`). */
export function readHeader(header: CsvRecord, errors: IssueList): { columnIndex: Map<DelegationColumn, number>; unnamed: number[] } | null {
  const error = (column: string, key: ImportMessageKey, params?: Params) => errors.add(header.line, column, key, params, header.row);
  if (header.problem) {
    const spans = header.problem === 'malformed-quote' && header.lastLine > header.line;
    error('', spans ? 'malformed-quote-span' : header.problem, { line: header.line, end: header.lastLine });
    return null;
  }
  const columnIndex = new Map<DelegationColumn, number>();
  const unnamed: number[] = [];
  header.fields.forEach((field, i) => {
    const name = field.trim().toLowerCase();
    if (name === '') unnamed.push(i);
    else if (!(DELEGATION_COLUMNS as readonly string[]).includes(name)) {
      error(field.trim(), 'unknown-column', { column: field.trim(), allowed: DELEGATION_COLUMNS.join(', ') });
    } else if (columnIndex.has(name as DelegationColumn)) {
      const first = columnIndex.get(name as DelegationColumn)! + 1;
      error(name, 'duplicate-column', { column: name, first, second: i + 1 });
    } else columnIndex.set(name as DelegationColumn, i);
  });
  for (const column of ALWAYS_REQUIRED) {
    if (!columnIndex.has(column)) error(column, 'missing-column', { column });
  }
  return errors.length > 0 ? null : { columnIndex, unnamed };
}
