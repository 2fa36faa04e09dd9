import fs from 'node:fs';
import nodePath from 'node:path';
import { BACKUP_FOLDER, EVENT_FILE_EXTENSION } from './constants';
import { fileTimestamp, fsyncFile, hasEventExtension, fsyncFolder, moveNoClobber, removeWithSidecars, reserveTempBeside } from './files';
import type { Db } from './sqlite';

// The copies SQLite makes of an open event file (VACUUM INTO): the one kept before its format is
// upgraded, and a snapshot. Apart from eventFile.ts, which opens and upgrades the file.

/** `<folder>/backups/<name>.before-v<N>-<timestamp>.preseance`, N being the format upgraded to. */
export function migrationBackupPath(path: string, toVersion: number, date = new Date()): string {
  const base = nodePath.basename(path);
  const name = hasEventExtension(base) ? base.slice(0, -EVENT_FILE_EXTENSION.length) : base;
  return nodePath.join(nodePath.dirname(path), BACKUP_FOLDER, `${name}.before-v${toVersion}-${fileTimestamp(date)}${EVENT_FILE_EXTENSION}`);
}

/**
 * A consistent copy of the file as it is, taken before migrating it. VACUUM INTO rather than
 * the online backup API because opening is synchronous and db.backup() is not; both give a
 * transactionally consistent snapshot made by SQLite itself. Written beside, then renamed.
 */
export function backupBeforeMigration(db: Db, path: string, toVersion: number): string {
  return vacuumInto(db, migrationBackupPath(path, toVersion));
}

/**
 * A consistent copy of the database at `target` (its folder created), never replacing a file:
 * a taken name gets `-2`, `-3`... Written beside, synced, then renamed. Returns the path written.
 */
export function vacuumInto(db: Db, wanted: string): string {
  let target = wanted;
  fs.mkdirSync(nodePath.dirname(target), { recursive: true });
  const temp = reserveTempBeside(target); // throws before anything needs removing
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    fsyncFile(temp);
    for (let n = 2; !moveNoClobber(temp, target); n++) target = target.replace(/(-\d+)?\.preseance$/, `-${n}.preseance`);
    fsyncFolder(target);
    return target;
  } catch (error) {
    removeWithSidecars(temp);
    throw error;
  }
}

