import fs from 'node:fs';
import nodePath from 'node:path';
import { randomId } from '../../shared/ids';

// Small file-system steps that make writes durable and atomic: write beside, fsync, rename.

/** The files SQLite may keep beside a database, which belong to it and travel with it. */
export const SIDECARS = ['-wal', '-shm', '-journal'] as const;

export function exists(path: string): boolean {
  return fs.existsSync(path);
}

/** A fresh name beside `path`, in the same folder so that a rename into place is atomic. */
export function tempPathBeside(path: string): string {
  return `${path}.tmp-${randomId().slice(0, 8)}`;
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
