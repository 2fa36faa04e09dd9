import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pickLang } from '../../shared/i18n/index';
import { sourceFiles } from './source-files';

/**
 * Words the officer reads live in the compile-checked catalogues (defineMessages); data kept in
 * both languages (a name, a title, a locale) is chosen with pickLang. A choice written inline,
 * `lang === 'vi' ? … : …`, is neither: nothing checks that both sides exist or say the same thing.
 * No file needs an exception, the catalogues and pickLang included.
 */
const INLINE_CHOICE = [
  /[!=]==?\s*['"`](vi|en)['"`]/, // lang === 'vi', language !== 'en'
  /['"`](vi|en)['"`]\s*[!=]==?/, // 'vi' === lang
  /\bcase\s+['"`](vi|en)['"`]\s*:/, // switch (lang) { case 'vi': … }
];

const inlineChoices = (text: string): number[] =>
  text.split('\n').flatMap((line, i) => (INLINE_CHOICE.some((re) => re.test(line)) ? [i + 1] : []));

describe('choices by language', () => {
  it('the check sees the inline forms it forbids, and not pickLang', () => {
    expect(inlineChoices("const n = lang === 'vi' ? d.nameVi : d.nameEn;")).toEqual([1]);
    expect(inlineChoices("x;\nif (i18n.lang !== 'en') return;")).toEqual([2]);
    expect(inlineChoices("  case 'vi':")).toEqual([1]);
    expect(inlineChoices("const n = pickLang(lang, { vi: d.nameVi, en: d.nameEn });")).toEqual([]);
  });

  it('pickLang gives the value of the language', () => {
    expect(pickLang('vi', { vi: 'Hà Nội', en: 'Hanoi' })).toBe('Hà Nội');
    expect(pickLang('en', { vi: 'Hà Nội', en: 'Hanoi' })).toBe('Hanoi');
  });

  it('no source file of the app, the CLI or main writes a choice by language inline', () => {
    const files = sourceFiles();
    const found = files.flatMap(({ path, relative }) => inlineChoices(readFileSync(path, 'utf8')).map((line) => `${relative}:${line}`));
    expect(files.length).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });
});
