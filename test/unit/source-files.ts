import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's root (this file is test/unit/source-files.ts). */
export const repoRoot = join(import.meta.dirname, '../..');

/** Every TypeScript source of the app, the CLI and main: shared/, renderer/src/, electron/. */
export function sourceFiles(): { path: string; relative: string }[] {
  return ['shared', 'renderer/src', 'electron'].flatMap((dir) =>
    (readdirSync(join(repoRoot, dir), { recursive: true }) as string[])
      .filter((f) => /\.(ts|tsx)$/.test(f))
      .map((f) => ({ path: join(repoRoot, dir, f), relative: join(dir, f) })),
  );
}
