import type pg from 'pg';
import { APPLY_COMMAND_SQL } from './apply-command';
import { TEAM_ROLES } from './roles';

/**
 * The team server's schema (issue 16, item 2). One generic table holds every row of every event
 * table — kind (the collection name of shared/model/collections.ts), id, data (the entity as the
 * document holds it), version (the number of the change that last wrote it) — so a table added
 * to the event later needs no new sync code. A deleted row stays as a tombstone (data NULL) so
 * a conflict can say who deleted it. The change log numbers every command.
 *
 * Rules that span rows hold in PostgreSQL itself, as partial unique expression indexes that
 * mirror the event file's UNIQUE rules (electron/store/migrations/001-initial.ts; tombstones
 * have NULL expressions and never collide). test/team/schema.test.ts fails if a UNIQUE rule of
 * the file (PARKING in electron/store/writer.ts) has no index here.
 *
 * Format 2: each change may carry the command id its laptop gave it (unique), so a command sent
 * again from an outbox is applied once (see apply-command.ts).
 */
export const SERVER_FORMAT = 2;

const GROUPS = Object.values(TEAM_ROLES);

const rolesSql = GROUPS.map(
  // Roles are cluster-wide: another team database on this server may have made them already.
  (role) => `DO $$ BEGIN CREATE ROLE ${role} NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;`,
).join('\n');

export const UNIQUE_INDEXES: Record<string, string> = {
  rows_settings_key: `((data->>'key')) WHERE kind = 'settings'`,
  rows_seats_label: `((data->>'elementId'), (data->>'label')) WHERE kind = 'seats'`,
  rows_delegations_iso3: `((data->>'iso3')) WHERE kind = 'delegations'`,
  rows_delegations_org_code: `((data->>'orgCode')) WHERE kind = 'delegations'`,
  rows_people_one_head: `((data->>'delegationId')) WHERE kind = 'people' AND data->>'role' = 'head'`,
  rows_assignments_seat: `((data->>'seatId')) WHERE kind = 'assignments'`,
  rows_assignments_person: `((data->>'hallId'), (data->>'personId')) WHERE kind = 'assignments'`,
  rows_slots_delegation: `((data->>'sequenceId'), (data->>'delegationId')) WHERE kind = 'slots'`,
  rows_slot_times_step: `((data->>'slotId'), (data->>'stepId')) WHERE kind = 'slotTimes'`,
};

const SCHEMA_SQL = String.raw`
CREATE TABLE team_meta (
  id int PRIMARY KEY CHECK (id = 1),
  server_id uuid NOT NULL DEFAULT gen_random_uuid(),
  format int NOT NULL
);
CREATE TABLE rows (
  kind text NOT NULL,
  id text NOT NULL,
  data jsonb CHECK (data IS NULL OR jsonb_typeof(data) = 'object'),
  version bigint NOT NULL CHECK (version > 0),
  PRIMARY KEY (kind, id)
);
${Object.entries(UNIQUE_INDEXES).map(([name, on]) => `CREATE UNIQUE INDEX ${name} ON rows ${on};`).join('\n')}
CREATE SEQUENCE change_seq;
CREATE TABLE changes (
  seq bigint PRIMARY KEY,
  author text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  command_id text UNIQUE,
  command jsonb NOT NULL,
  rows jsonb NOT NULL
);
-- Which posts (venue points) a post officer records times at. Set by the chief (set_posts).
CREATE TABLE members (
  login text PRIMARY KEY,
  posts text[] NOT NULL DEFAULT '{}'
);
${rolesSql}
${APPLY_COMMAND_SQL}
CREATE FUNCTION set_posts(member_login text, member_posts text[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $fn$
BEGIN
  IF NOT pg_has_role(session_user, '${TEAM_ROLES.chief}', 'MEMBER') THEN
    RAISE EXCEPTION USING ERRCODE = 'PS403', MESSAGE = format('%s may not manage the team', session_user),
      DETAIL = jsonb_build_object('login', session_user, 'reason', 'team')::text;
  END IF;
  INSERT INTO members (login, posts) VALUES (member_login, member_posts)
    ON CONFLICT ON CONSTRAINT members_pkey DO UPDATE SET posts = excluded.posts;
END
$fn$;

-- Nobody but the owner writes a table: every write goes through apply_command.
REVOKE ALL ON team_meta, rows, changes, members FROM PUBLIC;
REVOKE ALL ON SEQUENCE change_seq FROM PUBLIC;
GRANT SELECT ON team_meta, rows, changes, members TO ${GROUPS.join(', ')};
REVOKE ALL ON FUNCTION apply_command(jsonb), set_posts(text, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION apply_command(jsonb), set_posts(text, text[]) TO ${GROUPS.join(', ')};
-- An officer reads their own posts; the chief reads everyone's.
ALTER TABLE members ENABLE ROW LEVEL SECURITY;
CREATE POLICY members_read ON members FOR SELECT
  USING (login = session_user OR pg_has_role(session_user, '${TEAM_ROLES.chief}', 'MEMBER'));
INSERT INTO team_meta (id, format) VALUES (1, ${SERVER_FORMAT});
`;

/** The steps from each older format to the next (the key is the format reached). */
const UPGRADES: Record<number, string> = {
  2: `ALTER TABLE changes ADD COLUMN command_id text UNIQUE;\n${APPLY_COMMAND_SQL}`,
};

/**
 * Creates the team schema in the connected database, once: a database that already holds it is
 * upgraded to this format, or left as it is (a newer format is refused). Runs as the role that
 * will own the tables and the SECURITY DEFINER functions — the team's owner, not an officer.
 */
export async function migrateServer(client: pg.Client): Promise<void> {
  await client.query('BEGIN');
  try {
    // Two laptops sharing into one empty database at once: the second waits, then finds the schema.
    await client.query('SELECT pg_advisory_xact_lock(7172850415)');
    const { rows } = await client.query<{ present: boolean }>(`SELECT to_regclass('public.team_meta') IS NOT NULL AS present`);
    if (rows[0]!.present) {
      const format = (await client.query<{ format: number }>('SELECT format FROM team_meta')).rows[0]?.format ?? 0;
      if (format > SERVER_FORMAT) throw new Error(`the team database has format ${format}, newer than this version knows (${SERVER_FORMAT})`);
      for (let next = format + 1; next <= SERVER_FORMAT; next++) await client.query(UPGRADES[next]!);
      if (format < SERVER_FORMAT) await client.query('UPDATE team_meta SET format = $1', [SERVER_FORMAT]);
    } else await client.query(SCHEMA_SQL);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
