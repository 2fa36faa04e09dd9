import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import nodePath from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

/**
 * Bundles test/store/child/main.ts (TypeScript importing the real store) into one .mjs that
 * plain `node` can run, in a temporary folder. better-sqlite3 stays outside the bundle (it is
 * native) and is imported from this repository by absolute URL. The folder is readable by every
 * user, so that a test running as root can run the child as an ordinary user.
 */
export async function bundleChild(): Promise<{ script: string; cleanup: () => void }> {
  const outDir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'preseance-child-'));
  const sqlite = pathToFileURL(createRequire(import.meta.url).resolve('better-sqlite3')).href;
  await build({
    configFile: false,
    logLevel: 'silent',
    root: nodePath.resolve(import.meta.dirname, '../../..'),
    build: {
      ssr: nodePath.resolve(import.meta.dirname, 'main.ts'),
      outDir,
      emptyOutDir: false,
      minify: false,
      target: 'node22',
      rolldownOptions: {
        external: ['better-sqlite3'],
        output: { format: 'es', entryFileNames: 'child.mjs', paths: { 'better-sqlite3': sqlite } },
      },
    },
    ssr: { noExternal: true, target: 'node' },
  });
  fs.chmodSync(outDir, 0o755);
  return { script: nodePath.join(outDir, 'child.mjs'), cleanup: () => fs.rmSync(outDir, { recursive: true, force: true }) };
}
