import { describe, expect, test } from 'vitest';
import { PARKING } from '../../electron/store/writer';
import { migrateServer, SERVER_FORMAT, UNIQUE_INDEXES } from '../../electron/team/schema';
import { TEAM_ROLES } from '../../electron/team/roles';
import { connectAs, superuser, useDatabases } from './helpers';

const database = useDatabases();

describe('the team schema on a real PostgreSQL', () => {
  test('is created once; running it again leaves the database as it is', async () => {
    const db = await database();
    const owner = connectAs(db.name, superuser());
    await owner.connect();
    await migrateServer(owner);
    const id = (await owner.query('SELECT server_id FROM team_meta')).rows[0].server_id;
    await migrateServer(owner);
    expect((await owner.query('SELECT server_id FROM team_meta')).rows).toEqual([{ server_id: id }]);
    await owner.end();
  });

  test('a database of format 1 is upgraded in place: its change log takes the command ids', async () => {
    const db = await database();
    const owner = connectAs(db.name, superuser());
    await owner.connect();
    await migrateServer(owner);
    await owner.query('ALTER TABLE changes DROP COLUMN command_id; UPDATE team_meta SET format = 1');
    await migrateServer(owner);
    expect((await owner.query('SELECT format FROM team_meta')).rows).toEqual([{ format: SERVER_FORMAT }]);
    const command = JSON.stringify({ commandId: 'c-1', upserts: [{ kind: 'halls', id: 'h', data: { id: 'h' }, version: 0 }] });
    const seqs = [];
    for (let i = 0; i < 2; i++) seqs.push((await owner.query('SELECT apply_command($1::jsonb) AS seq', [command])).rows[0].seq);
    expect(seqs).toEqual(['1', '1']);
    await owner.end();
  });

  test('every UNIQUE rule of the event file has a unique index on the server', () => {
    const indexed = new Set(Object.values(UNIQUE_INDEXES).map((on) => /kind = '(\w+)'/.exec(on)![1]));
    expect([...indexed].sort()).toEqual(Object.keys(PARKING).sort());
  });

  test('no officer writes a table directly, whatever their role: PostgreSQL refuses it', async () => {
    const db = await database();
    const owner = connectAs(db.name, superuser());
    await owner.connect();
    await migrateServer(owner);
    await owner.end();
    const chief = connectAs(db.name, await db.login(TEAM_ROLES.chief));
    await chief.connect();
    expect((await chief.query('SELECT count(*)::int AS n FROM rows')).rows[0].n).toBe(0);
    await expect(chief.query(`INSERT INTO rows VALUES ('halls', 'x', '{}', 1)`)).rejects.toMatchObject({ code: '42501' });
    await expect(chief.query(`INSERT INTO changes VALUES (1, 'me', now(), '{}', '[]')`)).rejects.toMatchObject({ code: '42501' });
    await expect(chief.query(`SELECT nextval('change_seq')`)).rejects.toMatchObject({ code: '42501' });
    await chief.end();
  });

  test('two people in one seat are refused by PostgreSQL itself, even written directly by the owner', async () => {
    const db = await database();
    const owner = connectAs(db.name, superuser());
    await owner.connect();
    await migrateServer(owner);
    const assignment = (id: string, personId: string) => JSON.stringify({ id, hallId: 'h', seatId: 's1', personId, locked: false });
    await owner.query(`INSERT INTO rows VALUES ('assignments', 'a1', $1, 1)`, [assignment('a1', 'p1')]);
    await expect(owner.query(`INSERT INTO rows VALUES ('assignments', 'a2', $1, 1)`, [assignment('a2', 'p2')])).rejects.toMatchObject({
      code: '23505',
      constraint: 'rows_assignments_seat',
    });
    // A tombstone (a deleted assignment) holds no seat.
    await owner.query(`UPDATE rows SET data = NULL, version = 2 WHERE id = 'a1'`);
    await owner.query(`INSERT INTO rows VALUES ('assignments', 'a2', $1, 3)`, [assignment('a2', 'p2')]);
    await owner.end();
  });
});
