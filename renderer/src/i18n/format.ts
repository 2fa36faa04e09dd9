import { translate, type Language, type Params } from '../../../shared/i18n/index';
import { formatNumber, localeOf } from '../../../shared/i18n/number';
import type { DelegationKind, RankClass } from '../../../shared/model/entities';
import type { z } from 'zod';
import type { HallKind } from '../../../shared/model/entities';
import { delegationKindLabels, hallKindLabels, rankLabels, ui, type UiKey } from './messages';

// Every enum of the model has a label in both languages: these fail to compile if one is missing.
const _ranks: Record<RankClass, string> = rankLabels.en;
const _kinds: Record<DelegationKind, string> = delegationKindLabels.vi;
const _halls: Record<z.infer<typeof HallKind>, string> = hallKindLabels.vi;
void _ranks;
void _kinds;
void _halls;

export { localeOf };

export type Translator = {
  lang: Language;
  t: (key: UiKey, params?: Params) => string;
  rank: (rank: RankClass) => string;
  delegationKind: (kind: DelegationKind) => string;
  hallKind: (kind: z.infer<typeof HallKind>) => string;
  number: (value: number, maxFractionDigits?: number) => string;
  /** A YYYY-MM-DD date written out in full ("Saturday 25 October 2025"); null if it is not a date. */
  longDate: (isoDate: string) => string | null;
  time: (iso: string) => string;
  collator: Intl.Collator;
};

const cache = new Map<Language, Translator>();

/** One translator per language, built once: components may compare it by identity. */
export function translatorFor(lang: Language): Translator {
  const cached = cache.get(lang);
  if (cached) return cached;
  const locale = localeOf(lang);
  const dateFormat = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const timeFormat = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  const translator: Translator = {
    lang,
    t: (key, params) => translate(ui, lang, key, params),
    rank: (rank) => translate(rankLabels, lang, rank),
    delegationKind: (kind) => translate(delegationKindLabels, lang, kind),
    hallKind: (kind) => translate(hallKindLabels, lang, kind),
    number: (value, maxFractionDigits = 0) => formatNumber(value, lang, maxFractionDigits),
    longDate: (isoDate) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
      if (!match) return null;
      const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
      if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== isoDate) return null;
      return dateFormat.format(date);
    },
    time: (iso) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : timeFormat.format(date);
    },
    collator: new Intl.Collator(locale, { sensitivity: 'base', numeric: true }),
  };
  cache.set(lang, translator);
  return translator;
}
