import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import nodePath from 'node:path';
import { EVENT_FILE_EXTENSION } from './constants';

// Small file-system steps that make writes durable and atomic: write beside, fsync, rename.
// A temporary file is always created exclusively (O_CREAT | O_EXCL) under an
// unguessable name: a file or a symbolic link planted at that name makes the write fail
// instead of being followed, so nobody can bend a write onto another file.

/** The files SQLite may keep beside a database, which belong to it and travel with it. */
export const SIDECARS = ['-wal', '-shm', '-journal'] as const;

/**
 * The file a path names once every symbolic link is followed. SQLite follows links and keeps
 * its -wal and -journal beside the target, so every check and every open must look there
 * too; a path that does not resolve (missing, a dangling link) is returned as given, for the
 * caller's own "not found".
 */
export function realPath(path: string): string {
  try {
    return fs.realpathSync(path);
  } catch {
    return path;
  }
}

export function exists(path: string): boolean {
  return fs.existsSync(path);
}

/**
 * Creates an empty temporary file beside `path` (same folder, so a rename into place is
 * atomic), exclusively, and returns its name. SQLite accepts an empty file as a new database
 * (VACUUM INTO and the backup API write into it), so every temporary file is made here.
 */
const EXCLUSIVE = fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY;

export function reserveTempBeside(path: string): string {
  const temp = `${path}.tmp-${randomBytes(12).toString('hex')}`;
  fs.closeSync(fs.openSync(temp, EXCLUSIVE, 0o644));
  return temp;
}

/**
 * Writes `content` to `target` so that it appears complete or not at all: an exclusive
 * temporary file beside it, fsync, rename, fsync of the folder. A rename replaces a link at
 * `target` itself, never the file it points to. On failure the temporary file is removed and
 * the error thrown as it came.
 */
export function writeFileAtomic(target: string, content: string | Uint8Array): void {
  const temp = `${target}.tmp-${randomBytes(12).toString('hex')}`;
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, EXCLUSIVE, 0o666);
    fs.writeFileSync(fd, content);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw error;
  }
  fsyncFolder(target);
}

/** Forces a file's content to the disk before it is renamed into place. */
export function fsyncFile(path: string): void {
  const fd = fs.openSync(path, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename durable. Windows cannot open folders for fsync; it needs no such step. */
export function fsyncFolder(path: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(nodePath.dirname(path), 'r');
    fs.fsyncSync(fd);
  } catch {
    // EISDIR/EPERM on Windows: NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Removes a file and any SQLite sidecars it left; for temporary files only. */
export function removeWithSidecars(path: string): void {
  for (const file of [path, ...SIDECARS.map((s) => path + s)]) fs.rmSync(file, { force: true });
}

/**
 * Moves `from` to `to` only if `to` does not exist, atomically where the file system allows:
 * a hard link fails if the target exists (no window for another program to slip a file in).
 * File systems without hard links (FAT, exFAT, some network shares) fall back to check-then-rename.
 * Returns false if `to` exists.
 */
export function moveNoClobber(from: string, to: string): boolean {
  try {
    fs.linkSync(from, to);
    fs.unlinkSync(from);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK', 'EACCES'].includes(code ?? '')) throw error;
  }
  if (fs.existsSync(to)) return false;
  fs.renameSync(from, to);
  return true;
}

/** `2025-10-25T09-30-00-123Z`: sortable, unique to the millisecond, valid in Windows file names. */
export function fileTimestamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** Whether a path names an event file (`.preseance`, any case). */
export const hasEventExtension = (path: string): boolean => path.toLowerCase().endsWith(EVENT_FILE_EXTENSION);
