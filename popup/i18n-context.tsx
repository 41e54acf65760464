/**
 * Both locale tables are bundled (see src/i18n.ts for why) and handed to components through a context,
 * so a language switch in the options page re-renders every string at once.
 */
import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useMemo } from 'preact/hooks';
import en from '../_locales/en/messages.json';
import fr from '../_locales/fr/messages.json';
import { type Catalogs, createTranslator, type Translate } from '../src/i18n.ts';
import type { Lang } from '../src/types.ts';

export const CATALOGS: Catalogs = { en, fr };

export interface I18n {
  lang: Lang;
  t: Translate;
}

const I18nContext = createContext<I18n>({ lang: 'en', t: createTranslator(CATALOGS, 'en') });

export function I18nProvider({ lang, children }: { lang: Lang; children: ComponentChildren }) {
  const value = useMemo(() => ({ lang, t: createTranslator(CATALOGS, lang) }), [lang]);
  // Screen readers pick their voice from the document language, which follows the user's choice.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
