import nodePath from 'node:path';
import { expect, test } from 'vitest';
import { readHeader } from '../../electron/store/header';
import { EventFile, MIGRATIONS } from '../../electron/store';
import { honorificOf } from '../../shared/protocol/address';
import { fileOfVersion, openUpgraded, useTempDirs } from './helpers';

const tempDir = useTempDirs();

/**
 * A file as version 1 of the app wrote it: the first migration only, rows inserted with the
 * columns that version had (no honorific_vi), one person with a typed honorific, one without.
 */
function versionOneFile(): string {
  const path = nodePath.join(tempDir(), 'v1.preseance');
  const db = fileOfVersion(path, 1);
  db.exec(`
    INSERT INTO events (id, name_en, name_vi, venue_en, venue_vi, starts_on, ends_on, time_zone, host_iso3)
      VALUES ('00000000-0000-4000-8000-000000000001', 'Signing', 'Lễ ký', '', '', '2025-10-25', '2025-10-26', 'Asia/Ho_Chi_Minh', 'VNM');
    INSERT INTO delegations (id, kind, iso3, org_code, org_category, name_en, name_fr, name_vi, flag_code, pinned_role, precedence_override, agreement_date, notes)
      VALUES ('00000000-0000-4000-8000-000000000002', 'state', 'FRA', NULL, NULL, 'France', 'France', 'Pháp', 'fr', 'none', NULL, NULL, '');
    INSERT INTO people (id, delegation_id, role, "order", honorific, name, family_name, title_en, title_vi, rank, gender, language, in_office_since, credentials_at, needs_interpreter, needs_accessible, notes)
      VALUES ('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000002', 'head', 0, 'H.E. Dr.', 'Anne Martin', 'Martin', 'Minister', 'Bộ trưởng', 'minister', 'female', 'fr', NULL, NULL, 0, 0, ''),
             ('00000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000002', 'member', 1, '', 'Paul Roux', 'Roux', 'Counsellor', 'Tham tán', 'other', 'male', 'fr', NULL, NULL, 0, 0, '');
  `);
  db.close();
  return path;
}

test('a version 1 file opens in the current version (2 added the column): typed honorifics kept as overrides, Vietnamese forms derived', () => {
  const path = versionOneFile();
  const file = openUpgraded(path, 1);
  const people = file.loadDocument().people;
  const anne = people['00000000-0000-4000-8000-000000000003']!;
  const paul = people['00000000-0000-4000-8000-000000000004']!;
  expect(anne).toMatchObject({ honorific: 'H.E. Dr.', honorificVi: '' });
  expect(paul).toMatchObject({ honorific: '', honorificVi: '' });
  expect([honorificOf(anne, 'en'), honorificOf(anne, 'vi'), honorificOf(paul, 'en'), honorificOf(paul, 'vi')]).toEqual(['H.E. Dr.', 'Bà', 'Mr.', 'Ông']);
  // The new column is written and read back like any other.
  file.apply({ upserts: { people: [{ ...paul, honorificVi: 'Ngài' }] }, deletes: {} });
  file.close();
  const again = EventFile.open(path);
  expect(again.loadDocument().people[paul.id]!.honorificVi).toBe('Ngài');
  again.close();
  expect(readHeader(path)!.userVersion).toBe(MIGRATIONS.length);
});
