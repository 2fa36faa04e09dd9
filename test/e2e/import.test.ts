/**
 * Importing and exporting delegations as a protocol officer does it: a real CSV or XLSX file
 * chosen in the Import dialog, the preview, the error report, undo, and the exported files —
 * the built renderer, the real services, the real sample event file.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import { EventFile } from '../../electron/store/eventFile';
import { seededIds } from '../../shared/ids';
import { buildSampleDocument } from '../../shared/sample/hanoi2025';
import { delegationTable } from '../../shared/import/delegations';
import { readFirstSheet } from '../../shared/import/xlsx';
import { referenceData } from '../../resources/reference/load';
import { tempFolder } from './fixtures';
import { type AppHandle, detectRuntime, launchApp, sampleFile } from './harness';
import { ready, saved, shot } from './page';
import { countOf, disabledOf, textOf, visible } from './poll';

const { runtime, reason } = detectRuntime();
const work = tempFolder('import');

beforeAll(() => console.log(`[e2e] runtime: ${runtime} (${reason})`));

// The sample as the app creates it: states it does not have yet, and Viet Nam's row as exported.
const sample = buildSampleDocument(referenceData, seededIds(1));
const present = new Set(Object.values(sample.delegations).map((d) => d.iso3));
const [stateA, stateB, stateC] = referenceData.states.filter((s) => s.status === 'member-state' && !present.has(s.iso3));
const table = delegationTable(sample);
const header = table[0]!;
const vnmRow = table.find((row) => row[header.indexOf('iso3')] === 'VNM')!;
// The rows below give the first ten columns; the export's later ones (name_vi, head_title_vi...) are left empty.
const rest = (delimiter: string) => delimiter.repeat(header.length - 10);
const csvLine = (cells: string[], delimiter: string) =>
  cells.map((c) => (/[",;\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter);
/** The event file's bytes, with its write-ahead log: what an edit would change. */
const sha = (path: string) => {
  const hash = createHash('sha256').update(readFileSync(path));
  if (existsSync(`${path}-wal`)) hash.update(readFileSync(`${path}-wal`));
  return hash.digest('hex');
};

const badCsv = join(work, 'delegations-bad.csv');
const goodCsv = join(work, 'delegations.csv');
writeFileSync(
  badCsv,
  [
    header.join(','),
    `state,,${stateA!.iso3},,Ngô Thị Lan,Minister of Justice,minister,2024-02-30,,${rest(',')}`,
    `state,Wrongland,${stateB!.iso3},,Jean Dupont,,minister,,,${rest(',')}`,
    `organization,=Cyber Forum,,,,Secretary-General,head-of-organization,,,${rest(',')}`,
    `state,,QQQ,,Somebody,,minister,,,${rest(',')}`,
  ].join('\r\n') + '\r\n',
);
writeFileSync(
  goodCsv,
  '\uFEFF' +
    [
      header.join(';'),
      `state;;${stateA!.iso3};;Ngô Thị Lan;Minister of Justice;minister;2024-02-29;"Trần Văn Hải | Counsellor\nLê Thu Hà | Legal Adviser";${rest(';')}`,
      `state;${stateB!.nameEn};${stateB!.iso3};;Jean Dupont;;minister;;;${rest(';')}`,
      `organization;=Cyber Forum;;;Kim Minh Châu;Secretary-General;head-of-organization;;;${rest(';')}`,
      csvLine(vnmRow.map((cell, i) => (header[i] === 'head_title' ? 'President of the Socialist Republic' : cell)), ';'),
    ].join('\r\n') + '\r\n',
);

async function openDelegations(language: 'en' | 'vi') {
  const app = await launchApp({ sample: true, language });
  await ready(app.page);
  await app.page.getByTestId('nav-delegations').click();
  await visible(app.page.getByTestId('delegation-row-VNM'));
  return app;
}

async function chooseFile(a: AppHandle, path: string) {
  await a.page.getByTestId('delegations-import').click();
  await visible(a.page.getByTestId('import-dialog'));
  await a.page.getByTestId('import-file').setInputFiles(path);
}

describe(`importing and exporting delegations (${runtime})`, () => {
  it('reports every error of a bad CSV file and changes nothing; the corrected file is previewed, imported and saved', async () => {
    const a = await openDelegations('en');
    const { page } = a;
    const eventPath = sampleFile(a);
    await saved(page);
    const before = sha(eventPath);
    const count = await page.getByTestId('delegations-count').textContent();

    await chooseFile(a, badCsv);
    await textOf(page.getByTestId('import-errors-title')).toContain('4 errors in delegations-bad.csv: nothing will be imported');
    const rows = page.getByTestId('import-error');
    await countOf(rows).toBe(4);
    const cells = async (i: number) =>
      Promise.all(['line', 'column', 'reason'].map((c) => rows.nth(i).getByTestId(`import-error-${c}`).textContent()));
    expect(await cells(0)).toEqual(['2', 'in_office_since', '“2024-02-30” is not a real calendar date.']);
    expect(await cells(1)).toEqual(['3', 'name_en', `name_en “Wrongland” does not match “${stateB!.nameEn}”, the UN name of ${stateB!.iso3}.`]);
    expect(await cells(2)).toEqual(['4', 'head_name', 'This value is required.']);
    expect(await cells(3)).toEqual(['5', 'iso3', 'No UN member or observer state has the code “QQQ”.']);
    await disabledOf(page.getByTestId('import-confirm')).toBe(true);
    await shot(page, 'import-errors-en');
    await page.getByTestId('import-cancel').click();
    await countOf(page.getByTestId('import-dialog')).toBe(0);
    await textOf(page.getByTestId('delegations-count')).toBe(count);
    await countOf(page.getByTestId(`delegation-row-${stateA!.iso3}`)).toBe(0);
    expect(sha(eventPath)).toBe(before);

    // The same report in Vietnamese, then the corrected file's preview in both languages.
    await page.getByTestId('language-vi').click();
    await chooseFile(a, badCsv);
    await textOf(page.getByTestId('import-errors-title')).toContain('delegations-bad.csv có 4 lỗi');
    await textOf(page.getByTestId('import-error-reason').first()).toBe('“2024-02-30” không phải là một ngày có thật trên lịch.');
    await textOf(page.locator('.import-errors th').first()).toBe('Hàng');
    await shot(page, 'import-errors-vi');
    await page.getByTestId('import-file').setInputFiles(goodCsv);
    await visible(page.getByTestId('import-preview'));
    await textOf(page.getByTestId('import-created')).toContain('Đoàn mới: 3');
    await textOf(page.getByTestId('import-created')).toContain(stateA!.nameVi);
    await textOf(page.getByTestId('import-updated')).toContain('Việt Nam');
    await shot(page, 'import-preview-vi');
    await page.keyboard.press('Escape');
    await countOf(page.getByTestId('import-dialog')).toBe(0);
    expect(sha(eventPath)).toBe(before);

    await page.getByTestId('language-en').click();
    await chooseFile(a, goodCsv);
    await textOf(page.getByTestId('import-created')).toContain('New delegations: 3');
    for (const name of [stateA!.nameEn, stateB!.nameEn, '=Cyber Forum']) await textOf(page.getByTestId('import-created')).toContain(name);
    await textOf(page.getByTestId('import-updated')).toContain('Delegations updated: 1');
    await textOf(page.getByTestId('import-updated')).toContain('Viet Nam');
    await shot(page, 'import-preview-en');
    await page.getByTestId('import-confirm').click();
    await countOf(page.getByTestId('import-dialog')).toBe(0);
    await textOf(page.getByTestId('delegations-file-status')).toBe('Imported from delegations.csv: 3 created, 1 updated, 0 unchanged.');
    await textOf(page.getByTestId(`delegation-row-${stateA!.iso3}`)).toContain('Ngô Thị Lan');
    await visible(page.getByTestId(`delegation-row-${stateB!.iso3}`));
    await saved(page);
    await shot(page, 'import-done-en');

    // Re-importing the same file changes nothing.
    await chooseFile(a, goodCsv);
    await textOf(page.getByTestId('import-nothing')).toContain('Nothing to import');
    await disabledOf(page.getByTestId('import-confirm')).toBe(true);
    await page.getByTestId('import-cancel').click();
    await a.close();

    const file = EventFile.open(eventPath);
    const doc = file.loadDocument();
    file.close();
    const byName = (name: string) => Object.values(doc.delegations).find((d) => d.nameEn === name);
    const lan = Object.values(doc.people).find((p) => p.name === 'Ngô Thị Lan')!;
    expect(lan).toMatchObject({ role: 'head', titleEn: 'Minister of Justice', inOfficeSince: '2024-02-29', delegationId: byName(stateA!.nameEn)!.id });
    expect(Object.values(doc.people).filter((p) => p.delegationId === lan.delegationId).map((p) => p.name).sort()).toEqual(
      ['Lê Thu Hà', 'Ngô Thị Lan', 'Trần Văn Hải'],
    );
    expect(byName('=Cyber Forum')).toMatchObject({ kind: 'organization', orgCode: null });
    const vnmHead = Object.values(doc.people).find((p) => p.delegationId === byName('Viet Nam')!.id && p.role === 'head')!;
    expect(vnmHead.titleEn).toBe('President of the Socialist Republic');
  });

  it('imports an XLSX workbook as one undoable step, exports CSV and XLSX with formulas neutralised, and saves the template', async () => {
    const a = await openDelegations('en');
    const { page } = a;
    const xlsx = join(work, 'Đoàn.xlsx');
    const blob = await writeXlsxFile([
      header,
      ['state', null, stateC!.iso3, null, '=2+3 Nguyễn', 'Ambassador', 'ambassador', { value: new Date(Date.UTC(2021, 6, 1)), type: Date, format: 'dd/mm/yyyy' }, null],
      [],
      ['organization', '@Cyber Forum', null, null, 'Kim Minh Châu', null, 'head-of-organization', null, null],
    ] as never).toBlob();
    writeFileSync(xlsx, new Uint8Array(await blob.arrayBuffer()));

    // A file named .xlsx that is no workbook: one error for the whole file, nothing to import.
    const fake = join(work, 'not-a-workbook.xlsx');
    writeFileSync(fake, 'kind,name_en\n');
    await chooseFile(a, fake);
    await textOf(page.getByTestId('import-error-reason')).toContain('This file is not an Excel workbook (.xlsx), or it is damaged.');
    await textOf(page.getByTestId('import-errors-title')).toBe('An error in not-a-workbook.xlsx: nothing will be imported. Correct the file and choose it again.');
    await textOf(page.getByTestId('import-error-column')).toBe('—');
    await textOf(page.locator('.import-errors th').first()).toBe('Row');
    await disabledOf(page.getByTestId('import-confirm')).toBe(true);
    await shot(page, 'import-not-xlsx-en');

    await page.getByTestId('import-file').setInputFiles(xlsx);
    await textOf(page.getByTestId('import-created')).toContain('New delegations: 2');
    await page.getByTestId('import-confirm').click();
    await textOf(page.getByTestId(`delegation-row-${stateC!.iso3}`)).toContain('=2+3 Nguyễn');
    await saved(page);

    const csvOut = join(work, 'export.csv');
    await a.nextDialogPath(csvOut);
    await page.getByTestId('delegations-export-csv').click();
    await textOf(page.getByTestId('delegations-file-status')).toBe(`Saved ${csvOut}`);
    const csv = readFileSync(csvOut, 'utf8');
    expect(csv.startsWith('\uFEFFkind,name_en,iso3,')).toBe(true);
    expect(csv).toContain(`\r\nstate,${stateC!.nameEn},${stateC!.iso3},,'=2+3 Nguyễn,Ambassador,ambassador,2021-07-01,,,${stateC!.nameVi},,,,\r\n`);
    expect(csv).toContain("\r\norganization,'@Cyber Forum,,,Kim Minh Châu,,head-of-organization,,,,'@Cyber Forum,,,,\r\n");

    const xlsxOut = join(work, 'export.xlsx');
    await a.nextDialogPath(xlsxOut);
    await page.getByTestId('delegations-export-xlsx').click();
    await textOf(page.getByTestId('delegations-file-status')).toBe(`Saved ${xlsxOut}`);
    const read = await readFirstSheet(new Uint8Array(readFileSync(xlsxOut)));
    if (!read.ok) throw new Error('the exported workbook does not read back');
    const stateRow = read.records.find((r) => r.fields.includes(stateC!.iso3))!;
    expect(stateRow.fields.slice(4, 8)).toEqual(["'=2+3 Nguyễn", 'Ambassador', 'ambassador', '2021-07-01']);
    expect(read.records.length).toBe(Object.keys(sample.delegations).length + 2 + 1);

    // The export re-imports to no change.
    await chooseFile(a, xlsxOut);
    await visible(page.getByTestId('import-nothing'));
    await page.getByTestId('import-cancel').click();

    const template = join(work, 'template.xlsx');
    await a.nextDialogPath(template);
    await page.getByTestId('delegations-template').click();
    await textOf(page.getByTestId('delegations-file-status')).toBe(`Saved ${template}`);
    const templateRead = await readFirstSheet(new Uint8Array(readFileSync(template)));
    expect(templateRead.ok && templateRead.records[0]!.fields).toEqual(header);

    // Edit › Undo takes the whole import back, and that is saved too.
    await a.menu('edit:undo');
    await countOf(page.getByTestId(`delegation-row-${stateC!.iso3}`)).toBe(0);
    await saved(page);
    const eventPath = sampleFile(a);
    await a.close();
    const file = EventFile.open(eventPath);
    const names = Object.values(file.loadDocument().delegations).map((d) => d.nameEn);
    file.close();
    expect(names).not.toContain('@Cyber Forum');
    expect(names).not.toContain(stateC!.nameEn);
    expect(names).toHaveLength(Object.keys(sample.delegations).length);
  });

  it('on the command line: exports CSV and XLSX, imports a workbook (dry run first), refuses a file that is not one', () => {
    const cli = (...args: string[]) => {
      const run = spawnSync(process.execPath, [resolve(import.meta.dirname, '../../out/main/cli.js'), ...args], {
        encoding: 'utf8',
        env: { ...process.env, LANG: 'en_US.UTF-8', PRESEANCE_LANG: '' },
      });
      return { code: run.status, out: run.stdout, err: run.stderr };
    };
    const source = join(work, 'cli-source.preseance');
    const target = join(work, 'cli-target.preseance');
    expect(cli('new', source, '--sample').code).toBe(0);
    expect(cli('new', target).code).toBe(0);
    const xlsx = join(work, 'cli.xlsx');
    const csv = join(work, 'cli.csv');
    expect(cli('export', source, '--format', 'xlsx', '--out', xlsx)).toMatchObject({ code: 0, out: `Exported ${xlsx}\n` });
    expect(cli('export', source, '--format', 'csv', '--out', csv).code).toBe(0);
    expect(readFileSync(csv, 'utf8')).toContain('\r\nstate,Viet Nam,VNM,,');
    expect(cli('export', source, '--format', 'csv', '--out', join(work, 'cli.txt')).err).toContain('ending in .csv');

    const before = sha(target);
    const dry = cli('import', target, xlsx, '--dry-run');
    expect(dry.out).toContain(`Would create ${Object.keys(sample.delegations).length}, update 0`);
    expect(sha(target)).toBe(before);
    expect(cli('import', target, xlsx).code).toBe(0);
    expect(cli('import', target, csv).out).toContain(`0 created, 0 updated, ${Object.keys(sample.delegations).length} unchanged`);

    const fake = join(work, 'fake.xlsx');
    writeFileSync(fake, 'kind,name_en\n');
    const after = sha(target);
    const refused = cli('import', target, fake, '--lang', 'vi');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('dòng 1, cột —: Tệp này không phải là sổ tính Excel (.xlsx)');
    expect(sha(target)).toBe(after);
  });
});
