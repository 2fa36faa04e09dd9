/**
 * Preparing an event from a script (issue 14 §3): the CLI's `hall` verb adds the hall the app's
 * New hall dialog adds for the same choices — checked row by row against the real dialog, in the
 * built renderer on the real services — and refuses bad arguments clearly, in both languages,
 * changing nothing.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, sha } from './cli-run';
import { documentOnDisk } from './files';
import { launchApp } from './harness';
import { ready, saved, shot } from './page';
import { visible } from './poll';
import { expectSameRows } from './rows';

const dir = mkdtempSync(join(tmpdir(), 'preseance-cli-prepare-'));
const base = join(dir, 'base.preseance');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => {
  expect(cli('new', base, '--sample').code).toBe(0);
});

describe('CLI: a hall from a script', () => {
  it('adds the hall the New hall dialog adds for the same names and type', async () => {
    const cliFile = join(dir, 'cli.preseance');
    const appFile = join(dir, 'app.preseance');
    copyFileSync(base, cliFile);
    copyFileSync(base, appFile);

    const run = cli('hall', cliFile, '--name-vi', 'Phòng tiệc Quốc yến', '--name-en', 'State Banquet Hall', '--kind', 'banquet');
    expect(run.code, run.err).toBe(0);
    expect(run.out.trim()).toBe('Added the hall “State Banquet Hall” (Banquet hall, 40 × 30 m).');

    const app = await launchApp({ file: appFile, language: 'en' });
    try {
      const page = app.page;
      await ready(page);
      await page.getByTestId('nav-halls').click();
      await page.getByTestId('hall-new').click();
      await visible(page.getByTestId('new-hall-dialog'));
      await page.getByTestId('new-hall-nameVi').fill('Phòng tiệc Quốc yến');
      await page.getByTestId('new-hall-nameEn').fill('State Banquet Hall');
      await page.getByTestId('new-hall-kind').selectOption('banquet');
      await shot(page, 'cli-prepare-new-hall');
      await page.getByTestId('new-hall-create').click();
      await visible(page.getByTestId('hall-canvas'));
      await saved(page);
    } finally {
      await app.close();
    }
    expectSameRows(cliFile, appFile);
  });

  it('takes a size in metres; the hall is listed after the others', () => {
    const file = join(dir, 'sized.preseance');
    copyFileSync(base, file);
    const run = cli('hall', file, '--name-vi', 'Hội trường B', '--name-en', 'Plenary B', '--width', '62.5', '--depth', '41');
    expect(run.code, run.err).toBe(0);
    const halls = Object.values(documentOnDisk(file).halls).sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1));
    expect(halls.at(-1)).toMatchObject({ nameEn: 'Plenary B', nameVi: 'Hội trường B', kind: 'plenary', widthM: 62.5, depthM: 41 });
    expect(halls).toHaveLength(5);
  });

  it('refuses bad arguments with a clear message in the user’s language and changes nothing', () => {
    const file = join(dir, 'refusals.preseance');
    copyFileSync(base, file);
    const before = sha(file);
    const cases: [string[], string, string][] = [
      [['--name-en', 'X'], 'Missing --name-vi NAME. Run with --help for usage.', 'Thiếu --name-vi NAME. Chạy với --help để xem cách dùng.'],
      [['--name-vi', 'X', '--name-en', 'Banquet Hall'], 'Another hall is already called “Banquet Hall”. Nothing was changed.', 'Đã có một phòng khác tên “Banquet Hall”. Không có gì thay đổi.'],
      [['--name-vi', 'X', '--name-en', 'Y', '--kind', 'ballroom'], '--kind must be one of: plenary, banquet, signing, welcome, meeting, other: “ballroom”.', '--kind phải là một trong: plenary, banquet, signing, welcome, meeting, other: “ballroom”.'],
      [['--name-vi', 'X', '--name-en', 'Y', '--width', '0'], '--width must be a size in metres, more than 0 and at most 10000: “0”.', '--width phải là kích thước tính bằng mét, lớn hơn 0 và không quá 10000: “0”.'],
      [['--name-vi', 'X', '--name-en', 'Y', '--depth', '12m'], '--depth must be a size in metres, more than 0 and at most 10000: “12m”.', '--depth phải là kích thước tính bằng mét, lớn hơn 0 và không quá 10000: “12m”.'],
    ];
    for (const [args, en, vi] of cases) {
      const english = cli('hall', file, ...args);
      expect(english.code, args.join(' ')).toBe(1);
      expect(english.err.trim()).toBe(en);
      const vietnamese = cli('hall', file, ...args, '--lang', 'vi');
      expect(vietnamese.code).toBe(1);
      expect(vietnamese.err.trim()).toBe(vi);
    }
    expect(sha(file)).toBe(before);
  });
});
