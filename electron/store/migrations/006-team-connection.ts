import type { Migration } from './types';

// Issue 16 (team mode): where a replica's server is — host, port, database and the officer's
// login — so that opening the file reconnects it. Never a password: the app and the CLI read it
// from PRESEANCE_TEAM_PASSWORD (services/team.ts). Empty for a file never shared, and for a replica
// made before this format (it stays offline until shared or joined again).
export const teamConnection: Migration = {
  version: 6,
  name: 'team-connection',
  up: `
CREATE TABLE team_connection (
  id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  host TEXT NOT NULL,
  port INTEGER NOT NULL CHECK (port > 0 AND port < 65536),
  database TEXT NOT NULL,
  user_name TEXT NOT NULL
) STRICT;
`,
};
