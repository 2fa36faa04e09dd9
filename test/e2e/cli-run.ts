import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Runs the BUILT command line (out/main/cli.js) as a user would, in English. */
export function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'out/main/cli.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8', PRESEANCE_LANG: '' },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** A file's bytes as a hash: what "left untouched" is checked with. */
export const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
