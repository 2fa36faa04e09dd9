/**
 * A huge broken file: every error counted, the first 1,000 by line kept (and only those
 * translated), each naming the row a spreadsheet shows when a quoted line break moves the
 * text lines down.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyDocument } from '../../shared/model/collections';
import { seededIds } from '../../shared/ids';
import { translate, type Language } from '../../shared/i18n/index';
import { planDelegationFile } from '../../shared/import/files';
import { IssueList, MAX_REPORTED_ERRORS } from '../../shared/import/issues';
import { importMessages } from '../../shared/import/messages';
import { fileText } from '../../renderer/src/delegations/import/messages';
import { testReference } from '../fixtures/import/reference';
import { referenceData } from '../../resources/reference/load';

const plan = (text: string, lang: Language = 'en', reference = testReference) =>
  planDelegationFile({ format: 'csv', text }, { document: emptyDocument(), reference, lang, ids: seededIds(1) });

describe('errors of a huge file', () => {
  it('counts every error of 20,000 bad rows and lists the first 1,000 by line', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `state,Z${i % 100},A ${i},x`);
    const { report, changes } = await plan(['kind,iso3,head_name,rank', ...rows].join('\n'));
    expect(report.errorCount).toBe(40_000);
    expect(report.errors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(report.errors.map((e) => e.line)).toEqual(Array.from({ length: 1_000 }, (_, i) => 2 + Math.floor(i / 2)));
    expect(report.errors[1]).toEqual({ line: 2, column: 'iso3', reason: translate(importMessages, 'en', 'bad-iso3', { value: 'Z0' }) });
    expect(changes).toEqual({ upserts: {}, deletes: {} });
  });

  it('keeps exactly what sorting every error by line and cutting would keep, however they arrive', () => {
    const arrivals = fc.array(fc.tuple(fc.integer({ min: 1, max: 60 }), fc.constantFrom('a', 'b', 'c')), { maxLength: 400 });
    fc.assert(
      fc.property(arrivals, fc.integer({ min: 1, max: 40 }), (errors, limit) => {
        const list = new IssueList('en', limit);
        for (const [line, column] of errors) list.add(line, column, 'required');
        const reason = translate(importMessages, 'en', 'required');
        const expected = errors
          .map(([line, column]) => ({ line, column, reason }))
          .sort((a, b) => a.line - b.line)
          .slice(0, limit);
        expect(list.list()).toEqual(expected);
        expect(list.length).toBe(errors.length);
      }),
      { numRuns: 300 },
    );
  });

  it('translates only the errors it keeps: a million errors are counted, not written out', () => {
    const list = new IssueList('en');
    let asked = 0;
    const params = { get value() { asked++; return 'x'; } };
    for (let line = 2; line < 1_000_002; line++) list.add(line, 'rank', 'bad-rank', params as unknown as Record<string, string>);
    expect(list.length).toBe(1_000_000);
    expect(list.list()).toHaveLength(1_000);
    expect(asked).toBeLessThanOrEqual(2 * MAX_REPORTED_ERRORS);
  });

  it.each<[Language, string]>([
    ['en', '… and 998,000 more errors.'],
    ['vi', '… và 998.000 lỗi khác.'],
  ])('says how many more errors there are (%s)', (lang, text) => {
    expect(fileText(lang)('errorsMore', { count: new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(998_000) })).toBe(text);
  });
});

describe('an error names the row a spreadsheet shows, and the text line when they differ', () => {
  // Row 2 has a members cell on two lines: row 9 of the spreadsheet starts on line 10.
  const lines = [
    'kind,iso3,head_name,rank,members',
    'state,VNM,Lương Cường,head-of-state,"Lê Hoài Trung | Minister',
    'Bùi Thanh Sơn | Deputy"',
    ...['FRA', 'DEU', 'JPN', 'BRA', 'IND', 'KEN'].map((iso3) => `state,${iso3},Someone,minister,`),
    'state,QQQ,Somebody,minister,',
  ];

  it.each<[Language, string]>([
    ['en', '9 (line 10)'],
    ['vi', '9 (dòng 10)'],
  ])('row 9 (line 10) after a quoted line break (%s)', async (lang, shown) => {
    const { report } = await plan(lines.join('\r\n') + '\r\n', lang, referenceData);
    expect(report.errors).toEqual([{ line: 10, row: 9, column: 'iso3', reason: translate(importMessages, lang, 'unknown-iso3', { value: 'QQQ' }) }]);
    const e = report.errors[0]!;
    expect(fileText(lang)('rowAndLine', { row: e.row!, line: e.line })).toBe(shown);
  });

  it('gives no separate row when the lines are the rows', async () => {
    const flat = [lines[0]!, 'state,VNM,Lương Cường,head-of-state,Lê Hoài Trung | Minister', ...lines.slice(3)];
    const { report } = await plan(flat.join('\n'), 'en', referenceData);
    expect(report.errors).toEqual([{ line: 9, column: 'iso3', reason: translate(importMessages, 'en', 'unknown-iso3', { value: 'QQQ' }) }]);
  });
});
