import { createContext, useContext, type ReactNode } from 'react';
import type { Language } from '../../../shared/i18n/index';
import { translatorFor, type Translator } from './format';

const I18nContext = createContext<Translator>(translatorFor('vi'));

export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  return <I18nContext.Provider value={translatorFor(lang)}>{children}</I18nContext.Provider>;
}

/** The translator of the current UI language: t(key), labels of ranks and kinds, number and date formats. */
export function useI18n(): Translator {
  return useContext(I18nContext);
}

/** Just the message function. */
export function useT(): Translator['t'] {
  return useContext(I18nContext).t;
}
