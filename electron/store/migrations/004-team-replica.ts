import type { Migration } from './types';

// Issue 16 (team mode): a file can be the local replica of an event shared through a PostgreSQL
// server. It remembers which server (its id), the last change of the server's log applied here,
// and the version of every row as the server numbered it — a command sent to the server says
// which versions it read, so the server can refuse it if someone changed them since. Tombstones
// (rows deleted on the server) keep their version too. A file never shared has both tables empty;
// neither is part of the event document.
export const teamReplica: Migration = {
  version: 4,
  name: 'team-replica',
  up: `
CREATE TABLE team_replica (
  id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  server_id TEXT NOT NULL,
  last_seq INTEGER NOT NULL CHECK (last_seq >= 0)
) STRICT;
CREATE TABLE team_versions (
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version > 0),
  PRIMARY KEY (kind, id)
) STRICT, WITHOUT ROWID;
`,
};
