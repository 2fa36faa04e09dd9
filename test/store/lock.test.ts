import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import nodePath from 'node:path';
import { describe, expect, test } from 'vitest';
import { EventFile } from '../../electron/store';
import { fixtureDocument, FIXTURE_IDS } from '../fixtures/document';
import { expectAppError, expectAppErrorAsync, useTempDirs } from './helpers';

const tempDir = useTempDirs();
const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');

/**
 * What another program gets when it tries to write `path` now: 'busy' while the file is locked.
 * A separate process, because the lock is a POSIX lock: it only ever stops other processes.
 */
function otherProgramWrites(path: string): 'busy' | 'wrote' {
  const script = `
    const Database = require(${JSON.stringify(sqlite)});
    const db = new Database(process.argv[1], { fileMustExist: true, timeout: 0 });
    try { db.exec('BEGIN IMMEDIATE; ROLLBACK'); process.stdout.write('wrote'); }
    catch (e) { process.stdout.write(String(e.code).startsWith('SQLITE_BUSY') ? 'busy' : String(e.code)); }`;
  const run = spawnSync(process.execPath, ['-e', script, path], { encoding: 'utf8' });
  return run.stdout as 'busy' | 'wrote';
}

const renamed = (nameEn: string) => ({ upserts: { events: [{ ...fixtureDocument().events[FIXTURE_IDS.event]!, nameEn }] }, deletes: {} });

// Closing any descriptor a process has on a file drops every POSIX lock it holds there, SQLite's
// included: a second open of a held file in the same process must not even read it.
describe('the lock of an open file survives everything this process tries', () => {
  test('a second open in this process is refused as locked, and other programs are still kept out', () => {
    const path = nodePath.join(tempDir(), 'held.preseance');
    const first = EventFile.create(path, fixtureDocument());
    expect(otherProgramWrites(path)).toBe('busy');
    expectAppError(() => EventFile.open(path), 'locked');
    expect(otherProgramWrites(path)).toBe('busy');
    first.apply(renamed('Still mine'));
    first.close();
    expect(otherProgramWrites(path)).toBe('wrote');
  });

  test('the same file under another name (a hard link, a symbolic link) is refused as locked, the lock kept', () => {
    const dir = tempDir();
    const path = nodePath.join(dir, 'held.preseance');
    const first = EventFile.create(path, fixtureDocument());
    fs.linkSync(path, nodePath.join(dir, 'hard.preseance'));
    fs.symlinkSync(path, nodePath.join(dir, 'soft.preseance'));
    for (const other of ['hard.preseance', 'soft.preseance']) {
      const error = expectAppError(() => EventFile.open(nodePath.join(dir, other)), 'locked');
      expect(error.params.path).toBe(nodePath.join(dir, other));
      expect(otherProgramWrites(path)).toBe('busy');
    }
    first.close();
  });

  test('Save As onto a file this process holds is refused as locked, the lock kept', async () => {
    const held = EventFile.create(nodePath.join(tempDir(), 'held.preseance'), fixtureDocument());
    const mine = EventFile.create(nodePath.join(tempDir(), 'mine.preseance'), fixtureDocument());
    await expectAppErrorAsync(() => mine.backupTo(held.path), 'locked');
    expect(otherProgramWrites(held.path)).toBe('busy');
    held.close();
    mine.close();
  });
});
