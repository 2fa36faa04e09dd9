import Papa from 'papaparse';

/**
 * The CSV layer of the imports: text preparation, records with their physical line numbers,
 * RFC 4180 writing and the formula-neutralising rule. The grammar itself is papaparse's.
 */

export type Delimiter = ',' | ';';

/**
 * What the import reads: the leading byte-order mark removed, Unicode in NFC (a decomposed
 * "ệ" equals a composed one) and every line break (CRLF, CR, LF) as LF — also inside quoted
 * values, so a value never depends on the spreadsheet that saved it.
 */
export function prepareText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // ASCII is NFC already: a 19 MB file skips a normalisation that costs the better part of a second.
  const nfc = /[^ -~\t\n\r]/.test(withoutBom) ? withoutBom.normalize('NFC') : withoutBom;
  return nfc.replace(/\r\n?/g, '\n');
}

/**
 * One record of the file; `line` is the 1-based physical line where it starts, `lastLine` where
 * it ends; `row` is the row a spreadsheet shows it on (1-based, blank records counted), which
 * is smaller than `line` after a quoted cell with a line break. In a workbook all three are the row.
 */
export type CsvRecord = {
  line: number;
  lastLine: number;
  row: number;
  fields: string[];
  problem: 'unclosed-quote' | 'malformed-quote' | null;
};

/**
 * The delimiter used by a header line: whichever of comma and semicolon it has more of.
 * Null when it has neither (a one-column file, or another delimiter such as tab).
 */
export function detectDelimiter(headerLine: string): Delimiter | null {
  const commas = headerLine.split(',').length - 1;
  const semicolons = headerLine.split(';').length - 1;
  if (commas === 0 && semicolons === 0) return null;
  return semicolons > commas ? ';' : ',';
}

/** How often (in records) a long parse says how far it is. */
const PROGRESS_EVERY = 8192;

/**
 * Parses prepared text (see prepareText) into records, blank ones included. `onProgress` is
 * told now and then how many characters of the text are read.
 */
export function parseRecords(text: string, delimiter: Delimiter, onProgress?: (done: number, total: number) => void): CsvRecord[] {
  const records: CsvRecord[] = [];
  eachRecord(text, delimiter, (record) => void records.push(record), onProgress);
  return records;
}

/**
 * Gives each record of prepared text (see prepareText) to `visit` as it is parsed, blank ones
 * included, and keeps none: a file of a million rows is checked without holding a million
 * records. `visit` returns false to stop there. `onProgress` is told now and then how many
 * characters of the text are read.
 */
export function eachRecord(
  text: string,
  delimiter: Delimiter,
  visit: (record: CsvRecord) => boolean | void,
  onProgress?: (done: number, total: number) => void,
): void {
  if (!text.includes('"')) return eachLine(text, delimiter, visit, onProgress);
  let start = 0; // offset where the next record starts
  let line = 1; // physical line of `start`
  let row = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step(results, parser) {
      const problem = results.errors.length === 0 ? null : quoteProblem(results.errors.map((e) => e.code));
      const end = results.meta.cursor;
      let breaks = 0; // line breaks in the record, the one that ends it included
      for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) breaks++;
      const ended = end > start && text.charCodeAt(end - 1) === 10; // the line break that ends the record
      const record: CsvRecord = { line, lastLine: line + breaks - (ended ? 1 : 0), row: ++row, fields: results.data, problem };
      line += breaks;
      start = end;
      if (onProgress && row % PROGRESS_EVERY === 0) onProgress(start, text.length);
      if (visit(record) === false) parser.abort();
    },
  });
}

/**
 * eachRecord for a text without a quote: what papaparse does then (its "fast mode": every line a
 * record, every delimiter a field break), without the array of every line it first splits the
 * whole text into — 1M strings for a file of a million rows, the largest part of the memory a
 * huge import took. Papaparse's chunked mode is no way round it: each chunk inside an unclosed
 * quote is parsed again from the quote, so a 19 MB file with one stray quote took 11 s and 2.7 GB.
 */
function eachLine(text: string, delimiter: Delimiter, visit: (record: CsvRecord) => boolean | void, onProgress?: (done: number, total: number) => void): void {
  if (text === '') return; // papaparse gives no record
  for (let start = 0, row = 1; ; row++) {
    const next = text.indexOf('\n', start);
    const end = next < 0 ? text.length : next + 1;
    const fields = text.slice(start, next < 0 ? text.length : next).split(delimiter);
    if (onProgress && row % PROGRESS_EVERY === 0) onProgress(end, text.length);
    if (visit({ line: row, lastLine: row, row, fields, problem: null }) === false || next < 0) return;
    start = end;
  }
}

function quoteProblem(codes: readonly string[]): CsvRecord['problem'] {
  return codes.includes('MissingQuotes') ? 'unclosed-quote' : codes.includes('InvalidQuotes') ? 'malformed-quote' : null;
}

/** What stops a CSV text before its rows are read: nothing in it, or a header with no delimiter. */
export type CsvProblem = { line: number; key: 'empty-file' | 'no-delimiter'; params?: Record<string, string> };

/** A CSV file's text, prepared (see prepareText), with the delimiter its first non-blank line uses. */
export type PreparedCsv = { text: string; delimiter: Delimiter; problem: null } | { text: null; delimiter: null; problem: CsvProblem };

export function prepareCsv(input: string): PreparedCsv {
  const text = prepareText(input);
  // The first non-blank line, found without splitting a file of a million lines into strings.
  let at = 0;
  let line = 1;
  let headerLine: string | null = null;
  while (at <= text.length) {
    const next = text.indexOf('\n', at);
    const physical = text.slice(at, next < 0 ? text.length : next);
    if (physical.replace(/[,;]/g, '').trim() !== '') {
      headerLine = physical;
      break;
    }
    if (next < 0) break;
    at = next + 1;
    line++;
  }
  const refused = (problem: CsvProblem) => ({ text: null, delimiter: null, problem });
  if (headerLine === null) return refused({ line: 1, key: 'empty-file' });
  const delimiter = detectDelimiter(headerLine);
  if (delimiter === null) return refused({ line, key: 'no-delimiter', params: { value: headerLine.trim().slice(0, 80) } });
  return { text, delimiter, problem: null };
}

/** Reads a CSV file's text into records (blank ones included): see prepareCsv. */
export function readCsv(
  input: string,
  onProgress?: (done: number, total: number) => void,
): { records: CsvRecord[]; problem: null } | { records: null; problem: CsvProblem } {
  const csv = prepareCsv(input);
  return csv.problem ? { records: null, problem: csv.problem } : { records: parseRecords(csv.text, csv.delimiter, onProgress), problem: null };
}

/** A record with no content: a blank line, or only delimiters and spaces (";;;;" from a spreadsheet). */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.problem === null && record.fields.every((f) => f.trim() === '');
}

// ---- formulas ----------------------------------------------------------------------------

// A spreadsheet runs a cell starting with = + - @ (and, in some, tab or CR) as a formula. LF
// is added because the import reads CR as LF. Leading apostrophes are looked through so that
// the rule is exactly reversible: see neutraliseFormula and unneutraliseFormula.
const FORMULA_AFTER_APOSTROPHES = /^'*[=+\-@\t\r\n]/;
const NEUTRALISED = /^'+[=+\-@\t\r\n]/;

/**
 * Export side: a cell that, after any leading apostrophes, starts with = + - @ tab CR or LF
 * gets one more apostrophe in front, so a spreadsheet shows it as text and never runs it.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_AFTER_APOSTROPHES.test(cell) ? `'${cell}` : cell;
}

/** Import side: removes exactly the one apostrophe neutraliseFormula adds. */
export function unneutraliseFormula(cell: string): string {
  // The test of the first character spares the expression for nearly every cell (a million rows have millions).
  return cell.charCodeAt(0) === 39 && NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

// ---- writing -----------------------------------------------------------------------------

/** One RFC 4180 field, quoted when it holds a delimiter (either one), a quote, a line break or edge spaces. */
export function csvField(value: string): string {
  const cell = neutraliseFormula(value);
  return /[",;\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Whole CSV text: UTF-8 byte-order mark, CRLF after every record (RFC 4180). */
export function csvText(rows: readonly (readonly string[])[], delimiter: Delimiter = ','): string {
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(delimiter) + '\r\n').join('');
}
