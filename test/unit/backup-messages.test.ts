import { describe, expect, it } from 'vitest';
import { backupsUi } from '../../renderer/src/backups/messages';
import { backupMessages } from '../../electron/services/backups';
import { errorMessages } from '../../shared/i18n/errors';
import { mainMessages } from '../../electron/main/messages';

// Every backup string a user can read, in both languages: written in Vietnamese (not copied from
// English, diacritics and all), with the same {placeholders}.

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();
const SAME_IN_BOTH = new Set(['kb', 'mb']); // units

const groups = {
  dialog: backupsUi,
  notice: backupMessages,
  errors: { en: pick(errorMessages.en), vi: pick(errorMessages.vi) },
  menu: { en: { restoreBackup: mainMessages.en.restoreBackup }, vi: { restoreBackup: mainMessages.vi.restoreBackup } },
};

function pick(messages: Record<string, string>) {
  return Object.fromEntries(Object.entries(messages).filter(([key]) => key.startsWith('backup-')));
}

describe('backup messages', () => {
  for (const [name, group] of Object.entries(groups)) {
    const en = group.en as Record<string, string>;
    const vi = group.vi as Record<string, string>;
    it(`${name}: written in Vietnamese with the same placeholders`, () => {
      expect(Object.keys(en).length).toBeGreaterThan(0);
      expect(Object.keys(en).filter((k) => !SAME_IN_BOTH.has(k) && vi[k] === en[k])).toEqual([]);
      expect(Object.keys(en).filter((k) => placeholders(en[k]!) !== placeholders(vi[k]!))).toEqual([]);
    });
  }

  it('the menu item and the dialog title say the same thing', () => {
    expect(mainMessages.vi.restoreBackup).toBe(`${backupsUi.vi.title}…`);
    expect(mainMessages.vi.restoreBackup).toBe('Khôi phục từ bản sao lưu…');
    expect(mainMessages.en.restoreBackup.toLowerCase()).toBe(`${backupsUi.en.title}…`.toLowerCase());
  });
});
