/**
 * Halls from the built-in templates (issue 14 §3): the CLI's `hall --template` and the app's New
 * hall dialog, "Start from: the template of this type", make the same rows for the same choices
 * (the hall, every element, every seat; ids aside) — the app driven through its real UI, in the
 * built renderer on the real services — in one undoable step; each template is shown in the hall
 * editor (screenshots), and a hall too small is refused in the dialog with nothing created.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from './fixtures';
import { cli } from './cli-run';
import { documentOnDisk } from './files';
import { launchApp } from './harness';
import { ready, saved, shot } from './page';
import { attributeOf, countOf, textOf, visible } from './poll';
import { fillNewHall, screenOf } from './hall-canvas';
import { expectSameRows } from './rows';

const dir = tempFolder('cli-templates');
const base = join(dir, 'base.preseance');
const SHOTS = process.env.TEMPLATE_SHOTS ?? join(dir, 'shots');
beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
  expect(cli('new', base, '--sample').code).toBe(0);
});

type Case = {
  kind: 'plenary' | 'banquet' | 'signing' | 'welcome';
  names: [vi: string, en: string];
  size?: [string, string];
  counts: [testId: string, option: string, value: string][];
  says: string;
};

const CASES: Case[] = [
  { kind: 'plenary', names: ['Hội trường B', 'Plenary B'], counts: [['seats', '--seats', '600']], says: 'Added the hall “Plenary B” (Plenary hall, 40 × 30 m) from its template: 11 elements, 655 seats.' },
  {
    kind: 'banquet', names: ['Phòng tiệc B', 'Banquet B'], size: ['45', '36.5'], counts: [['tables', '--tables', '20'], ['perTable', '--per-table', '12']],
    says: 'Added the hall “Banquet B” (Banquet hall, 45 × 36.5 m) from its template: 25 elements, 250 seats.',
  },
  { kind: 'signing', names: ['Phòng ký B', 'Signing B'], size: ['24', '18'], counts: [['signers', '--signers', '3'], ['seats', '--seats', '60']], says: 'from its template: 9 elements, 63 seats.' },
  { kind: 'welcome', names: ['Sảnh đón B', 'Welcome B'], size: ['50', '36'], counts: [], says: 'from its template: 14 elements, 0 seats.' },
];

/** The New hall dialog filled as the officer fills it, starting from the template. */
async function fillDialog(page: Page, c: Case) {
  await page.getByTestId('nav-halls').click();
  await page.getByTestId('hall-new').click();
  await visible(page.getByTestId('new-hall-dialog'));
  await fillNewHall(page, { nameVi: c.names[0], nameEn: c.names[1], kind: c.kind });
  if (c.size) {
    await page.getByTestId('new-hall-width').fill(c.size[0]);
    await page.getByTestId('new-hall-depth').fill(c.size[1]);
  }
  await page.getByTestId('new-hall-start').selectOption('template');
  await visible(page.getByTestId('new-hall-template-about'));
  for (const [testId, , value] of c.counts) await page.getByTestId(`new-hall-${testId}`).fill(value);
}

/** The front of the hall (stage, head or signing table, entrance) zoomed in, to look at the furniture close up. */
async function zoomedShot(page: Page, c: Case) {
  const width = Number(c.size?.[0] ?? 40);
  const at = await screenOf(page, width / 2, 6);
  const before = await page.getByTestId('hall-canvas').getAttribute('data-camera');
  await page.mouse.move(at.x, at.y);
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -300);
  await attributeOf(page.getByTestId('hall-canvas'), 'data-camera').not.toBe(before);
  await page.screenshot({ path: join(SHOTS, `template-${c.kind}-front.png`) });
}

describe('Halls from the built-in templates: the CLI and the app', () => {
  for (const c of CASES) {
    it(`${c.kind}: \`hall --template\` makes the rows the New hall dialog makes, in one undo step`, async () => {
      const [cliFile, appFile] = [join(dir, `${c.kind}-cli.preseance`), join(dir, `${c.kind}-app.preseance`)];
      copyFileSync(base, cliFile);
      copyFileSync(base, appFile);
      const args = ['--name-vi', c.names[0], '--name-en', c.names[1], '--kind', c.kind, '--template'];
      if (c.size) args.push('--width', c.size[0], '--depth', c.size[1]);
      for (const [, option, value] of c.counts) args.push(option, value);
      const run = cli('hall', cliFile, ...args);
      expect(run.code, run.err).toBe(0);
      expect(run.out.trim()).toContain(c.says);

      const app = await launchApp({ file: appFile, language: 'en' });
      const page = app.page;
      await ready(page);
      await fillDialog(page, c);
      await page.screenshot({ path: join(SHOTS, `new-hall-${c.kind}.png`) });
      await shot(page, `template-dialog-${c.kind}`);
      await page.getByTestId('new-hall-create').click();
      await countOf(page.getByTestId('new-hall-dialog')).toBe(0);
      await visible(page.getByTestId('hall-canvas'));
      await saved(page);
      await page.screenshot({ path: join(SHOTS, `template-${c.kind}.png`) });
      await shot(page, `template-editor-${c.kind}`);
      await zoomedShot(page, c);
      // One undo step takes back the hall with all its furniture; redo brings the same rows back.
      const halls = () => Object.values(documentOnDisk(appFile).halls).filter((h) => h.nameEn === c.names[1]).length;
      expect(halls()).toBe(1);
      await page.getByTestId('undo').click();
      await textOf(page.getByTestId('history-notice')).toContain(`Undone: add ${c.names[1]} from its template`);
      await saved(page);
      expect(halls()).toBe(0);
      await page.getByTestId('redo').click();
      await saved(page);
      await app.close();
      expectSameRows(cliFile, appFile);
    });
  }

  it('a hall too small for the template is refused in the dialog, in the officer’s language, and nothing is created', async () => {
    const file = join(dir, 'small.preseance');
    copyFileSync(base, file);
    const before = Object.keys(documentOnDisk(file).halls).length;
    const app = await launchApp({ file, language: 'vi' });
    const page = app.page;
    await ready(page);
    await fillDialog(page, { kind: 'plenary', names: ['Phòng nhỏ', 'Small room'], size: ['12', '8'], counts: [], says: '' });
    await page.getByTestId('new-hall-create').click();
    await textOf(page.getByTestId('new-hall-template-error')).toBe(
      'Mẫu này cần một phòng ít nhất 15,3 × 9,75 m cho đồ đạc và khoảng trống; phòng này 12 × 8 m. Chưa tạo gì.',
    );
    await page.getByTestId('new-hall-seats').fill('2,5');
    await page.getByTestId('new-hall-create').click();
    await textOf(page.getByTestId('new-hall-seats-error')).toBe('Số chỗ ngồi phải là số nguyên từ 1 đến 20.000.');
    await page.screenshot({ path: join(SHOTS, 'new-hall-refused-vi.png') });
    await page.getByTestId('new-hall-cancel').click();
    await app.close();
    expect(Object.keys(documentOnDisk(file).halls)).toHaveLength(before);
    const refused = cli('hall', file, '--name-vi', 'Phòng nhỏ', '--name-en', 'Small room', '--template', '--width', '12', '--depth', '8', '--lang', 'vi');
    expect(refused.code).toBe(1);
    expect(refused.err.trim()).toBe('Mẫu này cần một phòng ít nhất 15,3 × 9,75 m cho đồ đạc và khoảng trống; phòng này 12 × 8 m. Chưa tạo gì.');
    expect(cli('hall', file, '--name-vi', 'X', '--name-en', 'Y', '--kind', 'banquet', '--template', '--tables', '500').err.trim()).toBe(
      '500 round tables of 10 do not fit in a hall of 40 × 30 m with the head table and the service gaps: at most 32. Nothing was created.',
    );
    expect(cli('hall', file, '--name-vi', 'X', '--name-en', 'Y', '--seats', '50').err.trim()).toBe('--seats is for a hall furnished from its template: add --template.');
    expect(Object.keys(documentOnDisk(file).halls)).toHaveLength(before);
  });
});
