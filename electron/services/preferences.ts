import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { Language } from '../../shared/model/primitives';
import { BACKUP_DEFAULTS, type BackupSettings } from './backups';
import { writeFileAtomic } from '../store/files';

const MAX_RECENT = 10;
const Stored = z.object({
  language: Language.optional(),
  recent: z.array(z.string()).max(100).optional(),
  // Automatic backups (electron/services/backups.ts): minutes of editing between snapshots, how many kept.
  backups: z
    .strictObject({ intervalMinutes: z.number().min(0).max(24 * 60).optional(), keep: z.number().int().min(1).max(1000).optional() })
    .optional(),
});

/** App-level preferences (UI language, recent files): never part of an event file. */
export type Preferences = {
  language(): Language;
  setLanguage(language: Language): void;
  recent(): { path: string; name: string }[];
  addRecent(path: string): void;
  backups(): BackupSettings;
};

/**
 * Preferences kept as JSON in the app's data folder, written atomically (temp file, then
 * rename). A missing or unreadable file means defaults: preferences are never worth a crash.
 */
export function filePreferences(dir: string, defaultLanguage: Language): Preferences {
  const file = join(dir, 'preferences.json');
  let state: z.infer<typeof Stored> = {};
  try {
    const parsed = Stored.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) state = parsed.data;
  } catch {
    // first start, or a damaged file: start from defaults
  }
  const save = () => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileAtomic(file, JSON.stringify(state, null, 2));
  };
  return memoryPreferencesOver(state, defaultLanguage, save);
}

/** Preferences that live only as long as the process (CLI, tests). */
export function memoryPreferences(defaultLanguage: Language, initial: z.infer<typeof Stored> = {}): Preferences {
  return memoryPreferencesOver({ ...initial }, defaultLanguage, () => {});
}

function memoryPreferencesOver(state: z.infer<typeof Stored>, defaultLanguage: Language, save: () => void): Preferences {
  return {
    language: () => state.language ?? defaultLanguage,
    setLanguage(language) {
      state.language = language;
      save();
    },
    recent: () => (state.recent ?? []).filter((p) => existsSync(p)).map((path) => ({ path, name: basename(path) })),
    addRecent(path) {
      state.recent = [path, ...(state.recent ?? []).filter((p) => p !== path)].slice(0, MAX_RECENT);
      save();
    },
    backups: () => ({ ...BACKUP_DEFAULTS, ...state.backups }),
  };
}
