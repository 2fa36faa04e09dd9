/**
 * The built CLI's arrival verbs (out/main/cli.js), run as a user runs them, on real files:
 * `arrivals FILE --sequence NAME` (generated and saved in one transaction, the slots and the
 * conflicts printed), its option errors, `export --sequence` (the run-of-show as CSV/XLSX), and
 * `validate`, which reports arrival conflicts with the seating problems (exit 1 on any error).
 * The sample's welcome: 19 heads of state and government, steps of 60 + 45 + 30 + 20 + 90 s
 * (4 min 5 s from the drop-off to the holding room), 08:30, every 1.25 min, deadline 09:00.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from './fixtures';
import { cli, sha } from './cli-run';
import { EventFile } from '../../electron/store';

const dir = tempFolder('cli-arrivals');
const NAME = 'Official welcome of heads of delegation';

describe('CLI arrivals', () => {
  const file = join(dir, 'hanoi.preseance');

  it('the sample validates clean with its arrivals; planning its welcome again moves nobody', () => {
    expect(cli('new', file, '--sample').code).toBe(0);
    const clean = cli('validate', file);
    expect(clean.out.trim(), clean.err).toBe('0 errors, 0 warnings.');
    const run = cli('arrivals', file, '--sequence', NAME);
    expect(run.code, run.err).toBe(0);
    const lines = run.out.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Order: reverse precedence, the highest-ranking delegation arriving last (19 delegations).',
      'Arriving: the 19 delegations already in the sequence.',
      // 18 x 75 s = 22 min 30 s after 08:30, plus 4 min 5 s of steps.
      'First arrival at 08:30, one every 1.25 min; the last guest reaches the holding room at 08:56:35.',
    ]);
    expect(lines[4]).toMatch(/^No\. +Time +Delegation +Car +Liaison officer$/);
    expect(lines[5]).toMatch(/^ {2}1 {2}08:30 {5}\S.* {2}VIP-01 {2}\S/);
    expect(lines[6]).toMatch(/^ {2}2 {2}08:31:15 {2}\S.* {2}VIP-02 {2}\S/);
    expect(run.out).toContain('No conflict.');
    expect(run.out).not.toContain('Changes:');
    expect(run.out.trim().split('\n').at(-1)).toBe(`${NAME}: 19 slots planned and saved.`);
  });

  it('refuses an unknown sequence, listing the sequences, and bad options, each naming the option; the file untouched', () => {
    const before = sha(file);
    const unknown = cli('arrivals', file, '--sequence', 'Banquet arrivals');
    expect(unknown.code).toBe(1);
    expect(unknown.err.trim()).toBe(`No arrival sequence is called “Banquet arrivals”. The sequences: ${NAME} / Lễ đón chính thức các Trưởng đoàn.`);
    expect(cli('arrivals', file).err).toContain('Missing --sequence NAME');
    expect(cli('arrivals', file, '--sequence', NAME, '--start', '8:30').err.trim()).toBe('--start must be a time HH:MM (24-hour clock): “8:30”.');
    expect(cli('arrivals', file, '--sequence', NAME, '--rule', 'random').err.trim()).toBe('--rule must be one of: reverse-precedence, precedence, alphabetical, lot.');
    expect(cli('arrivals', file, '--sequence', NAME, '--interval', 'ten').code).toBe(1);
    expect(cli('arrivals', file, '--sequence', NAME, '--start', '08:00', '--end', '09:00').err.trim()).toBe('Give --start or --end, not both.');
    expect(sha(file)).toBe(before);
  });

  it('a dry run every 3 min says the deadline cannot be met, by how much, and what interval would fit; nothing written', () => {
    const before = sha(file);
    const run = cli('arrivals', file, '--sequence', 'lễ đón chính thức các trưởng đoàn', '--interval', '3', '--dry-run');
    expect(run.code, run.err).toBe(0);
    // The 19th arrives 18 x 3 = 54 min after 08:30, at 09:24, in the holding room at 09:28:05: 28 min 5 s late.
    // (30 min - 4 min 5 s) / 18 = 86.4 s: at most 1.43 min.
    expect(run.out).toContain(
      'The deadline cannot be met: the last guest reaches the holding room at 09:28:05, 28.08 min after 09:00. An interval of at most 1.43 min between arrivals would fit.',
    );
    expect(run.out).toContain('  error: Official welcome of heads of delegation ends at 09:28:05, 28.08 min after its deadline 09:00.');
    expect(run.out).toContain('Changes:\n');
    expect(run.out.trim().split('\n').at(-1)).toBe(`${NAME}: dry run — nothing written; 19 slots planned.`);
    expect(sha(file)).toBe(before);
  });

  it('saved in one transaction: alphabetical, back from 09:00 every 1.5 min; --json; validate then reports the deadline', () => {
    const run = cli('arrivals', file, '--sequence', NAME, '--rule', 'alphabetical', '--end', '09:00', '--interval', '1.5', '--json');
    expect(run.code, run.err).toBe(0);
    const report = JSON.parse(run.out);
    expect(report.applied).toBe(true);
    // 18 x 90 s = 27 min + 4 min 5 s = 31 min 5 s before 09:00: 08:28:55.
    expect(report.slots[0].time).toBe('08:28:55');
    expect(report.slots.at(-1).time).toBe('08:55:55');
    const names = report.slots.map((s: { delegation: string }) => s.delegation);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    const event = EventFile.open(file);
    const doc = event.loadDocument();
    event.close();
    const sequence = Object.values(doc.sequences)[0]!;
    expect(sequence).toMatchObject({ rule: 'alphabetical', deadline: '09:00', intervalMin: 1.5 });
    expect(Object.values(doc.settings).find((s) => s.key === `arrival.${sequence.id}`)!.value).toMatchObject({ anchor: 'end' });
    // Ending at 09:00 exactly is in time; planned forward from 08:30 every 1.5 min it is not.
    expect(cli('validate', file).code).toBe(0);
    expect(cli('arrivals', file, '--sequence', NAME, '--start', '08:30').code).toBe(0);
    const late = cli('validate', file, '--lang', 'vi');
    expect(late.code).toBe(1);
    // 08:30 + 27 min = 08:57, in at 09:01:05.
    expect(late.out).toContain('lỗi: Lễ đón chính thức các Trưởng đoàn kết thúc lúc 09:01:05, chậm 1,08 phút so với giờ kết thúc 09:00.');
    expect(late.out.trim().split('\n').at(-1)).toBe('1 lỗi, 0 cảnh báo.');
    expect(JSON.parse(cli('validate', file, '--json').out).problems[0]).toMatchObject({ severity: 'error', key: 'conflict-deadline' });
  });

  it('exports the run-of-show as CSV and XLSX; a wrong extension is refused', () => {
    const csv = join(dir, 'welcome.csv');
    const done = cli('export', file, '--format', 'csv', '--out', csv, '--sequence', NAME, '--lang', 'vi');
    expect(done.code, done.err).toBe(0);
    const text = readFileSync(csv, 'utf8');
    expect(text.startsWith('\uFEFFSTT,Giờ đến,Đoàn,Trưởng đoàn,Cổng vào,Xe số,Liên lạc viên,Dẫn đoàn,Người đón,Đoàn xe đến (Điểm xuống xe)')).toBe(true);
    expect(text.split('\r\n')[1]).toMatch(/^1,08:30:00,/);
    expect(text.split('\r\n')).toHaveLength(21); // header, 19 slots, the last CRLF
    expect(cli('export', file, '--format', 'xlsx', '--out', join(dir, 'welcome.xlsx'), '--sequence', NAME).code).toBe(0);
    const wrong = cli('export', file, '--format', 'xlsx', '--out', join(dir, 'welcome.csv'), '--sequence', NAME);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('must be saved in a file ending in .xlsx');
  });
});
