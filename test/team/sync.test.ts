import { describe, expect, test } from 'vitest';
import { TeamError } from '../../electron/team/errors';
import { TEAM_ROLES } from '../../electron/team/roles';
import { pull, push } from '../../electron/team/sync';
import { createEntity, deleteEntities, updateEntity } from '../../shared/document/commands';
import { fixtureDocument, FIXTURE_IDS as I } from '../fixtures/document';
import { useTempDirs } from '../store/helpers';
import { edit, useTeam } from './helpers';

const tempDir = useTempDirs();
const team = useTeam(tempDir);

async function refusal(action: Promise<unknown>): Promise<TeamError> {
  const error = await action.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(TeamError);
  return error as TeamError;
}

describe('team mode against a real PostgreSQL', () => {
  test('the published event is every row at version 1; a joined replica holds the same event', async () => {
    const { officer, serverDocument, owner } = await team();
    expect(await serverDocument()).toEqual(fixtureDocument());
    const { rows } = await owner.query<{ versions: string[] }>('SELECT array_agg(DISTINCT version::text) AS versions FROM rows');
    expect(rows[0]!.versions).toEqual(['1']);
    const lan = await officer(TEAM_ROLES.viewer);
    expect(lan.file.loadDocument()).toEqual(fixtureDocument());
    expect(lan.file.replica.state()).toMatchObject({ lastSeq: 1 });
  });

  test('three officers with their own replicas edit one event and converge on the server’s state', async () => {
    const { officer, serverDocument } = await team();
    const chief = await officer(TEAM_ROLES.chief);
    const seating = await officer(TEAM_ROLES.seating);
    const arrivals = await officer(TEAM_ROLES.arrivals);
    await push(chief.file, chief.client, edit(chief.file.loadDocument(), updateEntity, { collection: 'delegations', id: I.fra, fields: { nameEn: 'French Republic' } }));
    await push(seating.file, seating.client, edit(seating.file.loadDocument(), updateEntity, { collection: 'seats', id: I.seatHead3, fields: { x: 4.25 } }));
    await push(arrivals.file, arrivals.client, edit(arrivals.file.loadDocument(), updateEntity, { collection: 'slots', id: I.slotFra, fields: { carNumber: '80NG-123' } }));
    // The seating officer edits the hall the chief has not yet seen change: non-overlapping rows merge.
    await push(seating.file, seating.client, edit(seating.file.loadDocument(), updateEntity, { collection: 'halls', id: I.plenary, fields: { nameEn: 'Plenary Hall A' } }));
    for (const o of [chief, seating, arrivals]) await pull(o.file, o.client);
    const server = await serverDocument();
    expect(server.delegations[I.fra]!.nameEn).toBe('French Republic');
    expect(server.seats[I.seatHead3]!.x).toBe(4.25);
    expect(server.slots[I.slotFra]!.carNumber).toBe('80NG-123');
    expect(server.halls[I.plenary]!.nameEn).toBe('Plenary Hall A');
    for (const o of [chief, seating, arrivals]) {
      expect(o.file.loadDocument()).toEqual(server);
      expect(o.file.replica.state()!.lastSeq).toBe(5);
    }
  });

  test('a stale version is refused as a conflict naming who changed the row; after a pull the edit goes through', async () => {
    const { officer, serverDocument } = await team();
    const lan = await officer(TEAM_ROLES.chief);
    const minh = await officer(TEAM_ROLES.chief);
    await push(lan.file, lan.client, edit(lan.file.loadDocument(), updateEntity, { collection: 'halls', id: I.plenary, fields: { nameEn: 'Lan’s name' } }));
    const stale = edit(minh.file.loadDocument(), updateEntity, { collection: 'halls', id: I.plenary, fields: { nameEn: 'Minh’s name' } });
    const error = await refusal(push(minh.file, minh.client, stale));
    expect(error.refusal).toMatchObject({ reason: 'conflict', kind: 'halls', id: I.plenary, expected: 1, current: 2, author: lan.login.user, deleted: false });
    expect((await serverDocument()).halls[I.plenary]!.nameEn).toBe('Lan’s name');
    await pull(minh.file, minh.client);
    await push(minh.file, minh.client, edit(minh.file.loadDocument(), updateEntity, { collection: 'halls', id: I.plenary, fields: { nameEn: 'Minh’s name' } }));
    expect((await serverDocument()).halls[I.plenary]!.nameEn).toBe('Minh’s name');
  });

  test('a row whose parent someone deleted is refused as a conflict naming the deletion', async () => {
    const { officer } = await team();
    const lan = await officer(TEAM_ROLES.chief);
    const minh = await officer(TEAM_ROLES.chief);
    await push(lan.file, lan.client, edit(lan.file.loadDocument(), deleteEntities, { collection: 'greeters', ids: [I.greeterNoPoint] }));
    const doc = minh.file.loadDocument();
    const slot = { ...doc.slots[I.slotUnodc]!, greeterId: I.greeterNoPoint };
    const error = await refusal(push(minh.file, minh.client, { upserts: { slots: [slot] }, deletes: {} }));
    expect(error.refusal).toMatchObject({ reason: 'conflict', kind: 'greeters', id: I.greeterNoPoint, deleted: true, author: lan.login.user });
  });

  test('a viewer’s and a post officer’s forbidden writes are refused by PostgreSQL as not allowed, never as a conflict', async () => {
    const { officer, owner, serverDocument } = await team();
    const viewer = await officer(TEAM_ROLES.viewer);
    const post = await officer(TEAM_ROLES.post);
    await owner.query('SELECT set_posts($1, $2)', [post.login.user, [I.gate]]);
    const rename = (file: typeof viewer.file) => edit(file.loadDocument(), updateEntity, { collection: 'halls', id: I.plenary, fields: { nameEn: 'x' } });
    expect((await refusal(push(viewer.file, viewer.client, rename(viewer.file)))).refusal).toMatchObject({ reason: 'not-allowed', kind: 'halls', why: 'role', login: viewer.login.user });
    expect((await refusal(push(post.file, post.client, rename(post.file)))).refusal).toMatchObject({ reason: 'not-allowed', kind: 'halls', why: 'role' });
    // Even with a stale version the answer is "not allowed": permission is checked first.
    await push(post.file, owner, edit(post.file.loadDocument(), updateEntity, { collection: 'halls', id: I.plenary, fields: { nameEn: 'by the owner' } }));
    expect((await refusal(push(viewer.file, viewer.client, rename(viewer.file)))).refusal.reason).toBe('not-allowed');
    // The post officer records actual times at their post (the gate) only, and nothing else of the row.
    const time = (id: string, fields: object) => edit(post.file.loadDocument(), updateEntity, { collection: 'slotTimes', id, fields });
    expect((await refusal(push(post.file, post.client, time(I.timeFraGreet, { actualAt: '2025-10-25T08:04' })))).refusal).toMatchObject({ reason: 'not-allowed', why: 'post' });
    expect((await refusal(push(post.file, post.client, time(I.timeUnodcDrive, { plannedAt: '2025-10-25T08:10' })))).refusal).toMatchObject({ reason: 'not-allowed', why: 'post' });
    await push(post.file, post.client, time(I.timeUnodcDrive, { actualAt: '2025-10-25T08:05' }));
    expect((await serverDocument()).slotTimes[I.timeUnodcDrive]!.actualAt).toBe('2025-10-25T08:05');
    // A forbidden write by SQL straight to the table is PostgreSQL's own refusal.
    await expect(viewer.client.query(`UPDATE rows SET data = '{}' WHERE kind = 'halls'`)).rejects.toMatchObject({ code: '42501' });
  });

  test('two people in one seat: refused by the server’s unique index, even though neither command conflicts', async () => {
    const { officer, serverDocument } = await team();
    const lan = await officer(TEAM_ROLES.seating);
    const minh = await officer(TEAM_ROLES.seating);
    const seat = (file: typeof lan.file, id: string, personId: string) =>
      edit(file.loadDocument(), createEntity, { collection: 'assignments', row: { id, hallId: I.plenary, seatId: I.seatHead3, personId, locked: false } });
    await push(lan.file, lan.client, seat(lan.file, '0b1c2d3e-0000-4000-8000-000000000001', I.vatHead));
    const error = await refusal(push(minh.file, minh.client, seat(minh.file, '0b1c2d3e-0000-4000-8000-000000000002', I.ituHead)));
    expect(error.refusal).toEqual({ reason: 'rule', constraint: 'rows_assignments_seat' });
    const held = Object.values((await serverDocument()).assignments).filter((a) => a.seatId === I.seatHead3);
    expect(held.map((a) => a.personId)).toEqual([I.vatHead]);
  });

  test('two people swapping seats in one command pass the unique indexes', async () => {
    const { officer, serverDocument } = await team();
    const lan = await officer(TEAM_ROLES.seating);
    const doc = lan.file.loadDocument();
    const a = doc.assignments[I.assignVnmHead]!;
    const b = doc.assignments[I.assignFraHead]!;
    await push(lan.file, lan.client, { upserts: { assignments: [{ ...a, seatId: b.seatId }, { ...b, seatId: a.seatId }] }, deletes: {} });
    await pull(lan.file, lan.client);
    const server = await serverDocument();
    expect(server.assignments[I.assignVnmHead]!.seatId).toBe(b.seatId);
    expect(lan.file.loadDocument()).toEqual(server);
  });
});
