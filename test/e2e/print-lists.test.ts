/**
 * Issue 6: the printed lists exported as XLSX from the Printing screen, in Vietnamese: the
 * guest index, the banquet's table plans, the signing order and the delegation sheets. Each
 * workbook is read back (read-excel-file) as a spreadsheet program would: the headers in
 * Vietnamese, a known row (Viet Nam's head, where the document seats them), diacritics as
 * written, and a guest whose name starts with "=" comes out as text with an apostrophe, never a
 * formula (no <f> element in any sheet).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { EventFile } from '../../electron/store/eventFile';
import { signingRows } from '../../shared/print/lists';
import { addressedName } from '../../shared/protocol/address';
import { seededIds } from '../../shared/ids';
import { SAMPLE_SEED, buildSampleDocument } from '../../shared/sample/hanoi2025';
import { referenceData } from '../../resources/reference/load';
import { worksheetXml } from '../fixtures/import/xlsx';
import { tempFolder } from './fixtures';
import { detectRuntime } from './harness';
import { launchOnPrinting } from './print-pdf';
import { shot } from './page';
import { attributeOf, textOf } from './poll';

const { runtime } = detectRuntime();
const work = tempFolder('print-lists');

const EVIL = '=Nguyễn Văn Công';

describe(`the printed lists as XLSX (${runtime})`, () => {
  it('exports the guest index, table plans, signing order and delegation sheets as workbooks of text, in Vietnamese', async () => {
    // The sample, with the second signatory renamed so that a spreadsheet would run the name.
    const doc = buildSampleDocument(referenceData, seededIds(SAMPLE_SEED));
    const signingHall = Object.values(doc.halls).find((h) => h.kind === 'signing')!;
    const banquet = Object.values(doc.halls).find((h) => h.kind === 'banquet')!;
    const plenary = Object.values(doc.halls).find((h) => h.kind === 'plenary')!;
    const second = signingRows(doc, signingHall.id, 'vi', referenceData.states)![1]!;
    const evil = Object.values(doc.people).find((p) => p.delegationId === second.delegationId && p.role === 'head')!;
    // Its Vietnamese form of address typed with a leading "=" too: the lists that print it first
    // (table plans, signing order, delegation sheets) must neutralise it as well.
    doc.people[evil.id] = { ...evil, honorificVi: '=1+1', name: EVIL, familyName: '=Nguyễn' };
    const evilAddressed = addressedName(doc.people[evil.id]!, 'vi');
    expect(evilAddressed).toBe(`=1+1 ${EVIL}`);
    const vnm = Object.values(doc.delegations).find((d) => d.iso3 === 'VNM')!;
    const head = Object.values(doc.people).find((p) => p.delegationId === vnm.id && p.role === 'head')!;
    const seatOf = (personId: string, hallId: string) => Object.values(doc.assignments).find((a) => a.personId === personId && a.hallId === hallId);
    expect(seatOf(evil.id, banquet.id)).toBeDefined(); // so the renamed guest is on the banquet's table plans too
    const file = join(work, 'lists.preseance');
    EventFile.create(file, doc).close();

    const app = await launchOnPrinting({ file, language: 'vi' });
    const { page } = app;

    /** Export XLSX… of what the screen shows; the workbook's first sheet, read back, and its XML. */
    const exportXlsx = async (name: string) => {
      const path = join(work, `${name}.xlsx`);
      await app.nextDialogPath(path);
      await page.getByTestId('print-export-xlsx').click();
      await textOf(page.getByTestId('print-result')).toBe(`Đã lưu ${path}.`);
      const rows = (await readSheet(path)) as unknown[][];
      const xml = worksheetXml(new Uint8Array(readFileSync(path))).join('');
      // Text cells only: no formula anywhere, and every cell read back is a string.
      expect(xml).not.toMatch(/<f[\s>]/);
      expect(rows.flat().every((cell) => cell === null || typeof cell === 'string')).toBe(true);
      return rows as (string | null)[][];
    };
    const cells = (row: (string | null)[] | undefined) => (row ?? []).map((c) => c ?? '');

    // 1. The guest index.
    await page.getByTestId('print-output').selectOption('index');
    await attributeOf(page.getByTestId('print-root'), 'data-kind').toBe('guest-index');
    const index = await exportXlsx('guest-index');
    expect(cells(index[0])).toEqual(['Họ tên', 'Đoàn', 'Hội trường', 'Bàn / khối', 'Ghế']);
    const headPlenary = doc.seats[seatOf(head.id, plenary.id)!.seatId]!;
    expect(index.map(cells)).toContainEqual([head.name, 'Việt Nam', 'Phòng họp toàn thể', expect.any(String), headPlenary.label]);
    const evilRows = index.filter((r) => r[0]?.includes('Nguyễn Văn Công'));
    expect(evilRows.length).toBeGreaterThan(0);
    expect(evilRows.every((r) => r[0] === `'${EVIL}`)).toBe(true);

    // 2. The banquet's table plans: the head table first, the host marked.
    await page.getByTestId('print-output').selectOption('table-plans');
    await page.getByTestId('print-hall').selectOption(banquet.id);
    await attributeOf(page.getByTestId('print-root'), 'data-kind').toBe('table-plan');
    const plans = await exportXlsx('table-plans');
    expect(cells(plans[0])).toEqual(['Bàn / khối', 'Ghế', 'Họ tên', 'Chủ bàn', 'Đoàn (English)', 'Đoàn (Tiếng Việt)']);
    const headBanquet = doc.seats[seatOf(head.id, banquet.id)!.seatId]!;
    const headRow = plans.map(cells).find((r) => r[2]!.endsWith(head.name))!;
    // The host's head is styled Excellency: Ngài (a man) or Bà (a woman), derived, no honorific stored.
    expect(addressedName(head, 'vi')).toMatch(/^(Ngài|Bà) /);
    expect(headRow).toEqual(['Bàn danh dự', headBanquet.label, addressedName(head, 'vi'), headBanquet.isTableHost ? 'có' : '', 'Viet Nam', 'Việt Nam']);
    expect(plans.map(cells).find((r) => r[2]!.includes('Nguyễn Văn Công'))![2]).toBe(`'${evilAddressed}`);

    // 3. The signing order: Viet Nam first, the renamed signatory second, neutralised.
    await page.getByTestId('print-output').selectOption('signing');
    await attributeOf(page.getByTestId('print-root'), 'data-kind').toBe('signing-list');
    const signing = await exportXlsx('signing');
    expect(cells(signing[0])).toEqual(['STT', 'Đoàn (English)', 'Đoàn (Tiếng Việt)', 'Người ký', 'Chức danh']);
    expect(cells(signing[1]).slice(0, 4)).toEqual(['1', 'Viet Nam', 'Việt Nam', addressedName(head, 'vi')]);
    expect(cells(signing[1])[4]).toBe(head.titleVi);
    expect(cells(signing[2]).slice(0, 4)).toEqual(['2', second.delegationEn, second.delegationVi, `'${evilAddressed}`]);

    // 4. The delegation sheets: a row per member and hall, Viet Nam's head in each hall they sit in.
    await page.getByTestId('print-output').selectOption('delegation-sheets');
    await attributeOf(page.getByTestId('print-root'), 'data-kind').toBe('delegation-sheet');
    const sheets = await exportXlsx('delegation-sheets');
    expect(cells(sheets[0])).toEqual(['Đoàn', 'Họ tên', 'Vai trò', 'Chức danh', 'Hội trường', 'Bàn / khối', 'Ghế']);
    const headRows = sheets.map(cells).filter((r) => r[0] === 'Việt Nam' && r[1]!.endsWith(head.name));
    expect(headRows).toContainEqual(['Việt Nam', addressedName(head, 'vi'), 'Trưởng đoàn', head.titleVi, 'Phòng tiệc', 'Bàn danh dự', headBanquet.label]);
    expect(headRows).toHaveLength(Object.values(doc.assignments).filter((a) => a.personId === head.id).length);
    expect(sheets.map(cells).find((r) => r[1]!.includes('Nguyễn Văn Công'))!.slice(1, 3)).toEqual([`'${evilAddressed}`, 'Trưởng đoàn']);
    await shot(page, 'print-lists-xlsx');
  });
});
