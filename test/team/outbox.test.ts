import pg from 'pg';
import { afterEach, describe, expect, test } from 'vitest';
import { EventFile } from '../../electron/store';
import { applyCommand } from '../../electron/team/command';
import { conflicts, discardConflict, reapplyConflict } from '../../electron/team/conflicts';
import { recordEdit } from '../../electron/team/outbox';
import { replay, sendable } from '../../electron/team/replay';
import { TEAM_ROLES } from '../../electron/team/roles';
import { teamStatus } from '../../electron/team/status';
import { pull, push } from '../../electron/team/sync';
import { updateEntity } from '../../shared/document/commands';
import { refusalText } from '../../shared/team/refusal';
import { teamStatusText } from '../../shared/team/status';
import { FIXTURE_IDS as I } from '../fixtures/document';
import { useTempDirs } from '../store/helpers';
import { edit, useTeam } from './helpers';

// Issue 16, items 4 and 5: edits made without the server wait in the event file's outbox, replay
// in order on reconnect, are applied once whatever is lost on the way, and a refused one is kept
// in Conflicts with who changed what — never dropped.
const tempDir = useTempDirs();
const team = useTeam(tempDir);

const opened: { end?: () => Promise<void>; close?: () => void }[] = [];
afterEach(async () => {
  for (const item of opened.splice(0).reverse()) {
    await item.end?.().catch(() => undefined);
    item.close?.();
  }
});

type Officer = Awaited<ReturnType<Awaited<ReturnType<typeof team>>['officer']>>;

/** The officer's laptop back on the network: a new connection of their own. */
async function reconnect(o: Officer): Promise<pg.Client> {
  const client = new pg.Client(o.config);
  await client.connect();
  opened.push(client);
  return client;
}

/** The replica file closed (the app quit, or was killed after its last commit) and opened again. */
function reopen(file: EventFile): EventFile {
  file.close();
  const again = EventFile.open(file.path);
  opened.push(again);
  return again;
}

const rename = (file: EventFile, id: string, fields: object) => recordEdit(file, edit(file.loadDocument(), updateEntity, { collection: 'halls', id, fields }))!;
const carNumber = (file: EventFile, value: string) =>
  recordEdit(file, edit(file.loadDocument(), updateEntity, { collection: 'slots', id: I.slotFra, fields: { carNumber: value } }))!;

async function loggedIds(owner: pg.Client): Promise<string[]> {
  const { rows } = await owner.query<{ command_id: string | null }>('SELECT command_id FROM changes ORDER BY seq');
  return rows.flatMap((r) => (r.command_id ? [r.command_id] : []));
}

describe('the outbox of a team replica, against a real PostgreSQL', () => {
  test('edits made offline are kept across closing and reopening the file, and replay in order on reconnect, each applied once', async () => {
    const { officer, owner, serverDocument } = await team();
    const lan = await officer(TEAM_ROLES.chief);
    await lan.client.end(); // offline
    const first = rename(lan.file, I.plenary, { nameEn: 'Plenary (offline 1)' });
    const second = rename(lan.file, I.plenary, { nameEn: 'Plenary (offline 2)' }); // builds on the first
    const third = carNumber(lan.file, '80NG-OFF');
    expect(teamStatus(lan.file, false)).toEqual({ connected: false, waiting: 3, conflicts: 0 });
    expect(teamStatusText(teamStatus(lan.file, false), 'en')).toBe('Offline · 3 changes waiting');
    expect(teamStatusText(teamStatus(lan.file, false), 'vi')).toBe('Ngoại tuyến · 3 thay đổi đang chờ gửi');

    const file = reopen(lan.file);
    expect(file.outbox.entries().map((e) => e.commandId)).toEqual([first, second, third]);
    expect(file.loadDocument().halls[I.plenary]!.nameEn).toBe('Plenary (offline 2)');
    // A pull would write the server's rows over the edits waiting: it waits for them.
    expect(await pull(file, await reconnect(lan))).toBe(0);
    expect(file.loadDocument().halls[I.plenary]!.nameEn).toBe('Plenary (offline 2)');

    // The line drops again during the replay: it stops, nothing is lost, nothing half-sent.
    const dropped = await reconnect(lan);
    const pid = (await dropped.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    dropped.on('error', () => undefined);
    const ended = new Promise((resolve) => dropped.once('end', resolve));
    await owner.query('SELECT pg_terminate_backend($1)', [pid]);
    await ended;
    const cut = await replay(file, dropped);
    expect(cut).toMatchObject({ applied: 0, refused: 0 });
    expect(cut.error).toBeTruthy();
    expect(file.outbox.counts()).toEqual({ waiting: 3, conflicts: 0 });

    const client = await reconnect(lan);
    expect(await replay(file, client)).toEqual({ applied: 3, refused: 0, error: null });
    await pull(file, client);
    expect(await loggedIds(owner)).toEqual([first, second, third]);
    const server = await serverDocument();
    expect(server.halls[I.plenary]!.nameEn).toBe('Plenary (offline 2)');
    expect(server.slots[I.slotFra]!.carNumber).toBe('80NG-OFF');
    expect(file.loadDocument()).toEqual(server);
    expect(teamStatusText(teamStatus(file, true), 'en')).toBe('Connected to the team');
  });

  test('the same command sent twice (its reply lost) is applied once; its id is no one else’s to reuse', async () => {
    const { officer, owner, serverDocument } = await team();
    const lan = await officer(TEAM_ROLES.chief);
    const minh = await officer(TEAM_ROLES.chief);
    carNumber(lan.file, '80NG-ONCE');
    const entry = lan.file.outbox.first()!;
    const seq = await applyCommand(lan.client, sendable(entry));
    // Someone changes the row meanwhile; the repeat is still recognised, before any version check.
    await push(minh.file, minh.client, edit(minh.file.loadDocument(), updateEntity, { collection: 'greeters', id: I.greeter, fields: { name: 'Đặng Hoàng Giang (đổi)' } }));
    expect(await applyCommand(lan.client, sendable(entry))).toBe(seq);
    expect(await replay(lan.file, lan.client)).toEqual({ applied: 1, refused: 0, error: null });
    expect(await loggedIds(owner)).toEqual([entry.commandId]);
    expect((await owner.query('SELECT count(*)::int AS n FROM changes')).rows[0].n).toBe(3);
    await expect(applyCommand(minh.client, sendable(entry))).rejects.toMatchObject({ code: '22023' });
    await pull(lan.file, lan.client);
    expect(lan.file.loadDocument()).toEqual(await serverDocument());
  });

  test('a kill mid-replay, after the server applied a command and before the file noted it, loses nothing and applies nothing twice', async () => {
    const { officer, owner, serverDocument } = await team();
    const lan = await officer(TEAM_ROLES.chief);
    const ids = [rename(lan.file, I.plenary, { nameEn: 'Killed 1' }), rename(lan.file, I.plenary, { nameEn: 'Killed 2' }), carNumber(lan.file, '80NG-KILL')];
    // What replay does for the first entry, stopped right after the server's commit.
    await applyCommand(lan.client, sendable(lan.file.outbox.first()!));
    const file = reopen(lan.file);
    expect(file.outbox.counts().waiting).toBe(3);
    expect(await replay(file, lan.client)).toEqual({ applied: 3, refused: 0, error: null });
    await pull(file, lan.client);
    expect(await loggedIds(owner)).toEqual(ids);
    expect((await serverDocument()).halls[I.plenary]!.nameEn).toBe('Killed 2');
    expect(file.loadDocument()).toEqual(await serverDocument());
  });

  test('an offline edit of a row someone changed meanwhile is kept in Conflicts naming who changed what; the other edits still apply', async () => {
    const { officer, owner, serverDocument } = await team();
    const lan = await officer(TEAM_ROLES.chief);
    const minh = await officer(TEAM_ROLES.chief);
    await minh.client.end();
    const mine = rename(minh.file, I.plenary, { nameEn: 'Minh’s name', widthM: 61 });
    const other = carNumber(minh.file, '80NG-MINH');
    await push(lan.file, lan.client, edit(lan.file.loadDocument(), updateEntity, { collection: 'halls', id: I.plenary, fields: { nameEn: 'Lan’s name' } }));

    const client = await reconnect(minh);
    expect(await replay(minh.file, client)).toEqual({ applied: 1, refused: 1, error: null });
    await pull(minh.file, client);
    const server = await serverDocument();
    expect(server.halls[I.plenary]!.nameEn).toBe('Lan’s name');
    expect(server.slots[I.slotFra]!.carNumber).toBe('80NG-MINH');
    expect(minh.file.loadDocument()).toEqual(server);
    expect(await loggedIds(owner)).toEqual([other]);

    const [conflict] = conflicts(minh.file);
    expect(conflict).toMatchObject({ commandId: mine, refusal: { reason: 'conflict', kind: 'halls', id: I.plenary, author: lan.login.user, deleted: false } });
    expect(refusalText(conflict!.refusal, 'en')).toMatch(new RegExp(`^${lan.login.user} changed the hall “${I.plenary}” at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC`));
    expect(refusalText(conflict!.refusal, 'vi')).toContain(`${lan.login.user} đã sửa hội trường`);
    expect(teamStatusText(teamStatus(minh.file, true), 'en')).toBe('Connected to the team · 1 conflict');

    // Re-applied on the new state: only the fields Minh changed, over Lan's change of the others.
    await pull(lan.file, lan.client);
    await push(lan.file, lan.client, edit(lan.file.loadDocument(), updateEntity, { collection: 'halls', id: I.plenary, fields: { nameVi: 'Hội trường (Lan)' } }));
    await pull(minh.file, client);
    reapplyConflict(minh.file, mine);
    expect(teamStatus(minh.file, true)).toEqual({ connected: true, waiting: 1, conflicts: 0 });
    expect(await replay(minh.file, client)).toMatchObject({ applied: 1, refused: 0 });
    await pull(minh.file, client);
    const hall = (await serverDocument()).halls[I.plenary]!;
    expect(hall).toMatchObject({ nameEn: 'Minh’s name', widthM: 61, nameVi: 'Hội trường (Lan)' });
    expect(minh.file.loadDocument()).toEqual(await serverDocument());
  });

  test('an offline edit built on a refused one is a conflict too, never sent; its rows go back to the server’s', async () => {
    const { officer, owner, serverDocument } = await team();
    const lan = await officer(TEAM_ROLES.chief);
    const minh = await officer(TEAM_ROLES.chief);
    await minh.client.end();
    const refused = rename(minh.file, I.plenary, { nameEn: 'Minh 1' });
    const dependent = rename(minh.file, I.plenary, { nameVi: 'Minh 2' });
    const independent = carNumber(minh.file, '80NG-IND');
    await push(lan.file, lan.client, edit(lan.file.loadDocument(), updateEntity, { collection: 'halls', id: I.plenary, fields: { nameEn: 'Lan' } }));

    const client = await reconnect(minh);
    expect(await replay(minh.file, client)).toEqual({ applied: 1, refused: 2, error: null });
    expect(await loggedIds(owner)).toEqual([independent]);
    const kept = conflicts(minh.file);
    expect(kept.map((c) => c.commandId)).toEqual([refused, dependent]);
    expect(kept[1]!.refusal).toMatchObject({ reason: 'depends', on: refused, cause: { reason: 'conflict', author: lan.login.user } });
    expect(refusalText(kept[1]!.refusal, 'en')).toContain(`built on another of yours that was refused: ${lan.login.user} changed the hall`);
    // Before the pull already, the replica holds the server's rows again, not the refused edits.
    expect(minh.file.loadDocument().halls[I.plenary]).toMatchObject({ nameEn: 'Plenary Hall', nameVi: 'Hội trường chính' });
    await pull(minh.file, client);
    expect(minh.file.loadDocument()).toEqual(await serverDocument());

    discardConflict(minh.file, dependent);
    discardConflict(minh.file, refused);
    expect(teamStatus(minh.file, true)).toEqual({ connected: true, waiting: 0, conflicts: 0 });
  });

  test('an offline edit the officer’s role does not allow is kept as a conflict saying so; the allowed ones apply', async () => {
    const { officer, serverDocument } = await team();
    const seating = await officer(TEAM_ROLES.seating);
    await seating.client.end();
    carNumber(seating.file, '80NG-NO');
    recordEdit(seating.file, edit(seating.file.loadDocument(), updateEntity, { collection: 'seats', id: I.seatHead3, fields: { x: 4.5 } }));
    const client = await reconnect(seating);
    expect(await replay(seating.file, client)).toEqual({ applied: 1, refused: 1, error: null });
    const [conflict] = conflicts(seating.file);
    expect(conflict!.refusal).toMatchObject({ reason: 'not-allowed', kind: 'slots', why: 'role' });
    expect(refusalText(conflict!.refusal, 'en')).toBe(`${seating.login.user} may not change the arrival: your role does not allow it.`);
    await pull(seating.file, client);
    expect(seating.file.loadDocument()).toEqual(await serverDocument());
    expect((await serverDocument()).seats[I.seatHead3]!.x).toBe(4.5);
  });
});
