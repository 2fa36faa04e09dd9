import type { Migration } from './types';

// The initial event file format. A migration is history: once released, this text never
// changes (files already on disk were made by it, and open() compares their schema with it).
// One STRICT table per collection of shared/model/collections.ts; columns are the entity
// fields in snake_case. Deletion rules mirror shared/document/commands.ts: CASCADE where the
// document deletes children with their parent, SET NULL for optional references.
const sql = String.raw`
CREATE TABLE events (
  id TEXT NOT NULL PRIMARY KEY,
  name_en TEXT NOT NULL,
  name_vi TEXT NOT NULL,
  venue_en TEXT NOT NULL,
  venue_vi TEXT NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  host_iso3 TEXT
) STRICT;

CREATE TABLE settings (
  id TEXT NOT NULL PRIMARY KEY,
  "key" TEXT NOT NULL UNIQUE,
  "value" TEXT NOT NULL
) STRICT;

CREATE TABLE assets (
  id TEXT NOT NULL PRIMARY KEY,
  mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg', 'image/svg+xml')),
  sha256 TEXT NOT NULL,
  data_base64 TEXT NOT NULL
) STRICT;

CREATE TABLE halls (
  id TEXT NOT NULL PRIMARY KEY,
  name_en TEXT NOT NULL,
  name_vi TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('plenary', 'signing', 'banquet', 'welcome', 'meeting', 'other')),
  width_m REAL NOT NULL,
  depth_m REAL NOT NULL,
  sort_key TEXT NOT NULL,
  grid_m REAL NOT NULL,
  snap INTEGER NOT NULL CHECK (snap IN (0, 1)),
  background_asset_id TEXT REFERENCES assets (id) ON DELETE SET NULL,
  background_x REAL NOT NULL,
  background_y REAL NOT NULL,
  background_scale REAL NOT NULL,
  background_opacity REAL NOT NULL,
  background_locked INTEGER NOT NULL CHECK (background_locked IN (0, 1))
) STRICT;
CREATE INDEX halls_background_asset_id ON halls (background_asset_id);

-- UNIQUE (id, hall_id) lets seats reference (element, hall) together, so a seat is always in
-- the hall of its table.
CREATE TABLE layout_elements (
  id TEXT NOT NULL PRIMARY KEY,
  hall_id TEXT NOT NULL REFERENCES halls (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN (
    'round-table', 'oval-table', 'rect-table', 'banquet-table', 'u-table', 'hollow-square', 't-table',
    'row-block', 'desk-block', 'signing-table', 'stage', 'lectern', 'flag-stand', 'backdrop', 'red-carpet',
    'door', 'pillar', 'no-go', 'press-zone', 'label')),
  x REAL NOT NULL,
  y REAL NOT NULL,
  rotation REAL NOT NULL,
  width REAL NOT NULL,
  depth REAL NOT NULL,
  "number" INTEGER,
  label_en TEXT NOT NULL,
  label_vi TEXT NOT NULL,
  locked INTEGER NOT NULL CHECK (locked IN (0, 1)),
  z_index TEXT NOT NULL,
  group_id TEXT REFERENCES layout_elements (id) ON DELETE SET NULL,
  props TEXT NOT NULL,
  UNIQUE (id, hall_id)
) STRICT;
CREATE INDEX layout_elements_hall_id ON layout_elements (hall_id);
CREATE INDEX layout_elements_group_id ON layout_elements (group_id);

-- UNIQUE (id, hall_id) lets an assignment reference (seat, hall) together: an assignment's
-- hall is its seat's hall, enforced here rather than trusted.
CREATE TABLE seats (
  id TEXT NOT NULL PRIMARY KEY,
  hall_id TEXT NOT NULL REFERENCES halls (id) ON DELETE CASCADE,
  element_id TEXT NOT NULL,
  label TEXT NOT NULL,
  x REAL NOT NULL,
  y REAL NOT NULL,
  rotation REAL NOT NULL,
  "order" INTEGER NOT NULL,
  is_table_host INTEGER NOT NULL CHECK (is_table_host IN (0, 1)),
  accessible INTEGER NOT NULL CHECK (accessible IN (0, 1)),
  blocked INTEGER NOT NULL CHECK (blocked IN (0, 1)),
  UNIQUE (element_id, label),
  UNIQUE (id, hall_id),
  FOREIGN KEY (element_id, hall_id) REFERENCES layout_elements (id, hall_id) ON DELETE CASCADE
) STRICT;
CREATE INDEX seats_hall_id ON seats (hall_id);

CREATE TABLE delegations (
  id TEXT NOT NULL PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('state', 'observer-state', 'organization')),
  iso3 TEXT UNIQUE,
  org_code TEXT UNIQUE,
  org_category TEXT CHECK (org_category IN ('un-system', 'specialized-agency', 'regional', 'intergovernmental', 'other')),
  name_en TEXT NOT NULL,
  name_fr TEXT NOT NULL,
  name_vi TEXT NOT NULL,
  flag_code TEXT,
  pinned_role TEXT NOT NULL CHECK (pinned_role IN ('none', 'host', 'co-chair')),
  precedence_override INTEGER,
  agreement_date TEXT,
  notes TEXT NOT NULL
) STRICT;

CREATE TABLE people (
  id TEXT NOT NULL PRIMARY KEY,
  delegation_id TEXT NOT NULL REFERENCES delegations (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('head', 'member')),
  "order" INTEGER NOT NULL,
  honorific TEXT NOT NULL,
  name TEXT NOT NULL,
  family_name TEXT NOT NULL,
  title_en TEXT NOT NULL,
  title_vi TEXT NOT NULL,
  rank TEXT NOT NULL CHECK (rank IN (
    'head-of-state', 'vice-president', 'crown-prince', 'head-of-government', 'deputy-head-of-government',
    'foreign-minister', 'minister', 'vice-minister', 'ambassador', 'head-of-organization',
    'deputy-head-of-organization', 'other')),
  gender TEXT NOT NULL CHECK (gender IN ('female', 'male', 'unspecified')),
  language TEXT NOT NULL,
  in_office_since TEXT,
  credentials_at TEXT,
  needs_interpreter INTEGER NOT NULL CHECK (needs_interpreter IN (0, 1)),
  needs_accessible INTEGER NOT NULL CHECK (needs_accessible IN (0, 1)),
  notes TEXT NOT NULL
) STRICT;
CREATE INDEX people_delegation_id ON people (delegation_id);
CREATE UNIQUE INDEX people_one_head_per_delegation ON people (delegation_id) WHERE role = 'head';

-- A seat holds one person; a person sits at most once per hall.
CREATE TABLE seat_assignments (
  id TEXT NOT NULL PRIMARY KEY,
  hall_id TEXT NOT NULL REFERENCES halls (id) ON DELETE CASCADE,
  seat_id TEXT NOT NULL UNIQUE,
  person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  locked INTEGER NOT NULL CHECK (locked IN (0, 1)),
  UNIQUE (hall_id, person_id),
  FOREIGN KEY (seat_id, hall_id) REFERENCES seats (id, hall_id) ON DELETE CASCADE
) STRICT;
CREATE INDEX seat_assignments_person_id ON seat_assignments (person_id);

CREATE TABLE arrival_sequences (
  id TEXT NOT NULL PRIMARY KEY,
  name_en TEXT NOT NULL,
  name_vi TEXT NOT NULL,
  hall_id TEXT REFERENCES halls (id) ON DELETE SET NULL,
  day TEXT NOT NULL,
  start_time TEXT,
  deadline TEXT,
  rule TEXT NOT NULL CHECK (rule IN ('reverse-precedence', 'precedence', 'alphabetical', 'lot')),
  interval_min REAL NOT NULL,
  min_gap_min REAL NOT NULL,
  sort_key TEXT NOT NULL
) STRICT;
CREATE INDEX arrival_sequences_hall_id ON arrival_sequences (hall_id);

CREATE TABLE venue_points (
  id TEXT NOT NULL PRIMARY KEY,
  sequence_id TEXT NOT NULL REFERENCES arrival_sequences (id) ON DELETE CASCADE,
  hall_id TEXT NOT NULL REFERENCES halls (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('gate', 'drop-off', 'red-carpet-start', 'greeting', 'photo', 'holding-room', 'other')),
  name_en TEXT NOT NULL,
  name_vi TEXT NOT NULL,
  x REAL NOT NULL,
  y REAL NOT NULL,
  "order" INTEGER NOT NULL
) STRICT;
CREATE INDEX venue_points_sequence_id ON venue_points (sequence_id);
CREATE INDEX venue_points_hall_id ON venue_points (hall_id);

CREATE TABLE greeters (
  id TEXT NOT NULL PRIMARY KEY,
  sequence_id TEXT NOT NULL REFERENCES arrival_sequences (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  title_en TEXT NOT NULL,
  title_vi TEXT NOT NULL,
  venue_point_id TEXT REFERENCES venue_points (id) ON DELETE SET NULL
) STRICT;
CREATE INDEX greeters_sequence_id ON greeters (sequence_id);
CREATE INDEX greeters_venue_point_id ON greeters (venue_point_id);

CREATE TABLE sequence_steps (
  id TEXT NOT NULL PRIMARY KEY,
  sequence_id TEXT NOT NULL REFERENCES arrival_sequences (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('drive-in', 'walk', 'greeting', 'photo', 'escort')),
  venue_point_id TEXT REFERENCES venue_points (id) ON DELETE SET NULL,
  duration_s INTEGER NOT NULL,
  "order" INTEGER NOT NULL
) STRICT;
CREATE INDEX sequence_steps_sequence_id ON sequence_steps (sequence_id);
CREATE INDEX sequence_steps_venue_point_id ON sequence_steps (venue_point_id);

-- A delegation arrives once per sequence.
CREATE TABLE slots (
  id TEXT NOT NULL PRIMARY KEY,
  sequence_id TEXT NOT NULL REFERENCES arrival_sequences (id) ON DELETE CASCADE,
  delegation_id TEXT NOT NULL REFERENCES delegations (id) ON DELETE CASCADE,
  "order" INTEGER NOT NULL,
  entrance TEXT NOT NULL,
  car_number TEXT NOT NULL,
  liaison_officer TEXT NOT NULL,
  escort TEXT NOT NULL,
  greeter_id TEXT REFERENCES greeters (id) ON DELETE SET NULL,
  notes TEXT NOT NULL,
  UNIQUE (sequence_id, delegation_id)
) STRICT;
CREATE INDEX slots_delegation_id ON slots (delegation_id);
CREATE INDEX slots_greeter_id ON slots (greeter_id);

CREATE TABLE slot_times (
  id TEXT NOT NULL PRIMARY KEY,
  slot_id TEXT NOT NULL REFERENCES slots (id) ON DELETE CASCADE,
  step_id TEXT NOT NULL REFERENCES sequence_steps (id) ON DELETE CASCADE,
  planned_at TEXT NOT NULL,
  actual_at TEXT,
  UNIQUE (slot_id, step_id)
) STRICT;
CREATE INDEX slot_times_step_id ON slot_times (step_id);
`;

export const initial: Migration = { version: 1, name: 'initial', up: sql };
