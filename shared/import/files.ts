import type { EventDocument } from '../model/collections';
import type { ImportProgress } from '../ipc/contract';
import { translate, type Language, type Params } from '../i18n/index';
import { isBlankRecord, readCsv, unneutraliseFormula, type CsvRecord } from './csv';
import { delegationTable, failure, planDelegationImport, type DelegationImportInput } from './delegations';
import { importMessages, type ImportMessageKey } from './messages';
import { XLSX_MAX_UNZIPPED_MB } from './unzip';

/**
 * Whole files in both formats, for main and the CLI (the renderer never parses or writes
 * workbooks): planning the import of a CSV or XLSX file, and writing the delegations or the
 * template as an XLSX workbook. The workbook libraries (xlsx.ts) load at the first workbook: a
 * CSV import's worker starts without them (a tenth of a second of each start).
 */
const workbooks = () => import('./xlsx');

export type DelegationFile = { format: 'csv'; text: string } | { format: 'xlsx'; bytes: Uint8Array };
export type PlanContext = Omit<DelegationImportInput, 'text' | 'sheet'>;

/**
 * Reads a file in either format into what planDelegationImport takes. A workbook is read from
 * its first sheet; one that cannot be read, or whose first sheet is empty, is refused with one
 * error on line 1 (like an empty CSV file), in the user's language. Async (unzipping), so that
 * the caller can then load the event and plan and write in one synchronous step.
 */
export async function readDelegationFile(
  file: DelegationFile,
  lang: Language,
): Promise<{ ok: true; source: { text: string } | { sheet: CsvRecord[] } } | { ok: false; refused: ReturnType<typeof failure> }> {
  if (file.format === 'csv') return { ok: true, source: { text: file.text } };
  const refuse = (key: ImportMessageKey, params?: Params) => ({
    ok: false as const,
    refused: failure([{ line: 1, column: '', reason: translate(importMessages, lang, key, params) }]),
  });
  const read = await (await workbooks()).readFirstSheet(file.bytes);
  if (!read.ok) return refuse(read.problem, { limit: String(XLSX_MAX_UNZIPPED_MB) });
  if (read.records.every(isBlankRecord)) return refuse('empty-sheet', { sheet: read.sheet });
  return { ok: true, source: { sheet: read.records } };
}

/**
 * planDelegationImport for a file in either format (see readDelegationFile). A CSV file is
 * read and checked in one pass, record by record; each error also names the row a spreadsheet
 * shows (ImportIssue.row) when a quoted line break makes it differ from the text line.
 */
export async function planDelegationFile(
  file: DelegationFile,
  context: PlanContext & { onStage?: (progress: ImportProgress) => void },
): Promise<ReturnType<typeof failure>> {
  const { onStage, ...plan } = context;
  if (file.format === 'csv') return planDelegationImport({ ...plan, text: file.text, spreadsheetRows: true, onProgress: onStage });
  onStage?.({ stage: 'reading', done: 0, total: 1 });
  const read = await readDelegationFile(file, context.lang);
  return read.ok ? planDelegationImport({ ...plan, ...read.source, onProgress: onStage }) : read.refused;
}

/** Column widths (in characters) that show most values whole without making a sheet unreadable. */
function widths(rows: readonly (readonly string[])[]): number[] {
  const count = Math.max(0, ...rows.map((r) => r.length));
  return Array.from({ length: count }, (_, c) => {
    const longest = Math.max(0, ...rows.map((r) => Math.max(0, ...(r[c] ?? '').split('\n').map((l) => l.length))));
    return Math.min(60, Math.max(10, longest + 2));
  });
}

/** The delegations as an XLSX workbook: one sheet, the same rows as the CSV export. */
export async function exportDelegationsXlsx(document: EventDocument): Promise<Uint8Array> {
  const rows = delegationTable(document);
  return (await workbooks()).xlsxBytes([{ name: 'delegations', rows, widths: widths(rows) }]);
}

/**
 * The CSV template as an XLSX workbook with the same cells: each value as the CSV import
 * reads it (so the workbook imports exactly like the CSV file).
 */
export async function templateXlsx(templateCsv: string): Promise<Uint8Array> {
  const read = readCsv(templateCsv);
  const rows = (read.records ?? []).filter((r) => !isBlankRecord(r)).map((r) => r.fields.map(unneutraliseFormula));
  return (await workbooks()).xlsxBytes([{ name: 'delegations', rows, widths: widths(rows) }]);
}
