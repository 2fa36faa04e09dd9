import { resolve } from 'node:path';
import { AppError } from '../../shared/errors';

/**
 * The paths main may write to on the renderer's word: only those a native save dialog has
 * just returned, each for one write. A renderer that names any other path (a compromised page,
 * a bug) is refused before anything is written: it cannot aim an export, a PDF or a Save As at
 * the event file, a system file or another folder. The CLI names its paths itself (a terminal
 * user typed them), and says so with `chosenByUser`.
 */
export class ChosenPaths {
  readonly #paths = new Set<string>();

  /** A path the user chose (a dialog's answer, or typed on the command line); null passes through. */
  chosenByUser<T extends string | null>(path: T): T {
    if (path !== null) this.#paths.add(resolve(path));
    return path;
  }

  /** The resolved path, if the user chose it for this write (the choice is used up); refused otherwise. */
  take(path: string): string {
    const target = resolve(path);
    if (!this.#paths.delete(target)) throw new AppError('path-not-chosen', { path: target });
    return target;
  }
}
