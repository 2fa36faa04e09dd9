import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile from 'write-excel-file/universal';
import { neutraliseFormula, prepareText, type CsvRecord } from './csv';
import { sniffFormat } from './sniff';
import { storedZip, unzipWorkbook } from './unzip';

/**
 * The XLSX layer of the imports and exports: the first sheet of a workbook read into the same
 * records a CSV file gives (so one planner checks both, with the same messages), and tables
 * written as workbooks of text cells. The zip and XML work is read-excel-file's and
 * write-excel-file's; what is decided here is how a cell becomes text.
 */

/**
 * Why a file could not be read as a workbook: not one at all, an Excel 97–2003 / encrypted
 * file, or one that unzips to more than any delegations list needs (see unzip.ts).
 */
export type XlsxProblem = 'not-xlsx' | 'old-excel' | 'too-large';

export type SheetRead = { ok: true; sheet: string; records: CsvRecord[] } | { ok: false; problem: XlsxProblem };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * One cell as the text a CSV file would hold. Dates typed as dates (a number with a date
 * format) come out as YYYY-MM-DD, with the time only when there is one (so the import can say
 * it is not a date); numbers as the workbook stores them ("1.5", never "1,5" or "1.50");
 * booleans as TRUE / FALSE, as spreadsheets show them; text as the CSV import reads it (NFC,
 * line breaks as LF). A formula cell gives the value it had when the workbook was saved.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return prepareText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    // Excel serial times are floats: round to the second so 23:59:59.9996 is the next midnight.
    const d = new Date(Math.round(value.getTime() / 1000) * 1000);
    const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    const [h, m, s] = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
    return h === 0 && m === 0 && s === 0 ? date : `${date} ${pad(h)}:${pad(m)}${s === 0 ? '' : `:${pad(s)}`}`;
  }
  return String(value);
}

/**
 * The first sheet of an XLSX workbook as records: `line` is the spreadsheet's row number
 * (1-based, empty rows counted, so errors name the row the user sees), cells as text (see
 * cellText), every row as wide as the widest. Never throws: anything that is not a readable
 * workbook is a problem to report.
 */
export async function readFirstSheet(bytes: Uint8Array): Promise<SheetRead> {
  const kind = sniffFormat(bytes);
  if (kind !== 'xlsx') return { ok: false, problem: kind === 'old-excel' ? 'old-excel' : 'not-xlsx' };
  const unzipped = unzipWorkbook(bytes); // zip bombs refused; see unzip.ts
  if (!unzipped.ok) return unzipped;
  let sheets: Awaited<ReturnType<typeof readXlsxFile<string>>>;
  try {
    const buffer = storedZip(unzipped.entries).buffer as ArrayBuffer;
    // trim: false — spaces are the planner's business, as in a CSV file; parseNumber keeps the
    // number as the workbook wrote it instead of a float that may print differently.
    sheets = await readXlsxFile<string>(buffer, { trim: false, parseNumber: (text) => text });
  } catch {
    return { ok: false, problem: 'not-xlsx' };
  }
  const first = sheets[0];
  if (!first) return { ok: false, problem: 'not-xlsx' };
  const width = Math.max(0, ...first.data.map((row) => row.length));
  const records = first.data.map((row, i): CsvRecord => {
    const fields = Array.from({ length: width }, (_, c) => cellText(row[c]));
    return { line: i + 1, lastLine: i + 1, row: i + 1, fields, problem: null };
  });
  return { ok: true, sheet: first.sheet, records };
}

export type XlsxSheet = {
  name: string;
  rows: readonly (readonly string[])[];
  /** Column widths in characters. */
  widths?: readonly number[];
};

// Excel refuses sheet names over 31 characters or with : \ / ? * [ ].
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

/**
 * A workbook of text cells: every value is a string cell (never a formula or a number), with
 * the same apostrophe before formula-looking values as the CSV export (see csv.ts), so that a
 * value edited and confirmed in a spreadsheet, or copied elsewhere, is never run. The first row
 * of each sheet is bold and stays in view.
 */
export async function xlsxBytes(sheets: readonly XlsxSheet[]): Promise<Uint8Array> {
  const blob = await writeXlsxFile(
    sheets.map((s) => ({
      sheet: sheetName(s.name),
      stickyRowsCount: 1,
      columns: s.widths?.map((width) => ({ width })),
      data: s.rows.map((row, r) =>
        row.map((value) =>
          value === '' ? null : { value: neutraliseFormula(value), type: String, ...(r === 0 ? { fontWeight: 'bold' as const } : {}) },
        ),
      ),
    })),
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
