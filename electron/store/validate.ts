import fs from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import { AppError } from '../../shared/errors';
import { APPLICATION_ID } from './constants';
import { fsError } from './errors';
import { realPath } from './files';
import { readHeader } from './header';
import { expectedSchema, readSchema, type SchemaObject } from './migrate';
import type { Migration } from './migrations';
import { applicationId, Database, sqliteCode, userVersion, type Db } from './sqlite';

// Everything open() checks before it lets SQLite near the file for writing. The user's file is
// only ever read with fs: the checks that need SQLite run on a copy in a temporary folder, so
// a refused file is left byte for byte as it was, with nothing created beside it. (A read-only
// SQLite connection is not enough: on a WAL file it still creates -shm, and it may need to
// write to recover a -wal left by a crash.)

/** Tables SQLite itself creates (ANALYZE statistics): harmless data, never code. */
const SQLITE_INTERNAL = new Set(['sqlite_stat1', 'sqlite_stat4']);

function checkIdentity(path: string, found: { applicationId: number; userVersion: number }, supported: number): void {
  if (found.applicationId !== APPLICATION_ID) throw new AppError('not-preseance', { path });
  if (found.userVersion > supported) throw new AppError('newer-version', { path, found: found.userVersion, supported });
  if (found.userVersion < 0) throw new AppError('corrupt', { path, detail: `format version ${found.userVersion}` });
}

const key = (o: SchemaObject) => `${o.type} ${o.name}`;

function checkSchema(db: Db, path: string, version: number, migrations: readonly Migration[]): void {
  const actual = readSchema(db).filter((o) => !(o.type === 'table' && SQLITE_INTERNAL.has(o.name)));
  const expected = new Map(expectedSchema(version, migrations).map((o) => [key(o), o]));
  const found = new Map(actual.map((o) => [key(o), o]));
  const unknown = actual.filter((o) => !expected.has(key(o))).map(key);
  if (unknown.length > 0) throw new AppError('unsafe-schema', { path, detail: unknown.join(', ') });
  // Same name, other definition: someone rebuilt a table, maybe without the rules that protect
  // the seating (a seat holds one person...). Refuse rather than trust it.
  const changed = actual.filter((o) => expected.get(key(o))!.sql !== o.sql).map((o) => `${key(o)} (changed definition)`);
  if (changed.length > 0) throw new AppError('unsafe-schema', { path, detail: changed.join(', ') });
  const missing = [...expected.keys()].filter((k) => !found.has(k));
  if (missing.length > 0) throw new AppError('corrupt', { path, detail: `missing ${missing.join(', ')}` });
}

/**
 * integrity_check can report hundreds of lines; a user needs the first one, with the table
 * named ("Tree 28" means nothing to them), and how many more there are.
 */
function summarize(db: Db, rows: string[]): string {
  const lines = rows.flatMap((r) => r.split('\n')).filter((l) => l.trim() && !l.startsWith('***'));
  const names = new Map(
    (db.prepare('SELECT rootpage, name FROM sqlite_schema').raw().all() as [number, string][]).map(([root, name]) => [root, name]),
  );
  const first = (lines[0] ?? 'unknown problem').replace(/^Tree (\d+)/, (whole, root: string) => names.get(Number(root)) ?? whole);
  return lines.length > 1 ? `${first} (and ${lines.length - 1} more)` : first;
}

function checkIntegrity(db: Db, path: string): void {
  const problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  if (problems.length !== 1 || problems[0] !== 'ok') throw new AppError('corrupt', { path, detail: summarize(db, problems) });
  const broken = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  if (broken.length > 0) {
    const first = broken[0]!;
    throw new AppError('corrupt', {
      path,
      detail: `${broken.length} broken ${broken.length === 1 ? 'reference' : 'references'}, e.g. a ${first.table} row refers to a missing ${first.parent} row`,
    });
  }
}

/**
 * Checks that `path` is a sound Préséance event file that this version can open, and returns
 * its format version. Throws the AppError a user should see otherwise; the file is untouched.
 */
export function checkBeforeOpen(path: string, migrations: readonly Migration[]): number {
  const checked = checkedCopy(path, migrations);
  checked.dispose();
  return checked.version;
}

/** The copy the checks ran on, in a private temporary folder, and its format version. */
export type CheckedCopy = { version: number; copy: string; dispose(): void };

/**
 * The checks of checkBeforeOpen, handing over the checked copy instead of deleting it: a
 * read-only file is shown from it (the original is never written, and nothing is created
 * beside it). The caller removes it with dispose().
 */
export function checkedCopy(given: string, migrations: readonly Migration[]): CheckedCopy {
  // The sidecars SQLite would replay are beside the link's target, not beside the link.
  const path = realPath(given);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('file-not-found', { path });
    throw fsError(error, path);
  }
  if (!stat.isFile()) throw new AppError('not-sqlite', { path });
  const header = readHeader(path);
  if (!header) throw new AppError('not-sqlite', { path });
  checkIdentity(path, header, migrations.length);
  // SQLite writes whole pages only. A file cut short by a copy or a full disk can still pass
  // integrity_check when the bytes lost were zeros (the end of an empty table's page): refuse it.
  if (header.pageSize < 512 || stat.size % header.pageSize !== 0) {
    throw new AppError('corrupt', { path, detail: `the file is cut short (${stat.size} bytes is not a whole number of ${header.pageSize}-byte pages)` });
  }

  try {
    return checkFreshCopy(path, migrations);
  } catch (error) {
    // A copy taken while another program writes the file can be torn (main file and -wal from
    // different moments). Before telling a user their file is damaged, look once more.
    if (!(error instanceof AppError) || error.code !== 'corrupt') throw error;
    return checkFreshCopy(path, migrations);
  }
}

const CHECK_PREFIX = 'preseance-check-';
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;
let swept = false;

/**
 * Removes the check folders a crash left behind (a copy of a whole event file each): only our
 * own — named by our prefix, folders, owned by this user — and only those untouched for a day,
 * so a check running now in another window or program is never pulled from under it. Never
 * throws: a folder that cannot be removed is left for the next start.
 */
export function sweepStaleCheckFolders(dir = os.tmpdir(), now = Date.now()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((name) => name.startsWith(CHECK_PREFIX));
  } catch {
    return removed;
  }
  const uid = process.getuid?.();
  for (const name of names) {
    const folder = nodePath.join(dir, name);
    try {
      const stat = fs.lstatSync(folder);
      if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid) || now - stat.mtimeMs < STALE_AFTER_MS) continue;
      fs.rmSync(folder, { recursive: true, force: true });
      removed.push(folder);
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
  return removed;
}

function checkFreshCopy(path: string, migrations: readonly Migration[]): CheckedCopy {
  // Once per run, at the first open (the app opens a file as it starts).
  if (!swept) {
    swept = true;
    sweepStaleCheckFolders();
  }
  const folder = fs.mkdtempSync(nodePath.join(os.tmpdir(), CHECK_PREFIX));
  const dispose = () => fs.rmSync(folder, { recursive: true, force: true });
  try {
    const copy = nodePath.join(folder, 'check.preseance');
    // A -wal left by a crash holds committed edits (and maybe a newer header): check with it.
    // A hot -journal holds the undo of an interrupted write: SQLite will roll it back, so must we.
    for (const suffix of ['', '-wal', '-journal']) {
      if (suffix && !fs.existsSync(path + suffix)) continue;
      fs.copyFileSync(path + suffix, copy + suffix);
      // The copy keeps the original's mode: make it writable, so SQLite checks it the way it
      // will open the original (read-write, replaying the -wal), not in a read-only fallback.
      fs.chmodSync(copy + suffix, 0o600);
    }
    return { version: checkCopy(copy, path, migrations), copy, dispose };
  } catch (error) {
    dispose();
    throw fsError(error, path);
  }
}

function checkCopy(copy: string, path: string, migrations: readonly Migration[]): number {
  let db: Db | undefined;
  try {
    db = new Database(copy, { fileMustExist: true });
    db.pragma('trusted_schema = OFF');
    // The header again, through SQLite: a -wal may carry a newer one than the main file.
    const version = userVersion(db);
    checkIdentity(path, { applicationId: applicationId(db), userVersion: version }, migrations.length);
    // Schema before integrity: integrity_check evaluates CHECK constraints and index
    // expressions, so only run it on a schema known to be ours.
    checkSchema(db, path, version, migrations);
    checkIntegrity(db, path);
    return version;
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = sqliteCode(error) ?? '';
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
      throw new AppError('corrupt', { path, detail: (error as Error).message });
    }
    throw new AppError('internal', { path, detail: error instanceof Error ? error.message : String(error) });
  } finally {
    db?.close();
  }
}
