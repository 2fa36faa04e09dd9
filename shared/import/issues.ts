import { translate, type Language, type Params } from '../i18n/index';
import type { ImportIssue } from '../ipc/contract';
import { importMessages, type ImportMessageKey } from './messages';

/**
 * How many errors a report lists: enough to correct a file row by row, and a bound on what a
 * huge broken file sends to the window (a 19 MB CSV gave 600,000 errors, 57 MB of report).
 */
export const MAX_REPORTED_ERRORS = 1_000;

/**
 * The errors of one import: every one counted, only the first MAX_REPORTED_ERRORS by line kept
 * (and translated). A file of a million bad rows otherwise held two million translated
 * sentences (1.4 GB) to show a thousand. Errors arrive nearly in line order, not exactly (a
 * missing column is reported on the header line after the rows), so the kept ones are sorted
 * and cut whenever they reach twice the limit; from then on an error on a line at or past the
 * last one kept can never be listed, and is only counted. The result equals sorting every
 * error by line (stable) and keeping the first MAX_REPORTED_ERRORS.
 */
export class IssueList {
  #kept: ImportIssue[] = [];
  #cutLine = Infinity; // once cut: errors on this line or later are only counted
  #count = 0;

  readonly #lang: Language;
  readonly #limit: number;
  readonly #rows: boolean;

  // Plain fields, no parameter properties: the import worker runs this file with Node's type stripping in tests.
  /** `rows`: whether an error names the spreadsheet row too, when it differs from the line (see add). */
  constructor(lang: Language, limit = MAX_REPORTED_ERRORS, rows = true) {
    this.#lang = lang;
    this.#limit = limit;
    this.#rows = rows;
  }

  /** How many errors there are in all (kept or not). */
  get length(): number {
    return this.#count;
  }

  /**
   * One error on `line` (and spreadsheet `row`, kept only when it differs). `params` may be a
   * function, called only if the error is kept: parameters that cost a translation of their own.
   */
  add(line: number, column: string, key: ImportMessageKey, params?: Params | (() => Params), row?: number): void {
    this.#count++;
    if (line >= this.#cutLine) return;
    const reason = translate(importMessages, this.#lang, key, typeof params === 'function' ? params() : params);
    this.#kept.push(!this.#rows || row === undefined || row === line ? { line, column, reason } : { line, row, column, reason });
    if (this.#kept.length >= 2 * this.#limit) this.#cut();
  }

  #cut(): void {
    this.#kept.sort((a, b) => a.line - b.line); // stable: equal lines keep their order
    this.#kept.length = Math.min(this.#kept.length, this.#limit);
    if (this.#kept.length === this.#limit) this.#cutLine = this.#kept[this.#limit - 1]!.line;
  }

  /** The first errors by line, at most the limit. */
  list(): ImportIssue[] {
    this.#cut();
    return [...this.#kept];
  }
}
