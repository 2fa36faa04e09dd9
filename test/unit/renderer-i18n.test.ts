import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { delegationKindLabels, hallKindLabels, rankLabels, ui } from '../../renderer/src/i18n/messages';
import { translatorFor } from '../../renderer/src/i18n/format';
import { fieldProblem, isKnownTimeZone } from '../../renderer/src/forms/validation';
import { DelegationKind, HallKind, RankClass, type EventInfo } from '../../shared/model/entities';
import { combineMessages, defineMessages, format } from '../../shared/i18n/index';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// Strings that are the same in both languages on purpose: names, codes, formats.
const SAME_IN_BOTH = new Set(['appName', 'languageVi', 'languageEn', 'datePlaceholder', 'dateTimePlaceholder', 'sizeMetres']);

describe('interface messages', () => {
  const groups = { ui, rankLabels, delegationKindLabels, hallKindLabels } as const;
  for (const [name, group] of Object.entries(groups)) {
    it(`${name}: every message is written in Vietnamese, not copied from English`, () => {
      const copied = Object.keys(group.en).filter(
        (k) => !SAME_IN_BOTH.has(k) && (group.vi as Record<string, string>)[k] === (group.en as Record<string, string>)[k],
      );
      expect(copied).toEqual([]);
    });
    it(`${name}: both languages use the same {placeholders}`, () => {
      const mismatched = Object.keys(group.en).filter(
        (k) =>
          placeholders((group.en as Record<string, string>)[k]!).join() !==
          placeholders((group.vi as Record<string, string>)[k]!).join(),
      );
      expect(mismatched).toEqual([]);
    });
  }

  it('every rank class, delegation kind and hall kind has a label', () => {
    for (const lang of ['vi', 'en'] as const) {
      const t = translatorFor(lang);
      for (const r of RankClass.options) expect(t.rank(r)).not.toMatch(/^$|\{/);
      for (const k of DelegationKind.options) expect(t.delegationKind(k)).not.toBe('');
      for (const k of HallKind.options) expect(t.hallKind(k)).not.toBe('');
    }
    expect(translatorFor('vi').rank('head-of-state')).toBe('Nguyên thủ quốc gia');
    expect(translatorFor('vi').rank('head-of-government')).toBe('Người đứng đầu Chính phủ');
    expect(translatorFor('vi').rank('foreign-minister')).toBe('Bộ trưởng Ngoại giao');
  });

  it('writes dates out in full and refuses impossible ones', () => {
    expect(translatorFor('en').longDate('2025-10-25')).toMatch(/^Saturday,? 25 October 2025$/); // ICU versions differ on the comma
    expect(translatorFor('vi').longDate('2025-10-25')).toMatch(/Thứ Bảy.*25.*10.*2025/);
    expect(translatorFor('en').longDate('2025-02-30')).toBeNull();
    expect(translatorFor('en').longDate('25/10/2025')).toBeNull();
  });

  it('formats numbers the way each language writes them', () => {
    expect(translatorFor('vi').number(3560)).toBe('3.560');
    expect(translatorFor('en').number(3560)).toBe('3,560');
  });

  it('writes "1 error" and "2 errors" in English, counts formatted or not; a missing count stays visible', () => {
    const template = '{errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}';
    expect(format(template, { errors: 1, warnings: 0 })).toBe('1 error, 0 warnings');
    expect(format(template, { errors: '1,250', warnings: '1' })).toBe('1,250 errors, 1 warning');
    expect(format('{count} {count|person|people}', {})).toBe('{count} {count|person|people}');
    expect(translatorFor('en').t('membersCount', { count: 1 })).toBe('1 member in the delegation, head included');
  });

  it('chooses the plural by the language\'s plural rules: "0.1 hours", "1 hour", "1.5 hours"; a Vietnamese count read with its separators', () => {
    const hours = '{n} {n|hour|hours}';
    expect(format(hours, { n: 1 })).toBe('1 hour');
    expect(format(hours, { n: '0.1' })).toBe('0.1 hours'); // once read as 01, so "hour"
    expect(format(hours, { n: 1.5 })).toBe('1.5 hours');
    expect(format(hours, { n: '1,001' })).toBe('1,001 hours');
    expect(format('{n} {n|a|b}', { n: '1.000' }, 'vi')).toBe('1.000 b');
    expect(format('{n} {n|a|b}', { n: '0,1' }, 'vi')).toBe('0,1 b');
  });

  it('leaves no English "(s)" in any message of the app, the CLI or main', () => {
    const root = join(import.meta.dirname, '../..');
    const sources = ['shared', 'renderer/src', 'electron'].flatMap((dir) =>
      (readdirSync(join(root, dir), { recursive: true }) as string[]).filter((f) => /\.(ts|tsx)$/.test(f)).map((f) => join(root, dir, f)),
    );
    // The text of every string literal (a template's ${…} parts left out), then a word with "(s)".
    const literals = (line: string) => (line.replace(/\$\{[^}]*\}/g, ' ').match(/'[^']*'|"[^"]*"|`[^`]*`/g) ?? []);
    const found = sources.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^(\/|\*)/.test(line.trim()) && literals(line).some((text) => /(^|[\s'"`])[A-Za-z]{2,}\(s\)/.test(text)))
        .map((line) => `${file.slice(root.length + 1)}: ${line.trim()}`),
    );
    expect(sources.length).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });
});

describe('field validation messages', () => {
  const event: EventInfo = {
    id: '11111111-1111-4111-8111-111111111111', nameEn: 'Hanoi', nameVi: 'Hà Nội', venueEn: '', venueVi: '',
    startsOn: '2025-10-25', endsOn: '2025-10-26', timeZone: 'Asia/Ho_Chi_Minh', hostIso3: 'VNM',
  };
  const vi = translatorFor('vi');
  const en = translatorFor('en');

  it('accepts a valid value', () => {
    expect(fieldProblem('events', { ...event, nameEn: 'Hanoi Convention' }, 'nameEn', en)).toBeNull();
  });

  it('says a blank name cannot be blank, in the UI language', () => {
    expect(fieldProblem('events', { ...event, nameVi: '' }, 'nameVi', vi)).toBe('Không được để trống.');
    expect(fieldProblem('events', { ...event, nameVi: '   ' }, 'nameVi', en)).toBe('This cannot be blank.');
  });

  it('says how long a name may be', () => {
    expect(fieldProblem('events', { ...event, nameEn: 'x'.repeat(201) }, 'nameEn', en)).toBe('At most 200 characters (201 now).');
  });

  it('refuses a malformed or impossible date with the expected format', () => {
    expect(fieldProblem('events', { ...event, startsOn: '25/10/2025' }, 'startsOn', en)).toMatch(/YYYY-MM-DD/);
    expect(fieldProblem('events', { ...event, endsOn: '2025-13-40' }, 'endsOn', vi)).toMatch(/YYYY-MM-DD/);
  });

  it('judges the edited field only, not a problem elsewhere in the row', () => {
    expect(fieldProblem('events', { ...event, nameVi: '', venueEn: 'Hall' }, 'venueEn', en)).toBeNull();
  });

  it('knows real time zones', () => {
    expect(isKnownTimeZone('Asia/Ho_Chi_Minh')).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
    expect(isKnownTimeZone('Asia/Hanoi City')).toBe(false);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('one catalogue joined from the screens’ groups', () => {
  it('refuses a key declared by two screens, so neither text silently replaces the other', () => {
    const a = defineMessages({ save: 'Save' }, { save: 'Lưu' });
    const b = defineMessages({ save: 'Save seats' }, { save: 'Lưu chỗ ngồi' });
    expect(() => combineMessages(a, b)).toThrow('message key "save" is declared in two groups');
  });
  it('keeps every screen’s keys in both languages', () => {
    const joined = combineMessages(
      defineMessages({ a: 'One' }, { a: 'Một' }),
      defineMessages({ b: 'Two' }, { b: 'Hai' }),
    );
    expect(joined).toEqual({ en: { a: 'One', b: 'Two' }, vi: { a: 'Một', b: 'Hai' } });
  });
});
