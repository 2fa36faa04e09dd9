import fs from 'node:fs';
import nodePath from 'node:path';
import { AppError } from '../../shared/errors';
import type { EventCounts } from '../../shared/ipc/contract';
import { COLLECTION_NAMES, type Changes, type EventDocument } from '../../shared/model/collections';
import { APPLICATION_ID, BUSY_TIMEOUT_MS } from './constants';
import { writeError } from './errors';
import { backupBeforeMigration, vacuumInto } from './migration-backup';
import {
  exists, fsyncFile, fsyncFolder, hasEventExtension, moveNoClobber, realPath, removeWithSidecars, reserveTempBeside, SIDECARS,
} from './files';
import { migrate } from './migrate';
import { MIGRATIONS, type Migration } from './migrations';
import { readCounts, readDocument } from './reader';
import { Outbox } from './outbox';
import { Replica } from './replica';
import { applicationId, configureWritable, Database, sqliteCode, userVersion, type Db } from './sqlite';
import { checkBeforeOpen, checkedCopy, type CheckedCopy } from './validate';
import { Writer } from './writer';

export type OpenOptions = {
  /** The file format's history; tests inject extra synthetic migrations. Defaults to MIGRATIONS. */
  migrations?: readonly Migration[];
  /**
   * Test-only fault injection: the file may grow by at most this many pages (SQLite's
   * `max_page_count`), after which every write that needs room fails with SQLITE_FULL exactly
   * as on a full disk. Edits that fit in the pages the file already has still succeed. The e2e
   * harness passes it (launchApp `diskFull`); the app never does.
   */
  maxGrowthPages?: number;
  /**
   * Whether this process may write `path` (a file, or the folder that must take its -wal).
   * Defaults to asking the file system (access W_OK). Tests running as root, whom the file
   * system never refuses, inject the answer an ordinary user would get.
   */
  writable?: (path: string) => boolean;
};


/** Every row of a document as one change, checking that each row sits under its own id. */
function wholeDocument(document: EventDocument, path: string): Changes {
  const changes: Changes = { upserts: {}, deletes: {} };
  for (const collection of COLLECTION_NAMES) {
    const rows = Object.entries(document[collection] ?? {});
    for (const [id, row] of rows) {
      if ((row as { id?: unknown }).id !== id) {
        throw new AppError('invalid-input', { path, detail: `${collection}: row stored under “${id}” has id “${String(row.id)}”` });
      }
    }
    (changes.upserts as Record<string, unknown[]>)[collection] = rows.map(([, row]) => row);
  }
  return changes;
}

function writable(path: string): boolean {
  try {
    fs.accessSync(path, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether the event file at `path` can be opened for writing. SQLite silently falls back to
 * read-only when it cannot write the file (and WAL needs to create the -wal beside it): ask
 * the file system first, so the user hears why.
 */
function canWrite(path: string, isWritable: (path: string) => boolean = writable): boolean {
  return isWritable(path) && isWritable(nodePath.dirname(path));
}

/** Opens `path` for writing with the event file pragmas, holding its lock from the first moment. */
function connect(path: string): Db {
  let db: Db | undefined;
  try {
    if (!canWrite(path)) throw new AppError('read-only', { path });
    db = new Database(path, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    configureWritable(db);
    // A first read takes the exclusive lock now: a second window learns `locked` on open,
    // not at its first edit.
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return db;
  } catch (error) {
    db?.close();
    throw writeError(error, path);
  }
}

/**
 * The event files this process holds open, by device and inode. The lock on an open file is a
 * POSIX advisory lock, and closing ANY descriptor this process has on that file drops it
 * ("How To Corrupt An SQLite Database File", 2.2). SQLite guards its own connections against
 * this, but open()'s checks read the file with fs first, and that would let another program
 * write a file this process holds. So a file in this set is refused as `locked` before
 * anything reads it (another window of this process, the same file under another name or
 * through a link). Identity comes from stat, which opens nothing.
 */
const heldHere = new Set<string>();

function identity(path: string): string | null {
  try {
    const stat = fs.statSync(path);
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return null;
  }
}

function refuseIfHeldHere(path: string): void {
  const id = identity(path);
  if (id !== null && heldHere.has(id)) throw new AppError('locked', { path });
}

/** Whether another connection (another window, another program) holds the file open. */
function isHeldElsewhere(path: string): boolean {
  if (!exists(path)) return false;
  let probe: Db | undefined;
  try {
    probe = new Database(path, { fileMustExist: true, timeout: 0 });
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.exec('BEGIN IMMEDIATE; ROLLBACK');
    return false;
  } catch (error) {
    const code = sqliteCode(error) ?? '';
    return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
  } finally {
    probe?.close();
  }
}

/**
 * One open event file (`*.preseance`, a SQLite database). The file is locked while open.
 * Every method throws AppError (with the file's path in its params) for anything a user can
 * meet: a refused file, a broken rule, a full disk.
 */
export class EventFile {
  #db: Db | null;
  readonly #writer: Writer;
  #replica: Replica | undefined;
  #outbox: Outbox | undefined;
  readonly #identity: string | null;
  /** A read-only file is shown from its checked copy, which goes when the file is closed. */
  readonly #readOnlyCopy: CheckedCopy | null;

  private constructor(
    readonly path: string,
    db: Db,
    readonly schemaVersion: number,
    readOnlyCopy: CheckedCopy | null = null,
  ) {
    this.#db = db;
    this.#writer = new Writer(db, path);
    this.#readOnlyCopy = readOnlyCopy;
    // Only a writable file is locked (a read-only one is never touched after the checks).
    this.#identity = readOnlyCopy ? null : identity(path);
    if (this.#identity !== null) heldHere.add(this.#identity);
  }

  /** True when the file could not be opened for writing: it can be read, printed, exported and saved as a copy. */
  get readOnly(): boolean {
    return this.#readOnlyCopy !== null;
  }

  /**
   * Writes a new event file holding `document`. The file appears complete or not at all: it
   * is written under a temporary name beside `path`, synced, then moved into place.
   */
  static create(path: string, document: EventDocument): EventFile {
    if (!hasEventExtension(path)) throw new AppError('wrong-extension', { path });
    // Leftover -wal/-journal files of a deleted file would be replayed into the new one.
    for (const file of [path, ...SIDECARS.map((s) => path + s)]) {
      if (exists(file)) throw new AppError('file-exists', { path: file });
    }
    const changes = wholeDocument(document, path);
    let temp: string | undefined;
    try {
      temp = reserveTempBeside(path);
      const db = new Database(temp);
      try {
        configureWritable(db);
        db.pragma(`application_id = ${APPLICATION_ID}`);
        migrate(db, MIGRATIONS);
        new Writer(db, path).apply(changes);
        db.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        db.close();
      }
      fsyncFile(temp);
      if (!moveNoClobber(temp, path)) throw new AppError('file-exists', { path });
      fsyncFolder(path);
    } catch (error) {
      if (temp) removeWithSidecars(temp);
      throw writeError(error, path);
    }
    return new EventFile(path, connect(path), MIGRATIONS.length);
  }

  /**
   * Opens an existing event file. Everything that could make it unsafe to open is checked
   * first without modifying it (see validate.ts); an older file is backed up, then migrated.
   */
  static open(given: string, options: OpenOptions = {}): EventFile {
    // Checked and opened at the link's target, where SQLite keeps the sidecars it replays; a
    // refusal names the path the user gave.
    const path = realPath(given);
    try {
      return EventFile.openAt(path, options);
    } catch (error) {
      if (path === given || !(error instanceof AppError) || error.params.path !== path) throw error;
      throw new AppError(error.code, { ...error.params, path: given }, error.details);
    }
  }

  private static openAt(path: string, options: OpenOptions): EventFile {
    const migrations = options.migrations ?? MIGRATIONS;
    refuseIfHeldHere(path);
    if (!canWrite(path, options.writable)) return EventFile.openReadOnly(path, migrations);
    const checked = checkBeforeOpen(path, migrations);
    const db = connect(path);
    try {
      // Under the lock now: the file must still be the one just checked.
      const version = userVersion(db);
      if (applicationId(db) !== APPLICATION_ID) throw new AppError('not-preseance', { path });
      if (version !== checked) throw new AppError('locked', { path });
      if (version < migrations.length) {
        try {
          backupBeforeMigration(db, path, migrations.length);
        } catch (error) {
          const mapped = writeError(error, path);
          if (mapped.code !== 'write-failed') throw mapped;
          const detail = `the backup taken before upgrading the file could not be written (${error instanceof Error ? error.message : String(error)})`;
          throw new AppError('write-failed', { path, detail });
        }
        try {
          migrate(db, migrations);
        } catch (error) {
          const code = sqliteCode(error) ?? '';
          if (code === 'SQLITE_FULL' || code.startsWith('SQLITE_READONLY')) throw writeError(error, path);
          const detail = `upgrading the file to format ${migrations.length} failed: ${error instanceof Error ? error.message : String(error)}`;
          throw new AppError('write-failed', { path, detail });
        }
      }
      if (options.maxGrowthPages !== undefined) {
        const pages = db.pragma('page_count', { simple: true }) as number;
        db.pragma(`max_page_count = ${pages + Math.max(0, Math.floor(options.maxGrowthPages))}`);
      }
      return new EventFile(path, db, migrations.length);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /**
   * A file this process may not write (or whose folder it may not write) is opened from the
   * copy its checks ran on: the original is only ever read, nothing appears beside it, and an
   * older format is upgraded in the copy only. Not locked: another program may still change
   * the original, and the window shows it as it was when opened.
   */
  private static openReadOnly(path: string, migrations: readonly Migration[]): EventFile {
    const checked = checkedCopy(path, migrations);
    let db: Db | undefined;
    try {
      db = new Database(checked.copy, { fileMustExist: true });
      configureWritable(db);
      if (checked.version < migrations.length) migrate(db, migrations);
      return new EventFile(path, db, migrations.length, checked);
    } catch (error) {
      db?.close();
      checked.dispose();
      if (error instanceof AppError) throw error;
      throw new AppError('internal', { path, detail: error instanceof Error ? error.message : String(error) });
    }
  }

  #open(): Db {
    if (!this.#db) throw new AppError('no-open-file', { path: this.path });
    return this.#db;
  }

  loadDocument(): EventDocument {
    return readDocument(this.#open(), this.path);
  }

  /** Writes one committed edit: all of it in one transaction, or nothing. */
  apply(changes: Changes): void {
    this.#open();
    if (this.readOnly) throw new AppError('read-only', { path: this.path });
    this.#writer.apply(changes);
  }

  /** The file as a team replica (issue 16): the server's versions and the position in its log. */
  get replica(): Replica {
    if (this.readOnly) throw new AppError('read-only', { path: this.path });
    return (this.#replica ??= new Replica(() => this.#open(), this.#writer, this.path));
  }

  /** The team replica's edits waiting for the server, and the refused ones kept as conflicts. */
  get outbox(): Outbox {
    if (this.readOnly) throw new AppError('read-only', { path: this.path });
    return (this.#outbox ??= new Outbox(() => this.#open(), this.#writer, this.path));
  }

  counts(): EventCounts {
    return readCounts(this.#open(), this.path, this.schemaVersion);
  }

  /**
   * A complete copy of the event at `target` (Save As, automatic backups), made with SQLite's
   * online backup API into a temporary file beside it, then renamed into place. Edits applied
   * meanwhile are included. An existing `target` is replaced, unless another window or program
   * has it open.
   */
  async backupTo(target: string): Promise<void> {
    const db = this.#open();
    if (!hasEventExtension(target)) throw new AppError('wrong-extension', { path: target });
    if (nodePath.resolve(target) === nodePath.resolve(this.path)) {
      throw new AppError('invalid-input', { path: target, detail: 'a file cannot be backed up onto itself' });
    }
    if (isHeldElsewhere(target)) throw new AppError('locked', { path: target });
    let temp: string | undefined;
    try {
      temp = reserveTempBeside(target);
      await db.backup(temp);
      fsyncFile(temp);
      // The replaced file's -wal (if any) must go before the new file arrives: SQLite would
      // otherwise replay the old file's pages into the new one.
      for (const suffix of SIDECARS) fs.rmSync(target + suffix, { force: true });
      fs.renameSync(temp, target);
      fsyncFolder(target);
    } catch (error) {
      if (temp) removeWithSidecars(temp);
      throw writeError(error, target);
    }
  }

  /**
   * A complete copy of the event at `target` now, synchronously (VACUUM INTO, as before a
   * migration): for the automatic backup taken as the file closes, when no later turn of the
   * event loop may come (quitting). Never replaces a file; returns the path written.
   */
  snapshotTo(target: string): string {
    const db = this.#open();
    if (!hasEventExtension(target)) throw new AppError('wrong-extension', { path: target });
    try {
      return vacuumInto(db, target);
    } catch (error) {
      throw writeError(error, target);
    }
  }

  /** Closes the file, folding the -wal into it first so that the single file is complete. */
  close(): void {
    const db = this.#db;
    if (!db) return;
    this.#db = null;
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // Nothing is lost: committed edits are in the -wal, which the next open replays.
    }
    db.close();
    if (this.#identity !== null) heldHere.delete(this.#identity);
    this.#readOnlyCopy?.dispose();
  }
}
