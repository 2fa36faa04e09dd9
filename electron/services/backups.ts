import fs from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import { AppError } from '../../shared/errors';
import { defineMessages, translate, type Language } from '../../shared/i18n/index';
import type { BackupEntry, BackupKind } from '../../shared/ipc/contract';
import type { EventDocument } from '../../shared/model/collections';
import { BACKUP_FOLDER, EVENT_FILE_EXTENSION } from '../store/constants';
import { EventFile } from '../store/eventFile';
import { fileTimestamp } from '../store/files';

// Automatic backups of the open event file, and the list and reading of its backups for
// File › Restore from backup. Every backup lives in `<folder of the file>/backups/` (beside the
// before-migration ones, see electron/store/README.md), named `<name>.<kind>-<UTC timestamp>.preseance`:
//   auto-<ts>            rotating snapshots taken while editing (the newest K kept)
//   before-v<N>-<ts>     taken by the store before upgrading the file to format N (never deleted here)
//   before-restore-<ts>  the state just before a restore (never deleted here)

export type BackupSettings = {
  /** Minutes of editing between two automatic snapshots; 0: after every edit. */
  intervalMinutes: number;
  /** How many automatic snapshots are kept (older automatic ones are deleted). */
  keep: number;
};
export const BACKUP_DEFAULTS: BackupSettings = { intervalMinutes: 5, keep: 12 };

/** After a failed snapshot, the next try waits this long (a full disk is not freed in seconds). */
export const RETRY_MS = 60_000;

export const backupMessages = defineMessages(
  {
    failed:
      'The automatic backup of “{name}” could not be written: {reason}. Your edits are saved in the event file itself; the backup will be tried again in {minutes} min.',
    diskFull: 'the disk is full',
    notWritable: 'the backups folder cannot be written',
  },
  {
    failed:
      'Không ghi được bản sao lưu tự động của “{name}”: {reason}. Các thay đổi của bạn vẫn được lưu trong tệp sự kiện; bản sao lưu sẽ được thử lại sau {minutes} phút.',
    diskFull: 'ổ đĩa đã đầy',
    notWritable: 'không ghi được vào thư mục sao lưu',
  },
);

const TIMESTAMP = String.raw`(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-\d+)?`;

/** `hanoi` for `/events/hanoi.preseance`. */
function stem(eventPath: string): string {
  const base = nodePath.basename(eventPath);
  return base.toLowerCase().endsWith(EVENT_FILE_EXTENSION) ? base.slice(0, -EVENT_FILE_EXTENSION.length) : base;
}

export function backupFolderOf(eventPath: string): string {
  return nodePath.join(nodePath.dirname(eventPath), BACKUP_FOLDER);
}

/** Where a new backup of `eventPath` of this kind goes; a name already taken gets `-2`, `-3`... */
export function newBackupPath(eventPath: string, kind: 'auto' | 'before-restore', date: Date): string {
  const base = nodePath.join(backupFolderOf(eventPath), `${stem(eventPath)}.${kind}-${fileTimestamp(date)}`);
  let path = `${base}${EVENT_FILE_EXTENSION}`;
  for (let n = 2; fs.existsSync(path); n++) path = `${base}-${n}${EVENT_FILE_EXTENSION}`;
  return path;
}

/** A backup of the open file of this kind, written now with the online backup API (edits go on meanwhile); returns its path. */
export async function writeBackup(file: EventFile, kind: 'auto' | 'before-restore', date: Date): Promise<string> {
  const target = newBackupPath(file.path, kind, date);
  fs.mkdirSync(nodePath.dirname(target), { recursive: true });
  await file.backupTo(target);
  return target;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The kind and time of a backup of `eventPath` from its file name; null for any other file. */
export function parseBackupName(eventPath: string, fileName: string): { kind: BackupKind; takenAt: string } | null {
  const match = new RegExp(`^${escapeRegExp(stem(eventPath))}\\.(auto|before-restore|before-v\\d+)-${TIMESTAMP}\\.preseance$`).exec(fileName);
  if (!match) return null;
  const kind: BackupKind = match[1] === 'auto' ? 'automatic' : match[1] === 'before-restore' ? 'before-restore' : 'before-upgrade';
  const [, date, hh, mm, ss, ms] = /^(.*)T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z$/.exec(match[2]!)!;
  return { kind, takenAt: `${date}T${hh}:${mm}:${ss}.${ms}Z` };
}

/** This file's backups in its backups folder, newest first (by the time in their names). */
function backupFiles(eventPath: string): BackupFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(backupFolderOf(eventPath));
  } catch {
    return []; // no backups folder yet
  }
  return names
    .flatMap((fileName) => {
      const parsed = parseBackupName(eventPath, fileName);
      return parsed ? [{ fileName, ...parsed }] : [];
    })
    .sort((a, b) => (a.takenAt === b.takenAt ? b.fileName.localeCompare(a.fileName) : a.takenAt < b.takenAt ? 1 : -1));
}

/**
 * Deletes the automatic snapshots of `eventPath` beyond the newest `keep`; no other file, and
 * never `justWritten` (were the computer's clock set back, it would sort as the oldest).
 */
export function pruneAutomatic(eventPath: string, keep: number, justWritten: string): void {
  const automatic = backupFiles(eventPath).filter((b) => b.kind === 'automatic' && b.fileName !== nodePath.basename(justWritten));
  for (const old of automatic.slice(Math.max(0, keep - 1))) {
    try {
      fs.rmSync(nodePath.join(backupFolderOf(eventPath), old.fileName), { force: true });
    } catch {
      // Held open by another program (a virus scanner, an open copy): a later rotation deletes it.
      // Never an error: the snapshot just written is there.
    }
  }
}

/**
 * Reads a backup the way a file is opened (every check of EventFile.open, an older format
 * upgraded), but on a copy in a temporary folder: the backup itself is never written, locked
 * or migrated. Errors name the backup, not the copy.
 */
export function readBackup(backupPath: string): EventDocument {
  return withBackup(backupPath, (file) => file.loadDocument());
}

/** `read` on a checked copy of the backup (see readBackup). */
function withBackup<T>(backupPath: string, read: (file: EventFile) => T): T {
  const folder = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'preseance-backup-'));
  try {
    const copy = nodePath.join(folder, `backup${EVENT_FILE_EXTENSION}`);
    fs.copyFileSync(backupPath, copy);
    if (fs.existsSync(`${backupPath}-wal`)) fs.copyFileSync(`${backupPath}-wal`, `${copy}-wal`);
    fs.chmodSync(copy, 0o600);
    const file = EventFile.open(copy);
    try {
      return read(file);
    } finally {
      file.close();
    }
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.code, { ...error.params, path: backupPath }, error.details);
    throw new AppError('corrupt', { path: backupPath, detail: error instanceof Error ? error.message : String(error) });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * The backups of the open file, newest first, each read safely: what it holds, or why it cannot
 * be restored. Each check takes tens of milliseconds on a large event: main yields between two,
 * so the window stays responsive while a dozen are read.
 */
export async function listBackups(eventPath: string, lang: Language): Promise<BackupEntry[]> {
  const entries: BackupEntry[] = [];
  for (const backup of backupFiles(eventPath)) {
    entries.push(describeBackup(eventPath, backup, lang));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return entries;
}

type BackupFile = { fileName: string; kind: BackupKind; takenAt: string };

function describeBackup(eventPath: string, { fileName, kind, takenAt }: BackupFile, lang: Language): BackupEntry {
  const path = nodePath.join(backupFolderOf(eventPath), fileName);
  let bytes = 0;
  try {
    bytes = fs.statSync(path).size;
    // Counted by SQL after every file check; each row's own validation runs when it is restored.
    const counts = withBackup(path, (file) => file.counts());
    const holds = { delegations: counts.delegations, people: counts.people, seatsPlaced: counts.assignments };
    return { id: fileName, kind, takenAt, bytes, holds, problem: null };
  } catch (error) {
    const appError = error instanceof AppError ? error : new AppError('corrupt', { path, detail: String(error) });
    return { id: fileName, kind, takenAt, bytes, holds: null, problem: { code: appError.code, message: appError.messageIn(lang) } };
  }
}

/**
 * The path of the backup `id` (a file name from listBackups) of the open file. Anything else —
 * a path, another file's backup, a name not in the folder — is refused: the renderer never
 * names a file of its own.
 */
export function resolveBackup(eventPath: string, id: string): string {
  const known = backupFiles(eventPath).some((b) => b.fileName === id);
  const path = nodePath.join(backupFolderOf(eventPath), id);
  if (!known || nodePath.basename(id) !== id || nodePath.dirname(path) !== backupFolderOf(eventPath)) {
    throw new AppError('backup-not-found', { name: id.slice(0, 200) });
  }
  const stat = fs.lstatSync(path, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw new AppError('backup-not-found', { name: id });
  return path;
}

export type AutoBackupDeps = {
  /** The clock, in ms since the epoch (injectable: tests do not wait). */
  now: () => number;
  settings: () => BackupSettings;
  lang: () => Language;
  /** Tells the user (a notice in the UI language); once per failure streak. */
  notify?: (message: string) => void;
};

type Tracked = {
  file: EventFile;
  lastSnapshotAt: number;
  /** Edits written since the last snapshot that holds them. */
  edits: number;
  running: boolean;
  retryAt: number;
  failing: boolean;
  released: boolean;
};

/**
 * The rotating automatic snapshots of the open file. While it is being edited, the first edit
 * N minutes (or more) after the last snapshot (or the opening) starts one, with the online
 * backup API in the background: an edit never waits for it and never fails because of it.
 * Closing the file takes a last one if it was edited since. After each snapshot only the newest
 * K automatic ones are kept. A failure is told once per streak and tried again later.
 */
export class AutoBackups {
  #current: Tracked | null = null;
  /** The snapshot in flight, for tests and for a clean shutdown. */
  pending: Promise<void> = Promise.resolve();

  constructor(private readonly deps: AutoBackupDeps) {}

  /** A file was opened (or created): its clock starts now. */
  track(file: EventFile): void {
    this.#current = { file, lastSnapshotAt: this.deps.now(), edits: 0, running: false, retryAt: 0, failing: false, released: false };
  }

  /** An edit was written to `file`. */
  edited(file: EventFile): void {
    const t = this.#current;
    if (!t || t.file !== file) return;
    t.edits++;
    const now = this.deps.now();
    // A clock set back (by the user, or a time zone fix) makes "since" negative: take it as due,
    // rather than wait for the clock to catch up with the old time.
    const since = now - t.lastSnapshotAt;
    const waitingToRetry = now < t.retryAt && t.retryAt - now <= RETRY_MS;
    if (t.running || (since >= 0 && since < this.#intervalMs()) || waitingToRetry) return;
    this.pending = this.#snapshot(t, now);
  }

  /** `file` is about to close: a last snapshot if it was edited since the last one. Synchronous (quitting). */
  release(file: EventFile): void {
    const t = this.#current;
    if (!t || t.file !== file) return;
    this.#current = null;
    t.released = true;
    if (t.edits === 0) return;
    try {
      const written = file.snapshotTo(newBackupPath(file.path, 'auto', new Date(this.deps.now())));
      pruneAutomatic(file.path, this.deps.settings().keep, written);
    } catch (error) {
      // The file closes anyway and every edit is in it; only this extra copy is missing.
      if (!t.failing) this.#tell(file, error);
    }
  }

  async #snapshot(t: Tracked, startedAt: number): Promise<void> {
    t.running = true;
    const editsAtStart = t.edits;
    try {
      const written = await writeBackup(t.file, 'auto', new Date(startedAt));
      // Edits written while the backup ran may or may not be in it: counted as not.
      t.edits -= editsAtStart;
      t.lastSnapshotAt = startedAt;
      t.failing = false;
      pruneAutomatic(t.file.path, this.deps.settings().keep, written);
    } catch (error) {
      if (t.released) return; // the file closed under it; release() took the last snapshot
      t.retryAt = this.deps.now() + RETRY_MS;
      if (!t.failing) this.#tell(t.file, error);
      t.failing = true;
    } finally {
      t.running = false;
    }
  }

  #intervalMs(): number {
    return this.deps.settings().intervalMinutes * 60_000;
  }

  #tell(file: EventFile, error: unknown): void {
    const lang = this.deps.lang();
    const params = { name: nodePath.basename(file.path), reason: failureReason(error, lang), minutes: RETRY_MS / 60_000 };
    try {
      this.deps.notify?.(translate(backupMessages, lang, 'failed', params));
    } catch {
      // No window left to tell (the app is closing): a notice must never turn into a crash of main.
    }
  }
}

/** Why a backup could not be written, in a few words of the user's language ("the disk is full"). */
export function failureReason(error: unknown, lang: Language): string {
  const code = error instanceof AppError ? error.code : (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'disk-full' || code === 'ENOSPC') return translate(backupMessages, lang, 'diskFull');
  if (['read-only', 'write-failed', 'EACCES', 'EPERM', 'EROFS', 'EEXIST', 'ENOTDIR'].includes(code ?? '')) {
    return translate(backupMessages, lang, 'notWritable');
  }
  return error instanceof AppError ? error.messageIn(lang) : String(error);
}
