/**
 * The team status bar as an officer sees it: a replica opened with its server out of reach says
 * it is offline and how many edits wait, in the interface language; a file never shared has no
 * status bar. (Connected, and the replay on reconnect, are shown against a real server in
 * test/team/services.test.ts.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, it } from 'vitest';
import { EventFile } from '../../electron/store';
import { recordEdit } from '../../electron/team/outbox';
import { emptyHistory, execute } from '../../shared/document/history';
import { updateEntity } from '../../shared/document/commands';
import { fixtureDocument, FIXTURE_IDS as I } from '../fixtures/document';
import { detectRuntime, launchApp, type AppHandle } from './harness';
import { ready } from './page';
import { countOf, textOf } from './poll';

const { runtime } = detectRuntime();
let app: AppHandle | null = null;
const dirs: string[] = [];
afterEach(async () => {
  await app?.close();
  app = null;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A port nothing listens on: the team server, shut down. */
async function deadPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A team replica whose server is out of reach, with one edit waiting in its outbox. */
async function offlineReplica(dir: string): Promise<string> {
  const path = join(dir, 'team.preseance');
  const document = fixtureDocument();
  const file = EventFile.create(path, document);
  file.replica.applyPulled({ upserts: {}, deletes: {} }, [], { serverId: '00000000-0000-4000-8000-000000000001', lastSeq: 1 });
  file.replica.setConnection({ host: '127.0.0.1', port: await deadPort(), database: 'team', user: 'officer' });
  const step = execute(document, emptyHistory(), updateEntity, { collection: 'slots', id: I.slotFra, fields: { carNumber: '80NG-WAIT' } })!;
  recordEdit(file, step.changes);
  file.close();
  return path;
}

describe(`the team status bar (${runtime})`, () => {
  it('says offline and how many edits wait, in English and in Vietnamese; a file never shared has none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preseance-e2e-team-'));
    dirs.push(dir);
    const path = await offlineReplica(dir);

    app = await launchApp({ file: path, language: 'en' });
    await ready(app.page);
    await textOf(app.page.getByTestId('team-status')).toBe('Offline · 1 change waiting');
    await app.close();

    app = await launchApp({ file: path, language: 'vi' });
    await ready(app.page);
    await textOf(app.page.getByTestId('team-status')).toBe('Ngoại tuyến · 1 thay đổi đang chờ gửi');
    await app.close();

    const plain = join(dir, 'plain.preseance');
    EventFile.create(plain, fixtureDocument()).close();
    app = await launchApp({ file: plain, language: 'en' });
    await ready(app.page);
    await countOf(app.page.getByTestId('team-status')).toBe(0);
  });
});
