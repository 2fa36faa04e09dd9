import type { Changes, EventDocument } from '../model/collections';
import type { ReferenceData } from '../reference/types';
import type { Language } from '../i18n/index';
import type { ImportIssue, ImportProgress, ImportReport } from '../ipc/contract';
import type { IdFactory } from '../ids';
import { isBlankRecord, type CsvRecord } from './csv';
import { IssueList, MAX_REPORTED_ERRORS } from './issues';
import { DELEGATION_COLUMNS, type Row } from './delegation-row';
import { readHeader, recordsOf, type ImportSource } from './delegation-parse';
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
} & ImportSource;

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
  const errors = new IssueList(input.lang, MAX_REPORTED_ERRORS, 'text' in input && input.spreadsheetRows === true); // counts every error, keeps the first ones
  // parse → check each row (matched with the event: delegation-match.ts) → check the file as a whole → plan the rows to write.
  const rows = checkedRows(input, errors);
  if (rows === null || errors.length > 0) return failure(errors);
  const plan = planChanges(rows, input.document, input.ids);
  const rowOf = new Map(rows.map((r) => [r.line, r.row]));
  for (const { line, problem } of plan.invalid) errors.add(line, '', 'invalid-row', { detail: problem }, rowOf.get(line));
  if (errors.length > 0) return failure(errors);
  return { report: { applied: true, ...plan.summary, errors: [], errorCount: 0 }, changes: plan.changes };
}

/** How often (in data rows) a spreadsheet's check says how far it is. */
const PROGRESS_EVERY = 8192;

/**
 * The file's valid rows, read and checked record by record (none kept once checked), with the
 * checks of the whole file after them; null when the file is refused before any row is read.
 * Every error is added to `errors`.
 */
function checkedRows(input: DelegationImportInput, errors: IssueList): Row[] | null {
  const { document, reference, lang, onProgress } = input;
  const records = recordsOf(input);
  if (records.problem) {
    errors.add(records.problem.line, '', records.problem.key, records.problem.params);
    return null;
  }
  // A spreadsheet's rows are all read already: the progress counts its data rows (CSV text says how much of it is read).
  const sheetRows = 'sheet' in input ? input.sheet.reduce((n, r) => n + (isBlankRecord(r) ? 0 : 1), -1) : null;

  // The header, then the data rows (blank records skipped).
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
    return null;
  }
  if (checked === null) return null;
  if (dataRows === 0) {
    errors.add(first.line, '', 'no-data-rows', undefined, first.row);
    return null;
  }
  for (const column of DELEGATION_COLUMNS) {
    const need = checked.needsColumn.get(column);
    if (need) errors.add(first.line, column, 'missing-column-for-kind', { column, kind: need.kind, line: need.line }, first.row);
  }
  return rows;
}
