import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's root (this file is test/unit/source-files.ts). */
export const repoRoot = join(import.meta.dirname, '../..');

/** The app's, the CLI's and main's TypeScript: shared/, renderer/src/, electron/. */
export const APP_SOURCES = ['shared', 'renderer/src', 'electron'];

/** Every file below the folders whose name matches `pattern` (TypeScript by default), by path and relative to the root. */
export function sourceFiles(dirs: readonly string[] = APP_SOURCES, pattern = /\.(ts|tsx)$/): { path: string; relative: string }[] {
  return dirs.flatMap((dir) =>
    (readdirSync(join(repoRoot, dir), { recursive: true }) as string[])
      .filter((f) => pattern.test(f))
      .map((f) => ({ path: join(repoRoot, dir, f), relative: join(dir, f) })),
  );
}
