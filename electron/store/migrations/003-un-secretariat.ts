import type { Migration } from './types';

// The Secretariat and its offices (the UN itself, UNODC, OHCHR, ESCAP...) precede the funds and
// programmes among organizations (docs/protocol.md, Clarifications), so they get a category of their
// own, 'un-secretariat'. SQLite cannot change a CHECK constraint in place: the delegations table
// is rebuilt — its rows kept in a temporary table, the table dropped and created again, the rows
// copied back. Foreign keys are off while a migration runs, so the drop deletes no person and
// people and slots keep referring to "delegations" by name; the runner checks them before
// committing. No ALTER TABLE ... RENAME: its rewriting of the stored SQL may differ between
// SQLite versions, and the exact-schema check compares that SQL (electron/store/README.md).
// The reference's Secretariat rows of older files move to the new category, so an old event
// orders them as a new one does.
export const unSecretariat: Migration = {
  version: 3,
  name: 'delegations-un-secretariat',
  up: `
CREATE TEMP TABLE delegations_before_v3 AS SELECT * FROM delegations;
DROP TABLE delegations;
CREATE TABLE delegations (
  id TEXT NOT NULL PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('state', 'observer-state', 'organization')),
  iso3 TEXT UNIQUE,
  org_code TEXT UNIQUE,
  org_category TEXT CHECK (org_category IN ('un-secretariat', 'un-system', 'specialized-agency', 'regional', 'intergovernmental', 'other')),
  name_en TEXT NOT NULL,
  name_fr TEXT NOT NULL,
  name_vi TEXT NOT NULL,
  flag_code TEXT,
  pinned_role TEXT NOT NULL CHECK (pinned_role IN ('none', 'host', 'co-chair')),
  precedence_override INTEGER,
  agreement_date TEXT,
  notes TEXT NOT NULL
) STRICT;
INSERT INTO delegations (id, kind, iso3, org_code, org_category, name_en, name_fr, name_vi, flag_code, pinned_role, precedence_override, agreement_date, notes)
  SELECT id, kind, iso3, org_code,
         CASE WHEN org_category = 'un-system' AND org_code IN ('UN', 'UNODC', 'UNOCT', 'OHCHR', 'UNCTAD', 'ESCAP') THEN 'un-secretariat' ELSE org_category END,
         name_en, name_fr, name_vi, flag_code, pinned_role, precedence_override, agreement_date, notes
  FROM temp.delegations_before_v3;
DROP TABLE temp.delegations_before_v3;
`,
};
