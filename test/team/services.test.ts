import { afterEach, expect, test, vi } from 'vitest';
import { createServices } from '../../electron/services/index';
import { memoryPreferences } from '../../electron/services/preferences';
import { TEAM_PASSWORD_ENV } from '../../electron/services/team';
import { TEAM_ROLES } from '../../electron/team/roles';
import { referenceData } from '../../resources/reference/load';
import { updateEntity } from '../../shared/document/commands';
import type { Result } from '../../shared/errors';
import type { Channel } from '../../shared/ipc/channels';
import type { Output } from '../../shared/ipc/contract';
import { invoke } from '../../shared/ipc/invoke';
import { FIXTURE_IDS as I } from '../fixtures/document';
import { useTempDirs } from '../store/helpers';
import { edit, serverInfo, useTeam, waitFor } from './helpers';
import { serverRelay } from './proxy';

// The app's side of a team replica, through the services table as the window and the CLI call
// it (invoke parses every input against the contract): opening a replica connects it, an edit
// goes through the outbox, and team:status says what the status bar shows.

const tempDir = useTempDirs();
const team = useTeam(tempDir);
afterEach(() => void vi.unstubAllEnvs());

function app() {
  const none = async () => null;
  const services = createServices({
    version: 'test',
    preferences: memoryPreferences('en'),
    reference: referenceData,
    dialogs: { openEvent: none, openImage: none, saveEvent: none, saveSpreadsheet: none },
  });
  const ok = async <C extends Channel>(channel: C, input: unknown): Promise<Output<C>> => {
    const result = (await invoke(services, channel, input, () => 'en')) as Result<Output<C>>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
  return { services, ok };
}

test('an edit made through doc:apply with the server stopped waits (offline, 1 waiting), and reaches the server once when it is back', async () => {
  const { officer, owner, db, serverDocument } = await team();
  const chief = await officer(TEAM_ROLES.chief);
  // Joining remembered where the server is and who logs in, never the password.
  const { host, port } = serverInfo();
  expect(chief.file.replica.connection()).toEqual({ host, port, database: db.name, user: chief.login.user });
  // The laptop reaches the server through a relay the test can stop, as a server shut down.
  const relay = await serverRelay({ host, port });
  chief.file.replica.setConnection({ host: '127.0.0.1', port: relay.port, database: db.name, user: chief.login.user });
  chief.file.close();
  await chief.client.end();
  vi.stubEnv(TEAM_PASSWORD_ENV, chief.login.password);

  const { services, ok } = app();
  try {
    await ok('event:open', { path: chief.file.path });
    await waitFor('the replica to connect', async () => (await ok('team:status', {}))?.connected === true);
    expect(await ok('team:status', {})).toEqual({ connected: true, waiting: 0, conflicts: 0 });

    await relay.stop();
    await waitFor('the replica to notice the server is gone', async () => (await ok('team:status', {}))?.connected === false);
    const { document } = await ok('doc:load', {});
    await ok('doc:apply', { changes: edit(document, updateEntity, { collection: 'slots', id: I.slotFra, fields: { carNumber: '80NG-OFFLINE' } }) });
    expect(await ok('team:status', {})).toEqual({ connected: false, waiting: 1, conflicts: 0 });
    expect((await ok('doc:load', {})).document.slots[I.slotFra]!.carNumber).toBe('80NG-OFFLINE'); // the officer keeps working
    expect((await serverDocument()).slots[I.slotFra]!.carNumber).not.toBe('80NG-OFFLINE');

    await relay.start();
    await waitFor('the replica to reconnect and replay', async () => {
      const status = await ok('team:status', {});
      return status?.connected === true && status.waiting === 0;
    }, 20_000);
    expect(await ok('team:status', {})).toEqual({ connected: true, waiting: 0, conflicts: 0 });
    expect((await serverDocument()).slots[I.slotFra]!.carNumber).toBe('80NG-OFFLINE');
    // Once: the publish, then this edit, and nothing sent twice.
    const { rows } = await owner.query<{ n: number }>('SELECT count(*)::int AS n FROM changes');
    expect(rows[0]!.n).toBe(2);
    expect((await ok('doc:load', {})).document).toEqual(await serverDocument());
  } finally {
    services.dispose();
    await relay.stop();
  }
}, 30_000);
