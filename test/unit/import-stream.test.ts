/**
 * A CSV file is read and checked in one pass, record by record: a text without quotes is read
 * line by line exactly as papaparse reads it, a huge broken file still lists its first 1,000
 * errors by row and line and counts the rest, and the progress says how much of it is read.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { emptyDocument } from '../../shared/model/collections';
import { seededIds } from '../../shared/ids';
import { translate } from '../../shared/i18n/index';
import type { ImportProgress } from '../../shared/ipc/contract';
import { parseRecords, type Delimiter } from '../../shared/import/csv';
import { planDelegationFile } from '../../shared/import/files';
import { MAX_REPORTED_ERRORS } from '../../shared/import/issues';
import { importMessages } from '../../shared/import/messages';
import { referenceData } from '../../resources/reference/load';

/** Papaparse's own records of a text, with the settings the import uses. */
const papaparse = (text: string, delimiter: Delimiter) =>
  Papa.parse<string[]>(text, { delimiter, newline: '\n', quoteChar: '"', escapeChar: '"', header: false, dynamicTyping: false, skipEmptyLines: false }).data;

describe('a text without quotes', () => {
  it('gives the records papaparse gives, each on its own line', () => {
    const text = fc.array(fc.constantFrom('a', 'Ê', ' ', ',', ';', '\n', '\t', "'", '|'), { maxLength: 200 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom<Delimiter>(',', ';'), (text, delimiter) => {
        const records = parseRecords(text, delimiter);
        expect(records.map((r) => r.fields)).toEqual(papaparse(text, delimiter));
        expect(records.map((r) => [r.line, r.lastLine, r.row, r.problem])).toEqual(records.map((_, i) => [i + 1, i + 1, i + 1, null]));
      }),
      { numRuns: 500 },
    );
  });
});

describe('a huge broken file, read record by record', () => {
  const plan = (text: string, onStage?: (progress: ImportProgress) => void) =>
    planDelegationFile({ format: 'csv', text }, { document: emptyDocument(), reference: referenceData, lang: 'en', ids: seededIds(1), onStage });

  it('lists the first 1,000 errors of 3,000 bad rows after a quoted line break by row and line, and counts them all', async () => {
    // Row 2 has a members cell on two lines: from line 4 on, row n of the spreadsheet is line n + 1.
    const bad = Array.from({ length: 3_000 }, (_, i) => `state,Z${i % 100},A ${i},x,`);
    const text = ['kind,iso3,head_name,rank,members', 'state,VNM,Lương Cường,head-of-state,"Lê Hoài Trung | Minister\nBùi Thanh Sơn | Deputy"', ...bad].join('\n');
    const { report, changes } = await plan(text);
    expect(report.errorCount).toBe(6_000);
    expect(report.errors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(report.errors.map((e) => [e.row, e.line])).toEqual(Array.from({ length: 1_000 }, (_, i) => [3 + (i >> 1), 4 + (i >> 1)]));
    // Bad row 499 (Z99) is row 502, line 503: its second error is the 1,000th.
    expect(report.errors.at(-1)).toEqual({ line: 503, row: 502, column: 'iso3', reason: translate(importMessages, 'en', 'bad-iso3', { value: 'Z99' }) });
    expect(changes).toEqual({ upserts: {}, deletes: {} });
  });

  it('says how much of the text is read, up to all of it', async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `state,Z${i % 100},A ${i},x`);
    const text = ['kind,iso3,head_name,rank', ...rows].join('\n');
    const said: ImportProgress[] = [];
    await plan(text, (progress) => said.push(progress));
    expect(said.length).toBeGreaterThan(1);
    expect(said.every((p) => p.stage === 'reading' && p.total === text.length && p.done <= p.total)).toBe(true);
    expect(said.map((p) => p.done)).toEqual([...said.map((p) => p.done)].sort((a, b) => a - b));
  });
});
