/**
 * Text is text everywhere: names that look like markup, formulas or templates are put into delegation heads' names by importing a CSV file through the Delegations screen,
 * as a user would, then shown literally in the delegations list, the seating screen, the print
 * preview and the PDF's text, and exported as text (formula-looking cells with one leading
 * apostrophe) in CSV and XLSX. A leading tab or CR is trimmed by the import; names the model
 * cannot hold (a tab or CR inside, a text-direction override, 2,000 characters) are refused
 * with a clear reason, and
 * nothing is imported.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../shared/import/csv';
import { exportDelegationsCsv } from '../../shared/import/delegations';
import { readFirstSheet } from '../../shared/import/xlsx';
import type { EventDocument } from '../../shared/model/collections';
import { tempFolder } from './fixtures';
import { detectRuntime, launchApp, sampleFile } from './harness';
import { allPagesPrepared, openPrinting } from './print-pdf';
import { documentOnDisk } from './files';
import { ready, saved, shot } from './page';
import { countOf, textOf, visible } from './poll';

const { runtime } = detectRuntime();
const work = tempFolder('text');
const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e');

const LONG = 'Nguyễn Thị Ánh '.repeat(14).slice(0, 200); // the longest name the model holds
/**
 * The names as typed in the file, as the event holds them (the import trims surrounding
 * whitespace, a leading tab or CR included), and whether a spreadsheet would run them (then
 * exported with one apostrophe).
 */
const HOSTILE: { typed?: string; name: string; formula: boolean }[] = [
  { name: '<img src=x onerror=alert(1)>', formula: false },
  { name: '=HYPERLINK("http://x","y")', formula: true },
  { name: '+1 Trần', formula: true },
  { name: '@SUM(1)', formula: true },
  { name: '{{7*7}} ${7*7}', formula: false },
  { name: LONG, formula: false },
  { typed: '\tTab Prefix', name: 'Tab Prefix', formula: false },
  { typed: '\r=1+1', name: '=1+1', formula: true },
];
// A right-to-left override would print the name reversed ("Lê \u202Egnp.exe" shows as "Lê exe.png"): refused like a tab.
const REFUSED = ['Tab\tInside', 'Line\rBreak', 'x'.repeat(2000), 'Lê \u202Egnp.exe'];

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** The delegations as the app exports them, with the heads of `iso3s` renamed: an import of it changes only those names. */
function renamedHeads(doc: EventDocument, names: readonly string[], iso3s: readonly string[]): string {
  const records = readCsv(exportDelegationsCsv(doc)).records!.filter((r) => r.fields.some((f) => f !== ''));
  const header = records[0]!.fields;
  const [iso3Col, headCol] = [header.indexOf('iso3'), header.indexOf('head_name')];
  const rows = records.map((r) => {
    const i = iso3s.indexOf(r.fields[iso3Col]!);
    return i < 0 ? r.fields : r.fields.map((f, c) => (c === headCol ? names[i]! : f));
  });
  return `${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}

async function importCsv(page: Page, path: string) {
  await page.getByTestId('delegations-import').click();
  await visible(page.getByTestId('import-dialog'));
  await page.getByTestId('import-file').setInputFiles(path);
}

/** No element a name could have injected, anywhere in the page. */
const injected = (page: Page) => page.evaluate(() => document.querySelectorAll('img[src="x"], [onerror], script:not([src])').length);

describe(`text is text everywhere (${runtime})`, () => {
  it('shows, prints and exports hostile names literally, and refuses the ones a name cannot hold', async () => {
    const app = await launchApp({ sample: true, language: 'en' });
    const { page } = app;
    await ready(page);
    const doc = documentOnDisk(sampleFile(app));
    const states = Object.values(doc.delegations)
      .filter((d) => d.kind === 'state' && d.iso3 && d.iso3 !== 'VNM')
      .sort((a, b) => a.nameEn.localeCompare(b.nameEn))
      .map((d) => d.iso3!);
    const targets = states.slice(0, HOSTILE.length);
    await page.getByTestId('nav-delegations').click();
    await visible(page.getByTestId('delegation-row-VNM'));

    // 1. Names a name cannot hold: every one refused with its line and reason; nothing imported.
    const bad = join(work, 'refused.csv');
    writeFileSync(bad, renamedHeads(doc, REFUSED, states.slice(0, REFUSED.length)));
    await importCsv(page, bad);
    await countOf(page.getByTestId('import-error')).toBe(REFUSED.length);
    const reasons = await page.getByTestId('import-error-reason').allTextContents();
    expect(reasons[0]).toMatch(/control characters/);
    expect(reasons[1]).toMatch(/control characters/);
    expect(reasons[2]).toMatch(/200/);
    expect(reasons[3]).toMatch(/text-direction override/);
    await shot(page, 'text-safety-refused');
    await page.getByTestId('import-cancel').click();

    // 2. The hostile names, imported as one edit.
    const good = join(work, 'hostile.csv');
    writeFileSync(good, renamedHeads(doc, HOSTILE.map((h) => h.typed ?? h.name), targets));
    await importCsv(page, good);
    await visible(page.getByTestId('import-preview'));
    await page.getByTestId('import-confirm').click();
    await countOf(page.getByTestId('import-dialog')).toBe(0);
    await saved(page);
    const after = documentOnDisk(sampleFile(app));
    const heads = new Set(Object.values(after.people).filter((p) => p.role === 'head').map((p) => p.name));
    for (const { name } of HOSTILE) expect(heads.has(name), name).toBe(true);

    // 3. The delegations list: the literal text, no element injected.
    for (const [i, iso3] of targets.entries()) {
      await textOf(page.getByTestId(`delegation-row-${iso3}`)).toContain(HOSTILE[i]!.name);
    }
    expect(await injected(page)).toBe(0);
    await shot(page, 'text-safety-delegations');

    // 4. Seating: the people list names them literally; the canvas draws names with fillText (text, never markup).
    await page.getByTestId('nav-seating').click();
    await visible(page.getByTestId('seating-canvas'));
    const people = await page.locator('[data-testid="screen-seating"]').textContent();
    for (const { name } of HOSTILE) expect(people).toContain(name);
    expect(await injected(page)).toBe(0);
    // Zoomed on block A (the first states, Algeria and Argentina among them) until names are drawn.
    const box = (await page.getByTestId('seating-canvas').boundingBox())!;
    const blockA = { x: box.x + box.width * 0.17, y: box.y + box.height * 0.3 };
    await page.mouse.move(blockA.x, blockA.y);
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -300);
    // then on the block's front-left corner (Argentina, Australia, Austria, Azerbaijan), closer
    const front = { x: box.x + 36, y: box.y + 130 };
    await page.mouse.move(front.x, front.y);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -300);
    await shot(page, 'text-safety-seating');

    // 5. The print preview of the guest index, and its PDF's text.
    await openPrinting(page);
    await page.getByTestId('print-output').selectOption('index');
    await allPagesPrepared(page);
    const preview = await page.getByTestId('print-root').textContent();
    for (const { name } of HOSTILE) expect(preview).toContain(name);
    expect(await injected(page)).toBe(0);
    await shot(page, 'text-safety-print');
    const pdf = join(work, 'index.pdf');
    await app.nextDialogPath(pdf);
    await page.getByTestId('print-export').click();
    await textOf(page.getByTestId('print-result')).toContain('index.pdf');
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).replace(/\s+/g, ' ');
    for (const { name } of HOSTILE) expect(text, name).toContain(name.replace(/\s+/g, ' '));
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, join(SHOTS, 'text-safety-index')]);

    // 6. CSV and XLSX exports of the delegations: text, formula-looking names with one apostrophe.
    await page.getByTestId('nav-delegations').click();
    const csvOut = join(work, 'export.csv');
    await app.nextDialogPath(csvOut);
    await page.getByTestId('delegations-export-csv').click();
    await textOf(page.getByTestId('delegations-file-status')).toBe(`Saved ${csvOut}`);
    const csvRecords = readCsv(readFileSync(csvOut, 'utf8')).records!;
    const xlsxOut = join(work, 'export.xlsx');
    await app.nextDialogPath(xlsxOut);
    await page.getByTestId('delegations-export-xlsx').click();
    await textOf(page.getByTestId('delegations-file-status')).toBe(`Saved ${xlsxOut}`);
    const xlsxBytes = new Uint8Array(readFileSync(xlsxOut));
    const sheet = await readFirstSheet(xlsxBytes);
    if (!sheet.ok) throw new Error('the exported workbook does not read back');
    const sheetXml = Object.entries(unzipSync(xlsxBytes))
      .filter(([name]) => name.startsWith('xl/worksheets/'))
      .map(([, data]) => new TextDecoder().decode(data))
      .join('');
    expect(sheetXml).not.toMatch(/<f[ >]/); // no formula cell at all
    for (const [i, iso3] of targets.entries()) {
      const { name, formula } = HOSTILE[i]!;
      const cell = formula ? `'${name}` : name;
      expect(csvRecords.find((r) => r.fields.includes(iso3))!.fields, `csv ${iso3}`).toContain(cell);
      expect(sheet.records.find((r) => r.fields.includes(iso3))!.fields, `xlsx ${iso3}`).toContain(cell);
    }
    expect(await injected(page)).toBe(0);
  });
});
