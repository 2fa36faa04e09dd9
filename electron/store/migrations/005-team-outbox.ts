import type { Migration } from './types';

// Issue 16 (team mode), offline and conflicts: every edit made on a replica waits in the outbox,
// in the file itself, until the server has applied it — written in the same transaction as the
// rows it changed, so a kill never loses one. `position` is the order the edits were made in
// (and are sent in); `command` the rows written (with each one's value before the edit, to undo
// it locally or re-apply only what it changed), read and required; `base` the server's version
// of each row as the edit found it. A command the server refused is kept in team_conflicts with
// the refusal (who changed what and when, or why it was not allowed) until the officer
// re-applies or discards it: never dropped. Neither table is part of the event document.
export const teamOutbox: Migration = {
  version: 5,
  name: 'team-outbox',
  up: `
CREATE TABLE team_outbox (
  position INTEGER NOT NULL PRIMARY KEY,
  command_id TEXT NOT NULL UNIQUE,
  command TEXT NOT NULL CHECK (json_valid(command)),
  base TEXT NOT NULL CHECK (json_valid(base)),
  created_at TEXT NOT NULL
) STRICT;
CREATE TABLE team_conflicts (
  position INTEGER NOT NULL PRIMARY KEY,
  command_id TEXT NOT NULL UNIQUE,
  command TEXT NOT NULL CHECK (json_valid(command)),
  base TEXT NOT NULL CHECK (json_valid(base)),
  refusal TEXT NOT NULL CHECK (json_valid(refusal)),
  created_at TEXT NOT NULL
) STRICT;
`,
};
