import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import { EXTENSION, type AppServices } from './index';

/**
 * What the app opens when it starts: the file it was given, or else its own copy of the bundled
 * sample event (created on first start, then kept, so edits to it survive a restart). Returns
 * the error to show when that fails; the app still starts, on its welcome screen.
 */
export function openAtStartup(
  services: AppServices,
  options: { file: string | null; userDataDir: string; sample: boolean },
): AppError | null {
  try {
    if (options.file) {
      services['event:open']({ path: options.file });
    } else if (options.sample) {
      const dir = join(options.userDataDir, 'samples');
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `hanoi-2025${EXTENSION}`);
      if (existsSync(path)) services['event:open']({ path });
      else {
        services.chosenByUser(path); // the app's own copy of the sample, in its data folder
        services['event:create']({ path, sample: true });
      }
    }
    return null;
  } catch (err) {
    if (err instanceof AppError) return err;
    return new AppError('internal', { detail: err instanceof Error ? err.message : String(err) });
  }
}
