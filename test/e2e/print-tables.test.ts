/**
 * The banquet's table plans on paper, read from the PDF the Printing screen exports (pdftotext),
 * not from the print model: on each table's page the title, the hall, the column headers, then
 * one line per seat in seat order — the seat, the guest as addressed (the table host marked), and
 * the delegation in the reader's language with the other language under it. Printed in
 * Vietnamese and in English. Who sits where is worked out by hand from the rules
 * (test/fixtures/sample-banquet.ts gives the reasoning): at the head table the President hosts,
 * the Secretary-General on his right (seat 15), then the heads of state from the lot alternately
 * on his left and right, the first vice-president (Zambia's) last, at seat 8.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { EventDocument } from '../../shared/model/collections';
import type { Language } from '../../shared/model/primitives';
import { HEAD_TABLE, TABLE_2, excellency, personAt, type SeatRow } from '../fixtures/sample-banquet';
import { tempFolder } from './fixtures';
import { detectRuntime, launchSample } from './harness';
import { documentOnDisk } from './files';
import { attributeOf } from './poll';
import { exportPdf, openPrinting, pdfInfo, rasterise } from './print-pdf';

const { runtime } = detectRuntime();
const work = tempFolder('print-tables');

/** Each page's text, line by line as laid out (-layout), a column gap as " | ": "15 | Ngài … | Liên hợp quốc". */
function pagesOf(pdf: string): string[][] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\f')
    .map((page) => page.split('\n').map((l) => l.trim().replace(/\s{2,}/g, ' | ')).filter((l) => l !== ''))
    .filter((lines) => lines.length > 0);
}

/** The lines a table's rows print: the seat, the guest (the host marked), the delegation; the other language's name under it. */
function expectedRows(doc: EventDocument, table: readonly SeatRow[], lang: Language, hostMark: string, hostMember?: number): string[] {
  return table.flatMap(([seat, en, vi]) => {
    const person = personAt(doc, en, seat === '1' ? hostMember : undefined);
    const name = seat === '1' ? `${excellency(person, lang)} (${hostMark})` : excellency(person, lang);
    return lang === 'vi' ? [`${seat} | ${name} | ${vi}`, en] : [`${seat} | ${name} | ${en}`, vi];
  });
}

/** The table's rows on its page: the lines between the column headers and the page number. */
function rowsOn(lines: string[], headers: string): string[] {
  const from = lines.indexOf(headers);
  expect(from, `no column headers "${headers}" in:\n${lines.join('\n')}`).toBeGreaterThan(0);
  const to = lines.findIndex((l, i) => i > from && /^(Trang|Page) \d+ ?\/ ?\d+$/.test(l));
  expect(to, `no page number after the rows in:\n${lines.join('\n')}`).toBeGreaterThan(from);
  return lines.slice(from + 1, to);
}

async function printTablePlans(lang: Language) {
  const { app, page, file } = await launchSample(lang);
  const doc = documentOnDisk(file);
  const banquet = Object.values(doc.halls).find((h) => h.kind === 'banquet')!;
  await openPrinting(page);
  await page.getByTestId('print-output').selectOption('table-plans');
  await page.getByTestId('print-hall').selectOption(banquet.id);
  await attributeOf(page.getByTestId('print-root'), 'data-kind').toBe('table-plan');
  // A page per table: the head table and the 64 round tables.
  await attributeOf(page.getByTestId('print-root'), 'data-pages').toBe('65');
  const pdf = await exportPdf(page, app, work, `table-plans-${lang}`);
  expect(pdfInfo(pdf).pages).toBe(65);
  rasterise(pdf, `tables-${lang}`, 2); // the head table's page and table 2's, to look at
  return { doc, pdf };
}

describe(`the banquet's table plans, as printed (${runtime})`, () => {
  it('in Vietnamese: a page per table in order of honour, the headers, every seat in order with the guest and the delegation in both languages', async () => {
    const { doc, pdf } = await printTablePlans('vi');
    const pages = pagesOf(pdf);
    expect(pages).toHaveLength(65);
    // Table 1 is the head table, then tables 2 to 65 by number; each page names the hall and has the headers.
    expect(pages.map((lines) => lines[0]!.split(' | ')[0])).toEqual(['Sơ đồ bàn · Bàn danh dự', ...Array.from({ length: 64 }, (_, i) => `Sơ đồ bàn · Bàn ${i + 2}`)]);
    for (const lines of pages) {
      expect(lines).toContain('Phòng tiệc');
      expect(lines).toContain('Lễ mở ký Công ước của Liên hợp quốc về chống tội phạm mạng');
      expect(lines).toContain('Ghế | Họ tên | Đoàn');
    }
    expect(rowsOn(pages[0]!, 'Ghế | Họ tên | Đoàn')).toEqual(expectedRows(doc, HEAD_TABLE, 'vi', 'Chủ bàn'));
    expect(rowsOn(pages[1]!, 'Ghế | Họ tên | Đoàn')).toEqual(expectedRows(doc, TABLE_2, 'vi', 'Chủ bàn', 1));
    // The President, by name as stored: Vietnamese diacritics as written.
    expect(pages[0]).toContain(`1 | Ngài ${personAt(doc, 'Viet Nam').name} (Chủ bàn) | Việt Nam`);
    // The banquet seats the heads only (164 guests for 665 seats): the last table is empty, every seat printed free.
    expect(rowsOn(pages[64]!, 'Ghế | Họ tên | Đoàn')).toEqual(Array.from({ length: 10 }, (_, i) => `${i + 1} | Ghế trống`));
  });

  it('in English: the same rows, the headers and the names in English, the Vietnamese name under each delegation', async () => {
    const { doc, pdf } = await printTablePlans('en');
    const pages = pagesOf(pdf);
    expect(pages).toHaveLength(65);
    expect(pages.map((lines) => lines[0]!.split(' | ')[0])).toEqual(['Table plan · Head table', ...Array.from({ length: 64 }, (_, i) => `Table plan · Table ${i + 2}`)]);
    expect(pages[0]).toContain('Banquet Hall');
    expect(pages[0]).toContain('Signing Ceremony of the United Nations Convention against Cybercrime');
    expect(rowsOn(pages[0]!, 'Seat | Name | Delegation')).toEqual(expectedRows(doc, HEAD_TABLE, 'en', 'Table host'));
    expect(rowsOn(pages[1]!, 'Seat | Name | Delegation')).toEqual(expectedRows(doc, TABLE_2, 'en', 'Table host', 1));
  });
});
