/**
 * The built CLI (out/main/cli.js), run as a user runs it, on real files in a temp folder.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from './fixtures';
import { cli, sha } from './cli-run';

const dir = tempFolder('cli');

describe('CLI', () => {
  const sample = join(dir, 'hanoi.preseance');

  it('creates the sample event and reports its counts', () => {
    const created = cli('new', sample, '--sample');
    expect(created.code, created.err).toBe(0);
    expect(created.out).toContain('hanoi.preseance');

    const info = cli('info', sample, '--json');
    expect(info.code, info.err).toBe(0);
    const counts = JSON.parse(info.out);
    expect(counts.schemaVersion).toBeGreaterThanOrEqual(1);
    expect(counts.delegations).toBeGreaterThanOrEqual(150);
    expect(counts.halls).toBe(4);
    expect(counts.seats).toBeGreaterThan(1000);
    expect(counts.people).toBeGreaterThan(counts.delegations);

    const human = cli('info', sample);
    expect(human.code).toBe(0);
    expect(human.out).toMatch(/Delegations\s+\d+/);
  });

  it('prints the same information in Vietnamese with --lang vi', () => {
    const info = cli('info', sample, '--lang', 'vi');
    expect(info.code).toBe(0);
    expect(info.out).toMatch(/Đoàn\s+\d+/);
    expect(info.out).toMatch(/Chỗ ngồi\s+\d+/);
  });

  it('refuses to create over an existing file and leaves it untouched', () => {
    const before = sha(sample);
    const again = cli('new', sample);
    expect(again.code).toBe(1);
    expect(again.err).toContain('already exists');
    expect(sha(sample)).toBe(before);
  });

  it('exports the whole event as JSON', () => {
    const out = join(dir, 'export.json');
    const result = cli('export', sample, '--format', 'json', '--out', out);
    expect(result.code, result.err).toBe(0);
    const exported = JSON.parse(readFileSync(out, 'utf8'));
    expect(exported.format).toBe('preseance-event');
    const names = Object.values(exported.document.delegations as Record<string, { nameEn: string }>).map((d) => d.nameEn);
    expect(names).toContain('Viet Nam');
    expect(names).toContain('Türkiye');
  });

  it('imports delegations from CSV, and a re-import changes nothing', () => {
    const file = join(dir, 'blank.preseance');
    expect(cli('new', file).code).toBe(0);
    const csv = join(dir, 'delegations.csv');
    writeFileSync(
      csv,
      '\uFEFFkind,name_en,iso3,head_name,head_title,rank\n' +
        'state,,FRA,Camille Laurent,Minister of Justice,minister\n' +
        'state,Viet Nam,VNM,Trần Văn An,Deputy Prime Minister,deputy-head-of-government\n' +
        'organization,United Nations Office on Drugs and Crime,,Aiko Tanaka,Executive Director,head-of-organization\n',
    );
    const first = cli('import', file, csv);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toMatch(/3 created/);
    expect(JSON.parse(cli('info', file, '--json').out).delegations).toBe(3);

    const second = cli('import', file, csv, '--json');
    expect(second.code, second.err).toBe(0);
    const report = JSON.parse(second.out);
    expect(report.created).toEqual([]);
    expect(report.updated).toEqual([]);
    expect(report.unchanged).toBe(3);
  });

  it('imports nothing when any row is bad, and names every bad row with its line', () => {
    const file = join(dir, 'strict.preseance');
    expect(cli('new', file).code).toBe(0);
    const before = sha(file);
    const csv = join(dir, 'bad.csv');
    writeFileSync(
      csv,
      'kind,name_en,iso3,head_name,head_title,rank\n' +
        'state,,FRA,Camille Laurent,Minister,minister\n' +
        'state,,XXX,Someone,Minister,minister\n' +
        'state,,DEU,Jonas Weber,Minister,chancellor\n',
    );
    const result = cli('import', file, csv);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/line 3, column iso3/);
    expect(result.err).toMatch(/line 4, column rank/);
    expect(JSON.parse(cli('info', file, '--json').out).delegations).toBe(0);
    expect(sha(file)).toBe(before);
  });

  it('orders the delegations by precedence, saving the rule choice in the event', () => {
    const file = join(dir, 'order.preseance');
    expect(cli('new', file, '--sample').code).toBe(0);
    const first = cli('order', file, '--tiebreak', 'un-alphabetical', '--lot', 'mkd', '--json');
    expect(first.code, first.err).toBe(0);
    const entries = JSON.parse(first.out) as { position: number; name: string; iso3: string | null; kind: string; rank: string; reason: string }[];
    expect(entries.map((e) => e.position)).toEqual(entries.map((_, i) => i + 1));
    expect(entries[0]).toMatchObject({ name: 'Viet Nam', iso3: 'VNM', reason: 'host: pinned first' });
    expect(entries[1]).toMatchObject({ name: 'United Nations', kind: 'organization' });
    expect(entries[2]!.reason).toContain('from the lot North Macedonia');
    // Among organizations the Secretariat's offices before the funds and programmes (docs/protocol.md).
    const at = (name: string) => entries.findIndex((e) => e.name === name);
    expect(at('United Nations Office on Drugs and Crime')).toBeLessThan(at('United Nations Development Programme'));
    expect(entries[at('United Nations Office on Drugs and Crime')]!.reason).toContain('organization (UN Secretariat and its offices)');
    expect(Object.keys(entries[0]!).sort()).toEqual(['iso3', 'kind', 'name', 'position', 'rank', 'reason']);

    // The lot was saved: ordering again without options gives the same order.
    const again = JSON.parse(cli('order', file, '--json').out) as typeof entries;
    expect(again).toEqual(entries);

    const human = cli('order', file, '--lang', 'vi');
    expect(human.out).toMatch(/^ {2}1\. Viet Nam\s+Nước chủ nhà/);
    expect(human.out).toContain('tính từ nước bốc thăm Bắc Ma-xê-đô-ni-a');
  });

  it('refuses an unknown lot country or tie-break without changing the event', () => {
    const file = join(dir, 'order.preseance');
    const before = sha(file);
    const badLot = cli('order', file, '--lot', 'XXX');
    expect(badLot.code).toBe(1);
    expect(badLot.err).toContain('“XXX” is not the ISO code of a UN member or observer state');
    const badRule = cli('order', file, '--tiebreak', 'height');
    expect(badRule.code).toBe(1);
    expect(badRule.err).toContain('tiebreak');
    expect(sha(file)).toBe(before);
  });

  it('gives a clear error and exit code 1 for a file that is not an event, leaving it unchanged', () => {
    const notes = join(dir, 'notes.preseance');
    writeFileSync(notes, 'meeting notes, not a database\n');
    const before = sha(notes);
    const result = cli('info', notes);
    expect(result.code).toBe(1);
    expect(result.err).toContain('is not a Préséance event file');
    expect(result.err).toContain('not changed');
    expect(sha(notes)).toBe(before);
  });

  it('answers usage errors with exit code 1 and a hint', () => {
    expect(cli('frobnicate', sample).code).toBe(1);
    expect(cli('frobnicate', sample).err).toContain('Unknown command');
    expect(cli('export', sample, '--format', 'xml', '--out', join(dir, 'x')).err).toContain('Only --format json');
    expect(cli('--help').code).toBe(0);
  });
});
