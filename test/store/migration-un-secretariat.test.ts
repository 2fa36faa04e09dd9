import nodePath from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { readHeader } from '../../electron/store/header';
import { EventFile, MIGRATIONS } from '../../electron/store';
import { expectAppError, fileOfVersion, openUpgraded, useTempDirs } from './helpers';

const tempDir = useTempDirs();

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/**
 * A file as version 2 of the app wrote it: the UN, UNODC and UNDP all 'un-system', a
 * specialized agency, a state with its head (a person refers to its delegation, so the rebuilt
 * table must keep the reference), and one organization typed by the officer.
 */
function versionTwoFile(): string {
  const path = nodePath.join(tempDir(), 'v2.preseance');
  const db = fileOfVersion(path, 2);
  const delegation = db.prepare(`INSERT INTO delegations (id, kind, iso3, org_code, org_category, name_en, name_fr, name_vi, flag_code, pinned_role, precedence_override, agreement_date, notes)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'none', ?, ?, ?)`);
  delegation.run(id(1), 'organization', null, 'UN', 'un-system', 'United Nations', 'Organisation des Nations Unies', 'Liên hợp quốc', 'un', null, null, '');
  delegation.run(id(2), 'organization', null, 'UNODC', 'un-system', 'United Nations Office on Drugs and Crime', 'ONUDC', 'UNODC vi', 'un', 3, null, 'secretariat');
  delegation.run(id(3), 'organization', null, 'UNDP', 'un-system', 'United Nations Development Programme', 'PNUD', 'UNDP vi', null, null, null, '');
  delegation.run(id(4), 'organization', null, 'ILO', 'specialized-agency', 'International Labour Organization', 'OIT', 'ILO vi', null, null, '1946-12-14', '');
  delegation.run(id(5), 'organization', null, 'MYORG', 'un-system', 'A typed organization', '', 'Tổ chức', null, null, null, '');
  delegation.run(id(6), 'state', 'FRA', null, null, 'France', 'France', 'Pháp', 'fr', null, null, '');
  db.prepare(`INSERT INTO people (id, delegation_id, role, "order", honorific, honorific_vi, name, family_name, title_en, title_vi, rank, gender, language, in_office_since, credentials_at, needs_interpreter, needs_accessible, notes)
    VALUES (?, ?, 'head', 0, '', '', 'Anne Martin', 'Martin', 'Minister', 'Bộ trưởng', 'minister', 'female', 'fr', NULL, NULL, 0, 0, '')`).run(id(7), id(6));
  db.close();
  return path;
}

test('a version 2 file opens in version 3: the Secretariat and its offices of the reference in their own category, nothing else changed', () => {
  const path = versionTwoFile();
  const file = openUpgraded(path, 2);
  const doc = file.loadDocument();
  const category = (n: number) => doc.delegations[id(n)]!.orgCategory;
  expect([1, 2, 3, 4, 5, 6].map(category)).toEqual(['un-secretariat', 'un-secretariat', 'un-system', 'specialized-agency', 'un-system', null]);
  // Every other column copied as it was; the head still belongs to France.
  expect(doc.delegations[id(2)]).toMatchObject({ nameEn: 'United Nations Office on Drugs and Crime', flagCode: 'un', precedenceOverride: 3, notes: 'secretariat' });
  expect(doc.delegations[id(4)]!.agreementDate).toBe('1946-12-14');
  expect(doc.people[id(7)]!.delegationId).toBe(id(6));

  // The new value is written and read back; the constraint still refuses an unknown one.
  file.apply({ upserts: { delegations: [{ ...doc.delegations[id(5)]!, orgCategory: 'un-secretariat' }] }, deletes: {} });
  expectAppError(() => file.apply({ upserts: { delegations: [{ ...doc.delegations[id(5)]!, orgCategory: 'secretariat' as never }] }, deletes: {} }), 'invalid-input');
  // The people still cascade with their delegation (the rebuilt table kept the reference).
  file.apply({ upserts: {}, deletes: { delegations: [id(6)] } });
  file.close();

  const again = EventFile.open(path);
  const reread = again.loadDocument();
  expect(reread.delegations[id(5)]!.orgCategory).toBe('un-secretariat');
  expect(reread.people[id(7)]).toBeUndefined();
  again.close();
  expect(readHeader(path)!.userVersion).toBe(MIGRATIONS.length);
});

test('the rebuilt table refuses an unknown category in the database itself', () => {
  const path = versionTwoFile();
  EventFile.open(path).close();
  const db = new Database(path);
  expect(() => db.prepare(`UPDATE delegations SET org_category = 'secretariat' WHERE id = ?`).run(id(3))).toThrow(/CHECK constraint/);
  db.prepare(`UPDATE delegations SET org_category = 'un-secretariat' WHERE id = ?`).run(id(3));
  expect(db.pragma('foreign_key_list(people)')).toEqual([expect.objectContaining({ table: 'delegations', on_delete: 'CASCADE' })]);
  db.close();
});
