import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { EventFile } from '../../electron/store/eventFile';
import type { EventDocument } from '../../shared/model/collections';

/**
 * The document as it is on disk now, while the app still holds the file (it is locked
 * exclusively, so it cannot be opened a second time): the file and its write-ahead log are
 * copied, and the copy is opened. Every committed edit is in one or the other.
 */
export function documentOnDisk(path: string): EventDocument {
  const dir = mkdtempSync(join(tmpdir(), 'preseance-e2e-peek-'));
  try {
    const copy = join(dir, basename(path));
    copyFileSync(path, copy);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
    const file = EventFile.open(copy);
    try {
      return file.loadDocument();
    } finally {
      file.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
