/**
 * Writes an attacker cannot bend: the temporary file of an export is created exclusively under
 * an unguessable name, so a link planted where a temporary file used to go is never followed;
 * and main writes only where the user chose, once per choice.
 */
import fs from 'node:fs';
import nodePath from 'node:path';
import { describe, expect, test } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { EventFile } from '../../electron/store';
import { reserveTempBeside, writeFileAtomic } from '../../electron/store/files';
import { createServices } from '../../electron/services/index';
import { memoryPreferences } from '../../electron/services/preferences';
import { invoke } from '../../shared/ipc/invoke';
import { fixtureDocument } from '../fixtures/document';
import { sha256, useTempDirs } from './helpers';

const tempDir = useTempDirs();

function opened() {
  const dir = tempDir();
  const event = nodePath.join(dir, 'event.preseance');
  EventFile.create(event, fixtureDocument()).close();
  const refuse = async (): Promise<never> => {
    throw new Error('no dialog here');
  };
  const services = createServices({
    version: 'write-paths',
    preferences: memoryPreferences('en'),
    reference: referenceData,
    dialogs: { openEvent: refuse, openImage: refuse, saveEvent: refuse, saveSpreadsheet: refuse },
  });
  const call = (channel: string, payload: unknown = {}) => invoke(services, channel, payload, () => 'en');
  return { dir, event, services, call };
}

describe('temporary files of a write', () => {
  test('a link planted at the name exports once used for their temporary file leaves the event file alone', async () => {
    const { dir, event, services, call } = opened();
    expect((await call('event:open', { path: event })).ok).toBe(true);
    const target = nodePath.join(dir, 'delegations.csv');
    fs.symlinkSync(event, nodePath.join(dir, `.delegations.csv.${process.pid}.tmp`));
    const before = sha256(event);
    services.chosenByUser(target);
    const written = await call('delegations:export', { content: 'delegations', format: 'csv', path: target });
    services.dispose();
    expect(written.ok).toBe(true);
    expect(fs.readFileSync(target, 'utf8')).toContain('kind,');
    expect(sha256(event)).toBe(before);
  });

  test('are created exclusively: an existing name is never reused, nothing is left behind', () => {
    const dir = tempDir();
    const target = nodePath.join(dir, 'list.csv');
    const first = reserveTempBeside(target);
    const second = reserveTempBeside(target);
    expect(second).not.toBe(first);
    expect(fs.statSync(first).size).toBe(0);
    fs.rmSync(first);
    fs.rmSync(second);
    writeFileAtomic(target, 'a,b\n');
    expect(fs.readdirSync(dir)).toEqual(['list.csv']);
    // A folder where the file should be: the write fails, and no temporary file stays.
    const folder = nodePath.join(dir, 'folder.csv');
    fs.mkdirSync(folder);
    expect(() => writeFileAtomic(folder, 'x')).toThrow();
    expect(fs.readdirSync(dir).sort()).toEqual(['folder.csv', 'list.csv']);
  });

  test('an export onto a link replaces the link, never the file it points to', () => {
    const dir = tempDir();
    const precious = nodePath.join(dir, 'precious.txt');
    fs.writeFileSync(precious, 'keep me');
    const link = nodePath.join(dir, 'out.csv');
    fs.symlinkSync(precious, link);
    writeFileAtomic(link, 'a,b\n');
    expect(fs.readFileSync(precious, 'utf8')).toBe('keep me');
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(false);
  });
});

describe('write paths from the renderer', () => {
  test('are written only where the save dialog answered, once per answer', async () => {
    const { dir, event, services, call } = opened();
    expect((await call('event:open', { path: event })).ok).toBe(true);
    const list = nodePath.join(dir, 'index.csv');
    const rows = { rows: [['Name', 'Seat'], ['Camille Laurent', 'A1']], format: 'csv' };
    for (const lang of ['en', 'vi'] as const) {
      const refused = await invoke(services, 'print:exportList', { ...rows, path: list }, () => lang);
      expect(refused).toMatchObject({ ok: false, error: { code: 'path-not-chosen' } });
      if (!refused.ok) expect(refused.error.message).toContain(lang === 'en' ? 'only where you chose it' : 'chỉ được ghi vào nơi bạn đã chọn');
    }
    const copy = nodePath.join(dir, 'copy.preseance');
    expect(await call('event:saveAs', { path: copy })).toMatchObject({ ok: false, error: { code: 'path-not-chosen' } });
    expect(fs.readdirSync(dir).filter((name) => !name.startsWith('event.preseance'))).toEqual([]);

    services.chosenByUser(list);
    expect(await call('print:exportList', { ...rows, path: list })).toMatchObject({ ok: true });
    fs.rmSync(list);
    // The choice is used up: a second write there asks the dialog again.
    expect(await call('print:exportList', { ...rows, path: list })).toMatchObject({ ok: false, error: { code: 'path-not-chosen' } });
    expect(fs.existsSync(list)).toBe(false);
    services.dispose();
  });
});

describe('opening a file when the recent-files list cannot be written', () => {
  test('opens it all the same, says so, and main holds exactly the file it reports', async () => {
    const dir = tempDir();
    const event = nodePath.join(dir, 'event.preseance');
    EventFile.create(event, fixtureDocument()).close();
    const notices: string[] = [];
    const preferences = memoryPreferences('vi');
    preferences.addRecent = () => {
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    };
    const refuse = async (): Promise<never> => {
      throw new Error('no dialog here');
    };
    const services = createServices({
      version: 'write-paths',
      preferences,
      reference: referenceData,
      dialogs: { openEvent: refuse, openImage: refuse, saveEvent: refuse, saveSpreadsheet: refuse },
      notify: (message) => notices.push(message),
    });
    const opened = await invoke(services, 'event:open', { path: event }, () => 'vi');
    expect(opened).toMatchObject({ ok: true, value: { path: event } });
    expect(services.state().file?.path).toBe(event);
    expect(notices).toEqual(['Sự kiện đã mở, nhưng không cập nhật được danh sách tệp gần đây (ENOSPC).']);
    services.dispose();
  });
});
