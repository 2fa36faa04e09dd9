/**
 * The host in a new event, with the built CLI (out/main/cli.js) on a real file: the host
 * country set by `new --host`, the host's delegation imported like any other, and the host is
 * pinned — first in the order, at the banquet's table 1 seat 1 (the table host's seat), and
 * `validate` clean. Co-chairs are chosen with `co-chairs`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from './fixtures';
import { cli, sha } from './cli-run';
import { EventFile } from '../../electron/store';
import { seededIds } from '../../shared/ids';
import { generateSeats } from '../../shared/layout/seats';
import type { Hall, LayoutElement } from '../../shared/model/entities';

const dir = tempFolder('cli-host');

const CSV = [
  'kind,name_en,iso3,org_code,head_name,head_title,rank,in_office_since,members',
  'state,,FRA,,Jean Exemple,President of the Republic,head-of-state,,',
  'state,,GHA,,Kofi Exemple,President of the Republic,head-of-state,,',
  'state,,LAO,,Thongsing Exemple,President,head-of-state,,',
  'state,,VNM,,Nguyen Van Exemple,President of the Socialist Republic of Viet Nam,head-of-state,,Tran Thi Exemple | Minister for Foreign Affairs',
  'organization,United Nations Office on Drugs and Crime,,UNODC,Ghada Exemple,Executive Director,head-of-organization,,',
].join('\n');

/** A banquet hall with one round table of 8, number 1 (the head table), written as another program would. */
function addBanquet(file: string) {
  const ids = seededIds(13);
  const event = EventFile.open(file);
  const hall: Hall = {
    id: ids(), nameEn: 'Banquet', nameVi: 'Phòng tiệc', kind: 'banquet', widthM: 20, depthM: 20, sortKey: 'a0', gridM: 0.5, snap: false,
    backgroundAssetId: null, backgroundX: 0, backgroundY: 0, backgroundScale: 0.01, backgroundOpacity: 0.5, backgroundLocked: true,
  };
  const table: LayoutElement = {
    id: ids(), hallId: hall.id, kind: 'round-table', x: 10, y: 10, rotation: 0, width: 1.8, depth: 1.8, number: 1, labelEn: 'Table 1', labelVi: 'Bàn 1',
    locked: false, zIndex: 'a0', groupId: null, props: { seatCount: 8, headTable: true } as LayoutElement['props'],
  };
  event.apply({ upserts: { halls: [hall], elements: [table], seats: generateSeats(table, ids) }, deletes: {} });
  event.close();
}

describe('CLI: the host and co-chairs of a new event', () => {
  const file = join(dir, 'new.preseance');
  const csv = join(dir, 'delegations.csv');
  writeFileSync(csv, CSV);

  it('new --host names the host country; an unknown one is refused before anything is written', () => {
    const bad = cli('new', join(dir, 'bad.preseance'), '--host', 'XYZ');
    expect(bad.code).toBe(1);
    expect(bad.err.trim()).toBe('--host XYZ: not a UN member or observer state (ISO 3166-1 alpha-3, e.g. VNM).');
    const created = cli('new', file, '--host', 'vnm');
    expect(created.code, created.err).toBe(0);
    expect(created.out).toContain('Host country: VNM, no delegation yet (pinned as soon as it has one).');
  });

  it('importing the host’s delegation pins it: first in the order, validate clean', () => {
    addBanquet(file);
    const imported = cli('import', file, csv);
    expect(imported.code, imported.err).toBe(0);
    const clean = cli('validate', file);
    expect(clean.code, clean.out).toBe(0);
    expect(clean.out.trim()).toBe('0 errors, 0 warnings.');
    const order = JSON.parse(cli('order', file, '--json').out) as { name: string; reason: string }[];
    expect(order.map((e) => e.name)).toEqual(['Viet Nam', 'France', 'Ghana', "Lao People's Democratic Republic", 'United Nations Office on Drugs and Crime']);
    expect(order[0]!.reason).toBe('host: pinned first');
  });

  it('the banquet puts the host’s President at table 1 seat 1, the table host’s seat, and validates clean', () => {
    const seated = cli('seat', file, '--hall', 'Banquet');
    expect(seated.code, seated.err).toBe(0);
    expect(seated.out).toContain('Nguyen Van Exemple (Viet Nam): no seat → Table 1, seat 1');
    const event = EventFile.open(file);
    const doc = event.loadDocument();
    event.close();
    const hostSeat = Object.values(doc.seats).find((s) => s.isTableHost)!;
    expect(hostSeat.label).toBe('1');
    const at = Object.values(doc.assignments).find((a) => a.seatId === hostSeat.id)!;
    expect(doc.people[at.personId]!.name).toBe('Nguyen Van Exemple');
    expect(cli('validate', file).code).toBe(0);
  });

  it('co-chairs: chosen by code, printed with the host; an unknown code or the host refused, the file untouched', () => {
    const set = cli('co-chairs', file, 'unodc');
    expect(set.code, set.err).toBe(0);
    expect(set.out).toBe('Host: Viet Nam (VNM), pinned first.\nCo-chairs: United Nations Office on Drugs and Crime.\n');
    const order = JSON.parse(cli('order', file, '--json').out) as { name: string }[];
    expect(order.slice(0, 2).map((e) => e.name)).toEqual(['Viet Nam', 'United Nations Office on Drugs and Crime']);

    const before = sha(file);
    const unknown = cli('co-chairs', file, 'UN');
    expect(unknown.code).toBe(1);
    expect(unknown.err.trim()).toBe('“UN”: no delegation of this event has this ISO3 or organization code. Nothing was changed.');
    const host = cli('co-chairs', file, 'VNM', '--lang', 'vi');
    expect(host.code).toBe(1);
    expect(host.err.trim()).toBe('“VNM” là nước chủ nhà (Viet Nam): nước chủ nhà đã được cố định đầu tiên, không phải đồng chủ trì. Không có gì thay đổi.');
    expect(sha(file)).toBe(before);

    const cleared = cli('co-chairs', file, '--clear');
    expect(cleared.out).toContain('Co-chairs: none.');
  });

  it('import --host sets the host country with the delegations', () => {
    const other = join(dir, 'other.preseance');
    expect(cli('new', other).code).toBe(0);
    const imported = cli('import', other, csv, '--host', 'FRA');
    expect(imported.code, imported.err).toBe(0);
    expect(imported.out).toContain('Host: France (FRA), pinned first.');
    const order = JSON.parse(cli('order', other, '--json').out) as { name: string }[];
    expect(order[0]!.name).toBe('France');
    expect(cli('validate', other).code).toBe(0);
  });
});
