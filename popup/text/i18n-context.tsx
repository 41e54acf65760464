/**
 * The language of the page and its texts. The popup and the options page show one language at a time, so
 * they load that language's text pack (UI messages and knowledge texts, see src/wording/pack.ts) as its own
 * chunk, instead of bundling both languages. Packs stay loaded once fetched: `popup/text/knowledge.ts` reads them
 * here, and a language switch in the options page loads the other pack, then re-renders every string at once.
 *
 * The provider never shows a language whose pack is not loaded: the entry points await the browser
 * language's pack before the first render, and a switch keeps the previous screen until the new pack is
 * there (a local file: a millisecond or two), so no untranslated key ever flashes.
 */
import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type Catalogs, createTranslator, type Translate } from '../../src/i18n.ts';
import type { Lang } from '../../src/types.ts';
import type { TextPack } from '../../src/wording/pack.ts';

const packs = new Map<Lang, TextPack>();
const pending = new Map<Lang, Promise<TextPack>>();

// One dynamic import per language, written out so the bundler makes exactly one chunk for each.
const IMPORTERS: Readonly<Record<Lang, () => Promise<{ default: TextPack }>>> = {
  en: () => import('./packs/en.ts'),
  fr: () => import('./packs/fr.ts'),
};

/** Resolves once the pack of `lang` is loaded; every later call returns at once. */
export function loadTextPack(lang: Lang): Promise<TextPack> {
  const loaded = packs.get(lang);
  if (loaded) return Promise.resolve(loaded);
  let loading = pending.get(lang);
  if (!loading) {
    loading = IMPORTERS[lang]().then(
      ({ default: pack }) => {
        packs.set(lang, pack);
        pending.delete(lang);
        return pack;
      },
      (error: unknown) => {
        pending.delete(lang);
        throw error;
      },
    );
    pending.set(lang, loading);
  }
  return loading;
}

/**
 * The pack of `lang` when loaded. Knowledge lookups ask for the page's language; when only the other one is
 * loaded (a component rendered outside the provider) its texts stand in, as `t()` falls back to English.
 */
export function textPackFor(lang: Lang): TextPack | undefined {
  return packs.get(lang) ?? packs.values().next().value;
}

export interface I18n {
  lang: Lang;
  t: Translate;
}

function i18nFor(lang: Lang): I18n {
  const catalogs: Catalogs = { en: packs.get('en')?.messages ?? {}, fr: packs.get('fr')?.messages ?? {} };
  return { lang, t: createTranslator(catalogs, lang) };
}

// Outside a provider (a component rendered alone), English as far as its pack is loaded.
const I18nContext = createContext<I18n>({
  lang: 'en',
  t: (key, ...values) => i18nFor('en').t(key, ...values),
});

/**
 * Shows `children` in `lang` once its pack is loaded. Until then it keeps showing what it showed before
 * (the previous language's screen), or nothing on a first render without any pack.
 */
export function I18nProvider({ lang, children }: { lang: Lang; children: ComponentChildren }) {
  const [, setLoadedCount] = useState(0);
  const ready = packs.has(lang);
  const shown = useRef<{ lang: Lang; children: ComponentChildren } | null>(null);
  if (ready) shown.current = { lang, children };
  useEffect(() => {
    if (ready) return;
    let current = true;
    const done = () => current && setLoadedCount((count) => count + 1);
    loadTextPack(lang).then(done, (error: unknown) => {
      // A pack is a file of the extension itself; if it cannot load, English is the last resort.
      console.error(`text pack "${lang}" failed to load`, error);
      if (lang !== 'en') loadTextPack('en').then(done);
    });
    return () => {
      current = false;
    };
  }, [lang, ready]);
  const shownLang = shown.current?.lang ?? (packs.has('en') ? 'en' : undefined);
  const value = useMemo(() => (shownLang ? i18nFor(shownLang) : null), [shownLang]);
  // Screen readers pick their voice from the document language, which follows what is shown.
  useEffect(() => {
    if (shownLang) document.documentElement.lang = shownLang;
  }, [shownLang]);
  if (!value) return null;
  return <I18nContext.Provider value={value}>{shown.current?.children ?? children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
