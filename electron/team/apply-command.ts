import { CONFLICT, NOT_ALLOWED, TEAM_ROLES, WRITABLE } from './roles';

/**
 * The one way to write a team event: `apply_command(command jsonb) RETURNS bigint` (the change's
 * sequence number), SECURITY DEFINER, owned by the schema's owner. Nobody else may write a table.
 *
 * command = { commandId, label, upserts: [{kind, id, data, version}], deletes: [{kind, id, version}],
 *             reads: [{kind, id, version}], requires: [{kind, id}] }
 * `version` is the version the client last saw (0: it has never seen the row). `requires` lists
 * rows that must exist at any version (the parents a new or moved row refers to), so that edits
 * of a parent merge with edits of its children but a child cannot land in a deleted parent.
 *
 * Order matters (issue 16, pitfalls a and b):
 * 1. A transaction-level advisory lock: writers queue, so change numbers become visible in
 *    number order and a puller reading `seq > last` can never skip a change committed late.
 *    Then the command id (optional, unique in the log): a command its author already applied
 *    returns the number it was given, before any other check. A laptop that lost the reply (or
 *    was killed before it noted it) sends the command again from its outbox; it is applied once.
 * 2. Permission of the session's login, FIRST: "not allowed" (PS403) is never mistaken for a
 *    conflict. Row-level security would instead turn a forbidden UPDATE into "0 rows".
 * 3. Versions (PS409), naming the current version and who made it (deleted rows stay as
 *    tombstones, data NULL, so a deletion too is named).
 * 4. The writes: every touched row is deleted, then written back with version = this change's
 *    number. Deleting first lets a swap (two people exchanging seats) pass the unique indexes,
 *    which PostgreSQL checks row by row and cannot defer; a collision left is a real one.
 * 5. One change-log entry, and a NOTIFY delivered at commit (a wake-up only: clients pull).
 */
const list = (kinds: readonly string[]) => `ARRAY[${kinds.map((k) => `'${k}'`).join(', ')}]::text[]`;

export const APPLY_COMMAND_SQL = String.raw`
CREATE OR REPLACE FUNCTION apply_command(command jsonb) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $fn$
DECLARE
  who text := session_user;
  upserts jsonb := coalesce(command->'upserts', '[]');
  deletes jsonb := coalesce(command->'deletes', '[]');
  writes jsonb;
  is_chief boolean;
  is_post boolean;
  kinds text[] := '{}';
  my_posts text[];
  bad record;
  next_seq bigint;
  given_id text := command->>'commandId';
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'apply_command runs in a READ COMMITTED transaction (it must see the last writer''s commit)';
  END IF;
  IF jsonb_typeof(upserts) <> 'array' OR jsonb_typeof(deletes) <> 'array' THEN
    RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'a command holds arrays of upserts and deletes';
  END IF;
  writes := (SELECT coalesce(jsonb_agg(jsonb_build_object('kind', u->>'kind', 'id', u->>'id', 'version', u->'version', 'data', u->'data')), '[]') FROM jsonb_array_elements(upserts) u)
         || (SELECT coalesce(jsonb_agg(jsonb_build_object('kind', d->>'kind', 'id', d->>'id', 'version', d->'version', 'data', NULL)), '[]') FROM jsonb_array_elements(deletes) d);

  -- 1. Writers in line: seq order is commit order.
  PERFORM pg_advisory_xact_lock(7172850416);

  -- 1b. Applied already (its reply lost)? Its number, once. Another author's id is refused, never taken for theirs.
  IF given_id IS NOT NULL THEN
    SELECT c.seq, c.author INTO bad FROM changes c WHERE c.command_id = given_id;
    IF FOUND THEN
      IF bad.author = who THEN RETURN bad.seq; END IF;
      RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('command %s was sent by another author', given_id);
    END IF;
  END IF;

  -- 2. Allowed?
  is_chief := pg_has_role(who, '${TEAM_ROLES.chief}', 'MEMBER');
  IF NOT is_chief THEN
    IF pg_has_role(who, '${TEAM_ROLES.seating}', 'MEMBER') THEN kinds := kinds || ${list(WRITABLE.seating)}; END IF;
    IF pg_has_role(who, '${TEAM_ROLES.arrivals}', 'MEMBER') THEN kinds := kinds || ${list(WRITABLE.arrivals)}; END IF;
    is_post := NOT (kinds && ${list(WRITABLE.post)}) AND pg_has_role(who, '${TEAM_ROLES.post}', 'MEMBER');
    IF is_post THEN kinds := kinds || ${list(WRITABLE.post)}; END IF;
    SELECT w->>'kind' AS kind, w->>'id' AS id INTO bad FROM jsonb_array_elements(writes) w
      WHERE NOT ((w->>'kind') = ANY (kinds)) LIMIT 1;
    IF FOUND THEN
      RAISE EXCEPTION USING ERRCODE = '${NOT_ALLOWED}', MESSAGE = format('%s may not change %s', who, bad.kind),
        DETAIL = jsonb_build_object('login', who, 'kind', bad.kind, 'id', bad.id, 'reason', 'role')::text;
    END IF;
    IF is_post THEN
      -- A post officer records the actual time of an existing slot time at one of their posts; nothing else.
      my_posts := coalesce((SELECT posts FROM members WHERE login = who), '{}');
      SELECT w->>'kind' AS kind, w->>'id' AS id INTO bad FROM jsonb_array_elements(writes) w
        LEFT JOIN rows r ON r.kind = 'slotTimes' AND r.id = w->>'id' AND r.data IS NOT NULL
        LEFT JOIN rows s ON s.kind = 'steps' AND s.id = r.data->>'stepId' AND s.data IS NOT NULL
        WHERE r.id IS NULL OR w->'data' IS NULL OR jsonb_typeof(w->'data') <> 'object'
           OR (r.data - 'actualAt') <> ((w->'data') - 'actualAt')
           OR NOT coalesce((s.data->>'venuePointId') = ANY (my_posts), false)
        LIMIT 1;
      IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '${NOT_ALLOWED}', MESSAGE = format('%s may only record actual times at their post', who),
          DETAIL = jsonb_build_object('login', who, 'kind', bad.kind, 'id', bad.id, 'reason', 'post')::text;
      END IF;
    END IF;
  END IF;

  -- 3. As the client saw them? Every row written or read, at the version it read.
  SELECT e.kind, e.id, e.version AS expected, coalesce(r.version, 0) AS current, r.data IS NULL AS gone, c.author, c.at INTO bad
    FROM jsonb_to_recordset(writes || coalesce(command->'reads', '[]')) AS e(kind text, id text, version bigint)
    LEFT JOIN rows r ON r.kind = e.kind AND r.id = e.id
    LEFT JOIN changes c ON c.seq = r.version
    WHERE e.version IS DISTINCT FROM coalesce(r.version, 0)
    LIMIT 1;
  IF NOT FOUND THEN
    -- Parents that must still exist (created in this same command counts).
    SELECT q.kind, q.id, NULL::bigint AS expected, coalesce(r.version, 0) AS current, true AS gone, c.author, c.at INTO bad
      FROM jsonb_to_recordset(coalesce(command->'requires', '[]')) AS q(kind text, id text)
      LEFT JOIN rows r ON r.kind = q.kind AND r.id = q.id
      LEFT JOIN changes c ON c.seq = r.version
      WHERE (r.id IS NULL OR r.data IS NULL)
        AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(upserts) u WHERE u->>'kind' = q.kind AND u->>'id' = q.id)
      LIMIT 1;
  END IF;
  IF FOUND THEN
    RAISE EXCEPTION USING ERRCODE = '${CONFLICT}',
      MESSAGE = format('%s %s was changed by %s', bad.kind, bad.id, coalesce(bad.author, 'nobody')),
      DETAIL = jsonb_build_object('kind', bad.kind, 'id', bad.id, 'expected', bad.expected, 'current', bad.current,
                                  'deleted', bad.gone AND bad.current > 0, 'author', bad.author, 'at', bad.at)::text;
  END IF;

  -- 4. The writes, numbered after every check passed.
  next_seq := nextval('change_seq');
  DELETE FROM rows r USING jsonb_to_recordset(writes) AS w(kind text, id text) WHERE r.kind = w.kind AND r.id = w.id;
  INSERT INTO rows (kind, id, data, version)
    SELECT w.kind, w.id, CASE WHEN jsonb_typeof(w.data) = 'null' THEN NULL ELSE w.data END, next_seq
    FROM jsonb_to_recordset(writes) AS w(kind text, id text, data jsonb);

  -- 5. The log and the wake-up.
  INSERT INTO changes (seq, author, command_id, command, rows)
    SELECT next_seq, who, given_id,
           jsonb_build_object('label', command->'label', 'expected', (SELECT jsonb_agg(w - 'data') FROM jsonb_array_elements(writes) w)),
           (SELECT jsonb_agg(jsonb_build_object('kind', w->>'kind', 'id', w->>'id', 'data', w->'data')) FROM jsonb_array_elements(writes) w);
  PERFORM pg_notify('preseance_changes', next_seq::text);
  RETURN next_seq;
END
$fn$;
`;
