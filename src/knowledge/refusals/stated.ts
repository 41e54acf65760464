/**
 * Sentences in which a refusal states its own cause, whoever wrote it: the block pages of firewalls nobody has
 * listed, rate limits announced in a 403's body. Each phrase is copied from a real page (lower case here; the
 * match ignores case). Vendor markers outrank these: they name who said no, these only say what kind of no.
 */
import { decodeEntities, readHtml, WITH_ACCENTS } from '../../http/markup.ts';
import { siteOf } from '../../http/site.ts';
import type { Layer } from '../../types.ts';
import {
  BLOCK_PAGES,
  BLOCK_REDIRECT_SHAPES,
  BLOCK_REDIRECTS,
  FILTER_REDIRECTS,
} from './block-pages-table.ts';
import {
  BOT_CHECK_REDIRECTS,
  CAPTCHA_WIDGETS,
  FILTER_NOTICES,
  GEO_CODES,
  GEO_NOTICES,
  IN_PLACE,
  ORDERED,
  PAGE_NOTICES,
  PROXY_WARNING,
  ROUND_TRIP_FAILURE,
  SINKHOLE_HEADERS,
  STATED,
  VALUE_CAUSES,
  VALUE_CODES,
  WEAK_CAUSES,
  WEAK_CODES,
  WHOLE_ANSWERS,
} from './stated-table.ts';

/** The phrase tables as the match reads them: one pattern for every phrase, and what each phrase means. */
interface Phrases {
  pattern: RegExp;
  layerOf: ReadonlyMap<string, Layer>;
  ordered: ReadonlySet<string>;
  inPlace: ReadonlySet<string>;
}

let phrases: Phrases | undefined;

/** Built on the first refusal read, not at load: in the worker the tables arrive then (src/knowledge/shipped.ts). */
function compiledPhrases(): Phrases {
  if (phrases) return phrases;
  phrases = {
    pattern: new RegExp(
      [...STATED.map(([phrase]) => phrase), ...IN_PLACE.map(([phrase]) => phrase), ...ORDERED]
        // A page breaks its lines and indents where it likes ("Доступ ограничен  по решению суда"): any run of
        // spaces between two words matches the phrase's one.
        .map((phrase) =>
          phrase
            .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
            .replace(/ /g, '\\s+')
            // A notice's address as recorded over HTTP is the same notice served over HTTPS since (Airtel's).
            .replace(/https?:\/\//g, 'https?://'),
        )
        .join('|'),
      'i',
    ),
    layerOf: new Map([
      ...STATED.map(([phrase, layer]) => [phraseKey(phrase), layer] as const),
      ...IN_PLACE.map(([phrase, layer]) => [phraseKey(phrase), layer] as const),
      ...ORDERED.map((phrase) => [phraseKey(phrase), 'geo'] as const),
    ]),
    ordered: new Set(ORDERED.map(phraseKey)),
    inPlace: new Set(IN_PLACE.map(([phrase]) => phraseKey(phrase))),
  };
  return phrases;
}

/** A phrase as the tables hold it: one space between words, lower case, its addresses without their scheme. */
const phraseKey = (phrase: string) =>
  phrase
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .replace(/https?:\/\//g, '//');

/**
 * A string value in JSON, or in a dict a client logged in single quotes (Python 2 prints u'…'): `"code": "…"`,
 * `'error_subcode': '…'`, `'message': u'…'`.
 */
// Up to 400 characters: a refusal that explains itself runs past 200 (Bedrock's sentence about unsupported countries, with
// the address of the list, https://github.com/aws-samples/generative-bi-using-rag/issues/361).
// The other quote mark inside a value is its text: an apostrophe in a JSON message ("You don't have…", Dailymotion's
// "Insufficient rights for the `fields' parameter…", the seventy-seventh batch): French writes one in most sentences
// (review "78."). Such a value is left unread only under a key that holds data (a programme's synopsis, an echoed chat
// line or search, review "77."; `description` stays read, many APIs' error key), and what it quotes inside is read too,
// as before ("Error code: 'LOCATION_ISSUE'").
const QUOTED_VALUE = /(?:["']([\w-]{1,40})["']\s*)?[:=]\s*u?(?:"([^"\n]{1,400})"|'([^'\n]{1,400})')/g;
const INNER_VALUE = /[:=]\s*u?(["'])([^"'\n]{1,400})\1/g;
const DATA_KEYS =
  /^(?:title|name|synopsis|summary|plot|text|comment|comments|body|query|q|search|content|caption|subtitle|bio|about|lyrics|chat)$/i;
/** A longer page is a site's page (a login form, a FAQ), where such words are help text, not the refusal. */
const VALUE_PAGE_TEXT = 600;

/**
 * Geo codes count only on a refusal of access (403, 451): on a 400 "invalid region" is a bad parameter (review).
 * Unless the 400's error object itself calls it a refusal beside the code: niconico answers its Japan-only videos
 * abroad with 400 and "errorCode":"FORBIDDEN","reasonCode":"DOMESTIC_VIDEO" (https://github.com/yt-dlp/yt-dlp/issues/11430).
 * In the same object only: a GraphQL error's "extensions": {"code": "FORBIDDEN"} sits apart from its message (review).
 */
const REFUSAL_VALUE = /^forbidden$/i;

/** Whether a value that calls the answer forbidden stands in the same object as the value at `at`. */
function refusedBeside(read: string, values: readonly (readonly [string, number])[], at: number): boolean {
  return values.some(([text, index]) => {
    if (!REFUSAL_VALUE.test(text.trim())) return false;
    const between = read.slice(Math.min(index, at), Math.max(index, at));
    return !between.includes('{') && !between.includes('}');
  });
}

function codeOf(text: string, status: number, refused = false): Stated | null {
  if (status === 403 || status === 451 || refused) {
    const geo = GEO_CODES.exec(text)?.[0];
    if (geo) return { layer: 'geo', phrase: geo, code: true };
  }
  const code = VALUE_CODES.get(text.trim().toLowerCase());
  return code ? { layer: code, phrase: text.trim(), code: true } : null;
}

function sentenceOf(
  text: string,
  table: readonly (readonly [RegExp, Layer, unless?: RegExp, loose?: true])[] = VALUE_CAUSES,
): Stated | null {
  for (const [pattern, layer, unless, loose] of table) {
    const found = pattern.exec(text)?.[0];
    if (found && !unless?.test(text))
      return loose ? { layer, phrase: found, loose } : { layer, phrase: found };
  }
  return null;
}

/**
 * Censored Planet's block notices (BLOCK_PAGES) as they are compared: one space between words, lower case, without
 * an address's scheme. Searched with includes, one by one, on the first NOTICE_READ characters: a notice is a small
 * page, and one pattern of them all would pass the size past which V8 no longer optimises a pattern (review: a 64 KB
 * refusal read 10× slower).
 */
let blockNotices: readonly (readonly [key: string, text: string])[] | undefined;
const NOTICE_READ = 8 * 1024;

/** The block notice of a provider or an authority that a text carries, if any (geo, ordered). */
export function blockNoticeIn(text: string): Stated | null {
  blockNotices ??= BLOCK_PAGES.map(([, notice]) => [phraseKey(notice), notice] as const);
  const read = phraseKey(readable(text.length > NOTICE_READ ? text.slice(0, NOTICE_READ) : text));
  for (const [key, notice] of blockNotices)
    if (read.includes(key)) return { layer: 'geo', phrase: notice, ordered: true };
  return null;
}

/**
 * The block notice a redirect sends the viewer to, if any: a provider's or an authority's page the Location
 * starts with (BLOCK_REDIRECTS), or an address that carries a notice's (an ISP's "iterika.ru/blocked.html?UrlRedir=…").
 * Only to another site: a site's own redirect (its http to https, a login) is no notice (review). The notice's
 * address is the phrase.
 */
/** The host of an address written plainly or percent-encoded in another's query ("ms=http%3A%2F%2Fsite.tld%2F"). */
function hostIn(address: string): string {
  let plain = address;
  try {
    plain = decodeURIComponent(address);
  } catch {
    // Left as written: a stray % is no address of ours to read.
  }
  // The host after any user part ("http://tv.example@other.example/" is other.example's, review).
  return /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:@]+)/i.exec(plain)?.[1]?.toLowerCase() ?? '';
}

const withoutWww = (host: string) => host.replace(/^www\./, '');

/**
 * A site's own host names (src/http/site.ts): a provider sending its own visitor from giffgaff.com to
 * www.giffgaff.com/mobile/over18 is its site's page, not its filter answering for another (review of the seventy-third
 * batch).
 */
const sameSite = (a: string, b: string) => siteOf(a) === siteOf(b);

/** A notice on a private address (Iran's 10.10.34.x) is the address alone: a path there is a box's own page, a hotspot's login. */
const PRIVATE_NOTICE = /^https?:\/\/(?:10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.)/;

export function blockNoticeRedirect(location: string, from: string, plain = true): Stated | null {
  if (!location || location.length > 4096) return null;
  const target = location.trim().toLowerCase();
  const host =
    /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:]+)/.exec(target)?.[1] ?? target.split(/[/?#]/, 1)[0] ?? '';
  if (!host.includes('.') || host === from.toLowerCase()) return null;
  // The notice's address, whole: what follows it starts a path, a query, a fragment or a port ("….id.evil.example" is
  // another host, review).
  // A port is a number: "…sky.com:x@evil.example" names another host by its user part (review).
  const startsWith = (start: string) =>
    target.startsWith(start.toLowerCase()) &&
    (PRIVATE_NOTICE.test(start)
      ? /^(?::\d{1,5})?\/?$/.test(target.slice(start.length))
      : /^(?:$|[/?#]|:\d{1,5}(?:$|[/?#]))/.test(target.slice(start.length, start.length + 7)));
  // A provider can redirect only a request it can read: a plain HTTP one (its filter answers in the site's place); and a
  // filter answers for another site, not its own.
  for (const start of plain && !sameSite(host, from.toLowerCase()) ? FILTER_REDIRECTS : [])
    if (startsWith(start)) return { layer: 'waf', phrase: start };
  // A private address's notice answers a plain request only (the network that injects it cannot read an HTTPS one).
  for (const [, start] of BLOCK_REDIRECTS)
    if (startsWith(start) && (plain || !PRIVATE_NOTICE.test(start)))
      return { layer: 'geo', phrase: start, ordered: true };
  // A shape names the site asked; a provider can only answer a request in plain HTTP so (an HTTPS one it cannot
  // redirect without breaking the connection, review).
  for (const [, shape] of plain ? BLOCK_REDIRECT_SHAPES : []) {
    const asked = shape.exec(target)?.[1];
    if (asked && withoutWww(hostIn(asked)) === withoutWww(from.toLowerCase()))
      return { layer: 'geo', phrase: location.trim().slice(0, 120), ordered: true };
  }
  return blockNoticeIn(location)
    ? { layer: 'geo', phrase: location.trim().slice(0, 120), ordered: true }
    : null;
}

/** The refusal a whole value states as a service's code (VALUE_CODES), if any. */
export function refusalCodeIn(text: string): Stated | null {
  const layer = VALUE_CODES.get(text.trim().toLowerCase());
  return layer ? { layer, phrase: text.trim() } : null;
}

/** A JSON body's string values read, at most: an error object has a few, a catalogue is not read to its end. */
const MAX_VALUES = 200;

/**
 * A value as its cause is read: whole up to 200 characters; a longer one by its first sentence (its first two when the
 * first is a lead of a few words), where a refusal says what it is (Bedrock's "Access to Anthropic models is not allowed from unsupported countries…" before the address
 * of the list), not by a help text's list of possible reasons (review).
 */
function readableValue(value: string): string | null {
  if (value.length <= 200) return value;
  const first = sentenceEnd(value, 0);
  if (first < 0 || first > 200) return null;
  // A lead of a few words ("Error 403.", "Sorry.") says nothing: the sentence after it is the refusal (review).
  if (first > 40) return value.slice(0, first);
  const second = sentenceEnd(value, first);
  return second > 0 && second <= 250 ? value.slice(0, second) : value.slice(0, first);
}

/** Where the sentence that starts at `from` ends (after its mark), or -1: ". ", "! ", "? ", "。" or a line break. */
function sentenceEnd(value: string, from: number): number {
  let end = -1;
  for (const mark of ['. ', '! ', '? ', '。', '\n']) {
    const at = value.indexOf(mark, from);
    if (at >= 0 && (end < 0 || at + 1 < end)) end = at + 1;
  }
  return end;
}

/**
 * The cause a text states in a value: in a JSON body only its string values; in a page only its visible text, and
 * only when short; in other text its quoted values, or the whole text when short. A code (a geo code, a service's
 * own code) outranks a sentence in any value: an upsell's "you need a subscription" before the error's GEO_BLOCKED
 * is not the cause (review).
 */
function valueCauseOf(read: string, json: boolean, status: number): Stated | null {
  const html = !json && /^\s*</.test(read);
  if (!html) {
    const found: [string, number][] = [];
    QUOTED_VALUE.lastIndex = 0;
    for (
      let value = QUOTED_VALUE.exec(read);
      value && found.length < MAX_VALUES;
      value = QUOTED_VALUE.exec(read)
    ) {
      const quoted = value[2] ?? value[3]!;
      const mixed = quoted.includes(value[2] === undefined ? '"' : "'");
      const text = !mixed || !DATA_KEYS.test(value[1] ?? '') ? readableValue(quoted) : null;
      if (text) found.push([text, value.index]);
      if (!mixed) continue;
      INNER_VALUE.lastIndex = 0;
      for (
        let inner = INNER_VALUE.exec(quoted);
        inner && found.length < MAX_VALUES;
        inner = INNER_VALUE.exec(quoted)
      ) {
        const innerText = readableValue(inner[2]!);
        if (innerText) found.push([innerText, value.index]);
      }
    }
    const values = found.map(([text]) => text);
    for (const [value, at] of found) {
      const cause = codeOf(value, status, status === 400 && refusedBeside(read, found, at));
      if (cause) return cause;
    }
    for (const value of values) {
      const cause = sentenceOf(value);
      if (cause) return cause;
    }
    // A service's own weak code ("insufficient_rights") outranks a weak sentence beside it (review).
    for (const value of values) {
      const weak = WEAK_CODES.get(value.trim().toLowerCase());
      if (weak) return { layer: weak, phrase: value.trim() };
    }
    for (const value of values) {
      const weak = sentenceOf(value, WEAK_CAUSES);
      if (weak) return weak;
    }
    if (json) return null;
  }
  const text = (html ? readHtml(read).visible : read).replace(/\s+/g, ' ').trim();
  return text.length > VALUE_PAGE_TEXT
    ? null
    : (codeOf(text, status) ?? sentenceOf(text) ?? sentenceOf(text, WEAK_CAUSES));
}

/** Where and how a refusal's text is read (stated-cause decides which statuses let values count). */
export interface CauseReading {
  /** A page (HTML or text), where firewall wording counts; false for an API's JSON. */
  page: boolean;
  json: boolean;
  status: number;
  /** Whether codes and sentences read as values count (VALUE_CAUSES, VALUE_CODES, GEO_CODES). */
  values: boolean;
}

/**
 * The cause a refusal's reason phrase, body or reason header states, if any: a phrase of the table anywhere, then
 * a code or sentence where a service states it. The text is made readable once for both.
 */
export function causeIn(text: string, reading: CauseReading): Stated | null {
  const read = readable(text);
  return (
    phraseIn(read, reading.page) ?? (reading.values ? valueCauseOf(read, reading.json, reading.status) : null)
  );
}

/**
 * A response header in which the service states why it refused: France Télévisions' `x-errortype: geo`
 * (yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/francetv.py), SBS's
 * `x-error-reason: geo-blocked` (…/sbs.py), a Russian IPTV streamer's `X-Deny-Reason: wrong_country`
 * (https://github.com/iptv-org/iptv/issues/14459), a Serbian operator's `X-Mnd-Stream-Denied-Log: Blocked user
 * agent Mozilla/5.0 …` (https://github.com/nirvana-7777/pvr.eon/issues/16), Pocket's `X-Error: Missing API Key` (its API
 * puts the description of every error there, https://getpocket.com/developer/docs/errors). The name says it is a
 * refusal's reason; the value is read with the same tables as a body.
 */
const REASON_HEADER =
  /^x-(?:[a-z0-9]+-){0,3}(?:error|deny|denied|block|blocked|reject|rejected)[-_]?(?:type|reason|log|cause)$/i;
/** Pocket's bare `X-Error`, on a refusal only: a server's 5xx may put its own failure there (review). */
// Cloudinary's X-Cld-Error too: its delivery puts every refusal's reason there (the cloudinary row reads the header).
const BARE_ERROR_HEADER = /^x-(?:cld-)?error$/i;
const GEO_HEADER_VALUE = /^\s*(?:geo(?:[-_ ]?block(?:ed)?|[-_ ]?restricted)?|wrong[-_]country)\s*$/i;
/**
 * A header that reports the result of a location check: Netflix's video servers answer a client whose address
 * is not in the account's country with `420` and `X-Netflix-Geo-Check: failed` (ab77/netflix-proxy's wiki,
 * https://github.com/ab77/netflix-proxy/wiki/On-how-Netflix-enforces-geographical-boundaries-in-the-Information-Age..).
 */
const GEO_CHECK_HEADER = /^x-(?:[a-z0-9]+-){0,2}geo-?check$/i;
const FAILED_CHECK = /^\s*(?:fail(?:ed)?|denied|blocked)\s*$/i;
/** A rule about the client's software, as the header above words it: the service's own rule (app). */
const USER_AGENT_VALUE = /\b(?:blocked|banned|denied|forbidden|unsupported|invalid)[-_ ]?user[-_ ]?agent\b/i;

/**
 * The cause a response header states, if any: the value of a header named for a refusal's reason. The evidence
 * quotes the words that decided, not the whole value (it may carry a login or an address, review).
 */
export function reasonHeaderIn(
  headers: readonly { name: string; value: string }[],
  status: number,
): Stated | null {
  for (const header of headers) {
    if ((status === 502 || status === 504) && header.name.toLowerCase() === 'warning') {
      const failed = PROXY_WARNING.exec(header.value)?.[1];
      if (failed && ROUND_TRIP_FAILURE.test(failed))
        return { layer: 'network', phrase: `warning: ${failed.slice(0, 120)}` };
    }
    // A refusal's only: on a 5xx the check may itself have failed to run (review).
    if (
      status >= 400 &&
      status < 500 &&
      GEO_CHECK_HEADER.test(header.name) &&
      FAILED_CHECK.test(header.value)
    )
      return { layer: 'geo', phrase: `${header.name}: ${header.value.trim()}` };
    if (
      !REASON_HEADER.test(header.name) &&
      !(status >= 400 && status < 500 && BARE_ERROR_HEADER.test(header.name))
    )
      continue;
    const value = header.value.length > 200 ? header.value.slice(0, 200) : header.value;
    const quote = (words: string) => `${header.name}: ${words.trim()}`;
    if ((status === 403 || status === 451) && GEO_HEADER_VALUE.test(value))
      return { layer: 'geo', phrase: quote(value) };
    const ua = USER_AGENT_VALUE.exec(value)?.[0];
    if (ua) return { layer: 'app', phrase: quote(ua) };
    const stated = causeIn(value, { page: true, json: false, status, values: true });
    if (stated) return { layer: stated.layer, phrase: quote(stated.phrase) };
  }
  return null;
}

/** A letter beyond ASCII: only such text needs the normalising below. */
const BEYOND_ASCII = /[\u0080-\uffff]/;

/** Only the start of a page is read: error pages are small. */
const READ_LIMIT = 16 * 1024;

export interface Stated {
  layer: Layer;
  /** The phrase as the page spells it. */
  phrase: string;
  /** A notice of a block ordered by a court or a national authority, shown by the viewer's provider. */
  ordered?: true;
  /** A program on the viewer's device that answered in the site's place (a security suite). */
  inPlace?: true;
  /** A CAPTCHA widget the page embeds: the phrase is its script's address, not the page's words. */
  widget?: true;
  /** Read by a grammar of words (CREDENTIAL_WORDS), not a service's sentence: a stream link's token says more. */
  loose?: true;
  /** A service's own code, read as a whole value (VALUE_CODES, GEO_CODES): it says more than a 404's status. */
  code?: true;
}

/**
 * The text as a person reads it: PHP's json_encode and Symfony's JsonResponse escape every non-ASCII letter
 * (`\u00e9`, `\u041a`) and apostrophe, pages write `&eacute;` or `&#233;`, and a typographic apostrophe is
 * an apostrophe. The phrases are written as read.
 */
function readable(text: string): string {
  let out = text.length > READ_LIMIT ? text.slice(0, READ_LIMIT) : text;
  if (out.includes('\\u')) {
    out = out.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
  }
  out = decodeEntities(out, WITH_ACCENTS);
  // Turkish capital İ has no lower case a case-insensitive match knows; non-breaking spaces and Persian's
  // zero-width non-joiner stand between words; Vietnamese comes composed or not (review). ASCII text, most
  // refusals, skips the work.
  if (!BEYOND_ASCII.test(out)) return out;
  return out
    .replace(/[\u2019\u02bc]/g, "'")
    .replace(/\u0130/g, 'i')
    .replace(/[\u00a0\u200c]/g, ' ')
    .normalize('NFC');
}

/** The first cause a text states, if any; `page` false for an API's JSON, where firewall wording does not count. */
/** A redirect's target that is a bot check's page (BOT_CHECK_REDIRECTS), said as evidence; null otherwise. */
export function botCheckRedirect(target: string): string | null {
  const found = BOT_CHECK_REDIRECTS.find(([, shape]) => shape.test(target));
  return found ? `redirected to ${found[0]} bot check` : null;
}

/**
 * The CAPTCHA widget a refusal's page embeds (CAPTCHA_WIDGETS), as a bot check: by its script's address in the page's
 * first READ_LIMIT characters, written as the vendors' documentation writes it. Not on a page that also asks for a
 * password: a login form with a CAPTCHA under it is the site's login, whatever its status.
 */
export function captchaWidgetIn(page: string): Stated | null {
  const read = page.length > READ_LIMIT ? page.slice(0, READ_LIMIT) : page;
  const found = CAPTCHA_WIDGETS.find(([, script, widget]) => read.includes(script) && read.includes(widget));
  if (!found || FORM_FIELDS.test(read)) return null;
  return { layer: 'waf', phrase: `${found[0]}, ${found[1]}`, widget: true };
}

/** Fields a person fills in: a login, a contact or a sign-up form with a CAPTCHA under it is the site's form (review). */
const FORM_FIELDS = /\btype\s*=\s*["']?(?:password|email|text)(?:["'\s>]|\/>)|<textarea\b/i;

/** A name filter's own header on a success (SINKHOLE_HEADERS), quoted; null otherwise. */
export function sinkholeHeaderIn(headers: readonly { name: string; value: string }[]): string | null {
  for (const header of headers)
    for (const [name, value] of SINKHOLE_HEADERS)
      if (header.name.toLowerCase() === name && value.test(header.value))
        return `${header.name}: ${header.value.trim().slice(0, 80)}`;
  return null;
}

/**
 * The refusal a page's visible text states as a service's own notice (PAGE_NOTICES), if any, quoted as the page spells
 * it.
 */
export function pageNoticeIn(visible: string): Stated | null {
  const read = readable(visible).replace(/\s+/g, ' ');
  const lowered = read.toLowerCase();
  for (const [phrase, layer] of PAGE_NOTICES) {
    const at = lowered.indexOf(phrase);
    if (at >= 0) return { layer, phrase: read.slice(at, at + phrase.length) };
  }
  return null;
}

/** Whether a stated phrase is a service's own geo notice (GEO_NOTICES), read on a success as a whole short page. */
export function isGeoNotice(phrase: string): boolean {
  const key = phraseKey(phrase);
  return GEO_NOTICES.some((notice) => phraseKey(notice) === key);
}

/** Whether a stated phrase is a filter's own notice (FILTER_NOTICES), which a success's short page can be. */
export function isFilterNotice(phrase: string): boolean {
  const key = phraseKey(phrase);
  return FILTER_NOTICES.some((notice) => phraseKey(notice) === key);
}

export function statedIn(text: string, page: boolean): Stated | null {
  return phraseIn(readable(text), page);
}

function phraseIn(read: string, page: boolean): Stated | null {
  const { pattern, layerOf, ordered, inPlace } = compiledPhrases();
  const found = pattern.exec(read);
  if (!found) return null;
  // Quoted as one line: the page's line breaks inside the phrase are not the phrase.
  const phrase = found[0].replace(/\s+/g, ' ');
  const key = phraseKey(phrase);
  const layer = layerOf.get(key);
  if (!layer || (layer === 'waf' && !page)) return null;
  if (inPlace.has(key)) return { layer, phrase, inPlace: true };
  return ordered.has(key) ? { layer, phrase, ordered: true } : { layer, phrase };
}

/**
 * RFC 7725's 451 covers any legal demand; one that names a takedown removed the content everywhere, by the
 * service's own decision, not for the viewer's country (GitHub's API: {"block": {"reason": "dmca"}},
 * https://github.com/github/rest-api-description/issues/3314). Only a stated reason counts: a JSON `reason`
 * field, or "DMCA/copyright" joined to "takedown/notice/claim/complaint". A bare "Copyright 2024" or a "DMCA"
 * link is every site's footer, and an ISP's court-order page carries them too. Vimeo says it in its own words:
 * "Vimeo has removed or disabled access to the video … as a result of a third-party notification"
 * (thibaudgg/video_info@05f3c4ce:spec/fixtures/vcr_cassettes/VideoInfo_Providers_Vimeo). A service that cites the
 * notice it acted on links Lumen's copy of it, lumendatabase.org/notices/<id> (Lumen collects the removal requests
 * services receive, https://lumendatabase.org/pages/about; a Piped instance's 451,
 * https://github.com/TeamPiped/Piped/issues/1704).
 */
const TAKEDOWN =
  /"reason"\s*:\s*"(?:dmca|takedown|copyright)\b|\b(?:dmca|copyright)[ -](?:takedown|notice|claim|complaint)s?\b|\btakedown (?:notice|request|order)s?\b|\bhas removed or disabled access to\b/i;

/**
 * Lumen also holds court orders: Cloudflare's 451 for a site it limits in one country under a court order links the
 * order there ("In response to a legal order, Cloudflare has taken steps to limit access to this website … within
 * the United Kingdom", review). A page that states an order or a place is that block (geo), not a takedown.
 */
const LUMEN_NOTICE = /lumendatabase\.org\/notices\/\d/i;
const PLACE_BOUND =
  /\b(?:legal|court) order\b|\bjurisdiction\b|\bwithin (?:the )?[A-Z]|\bin your (?:country|region|area)\b/;

/** The takedown a 451's body states as its reason, if any: the service's removal (app). */
export function takedownIn(body: string): Stated | null {
  const read = body.length > READ_LIMIT ? body.slice(0, READ_LIMIT) : body;
  const found = TAKEDOWN.exec(read);
  if (found) return { layer: 'app', phrase: found[0] };
  const lumen = LUMEN_NOTICE.exec(read);
  if (!lumen || PLACE_BOUND.test(read) || GEO_CODES.test(read) || statedIn(read, true)?.layer === 'geo')
    return null;
  return { layer: 'app', phrase: 'lumendatabase.org/notices/…' };
}

/**
 * A catalogue that withholds the media and says why in a block-reason field: SRG SSR's integration layer answers a
 * geo-blocked chapter with HTTP 200, `"blockReason": "GEOBLOCK"` and no stream (SRGSSR/pillarbox-web@66328dcf24b0c2819cb595dbda4d7e2754a5e3be:
 * test/__mocks__/urn:geoblock:and:undefined:resourcelist.json, read so by yt-dlp/yt-dlp@81ecd58b1394793e6da9998cc19fdb45657f1685:yt_dlp/extractor/srgssr.py).
 * Only a geo code counts there: the field's other values (LEGAL, STARTDATE, AGERATING18…, an AI model's SAFETY) are
 * other rules, or no refusal of the viewer at all.
 */
// And an error's own code that is a geo code, inside a larger player configuration: TF1's mediainfo, "error_code":
// "GEOBLOCKED" (unsuns06/ReplayTV-Stremio@4238a277d2196ec7412e446622f6cabb69ca68a9:mytf1_proxy_test_results.json), Arte's
// "error":{"code":"ERROR_GEOLOCATION",…} (thomas-ernest/plugin.video.arteplussept@82e68a947084135b4773ba0c83bfbd43aeea036e:
// tests/fixtures/live_wo_stream_with_program-api.json). Geo codes only, as above.
// Not inside a list (one item of a catalogue, a dictionary of messages: review), a bare "code" only as an "error" object's
// member, and only a geo word there: "geolocation" alone is also a browser permission's name (review).
const BLOCK_REASON = /"(block_?reason|error_?code|code)"\s*:\s*"([^"\\]{1,40})"/gi;
/**
 * The keys of the containers around places in a JSON text, innermost last, each as its bracket and the key it is the
 * value of ("[errors", "{error"); strings are skipped, so a "[" in a title counts for nothing (review). One pass front to
 * back: each place asked for (in order) continues from the last, so an answer with thousands of codes costs one reading,
 * not one per code (a hostile page's). A place inside a string is no key: null.
 */
function containerReader(body: string): (at: number) => readonly string[] | null {
  const stack: string[] = [];
  let key = '';
  let i = 0;
  return (at) => {
    while (i < at) {
      const c = body.charCodeAt(i);
      if (c === 34) {
        let j = i + 1;
        while (j < body.length && body.charCodeAt(j) !== 34) j += body.charCodeAt(j) === 92 ? 2 : 1;
        let k = j + 1;
        while (k < body.length && /\s/.test(body[k]!)) k++;
        if (body[k] === ':') key = body.slice(i + 1, j);
        i = j + 1;
      } else {
        if (c === 123 || c === 91) {
          stack.push(`${body[i]}${key}`);
          key = '';
        } else if (c === 125 || c === 93) stack.pop();
        else if (c === 44) key = '';
        i++;
      }
    }
    return i === at ? stack : null;
  };
}

/**
 * Where an error code states this answer's refusal: not inside a list other than an "errors" list (one item of a
 * catalogue, a dictionary of messages: review), and a bare "code" only inside an error object or an errors list, or at
 * the top of an answer that says it failed ({"success": false, "code": …}; a flag's or a setting's code beside
 * "enabled": true does not, review).
 */
function codeStates(around: readonly string[] | null, key: string, failedAnswer: () => boolean): boolean {
  if (!around || around.some((container) => container.startsWith('[') && container !== '[errors'))
    return false;
  if (key !== 'code') return true;
  const inner = around[around.length - 1] ?? '';
  return (
    inner === '{error' ||
    (inner === '{' && around[around.length - 2] === '[errors') ||
    (around.length === 1 && failedAnswer())
  );
}

const FAILED_ANSWER = /"success"\s*:\s*false|"status"\s*:\s*"(?:error|fail)"/;

/** The geo code a JSON success states as a block reason, if any. */
export function geoBlockReasonIn(body: string): Stated | null {
  BLOCK_REASON.lastIndex = 0;
  const containersAt = containerReader(body);
  // Read once, and only if a top-level code asks.
  let failed: boolean | undefined;
  const failedAnswer = () => (failed ??= FAILED_ANSWER.test(body));
  for (let found = BLOCK_REASON.exec(body); found; found = BLOCK_REASON.exec(body)) {
    const key = found[1]!.toLowerCase();
    const value = found[2]!;
    if (/^block_?reason$/.test(key)) {
      if (GEO_CODES.test(value)) return { layer: 'geo', phrase: `${found[1]}: ${value}` };
      continue;
    }
    // The whole geo table, but "geolocation" alone: a browser permission's name too (review).
    if (!GEO_CODES.test(value) || /^geolocation$/i.test(value)) continue;
    if (!codeStates(containersAt(found.index), key, failedAnswer)) continue;
    return { layer: 'geo', phrase: `${found[1]}: ${value}` };
  }
  return null;
}

/**
 * `X-RateLimit-Remaining: 0` (GitHub's, the docs sample above) or `RateLimit-Remaining: 0` (IETF httpapi
 * RateLimit header fields draft): the quota is spent.
 */
export const SPENT_QUOTA = /^(?:x-)?ratelimit-remaining$/i;

/**
 * OAuth 2.0's error codes for a client or grant the server does not accept (RFC 6749 §5.2) and a bearer token it
 * refuses (RFC 6750 §3.1): the caller's credentials, as Keycloak answered {"error": "unauthorized_client",
 * "error_description": "Invalid client secret"} (https://github.com/code-specialist/fastapi-keycloak/issues/65).
 * Whole codes only ("invalid_token_for_form", "invalid_client_metadata" are others), and only on a 4xx that is not
 * a rate limit: a server error that names one is still the server's (review).
 */
const OAUTH_CODES = /(?<![\w-])(?:invalid_client|unauthorized_client|invalid_grant|invalid_token)(?![\w-])/;

/** The OAuth error code a client error names, if any. */
export function oauthCodeIn(body: string): Stated | null {
  const found = OAUTH_CODES.exec(body.length > READ_LIMIT ? body.slice(0, READ_LIMIT) : body);
  return found ? { layer: 'auth', phrase: found[0] } : null;
}

/** The cause a reason phrase or body states when it is nothing but that statement, if any. */
export function wholeAnswerIn(text: string, status?: number): Stated | null {
  if (text.length > 200) return null;
  for (const [pattern, layer, statuses] of WHOLE_ANSWERS)
    if ((!statuses || (status !== undefined && statuses.includes(status))) && pattern.test(text))
      // Quoted on one line: a page's line breaks are its layout, not its words.
      return { layer, phrase: text.trim().replace(/\s+/g, ' ') };
  return null;
}
