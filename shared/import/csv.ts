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
  return withoutBom.normalize('NFC').replace(/\r\n?/g, '\n');
}

/** One record of the file; `line` is the 1-based physical line where it starts, `lastLine` where it ends. */
export type CsvRecord = {
  line: number;
  lastLine: number;
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

/** Parses prepared text (see prepareText) into records, blank ones included. */
export function parseRecords(text: string, delimiter: Delimiter): CsvRecord[] {
  const records: CsvRecord[] = [];
  let start = 0; // offset where the next record starts
  let line = 1; // physical line of `start`
  let counted = 0; // offset up to which line breaks are counted into `line`
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step(results) {
      for (; counted < start; counted++) if (text.charCodeAt(counted) === 10) line++;
      const codes = results.errors.map((e) => e.code);
      const problem = codes.includes('MissingQuotes')
        ? 'unclosed-quote'
        : codes.includes('InvalidQuotes')
          ? 'malformed-quote'
          : null;
      const end = results.meta.cursor;
      let breaks = 0;
      for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) breaks++;
      if (end > start && text.charCodeAt(end - 1) === 10) breaks--; // the line break that ends the record
      records.push({ line, lastLine: line + breaks, fields: results.data, problem });
      start = end;
    },
  });
  return records;
}

/** What stops a CSV text before its rows are read: nothing in it, or a header with no delimiter. */
export type CsvProblem = { line: number; key: 'empty-file' | 'no-delimiter'; params?: Record<string, string> };

/**
 * Reads a CSV file's text into records (blank ones included): prepared (see prepareText), with
 * the delimiter its first non-blank line uses.
 */
export function readCsv(input: string): { records: CsvRecord[]; problem: null } | { records: null; problem: CsvProblem } {
  const text = prepareText(input);
  const physical = text.split('\n');
  const headerIndex = physical.findIndex((l) => l.replace(/[,;]/g, '').trim() !== '');
  if (headerIndex < 0) return { records: null, problem: { line: 1, key: 'empty-file' } };
  const delimiter = detectDelimiter(physical[headerIndex]!);
  if (delimiter === null) {
    const value = physical[headerIndex]!.trim().slice(0, 80);
    return { records: null, problem: { line: headerIndex + 1, key: 'no-delimiter', params: { value } } };
  }
  return { records: parseRecords(text, delimiter), problem: null };
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
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
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
