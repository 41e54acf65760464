/**
 * The typed `t()` core. The tables are passed in instead of asking `chrome.i18n`, because `chrome.i18n`
 * follows the browser's language and cannot switch at runtime, and the user may pick French in an English
 * browser (or the reverse) from the options page. The pages pass the tables of the text packs they loaded
 * (popup/text/i18n-context.tsx: one language at a time); a table not loaded yet is empty.
 *
 * Tables use Chrome's `messages.json` format, so the same files also serve the manifest (`__MSG_extName__`).
 */
import type enMessages from '../_locales/en/messages.json';
import type { Lang } from './types.ts';

/** Every key of the English table; the French one is checked against it by test/unit/wording/locales.test.ts. */
export type MessageKey = keyof typeof enMessages;

/** One entry of a Chrome `messages.json`. */
export interface ChromeMessage {
  message: string;
  description?: string;
  /** Named placeholders (`$count$` in the message) whose content is usually a positional `$1`. */
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type MessageTable = Readonly<Record<string, ChromeMessage>>;
export type Catalogs = Readonly<Record<Lang, MessageTable>>;

export type LangPreference = Lang | 'auto';

export type Translate = (key: MessageKey, ...substitutions: ReadonlyArray<string | number>) => string;

/** `auto` follows the first browser language we ship; French covers fr-FR, fr-CA, fr-BE… */
export function resolveLang(preference: LangPreference, browserLanguages: readonly string[]): Lang {
  if (preference === 'en' || preference === 'fr') return preference;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'en';
}

const NAMED = /\$([a-z0-9_@]+)\$/gi;
const POSITIONAL = /\$(\$|[1-9])/g;

/**
 * Chrome's substitution rules: `$name$` is replaced by its placeholder's content, then `$1`…`$9` by the
 * substitutions, and `$$` stands for a literal dollar. Missing substitutions become empty, as in Chrome.
 */
export function formatMessage(entry: ChromeMessage, substitutions: ReadonlyArray<string | number>): string {
  const placeholders = entry.placeholders ?? {};
  const lowered = new Map(Object.entries(placeholders).map(([name, p]) => [name.toLowerCase(), p.content]));
  const expanded = entry.message.replace(
    NAMED,
    (whole, name: string) => lowered.get(name.toLowerCase()) ?? whole,
  );
  return expanded.replace(POSITIONAL, (_whole, ref: string) => {
    if (ref === '$') return '$';
    const value = substitutions[Number(ref) - 1];
    return value === undefined ? '' : String(value);
  });
}

/** A translator bound to one language; a key missing there falls back to English, then to the key itself. */
export function createTranslator(catalogs: Catalogs, lang: Lang): Translate {
  return (key, ...substitutions) => {
    const entry = catalogs[lang][key] ?? catalogs.en[key];
    return entry === undefined ? key : formatMessage(entry, substitutions);
  };
}

/** The plural category of `count` in `lang` (Intl.PluralRules: French 0 and 1 are "one", English only 1). */
export function pluralCategory(lang: Lang, count: number): 'one' | 'other' {
  return new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
}

/**
 * A counted message: `base_one` or `base_other` by the language's plural rules, the count as `$1` and the
 * other substitutions after it.
 */
export function translatePlural(
  t: Translate,
  lang: Lang,
  base: string,
  count: number,
  ...rest: ReadonlyArray<string | number>
): string {
  const key = `${base}_${pluralCategory(lang, count)}` as MessageKey;
  // The caller's own few substitutions (never data), passed on as one list.
  const args: Parameters<Translate> = [key, count];
  for (const substitution of rest) args.push(substitution);
  return Reflect.apply(t, undefined, args);
}
