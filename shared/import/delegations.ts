import type { Changes, EventDocument } from '../model/collections';
import type { ReferenceData } from '../reference/types';
import type { Language, Params } from '../i18n/index';
import type { ImportIssue, ImportProgress, ImportReport } from '../ipc/contract';
import type { IdFactory } from '../ids';
import { eachRecord, isBlankRecord, prepareCsv, type CsvProblem, type CsvRecord } from './csv';
import type { ImportMessageKey } from './messages';
import { IssueList, MAX_REPORTED_ERRORS } from './issues';
import { DELEGATION_COLUMNS, type DelegationColumn, type Row } from './delegation-row';
import { rowChecker, type RowChecker } from './delegation-check';
import { planChanges } from './delegation-changes';

// The file's columns and its export live beside the planner; importers of the import's API find them here too.
export { DELEGATION_COLUMNS, type DelegationColumn } from './delegation-row';
export { delegationTable, exportDelegationsCsv } from './delegations-export';


export type DelegationImportInput = {
  document: EventDocument;
  reference: ReferenceData;
  lang: Language;
  ids: IdFactory;
  /**
   * Told now and then how far the planner is (a worker reports it to the window): for CSV text,
   * read and checked in one pass, the characters read; for a spreadsheet, its data rows checked.
   */
  onProgress?: (progress: ImportProgress) => void;
} & (
  // A CSV file's text; `spreadsheetRows`: each error also names the row a spreadsheet shows
  // (ImportIssue.row) when a quoted line break makes it differ from the text line (the app's reports do).
  | { text: string; spreadsheetRows?: boolean }
  | { sheet: readonly CsvRecord[] } // a spreadsheet's rows, already read (see xlsx.ts): `line` is the row number
);


export { MAX_REPORTED_ERRORS };

/**
 * A refused import: its first errors by line (at most MAX_REPORTED_ERRORS; `errorCount` says how
 * many there are in all), nothing created or updated, nothing to write.
 */
export const failure = (errors: ImportIssue[] | IssueList): { report: ImportReport; changes: Changes } => ({
  report: {
    applied: false,
    created: [],
    updated: [],
    unchanged: 0,
    errors: errors instanceof IssueList ? errors.list() : [...errors].sort((a, b) => a.line - b.line).slice(0, MAX_REPORTED_ERRORS),
    errorCount: errors.length,
  },
  changes: { upserts: {}, deletes: {} },
});

/**
 * Plans the import of a delegations file (CSV text, or the rows of a spreadsheet) into an event: what would be created and updated
 * (the preview) and the rows to write. Pure: nothing is written here. All or nothing — with any
 * error, `report.applied` is false, `report.errors` lists every problem with its line, column and
 * reason in `lang`, and `changes` is empty. Re-importing a file changes nothing.
 * See resources/templates/delegations-import.md for the file format.
 */
export function planDelegationImport(input: DelegationImportInput): { report: ImportReport; changes: Changes } {
  const { document, reference, lang, ids, onProgress } = input;
  const errors = new IssueList(lang, MAX_REPORTED_ERRORS, 'text' in input && input.spreadsheetRows === true); // counts every error, keeps the first ones
  const records = recordsOf(input);
  if (records.problem) {
    errors.add(records.problem.line, '', records.problem.key, records.problem.params);
    return failure(errors);
  }
  // A spreadsheet's rows are all read already: the progress counts its data rows (CSV text says how much of it is read).
  const sheetRows = 'sheet' in input ? input.sheet.reduce((n, r) => n + (isBlankRecord(r) ? 0 : 1), -1) : null;

  // Record by record, none kept once checked: the header, then the data rows (blank records skipped).
  let header: CsvRecord | null = null;
  let checker: RowChecker | null = null;
  let dataRows = 0;
  const rows: Row[] = [];
  records.each((record) => {
    if (isBlankRecord(record)) return true;
    if (header === null) {
      header = record;
      const columns = readHeader(record, errors);
      checker = columns && rowChecker({ header, ...columns, document, reference, lang, errors });
      return checker !== null; // a refused header: no row is read
    }
    if (sheetRows !== null && dataRows % PROGRESS_EVERY === 0) onProgress?.({ stage: 'checking', done: dataRows, total: sheetRows });
    dataRows++;
    const row = checker!.check(record);
    if (row) rows.push(row);
    return true;
  });
  // (TypeScript does not follow assignments made in the callback.)
  const first = header as CsvRecord | null;
  const checked = checker as RowChecker | null;
  if (first === null) {
    errors.add(1, '', 'empty-file');
    return failure(errors);
  }
  if (checked === null) return failure(errors);
  if (dataRows === 0) {
    errors.add(first.line, '', 'no-data-rows', undefined, first.row);
    return failure(errors);
  }
  for (const column of DELEGATION_COLUMNS) {
    const need = checked.needsColumn.get(column);
    if (need) errors.add(first.line, column, 'missing-column-for-kind', { column, kind: need.kind, line: need.line }, first.row);
  }
  if (errors.length > 0) return failure(errors);

  // ---- the changes -------------------------------------------------------------------------
  const plan = planChanges(rows, document, ids);
  const rowOf = new Map(rows.map((r) => [r.line, r.row]));
  for (const { line, problem } of plan.invalid) errors.add(line, '', 'invalid-row', { detail: problem }, rowOf.get(line));
  if (errors.length > 0) return failure(errors);
  return { report: { applied: true, ...plan.summary, errors: [], errorCount: 0 }, changes: plan.changes };
}

/** How often (in data rows) a spreadsheet's check says how far it is. */
const PROGRESS_EVERY = 8192;

type Records = { problem: CsvProblem } | { problem: null; each: (visit: (record: CsvRecord) => boolean) => void };

/** The input's records, given one at a time in file order; for CSV text, what stops it before any (csv.ts prepareCsv). */
function recordsOf(input: DelegationImportInput): Records {
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
function readHeader(header: CsvRecord, errors: IssueList): { columnIndex: Map<DelegationColumn, number>; unnamed: number[] } | null {
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
