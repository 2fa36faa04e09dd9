/**
 * The built CLI's seating verbs (out/main/cli.js), run as a user runs them, on real files:
 * `validate` (exit 1 on errors) and `seat --hall NAME` (the hall's strategy applied in one
 * transaction, the moves printed), after a late change made to the file.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from './fixtures';
import { cli, sha } from './cli-run';
import { EventFile } from '../../electron/store';

const dir = tempFolder('cli-seating');

describe('CLI seating', () => {
  const file = join(dir, 'hanoi.preseance');

  it('the sample opens seated and validates clean; seating a hall again changes nothing', () => {
    expect(cli('new', file, '--sample').code).toBe(0);
    const clean = cli('validate', file);
    expect(clean.code, clean.out + clean.err).toBe(0);
    expect(clean.out.trim()).toBe('0 errors, 0 warnings.');
    expect(JSON.parse(cli('validate', file, '--json').out)).toEqual({ errors: 0, warnings: 0, problems: [] });
    const before = sha(file);
    const again = cli('seat', file, '--hall', 'Banquet Hall');
    expect(again.code, again.err).toBe(0);
    expect(again.out).toContain('Banquet Hall: already seated by its strategy; nothing to change.');
    expect(sha(file)).toBe(before);
  });

  it('refuses an unknown hall, naming the halls, and leaves the file untouched', () => {
    const before = sha(file);
    const result = cli('seat', file, '--hall', 'Ballroom');
    expect(result.code).toBe(1);
    expect(result.err.trim()).toBe(
      'No hall is called “Ballroom”. The halls: Plenary Hall / Phòng họp toàn thể; Signing Room / Phòng ký; Banquet Hall / Phòng tiệc; Welcome Area / Khu vực đón tiếp.',
    );
    expect(cli('seat', file).err).toContain('Missing --hall NAME');
    expect(sha(file)).toBe(before);
  });

  it('after a downgrade, validate exits 1 naming the inversions; seat re-seats the banquet and prints the moves', () => {
    // A late change, made by another program: the first head of state at the banquet sends a minister.
    const event = EventFile.open(file);
    const doc = event.loadDocument();
    const banquet = Object.values(doc.halls).find((h) => h.kind === 'banquet')!;
    const headTable = Object.values(doc.elements).find((e) => e.hallId === banquet.id && e.number === 1)!;
    const seated = Object.values(doc.assignments)
      .filter((a) => a.hallId === banquet.id && doc.seats[a.seatId]!.elementId === headTable.id)
      .map((a) => doc.people[a.personId]!);
    const downgraded = seated.find((p) => p.rank === 'head-of-state' && doc.delegations[p.delegationId]!.pinnedRole === 'none')!;
    event.apply({ upserts: { people: [{ ...downgraded, rank: 'minister' }] }, deletes: {} });
    event.close();

    const invalid = cli('validate', file);
    expect(invalid.code).toBe(1);
    expect(invalid.out).toMatch(/^error: Precedence inversion: /m);
    expect(invalid.out).toContain(`${downgraded.name} (`);

    const dry = cli('seat', file, '--hall', 'Phòng tiệc', '--dry-run', '--json');
    expect(dry.code, dry.err).toBe(0);
    const preview = JSON.parse(dry.out);
    expect(preview).toMatchObject({ hall: 'Banquet Hall', strategy: 'banquet', applied: false });
    const move = preview.moves.find((m: { person: string }) => m.person === downgraded.name);
    expect(move.from).toMatch(/^Head table, seat \d+$/);
    expect(move.to).not.toBe(move.from);
    expect(preview.outdated).toContainEqual({ kind: 'place-card', id: downgraded.id, name: downgraded.name });
    expect(preview.outdated).toContainEqual({ kind: 'chart', id: banquet.id, name: 'Banquet Hall' });
    expect(preview.outdated.filter((o: { kind: string }) => o.kind === 'name-plate')).toEqual([]); // a banquet has place cards, not desk plates

    const before = sha(file);
    const applied = cli('seat', file, '--hall', 'Phòng tiệc', '--lang', 'vi');
    expect(applied.code, applied.err).toBe(0);
    expect(applied.out).toContain(`  ${downgraded.name} (`);
    expect(applied.out).toMatch(/Bàn danh dự, ghế \d+ → /);
    expect(applied.out).toMatch(new RegExp(`Phòng tiệc: đã áp dụng ${preview.moves.length} thay đổi chỗ ngồi\\.`));
    expect(sha(file)).not.toBe(before);

    // The event validates clean again; the plenary, seated alphabetically from the lot as
    // conferences are, does not move for a change of rank.
    const after = cli('validate', file);
    expect(after.code, after.out).toBe(0);
    const plenary = cli('seat', file, '--hall', 'plenary hall');
    expect(plenary.code, plenary.err).toBe(0);
    expect(plenary.out).toContain('Order: the host first, then UN alphabetical order from the country drawn by lot');
    expect(plenary.out).toContain('Plenary Hall: already seated by its strategy; nothing to change.');
  });

  it('prints the signing list of the signing room, the host first', () => {
    const result = cli('seat', file, '--hall', 'Signing Room');
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('Signing order:\n   1. Viet Nam\n');
    expect(result.out).toContain('Viet Nam): no seat → Signing table, seat 1');
  });
});
