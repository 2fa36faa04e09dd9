import type { Language } from '../model/primitives';
import { pickLang } from './index';

/** The language tag used for numbers, dates and collation. */
export const localeOf = (lang: Language): string => pickLang(lang, { vi: 'vi-VN', en: 'en-GB' });

/**
 * A number as an officer types it in a field and reads it in a sentence: every digit, no grouping,
 * the language's decimal mark (1.25 in English, 1,25 in Vietnamese).
 */
export const decimalText = (value: number, lang: Language): string => pickLang(lang, { vi: String(value).replace('.', ','), en: String(value) });

const formats = new Map<string, Intl.NumberFormat>();

/**
 * The one number formatter: a number as the language writes it ("1,250.5" in English,
 * "1.250,5" in Vietnamese), with at most `maxFractionDigits` decimals (a trailing ",0" dropped).
 * The window's translator and main's messages (a file's size) both use it.
 */
export function formatNumber(value: number, lang: Language, maxFractionDigits = 0): string {
  const key = `${lang}:${maxFractionDigits}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: maxFractionDigits })));
  return format.format(value);
}
