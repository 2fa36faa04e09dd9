/**
 * Preparing an event from a script (issue 14 §3): the CLI's `hall` and `sequence` verbs add the
 * hall and the arrival sequence the app's New hall dialog and New sequence button add for the same
 * choices — checked row by row against the real UI, in the built renderer on the real services —
 * who arrives is chosen as a group or by codes, and bad arguments are refused clearly, in both
 * languages, changing nothing.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from './fixtures';
import { cli, sha } from './cli-run';
import { documentOnDisk } from './files';
import { fillNewHall } from './hall-canvas';
import type { Page } from 'playwright-core';
import { launchApp } from './harness';
import { ready, saved, shot } from './page';
import { valueOf, visible } from './poll';
import { expectSameRows } from './rows';

const dir = tempFolder('cli-prepare');
const base = join(dir, 'base.preseance');
beforeAll(() => {
  expect(cli('new', base, '--sample').code).toBe(0);
});

/** Two copies of the sample: one for the CLI, one for the app. */
function twoCopies(name: string): { cliFile: string; appFile: string } {
  const [cliFile, appFile] = [join(dir, `${name}-cli.preseance`), join(dir, `${name}-app.preseance`)];
  copyFileSync(base, cliFile);
  copyFileSync(base, appFile);
  return { cliFile, appFile };
}

/** The app on `file`, in English: `steps` on its page, then the edit written and the app closed. */
async function inApp(file: string, steps: (page: Page) => Promise<void>): Promise<void> {
  const app = await launchApp({ file, language: 'en' });
  await ready(app.page);
  await steps(app.page);
  await saved(app.page);
  await app.close();
}

/** Each case refused, exit code 1, with its message in English and in Vietnamese. */
function expectRefused(verb: string, file: string, cases: [string[], string, string][]): void {
  for (const [args, en, vi] of cases) {
    const english = cli(verb, file, ...args);
    expect(english.code, args.join(' ')).toBe(1);
    expect(english.err.trim()).toBe(en);
    const vietnamese = cli(verb, file, ...args, '--lang', 'vi');
    expect(vietnamese.code).toBe(1);
    expect(vietnamese.err.trim()).toBe(vi);
  }
}

describe('CLI: a hall from a script', () => {
  it('adds the hall the New hall dialog adds for the same names and type', async () => {
    const { cliFile, appFile } = twoCopies('hall');

    const run = cli('hall', cliFile, '--name-vi', 'Phòng tiệc Quốc yến', '--name-en', 'State Banquet Hall', '--kind', 'banquet');
    expect(run.code, run.err).toBe(0);
    expect(run.out.trim()).toBe('Added the hall “State Banquet Hall” (Banquet hall, 40 × 30 m).');

    await inApp(appFile, async (page) => {
      await page.getByTestId('nav-halls').click();
      await page.getByTestId('hall-new').click();
      await visible(page.getByTestId('new-hall-dialog'));
      await fillNewHall(page, { nameVi: 'Phòng tiệc Quốc yến', nameEn: 'State Banquet Hall', kind: 'banquet' });
      await shot(page, 'cli-prepare-new-hall');
      await page.getByTestId('new-hall-create').click();
      await visible(page.getByTestId('hall-canvas'));
    });
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
    expectRefused('hall', file, cases);
    expect(sha(file)).toBe(before);
  });
});

describe('CLI: an arrival sequence from a script', () => {
  it('adds the sequence Arrivals › New sequence adds (its usual steps, 08:30 to 09:00, the welcome area)', async () => {
    const { cliFile, appFile } = twoCopies('sequence');
    const run = cli('sequence', cliFile, '--name-vi', 'Lễ đón chính thức', '--name-en', 'Official welcome');
    expect(run.code, run.err).toBe(0);
    expect(run.out.trim()).toBe('Added the arrival sequence “Official welcome” on 2025-10-25; arriving: every delegation but the host. Generate it with: arrivals FILE --sequence NAME.');

    await inApp(appFile, async (page) => {
      await page.getByTestId('nav-arrivals').click();
      await page.getByTestId('arrivals-new-sequence').click();
      await valueOf(page.getByTestId('setup-nameEn')).toBe('Official welcome');
      await shot(page, 'cli-prepare-new-sequence');
    });
    expectSameRows(cliFile, appFile);
  });

  it('who arrives: the states only, the organizations only, or a list of codes; generated by `arrivals`', () => {
    const file = join(dir, 'who.preseance');
    copyFileSync(base, file);
    const doc = documentOnDisk(file);
    const kinds = new Map(Object.values(doc.delegations).map((d) => [d.nameEn, d.kind]));
    const cases: [string, string, (names: string[]) => void][] = [
      ['states', 'Arriving: the states only, member and observer', (names) => expect(names.every((n) => kinds.get(n) !== 'organization')).toBe(true)],
      ['organizations', 'Arriving: the organizations only', (names) => expect(names.every((n) => kinds.get(n) === 'organization')).toBe(true)],
      ['fra, JPN,UNODC', 'Arriving: the delegations of FRA, JPN, UNODC (3 delegations).', (names) => expect(names.sort()).toEqual(['France', 'Japan', 'United Nations Office on Drugs and Crime'])],
    ];
    for (const [who, says, check] of cases) {
      const name = `Welcome ${who}`;
      const made = cli('sequence', file, '--name-vi', `Đón ${who}`, '--name-en', name, '--who', who, '--hall', 'Welcome Area', '--day', '2025-10-26');
      expect(made.code, made.err).toBe(0);
      const planned = cli('arrivals', file, '--sequence', name, '--json');
      expect(planned.code, planned.err).toBe(0);
      const report = JSON.parse(planned.out);
      expect(report.explanation.join('\n')).toContain(says);
      const names = report.slots.map((s: { delegation: string }) => s.delegation);
      expect(names.length).toBeGreaterThan(0);
      check(names);
    }
    const sequences = Object.values(documentOnDisk(file).sequences).filter((s) => s.nameEn.startsWith('Welcome '));
    expect(sequences.map((s) => s.day)).toEqual(['2025-10-26', '2025-10-26', '2025-10-26']);
  });

  it('refuses bad arguments in the user’s language and changes nothing', () => {
    const file = join(dir, 'seq-refusals.preseance');
    copyFileSync(base, file);
    const before = sha(file);
    const ok = ['--name-vi', 'Đón', '--name-en', 'Welcome'];
    const cases: [string[], string, string][] = [
      [['--name-vi', 'X'], 'Missing --name-en NAME. Run with --help for usage.', 'Thiếu --name-en NAME. Chạy với --help để xem cách dùng.'],
      [['--name-vi', 'X', '--name-en', 'Official welcome of heads of delegation'], 'Another arrival sequence is already called “Official welcome of heads of delegation”. Nothing was changed.', 'Đã có một kịch bản đón khác tên “Official welcome of heads of delegation”. Không có gì thay đổi.'],
      [[...ok, '--who', 'XYZ'], '“XYZ”: no delegation of this event has this ISO3 or organization code. Nothing was changed.', '“XYZ”: không có đoàn nào của sự kiện mang mã ISO3 hay mã tổ chức này. Không có gì thay đổi.'],
      [[...ok, '--who', ' , '], '--who must be all, states, organizations or a list of codes (e.g. VNM,FRA,UNODC): “,”.', '--who phải là all, states, organizations hoặc danh sách mã (ví dụ VNM,FRA,UNODC): “,”.'],
      [[...ok, '--day', '25/10/2025'], '--day must be a date YYYY-MM-DD: “25/10/2025”.', '--day phải là ngày dạng YYYY-MM-DD: “25/10/2025”.'],
    ];
    expectRefused('sequence', file, cases);
    const unknownHall = cli('sequence', file, ...ok, '--hall', 'Ballroom');
    expect(unknownHall.err.trim()).toMatch(/^No hall is called “Ballroom”\. The halls: Plenary Hall \/ /);
    expect(sha(file)).toBe(before);
  });
});

describe('CLI: the host and co-chairs pinned on an existing event', () => {
  it('sets the host country and the co-chairs in one write; the host as a co-chair is refused with nothing written', () => {
    const file = join(dir, 'pinned.preseance');
    copyFileSync(base, file);
    const before = sha(file);
    const refused = cli('co-chairs', file, 'FRA', 'DEU', '--host', 'fra');
    expect(refused.code).toBe(1);
    expect(refused.err.trim()).toBe('“FRA” is the host (France): the host is pinned first already, not as a co-chair. Nothing was changed.');
    expect(sha(file)).toBe(before);

    const run = cli('co-chairs', file, 'UNODC', 'JPN', '--host', 'fra');
    expect(run.code, run.err).toBe(0);
    expect(run.out).toBe('Host: France (FRA), pinned first.\nCo-chairs: Japan, United Nations Office on Drugs and Crime.\n');
    const doc = documentOnDisk(file);
    expect(Object.values(doc.events).map((e) => e.hostIso3)).toEqual(['FRA']);
    const order = JSON.parse(cli('order', file, '--json').out) as { iso3: string | null; reason: string }[];
    expect(order[0]!.iso3).toBe('FRA');
  });
});
