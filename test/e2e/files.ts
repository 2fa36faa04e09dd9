import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { EventFile } from '../../electron/store/eventFile';
import type { EventDocument } from '../../shared/model/collections';

/**
 * Runs `script` (CommonJS, `args` in process.argv.slice(1)) in another Node process, and returns
 * its stdout. For touching the app's event file with `fs` while the app holds it: in the
 * chromium runtime the app's services live in this very process, and closing any descriptor a
 * process has on a file drops every POSIX lock that process holds on it, SQLite's exclusive
 * lock included. Reading the file here would silently let another program write it.
 */
function inAnotherProcess(script: string, ...args: string[]): string {
  const run = spawnSync(process.execPath, ['-e', script, ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`reading the event file failed: ${run.stderr}`);
  return run.stdout;
}

/** Copies an event file and its -wal (if any) from another process: the app keeps its lock. */
function copyWithWal(from: string, to: string): void {
  inAnotherProcess(
    "const fs = require('node:fs'); const [from, to] = process.argv.slice(1);" +
      "fs.copyFileSync(from, to); if (fs.existsSync(from + '-wal')) fs.copyFileSync(from + '-wal', to + '-wal');",
    from,
    to,
  );
}

/** A hash of an event file and its -wal, taken from another process (see inAnotherProcess). */
export function shaOnDisk(path: string): string {
  return inAnotherProcess(
    "const fs = require('node:fs'); const hash = require('node:crypto').createHash('sha256'); const [path] = process.argv.slice(1);" +
      "hash.update(fs.readFileSync(path)); if (fs.existsSync(path + '-wal')) hash.update(fs.readFileSync(path + '-wal'));" +
      'process.stdout.write(hash.digest("hex"));',
    path,
  );
}

/**
 * The document as it is on disk now, while the app still holds the file (it is locked
 * exclusively, so it cannot be opened a second time): the file and its write-ahead log are
 * copied, from another process, and the copy is opened. Every committed edit is in one or the other.
 */
export function documentOnDisk(path: string): EventDocument {
  const dir = mkdtempSync(join(tmpdir(), 'preseance-e2e-peek-'));
  try {
    const copy = join(dir, basename(path));
    copyWithWal(path, copy);
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
