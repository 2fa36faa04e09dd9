import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zipSync, strToU8 } from 'fflate';
import writeXlsxFile from 'write-excel-file/universal';
import { emptyDocument, isEmptyChanges, type EventDocument } from '../../shared/model/collections';
import { seededIds } from '../../shared/ids';
import { RankClass } from '../../shared/model/entities';
import { translate, type Language } from '../../shared/i18n/index';
import { exportDelegationsCsv, planDelegationImport } from '../../shared/import/delegations';
import { exportDelegationsXlsx, planDelegationFile, templateXlsx, type DelegationFile } from '../../shared/import/files';
import { cellText, readFirstSheet } from '../../shared/import/xlsx';
import { readCsv } from '../../shared/import/csv';
import { importMessages } from '../../shared/import/messages';
import { referenceData } from '../../resources/reference/load';
import { testReference } from '../fixtures/import/reference';
import { applyChanges } from '../fixtures/import/apply';
import { excelSerial, rawWorkbook, worksheetXml } from '../fixtures/import/xlsx';

const HEADER = ['kind', 'name_en', 'iso3', 'org_code', 'head_name', 'head_title', 'rank', 'in_office_since', 'members'];
const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

const context = (document: EventDocument, lang: Language = 'en', reference = testReference) => ({
  document,
  reference,
  lang,
  ids: seededIds(7),
});
const planXlsx = (bytes: Uint8Array, document: EventDocument = emptyDocument(), lang: Language = 'en', reference = testReference) =>
  planDelegationFile({ format: 'xlsx', bytes }, context(document, lang, reference));
const planCsv = (text: string, document: EventDocument = emptyDocument(), lang: Language = 'en') =>
  planDelegationImport({ text, ...context(document, lang) });

/** A workbook as write-excel-file writes it (the way most programs other than Excel do). */
async function workbook(rows: unknown[][]): Promise<Uint8Array> {
  const blob = await writeXlsxFile(rows as never).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

const apply = applyChanges;

const headsOf = (doc: EventDocument) =>
  Object.fromEntries(
    Object.values(doc.people)
      .filter((p) => p.role === 'head')
      .map((p) => [doc.delegations[p.delegationId]!.nameEn, p]),
  );

describe('reading a workbook: the first sheet, as the rows a CSV file gives', () => {
  it('reads cells as Excel saves them: shared strings, a real date, a formula’s saved value, numbers, booleans, empty rows', async () => {
    const bytes = rawWorkbook({
      1: HEADER,
      2: ['state', null, 'VNM', null, 'Nguyễn Văn An', { t: 'str', f: 'PROPER("chủ tịch nước")', v: 'Chủ Tịch Nước' }, 'head-of-state', { s: 1, v: excelSerial('2024-10-21') }, 'Trần Thị Bình | Bộ trưởng'],
      // row 3 is empty (Excel writes no <row> for it)
      4: ['state', null, 'FRA', null, 'Marie Curie', { v: 1.5 }, 'minister', { s: 2, v: excelSerial('2023-01-02') + 0.5625 }, { t: 'b', v: 1 }],
      5: [{ t: 'inlineStr', is: 'organization' }, 'United Nations Office on Drugs and Crime', null, 'UNODC', 'Jane Doe', { t: 'e', f: '1/0', v: '#DIV/0!' }, 'head-of-organization', { v: 20200201 }],
    });
    const read = await readFirstSheet(bytes);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.sheet).toBe('Sheet1');
    expect(read.records.map((r) => r.line)).toEqual([1, 2, 3, 4, 5]);
    expect(read.records.every((r) => r.fields.length === 9)).toBe(true);
    expect(read.records[1]!.fields).toEqual(['state', '', 'VNM', '', 'Nguyễn Văn An', 'Chủ Tịch Nước', 'head-of-state', '2024-10-21', 'Trần Thị Bình | Bộ trưởng']);
    expect(read.records[2]!.fields.every((f) => f === '')).toBe(true);
    expect(read.records[3]!.fields.slice(5)).toEqual(['1.5', 'minister', '2023-01-02 13:30', 'TRUE']);
    // An error value (#DIV/0!) reads as empty; a number typed where a date belongs stays a number.
    expect(read.records[4]!.fields.slice(4)).toEqual(['Jane Doe', '', 'head-of-organization', '20200201', '']);
  });

  it('writes dates as YYYY-MM-DD, a time only when there is one, numbers and booleans as text', () => {
    expect(cellText(new Date(Date.UTC(2025, 9, 25)))).toBe('2025-10-25');
    expect(cellText(new Date(Date.UTC(2025, 9, 25, 23, 59, 59, 999)))).toBe('2025-10-26'); // float noise of a serial date
    expect(cellText(new Date(Date.UTC(2025, 9, 25, 9, 5, 7)))).toBe('2025-10-25 09:05:07');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText('42')).toBe('42');
    expect(cellText(null)).toBe('');
    expect(cellText('e\u0301\r\nx')).toBe('é\nx'); // NFC, line breaks as the CSV import reads them
  });

  it('imports a workbook exactly as the same CSV file', async () => {
    const csvText = fixture('delegations-comma-bom-crlf.csv');
    const fromCsv = planCsv(csvText);
    // Same cells, written by another program, with the dates in in_office_since typed as dates.
    const { records } = readCsv(csvText);
    const rows = records!.filter((r) => r.fields.some((f) => f.trim() !== '')).map((r, row) =>
      r.fields.map((f, i) => {
        if (f === '') return null;
        const date = row > 0 && HEADER[i] === 'in_office_since';
        return date ? { value: new Date(`${f}T00:00:00Z`), type: Date, format: 'dd/mm/yyyy' } : f;
      }),
    );
    const fromXlsx = await planXlsx(await workbook(rows));
    expect(fromXlsx.report).toEqual(fromCsv.report);
    expect(fromXlsx.changes).toEqual(fromCsv.changes);
  });

  it('reports every bad row with its spreadsheet row, the column name and the reason, in both languages, and writes nothing', async () => {
    const bytes = rawWorkbook({
      1: HEADER,
      2: ['state', null, 'VNM', null, 'Nguyễn Văn An', null, 'head-of-state', { s: 1, v: excelSerial('2024-10-21') }],
      4: ['state', null, 'XXX', null, 'Someone', null, 'minister'],
      5: ['state', 'France', 'FRA', null, 'Marie Curie', null, 'minister', { s: 2, v: excelSerial('2023-01-02') + 0.5 }],
      6: ['organization', 'Asia-Pacific Cyber Forum', null, null, { t: 'str', f: 'A1', v: '' }, null, 'boss'],
    });
    for (const lang of ['en', 'vi'] as const) {
      const { report, changes } = await planXlsx(bytes, emptyDocument(), lang);
      const reason = (key: Parameters<typeof translate<keyof typeof importMessages.en>>[2], params?: Record<string, string | number>) =>
        translate(importMessages, lang, key, params);
      expect(report.errors).toEqual([
        { line: 4, column: 'iso3', reason: reason('unknown-iso3', { value: 'XXX' }) },
        { line: 5, column: 'in_office_since', reason: reason('bad-date-format', { value: '2023-01-02 12:00' }) },
        { line: 6, column: 'head_name', reason: reason('required') },
        { line: 6, column: 'rank', reason: reason('bad-rank', { value: 'boss', allowed: RankClass.options.join(', ') }) },
      ]);
      expect(report.applied).toBe(false);
      expect(changes).toEqual({ upserts: {}, deletes: {} });
    }
  });

  it('neutralised cells and formula-looking text read back as in a CSV file; a formula never runs', async () => {
    const bytes = await workbook([
      HEADER,
      ['state', null, 'VNM', null, "'=HYPERLINK(\"http://x\",\"y\")", "'@SUM(A1)", 'minister', null, "'-5 | '+x"],
    ]);
    const { report, changes } = await planXlsx(bytes);
    expect(report.errors).toEqual([]);
    // One apostrophe comes off a cell (the members cell too); "'+x" is then text inside that cell.
    expect(changes.upserts.people!.map((p) => [p.name, p.titleEn])).toEqual([
      ['=HYPERLINK("http://x","y")', '@SUM(A1)'],
      ['-5', "'+x"],
    ]);
  });
});

describe('refusing files that are not workbooks: one clear error, in the user’s language, nothing written', () => {
  const refusedWith = async (bytes: Uint8Array, key: keyof typeof importMessages.en, params?: Record<string, string>) => {
    for (const lang of ['en', 'vi'] as const) {
      const { report, changes } = await planXlsx(bytes, emptyDocument(), lang);
      expect(report.errors).toEqual([{ line: 1, column: '', reason: translate(importMessages, lang, key, params) }]);
      expect(isEmptyChanges(changes)).toBe(true);
    }
  };

  it('refuses text, a zip that is not a workbook, a damaged workbook and empty bytes as not XLSX', async () => {
    await refusedWith(strToU8('kind,name_en\nstate,France\n'), 'not-xlsx');
    await refusedWith(zipSync({ 'readme.txt': strToU8('hello') }), 'not-xlsx');
    const good = rawWorkbook({ 1: HEADER });
    await refusedWith(good.slice(0, Math.floor(good.length / 2)), 'not-xlsx');
    await refusedWith(new Uint8Array(0), 'not-xlsx');
  });

  it('says what an Excel 97–2003 (.xls) or password-protected file is', async () => {
    await refusedWith(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'old-excel');
  });

  it('names the first sheet when it is empty', async () => {
    await refusedWith(rawWorkbook({ 3: [null, ''] }, { sheetName: 'Đoàn' }), 'empty-sheet', { sheet: 'Đoàn' });
  });

  it('property: random bytes, and random bytes behind a zip signature, never throw and never change anything', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.boolean(), async (random, asZip) => {
        const bytes = asZip ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...random]) : random;
        const { report, changes } = await planXlsx(bytes);
        expect(report.errors.length).toBeGreaterThan(0);
        expect(isEmptyChanges(changes)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('property: random text as CSV never throws and never changes anything', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (text) => {
        const { report, changes } = planCsv(text);
        expect(report.errors.length).toBeGreaterThan(0);
        expect(isEmptyChanges(changes)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('export', () => {
  const nastyEvent = () => {
    const doc = apply(emptyDocument(), planCsv(fixture('delegations-comma-bom-crlf.csv')).changes);
    const heads = headsOf(doc);
    const vnm = heads['Viet Nam']!;
    const tur = heads['Türkiye']!;
    return apply(doc, {
      upserts: {
        people: [
          { ...vnm, name: '=HYPERLINK("http://evil","click")', titleEn: '+1 Chủ tịch' },
          { ...tur, name: "'=already quoted", titleEn: '@cmd|calc' },
        ],
      },
      deletes: {},
    });
  };

  it('writes an XLSX workbook of text cells only (no formula), with formula-looking values neutralised', async () => {
    const bytes = await exportDelegationsXlsx(nastyEvent());
    const [sheet, ...others] = worksheetXml(bytes);
    expect(others).toEqual([]);
    expect(sheet).not.toMatch(/<f[ >]/);
    const cellTypes = [...sheet!.matchAll(/<c( [^>]*)>/g)].map((m) => / t="(\w+)"/.exec(m[1]!)?.[1] ?? 'n');
    expect(cellTypes.length).toBeGreaterThan(40);
    expect(new Set(cellTypes)).toEqual(new Set(['s']));
    const read = await readFirstSheet(bytes);
    if (!read.ok) throw new Error('unreadable export');
    const cells = read.records.flatMap((r) => r.fields);
    expect(cells).toContain('\'=HYPERLINK("http://evil","click")');
    expect(cells).toContain("'+1 Chủ tịch");
    expect(cells).toContain("''=already quoted");
    expect(cells).toContain("'@cmd|calc");
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(read.records[0]!.fields).toEqual([...HEADER, 'pinned', 'name_vi', 'head_title_vi', 'head_gender', 'head_honorific', 'head_honorific_vi']);
  });

  it('round-trips in both formats: export then import changes nothing, and into an empty event gives the same values', async () => {
    const doc = nastyEvent();
    const files: DelegationFile[] = [
      { format: 'csv', text: exportDelegationsCsv(doc) },
      { format: 'csv', text: exportDelegationsCsv(doc, { delimiter: ';' }) },
      { format: 'xlsx', bytes: await exportDelegationsXlsx(doc) },
    ];
    for (const file of files) {
      const again = await planDelegationFile(file, context(doc));
      expect(again.report).toEqual({ applied: true, created: [], updated: [], unchanged: 5, errors: [], errorCount: 0 });
      expect(isEmptyChanges(again.changes)).toBe(true);
      const fresh = apply(emptyDocument(), (await planDelegationFile(file, context(emptyDocument()))).changes);
      expect(headsOf(fresh)['Viet Nam']).toMatchObject({ name: '=HYPERLINK("http://evil","click")', titleEn: '+1 Chủ tịch' });
      expect(headsOf(fresh)['Türkiye']).toMatchObject({ name: "'=already quoted", titleEn: '@cmd|calc' });
    }
  });

  it('the XLSX template imports exactly like the CSV template', async () => {
    const csv = readFileSync(new URL('../../resources/templates/delegations-template.csv', import.meta.url), 'utf8');
    const fromCsv = planDelegationImport({ text: csv, ...context(emptyDocument(), 'en', referenceData) });
    const fromXlsx = await planXlsx(await templateXlsx(csv), emptyDocument(), 'en', referenceData);
    expect(fromCsv.report.errors).toEqual([]);
    expect(fromXlsx.report).toEqual(fromCsv.report);
    expect(fromXlsx.changes).toEqual(fromCsv.changes);
  });
});
