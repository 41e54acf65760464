/**
 * The current verdict in words, from the words of ONE language: the popup passes its text pack's, the
 * report and the CLI pass `verdictWords(lang)` (src/verdict/words.ts). One function, so the popup's headline,
 * the options log and both reports say the same sentence for the same records. Small and table-free, so
 * the popup bundles it without the bilingual tables.
 */
import type { Lang, Layer, Scope } from '../types.ts';
import type { CurrentVerdict, DoNow } from './current.ts';
import type { ReferenceKind } from './reference.ts';

/** The words of one language (src/verdict/words.ts builds them; the text packs carry them). */
export interface VerdictWords {
  /** "Probably: $1" — $1 the sentence, lower-cased first letter. */
  probably: string;
  headline: Record<Layer, string>;
  /** A layer sentence naming who answered: $1 the vendor's name (already with "of"/"’s"). */
  headlineByVendor: Partial<Record<Layer, string>>;
  expiredOn: string;
  expired: string;
  /** The renew line when the panel gave no date. */
  renewNoDate: string;
  connectionsFull: string;
  side: Record<string, string>;
  where: Record<Scope, string>;
  whereLikely: Record<Scope, string>;
  sideWhere: Record<string, string>;
  /** Where, when the panel itself spoke about the account. */
  wherePanel: string;
  doNow: Record<DoNow, string>;
  /** "works on $1; refused on $2" and its halves (each reader puts its own label before). */
  testsBoth: string;
  testsWorks: string;
  testsRefused: string;
  nextTest: string;
  testNames: Record<string, string>;
  reference: Record<ReferenceKind, string>;
  /** "the service" when no vendor is named. */
  answeredByService: string;
  /** Joins list items: ", " and " and ". */
  listAnd: string;
}

export interface VerdictText {
  headline: string;
  /** Where the cause sits, or null when nothing can be said. */
  where: string | null;
  doNow: string;
  /** What the tests showed ("works on 4G; refused on Wi-Fi box"), when they showed something. */
  tests: string | null;
  /** The test that would settle it. */
  nextTest: string | null;
}

/** `$1`…`$9` replaced by the values, as Chrome's messages do. */
export function fill(template: string, ...values: readonly (string | number)[]): string {
  return template.replace(/\$([1-9])/g, (_, n: string) => String(values[Number(n) - 1] ?? ''));
}

/** "de Cloudflare", "d’Akamai" (French elides before a vowel), "Cloudflare’s". */
export function ofVendor(name: string, lang: Lang): string {
  if (lang === 'fr') return /^[aeiouyhàâéèêîôû]/i.test(name) ? `d’${name}` : `de ${name}`;
  return `${name}’s`;
}

function lowerFirst(text: string, lang: Lang): string {
  // An acronym ("CDN…", "VPN…") keeps its capitals.
  const [first = '', second = ''] = text;
  if (second !== second.toLowerCase()) return text;
  return first.toLocaleLowerCase(lang) + text.slice(1);
}

/** The date a panel gave, or nothing when it is not a date any calendar holds (a page may send anything). */
function formatDate(ms: unknown, lang: Lang, timeZone?: string): string | undefined {
  // Stored verdicts went through JSON: an Infinity came back as null, which Date reads as 1970.
  if (typeof ms !== 'number' || Number.isNaN(new Date(ms).getTime())) return undefined;
  try {
    return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
      dateStyle: 'long',
      ...(timeZone ? { timeZone } : {}),
    }).format(ms);
  } catch {
    return new Date(ms).toISOString().slice(0, 10);
  }
}

function listOf(items: readonly string[], words: VerdictWords): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')}${words.listAnd}${items.at(-1)}`;
}

function baseHeadline(verdict: CurrentVerdict, words: VerdictWords, lang: Lang, timeZone?: string): string {
  const { account } = verdict;
  if (verdict.source === 'proofs' && verdict.side) return words.side[verdict.side] ?? words.headline.none;
  if (verdict.layer === 'account' && account) {
    if (account.max !== undefined && account.active !== undefined && account.active >= account.max)
      return fill(words.connectionsFull, account.active, account.max);
    const expiredOn =
      account.expiresAt === undefined ? undefined : formatDate(account.expiresAt, lang, timeZone);
    if (expiredOn !== undefined && verdict.doNow === 'renew') return fill(words.expiredOn, expiredOn);
    if (verdict.doNow === 'renew') return words.expired;
  }
  const byVendor = words.headlineByVendor[verdict.layer];
  if (byVendor && verdict.vendorName) return fill(byVendor, ofVendor(verdict.vendorName, lang));
  return words.headline[verdict.layer] ?? words.headline.none;
}

function doNowText(verdict: CurrentVerdict, words: VerdictWords, lang: Lang, timeZone?: string): string {
  const { account } = verdict;
  const template = words.doNow[verdict.doNow] ?? words.doNow.nothing;
  if (verdict.doNow === 'free-connection') return fill(template, account?.active ?? '?', account?.max ?? '?');
  if (verdict.doNow === 'renew') {
    const expiredOn =
      account?.expiresAt === undefined ? undefined : formatDate(account.expiresAt, lang, timeZone);
    return expiredOn === undefined ? words.renewNoDate : fill(template, expiredOn);
  }
  return template;
}

export function wordVerdict(
  verdict: CurrentVerdict,
  words: VerdictWords,
  lang: Lang,
  timeZone?: string,
): VerdictText {
  const base = baseHeadline(verdict, words, lang, timeZone);
  const headline =
    verdict.hedged && verdict.source !== 'none' ? fill(words.probably, lowerFirst(base, lang)) : base;
  let where: string | null = null;
  if (verdict.source === 'proofs' && verdict.side) where = words.sideWhere[verdict.side] ?? null;
  else if (verdict.source === 'engine' && (verdict.doNow === 'renew' || verdict.doNow === 'free-connection'))
    where = words.wherePanel;
  else if (verdict.source === 'engine' && verdict.layer !== 'none' && verdict.scope !== 'unknown')
    where = (verdict.scopeProven ? words.where : words.whereLikely)[verdict.scope] ?? null;
  const works = verdict.worksOn ?? [];
  const refused = verdict.refusedOn ?? [];
  let tests: string | null = null;
  if (works.length > 0 && refused.length > 0)
    tests = fill(words.testsBoth, listOf(works, words), listOf(refused, words));
  else if (works.length > 0) tests = fill(words.testsWorks, listOf(works, words));
  else if (refused.length > 0) tests = fill(words.testsRefused, listOf(refused, words));
  const next = verdict.nextTest ? words.testNames[verdict.nextTest] : undefined;
  // The words come typeset for their language (src/wording/localized.ts); the values filled in are names,
  // dates and counts, which need none.
  return {
    headline,
    where,
    doNow: doNowText(verdict, words, lang, timeZone),
    tests,
    nextTest: next ? fill(words.nextTest, next) : null,
  };
}

/** "Ray ID 8f3a…-CDG": the reference as the provider's support asks for it. */
export function referenceText(verdict: CurrentVerdict, words: VerdictWords): string | null {
  const reference = verdict.reference;
  return reference ? `${words.reference[reference.kind]} ${reference.value}` : null;
}

/**
 * "403", the transport error's name when no status came back, or "200 (Expired)" when the refusal came
 * inside a success: the code alone would read as "all fine".
 */
export function verdictCode(verdict: Pick<CurrentVerdict, 'status' | 'error' | 'account'>): string {
  const status = verdict.status ?? 0;
  if (status <= 0) return verdict.error ?? 'ERR';
  const said = verdict.account?.status;
  return status < 400 && said ? `${status} (${said})` : String(status);
}
