import { expect, test } from 'vitest';
import { LiveReplica } from '../../electron/team/live';
import { TEAM_ROLES } from '../../electron/team/roles';
import { pull, push } from '../../electron/team/sync';
import { updateEntity } from '../../shared/document/commands';
import { FIXTURE_IDS as I } from '../fixtures/document';
import { useTempDirs } from '../store/helpers';
import { edit, useTeam, waitFor } from './helpers';

const tempDir = useTempDirs();
const team = useTeam(tempDir);

test('a live replica gets edits by NOTIFY; its connection killed, edits made meanwhile, it reconnects and catches up with no gap', async () => {
  const { officer, owner, serverDocument } = await team();
  const writer = await officer(TEAM_ROLES.arrivals);
  const watcher = await officer(TEAM_ROLES.viewer);
  await watcher.client.end(); // the live replica has its own connection
  const errors: unknown[] = [];
  const live = new LiveReplica(watcher.file, watcher.config, { backoffMs: 50, onError: (e) => errors.push(e) });
  await live.start();
  try {
    const carNumber = async (n: number) => {
      const doc = writer.file.loadDocument();
      await push(writer.file, writer.client, edit(doc, updateEntity, { collection: 'slots', id: I.slotFra, fields: { carNumber: `car ${n}` } }));
      // The writer's next edit of the same row must carry the version this one was given.
      await pull(writer.file, writer.client);
    };
    await carNumber(1);
    await waitFor('the edit to reach the live replica', () => watcher.file.loadDocument().slots[I.slotFra]!.carNumber === 'car 1');

    const killed = live.backendPid!;
    await owner.query('SELECT pg_terminate_backend($1)', [killed]);
    await waitFor('the live replica to notice the dropped connection', () => !live.connected || live.backendPid !== killed);
    for (let n = 2; n <= 4; n++) await carNumber(n);
    await push(writer.file, writer.client, edit(writer.file.loadDocument(), updateEntity, { collection: 'greeters', id: I.greeter, fields: { name: 'Đặng Hoàng Giang (đổi)' } }));

    await waitFor('the live replica to reconnect and catch up', async () => live.connected && watcher.file.replica.state()!.lastSeq === 6);
    expect(live.backendPid).not.toBe(killed);
    expect(watcher.file.loadDocument()).toEqual(await serverDocument());
    expect(errors.length).toBeGreaterThan(0); // the drop was reported, not hidden
  } finally {
    await live.stop();
  }
});

test('a live replica’s edits made before it connects wait in the outbox, go out on connecting, and the status says so', async () => {
  const { officer, serverDocument } = await team();
  const lan = await officer(TEAM_ROLES.chief);
  await lan.client.end();
  const live = new LiveReplica(lan.file, lan.config, { backoffMs: 50 });
  live.edit(edit(lan.file.loadDocument(), updateEntity, { collection: 'halls', id: I.plenary, fields: { nameEn: 'Renamed offline' } }));
  expect(live.status()).toEqual({ connected: false, waiting: 1, conflicts: 0 });
  await live.start();
  try {
    expect(live.status()).toEqual({ connected: true, waiting: 0, conflicts: 0 });
    expect((await serverDocument()).halls[I.plenary]!.nameEn).toBe('Renamed offline');
    live.edit(edit(lan.file.loadDocument(), updateEntity, { collection: 'slots', id: I.slotFra, fields: { carNumber: '80NG-LIVE' } }));
    await waitFor('the online edit to reach the server', async () => (await serverDocument()).slots[I.slotFra]!.carNumber === '80NG-LIVE');
    await waitFor('the replica to pull it back', () => live.status().waiting === 0 && lan.file.replica.state()!.lastSeq === 3);
    expect(lan.file.loadDocument()).toEqual(await serverDocument());
  } finally {
    await live.stop();
  }
});
