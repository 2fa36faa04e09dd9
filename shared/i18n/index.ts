import type { Language } from '../model/primitives';

export type { Language };
export const LANGUAGES: readonly Language[] = ['vi', 'en'];

export type Messages<K extends string> = { readonly en: Record<K, string>; readonly vi: Record<K, string> };

/**
 * Declares one group of messages in both languages. The type makes a key missing in either
 * language a compile error, so no visible string can exist in one language only.
 */
export function defineMessages<K extends string>(en: Record<K, string>, vi: Record<NoInfer<K>, string>): Messages<K> {
  return { en, vi };
}

export type Params = Record<string, string | number>;

/**
 * Fills `{name}` placeholders, and `{name|one|other}`: the words for a count of one, or for any
 * other count (English: "{count} {count|error|errors}"; Vietnamese has no plural and needs none).
 * A count already formatted for display ("1,250") is read back as a number to choose. A missing
 * parameter stays visible as `{name}` rather than vanishing.
 */
export function format(template: string, params: Params = {}): string {
  return template
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, key: string, one: string, other: string) =>
      key in params ? (Number(String(params[key]).replace(/[\s,.\u00a0]/g, '')) === 1 ? one : other) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

export function translate<K extends string>(messages: Messages<K>, lang: Language, key: K, params?: Params): string {
  return format(messages[lang][key], params);
}
