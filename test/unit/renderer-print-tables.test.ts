import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { delegationSheets, guestIndex, signingRows, tablePlans } from '../../shared/print/lists';
import { printT } from '../../renderer/src/printing/messages';
import { delegationSheetsTable, guestIndexTable, listTable, signingTable, tablePlansTable } from '../../renderer/src/printing/tables';
import { exportList } from '../../electron/services/printExport';
import { CONTRACT } from '../../shared/ipc/contract';
import { csvText } from '../../shared/import/csv';
import { seededIds } from '../../shared/ids';
import { SAMPLE_SEED, buildSampleDocument } from '../../shared/sample/hanoi2025';
import { referenceData } from '../../resources/reference/load';
import { HEAD_TABLE, TABLE_2, excellency, personAt, type SeatRow } from '../fixtures/sample-banquet';

const doc = buildSampleDocument(referenceData, seededIds(SAMPLE_SEED));
const collator = new Intl.Collator('vi');
const t = printT('vi');
const work = mkdtempSync(join(tmpdir(), 'preseance-print-tables-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the printed lists as spreadsheet tables', () => {
  it('the guest index: a header, then the very rows the pages print', () => {
    const rows = guestIndex(doc, 'vi', t('notSeated'), collator);
    const table = guestIndexTable(rows, t);
    expect(table[0]).toEqual(['Họ tên', 'Đoàn', 'Hội trường', 'Bàn / khối', 'Ghế']);
    expect(table.slice(1)).toEqual(rows.map((r) => [r.name, r.delegation, r.hall, r.place, r.seat]));
    expect(listTable(doc, 'index', null, { t, lang: 'vi', collator })).toEqual(table);
  });

  it('a name starting with "=" is neutralised when written, and read back as text', () => {
    const person = Object.values(doc.people)[0]!;
    const evil = { ...doc, people: { ...doc.people, [person.id]: { ...person, name: '=HYPERLINK("http://x","Nguyễn")', familyName: '=cmd' } } };
    const table = guestIndexTable(guestIndex(evil, 'en', 'not seated', collator), printT('en'));
    const row = table.find((r) => r[0]!.startsWith('=HYPERLINK'))!;
    expect(row).toBeDefined(); // the table keeps the name as written...
    const csv = csvText(table);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""Nguyễn"")"`); // ...the file never runs it
    expect(csv).not.toMatch(/(^|\r\n|,)"?=HYPERLINK/);
  });

  it('table plans and the signing order: both languages, the host marked', () => {
    const banquet = Object.values(doc.halls).find((h) => h.kind === 'banquet')!;
    const plansTable = tablePlansTable(tablePlans(doc, banquet.id, 'en'), printT('en'));
    expect(plansTable[0]).toEqual(['Table / block', 'Seat', 'Name', 'Table host', 'Delegation (English)', 'Delegation (Tiếng Việt)']);
    // The head table's and table 2's rows, seat by seat, as worked out by hand (test/fixtures/sample-banquet.ts).
    const rows = (place: string, table: readonly SeatRow[], hostMember?: number) =>
      table.map(([seat, en, vi]) => [place, seat, excellency(personAt(doc, en, seat === '1' ? hostMember : undefined), 'en'), seat === '1' ? 'yes' : '', en, vi]);
    expect(plansTable.slice(1, 26)).toEqual([...rows('Head table', HEAD_TABLE), ...rows('Table 2', TABLE_2, 1)]);
    // 65 tables: the head table's 15 seats and 64 × 10, every seat a row (a free one with no name), one host each.
    expect(plansTable).toHaveLength(1 + 15 + 64 * 10);
    expect(plansTable.filter((r) => r[3] === 'yes')).toHaveLength(65);
    expect(plansTable.at(-1)).toEqual(['Table 65', '10', '', '', '', '']);
    const signing = Object.values(doc.halls).find((h) => h.kind === 'signing')!;
    const table = signingTable(signingRows(doc, signing.id, 'en', referenceData.states)!, printT('en'));
    expect(table[1]!.slice(0, 3)).toEqual(['1', 'Viet Nam', 'Việt Nam']);
    expect(listTable(doc, 'signing', banquet.id, { t, lang: 'vi', collator })).toBeNull();
  });

  it('the delegation sheets: a row per member and hall, the head marked, in the reader\'s language', () => {
    const table = listTable(doc, 'delegation-sheets', null, { t, lang: 'vi', collator })!;
    expect(table[0]).toEqual(['Đoàn', 'Họ tên', 'Vai trò', 'Chức danh', 'Hội trường', 'Bàn / khối', 'Ghế']);
    expect(table.slice(1)).toEqual(delegationSheetsTable(delegationSheets(doc, 'vi', 'chưa xếp chỗ'), t, 'vi').slice(1));
    // Viet Nam's head: one row for each hall they sit in, each with that hall's seat.
    const vnm = Object.values(doc.delegations).find((d) => d.iso3 === 'VNM')!;
    const head = Object.values(doc.people).find((p) => p.delegationId === vnm.id && p.role === 'head')!;
    const rows = table.filter((r) => r[0] === 'Việt Nam' && r[1]!.endsWith(head.name));
    const seats = Object.values(doc.assignments).filter((a) => a.personId === head.id);
    expect(rows).toHaveLength(seats.length);
    expect(rows.every((r) => r[2] === 'Trưởng đoàn' && r[3] === head.titleVi)).toBe(true);
    expect(new Set(rows.map((r) => r[6]))).toEqual(new Set(seats.map((a) => doc.seats[a.seatId]!.label)));
    expect(new Set(rows.map((r) => r[4]))).toEqual(new Set(seats.map((a) => doc.halls[a.hallId]!.nameVi)));
    // Someone seated nowhere still has a row, saying so; members are "Thành viên".
    const late = { ...head, id: 'late-member', role: 'member' as const, order: 99, honorific: '', honorificVi: '', gender: 'female' as const, rank: 'other' as const, name: 'Trần Thị Ưng', titleVi: 'Chuyên viên' };
    const withLate = listTable({ ...doc, people: { ...doc.people, [late.id]: late } }, 'delegation-sheets', null, { t, lang: 'vi', collator })!;
    // No honorific typed: the Vietnamese form of address derived for a woman, "Bà".
    expect(withLate.filter((r) => r[1]!.endsWith('Trần Thị Ưng'))).toEqual([['Việt Nam', 'Bà Trần Thị Ưng', 'Thành viên', 'Chuyên viên', '', '', 'chưa xếp chỗ']]);
    expect(table.some((r) => r[2] === 'Thành viên')).toBe(true);
  });
});

describe('print:exportList', () => {
  const schema = CONTRACT['print:exportList'].input;
  it('writes CSV (BOM, CRLF, formulas neutralised) and XLSX, only to a path of the format', async () => {
    const rows = [['Họ tên', 'Ghế'], ['Nguyễn Thị Bích Ngọc', 'A1'], ['=1+1', '@x']];
    const csv = join(work, 'index.csv');
    expect((await exportList({ rows, format: 'csv', path: csv })).path).toBe(csv);
    expect(readFileSync(csv, 'utf8')).toBe("\uFEFFHọ tên,Ghế\r\nNguyễn Thị Bích Ngọc,A1\r\n'=1+1,'@x\r\n");
    const xlsx = join(work, 'index.xlsx');
    await exportList({ rows, format: 'xlsx', path: xlsx });
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    await expect(exportList({ rows, format: 'csv', path: join(work, 'event.preseance') })).rejects.toMatchObject({ code: 'export-extension' });
    await expect(exportList({ rows, format: 'xlsx', path: join(work, 'x.csv') })).rejects.toMatchObject({ code: 'export-extension' });
    expect(existsSync(join(work, 'event.preseance'))).toBe(false);
  });

  it('refuses rows over the limits', () => {
    const ok = { format: 'csv', path: '/tmp/x.csv' };
    expect(schema.safeParse({ ...ok, rows: [['a']] }).success).toBe(true);
    expect(schema.safeParse({ ...ok, rows: [['x'.repeat(1001)]] }).success).toBe(false);
    expect(schema.safeParse({ ...ok, rows: [Array(21).fill('')] }).success).toBe(false);
    expect(schema.safeParse({ ...ok, rows: Array.from({ length: 20_001 }, () => ['']) }).success).toBe(false);
    expect(schema.safeParse({ ...ok, rows: [[1]] }).success).toBe(false);
    expect(schema.safeParse({ ...ok, format: 'pdf', rows: [] }).success).toBe(false);
  });
});
