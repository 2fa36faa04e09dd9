import type { Language } from '../model/primitives';

export type { Language };
export const LANGUAGES: readonly Language[] = ['vi', 'en'];

/**
 * The value given for the language: a name kept in both languages (`{ vi: d.nameVi, en: d.nameEn }`),
 * a locale, a translator. The one way code chooses data by language; words shown to the officer
 * belong in a message catalogue (defineMessages), never in a choice written inline.
 */
export const pickLang = <V, E>(lang: Language, both: { readonly vi: V; readonly en: E }): V | E => both[lang];

export type Messages<K extends string> = { readonly en: Record<K, string>; readonly vi: Record<K, string> };

/**
 * Declares one group of messages in both languages. The type makes a key missing in either
 * language a compile error, so no visible string can exist in one language only.
 */
export function defineMessages<K extends string>(en: Record<K, string>, vi: Record<NoInfer<K>, string>): Messages<K> {
  return { en, vi };
}

type KeyOf<M> = M extends Messages<infer K> ? K : never;

/**
 * Joins groups declared apart (one per screen) into one catalogue. A key in two groups would
 * make one screen's text silently replace another's, so it is refused when the app loads.
 */
export function combineMessages<G extends readonly Messages<string>[]>(...groups: G): Messages<KeyOf<G[number]>> {
  const en: Record<string, string> = {};
  const vi: Record<string, string> = {};
  for (const group of groups) {
    for (const key of Object.keys(group.en)) {
      if (key in en) throw new Error(`message key "${key}" is declared in two groups`);
      en[key] = group.en[key]!;
      vi[key] = group.vi[key]!;
    }
  }
  return { en, vi } as Messages<KeyOf<G[number]>>;
}

export type Params = Record<string, string | number>;

/**
 * Fills `{name}` placeholders, and `{name|one|other}`: the words for a count of one, or for any
 * other count (English: "{count} {count|error|errors}"; Vietnamese has no plural and needs none),
 * chosen by Intl.PluralRules of the language ("0.1 hours" and "1 hour", as English says them).
 * A count already formatted for display ("1,250" in English, "1.250" in Vietnamese) is read
 * back with that language's separators. A missing parameter stays visible as `{name}` rather
 * than vanishing.
 */
export function format(template: string, params: Params = {}, lang: Language = 'en'): string {
  return template
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, key: string, one: string, other: string) =>
      key in params ? (pluralRules(lang).select(countOf(params[key]!, lang)) === 'one' ? one : other) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

const rules = new Map<Language, Intl.PluralRules>();
const pluralRules = (lang: Language): Intl.PluralRules => {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return r;
};

/** A count as a number: as given, or read back from its display in the language. */
function countOf(value: string | number, lang: Language): number {
  if (typeof value === 'number') return value;
  const [group, decimal] = pickLang(lang, { vi: ['.', ','], en: [',', '.'] });
  const plain = value.replace(/[\s\u00a0\u202f]/g, '').replaceAll(group, '').replace(decimal, '.');
  return Number(plain);
}

export function translate<K extends string>(messages: Messages<K>, lang: Language, key: K, params?: Params): string {
  return format(messages[lang][key], params, lang);
}
