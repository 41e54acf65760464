/**
 * When nothing named the refuser — no vendor's mark, no panel reply, no token, no cause in a phrase we hold — the
 * status alone used to decide: a bare 403 read as the service's own rule. On captures nobody here had seen, that
 * guess was right for one refusal in five (13 of 62 over the forty-eighth to fifty-seventh held-out batches): most
 * were services' own sentences about a key, a token, a plan, a limit or a blocked address, in words no phrase table
 * held. The words still lean. A small linear model learned from the real corpus (test/fixtures/real, every capture
 * with its source; scripts/learn-words.ts writes src/knowledge/refusals/lean-table.ts) weighs each word of the answer
 * towards a layer; where one layer outweighs the service's own rule by LEAN_MARGIN, and the answer's own words carry
 * WORDS_MARGIN of it, the guess takes it, still unsure (below UNSURE_BELOW), with the words that weighed most as its
 * evidence. Learned from the batches before each of the forty-eighth to fifty-eighth and read on that batch's
 * status-only guesses on a 400 or a bare 403, the words took 24 of 74 right against the status's 17, moving eight (one
 * to another wrong layer). Its limits, from the red-team review of the fifty-eighth batch: a validation error's words
 * ("required", "too many items") can still lean, so it stays unsure and only where nothing else spoke.
 */

import { isRecord, jsonOf } from '../http/json.ts';
import { LEAN_BIAS, LEAN_LAYERS, LEAN_VOCABULARY, LEAN_WEIGHTS } from '../knowledge/refusals/lean-table.ts';
import type { Exchange, Layer } from '../types.ts';

/** How much more (in log-odds) a layer must weigh than the service's own rule ('app') to take the guess. */
export const LEAN_MARGIN = 2;

/** How much more the answer's own words alone (without its kind, its URL or the table's bias) must weigh. */
const WORDS_MARGIN = 2;

/** The most one word carries towards WORDS_MARGIN. */
const WORD_CAP = 2;

/** A word shown as evidence weighs at least this much towards the layer over the service's rule (hundredths). */
const SHOWN_PULL = 30;

/** Only the head of an answer is read: a refusal says why early, and a hostile page must not cost more. */
const READ = 4096;

/**
 * Words that carry no refusal, left out in learning and reading alike: markup, JSON literals, English glue, and the
 * names of an error object's own fields (every API's answer has a code and a message; which API wrote more of them
 * into the corpus is no evidence of a layer).
 */
const STOP = new Set(
  [
    'the and for you this that with are not from your has have was can please',
    'been being were had did does done may could would should must will shall only out but all any our its their',
    'there here what when which who how also more some such than then these those into about via per just too',
    'http https www com html head body div span class style meta script type content text json null true false',
    'javascript src href',
    'error errors code codes message messages msg data status description detail details info title path reason',
    'result success response',
    // Dates and politeness: block pages print a time ("Thu Mar 14 10:00:00 UTC") and say sorry, so both learned to mean a
    // firewall, and an application's own error page with a date leaned there (review of the sixty-fourth batch).
    'utc gmt mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep oct nov dec',
    "sorry we're you're we've it's",
    // The same glue in the languages the corpus holds most after English (French first: the viewers this is for).
    "les des une est pas n'est cette votre vos nous dans pour sur avec par que qui son ses sont été être avez plus aux",
    "l'accès d'accès qu'il c'est",
    'los las del una por para con que este esta son sus não uma dos das com pelo',
    'der die das und ist nicht ein eine sie ihr mit von für auf den dem des wird',
    'della dei gli una non per con che questo',
  ]
    .join(' ')
    .split(' '),
);

/** Letters, then letters or apostrophes: a word of three or more (any script: French and German answers lean too). */
const WORD = /(?<![\p{L}\d_])\p{L}[\p{L}']{2,}(?![\p{L}\d_])/gu;

/**
 * A media request (a playlist, a segment, a licence): the same words mean another layer there (an invalid token on a
 * segment is the service's link rule, on an API the caller's credentials).
 */
const MEDIA_URL =
  /\.(?:m3u8|mpd|ts|m4s|mp4|aac|key)(?:[?#]|$)|licen[cs]e|widevine|playready|\/hls\/|\/dash\/|manifest|segment|\/live\//i;

/** The words of an answer as the model reads them, with two context marks (its kind, a media URL). */
export function answerWords(exchange: Pick<Exchange, 'body' | 'mimeType' | 'url'>): Set<string> {
  const head = (exchange.body ?? '').slice(0, READ);
  // Identifiers stay whole (account_id, accountNumber): a field's name in a validation message is not the word "account"
  // (review); the tables read codes.
  const text = (
    /^\s*[[{]/.test(head) ? jsonText(exchange.body ?? '', head) : visibleText(head)
  ).toLowerCase();
  const words = new Set<string>();
  for (const match of text.matchAll(WORD)) if (!STOP.has(match[0])) words.add(match[0]);
  const mime = (exchange.mimeType ?? '').toLowerCase();
  words.add(
    `ct:${mime.includes('json') ? 'json' : mime.includes('html') ? 'html' : mime.includes('xml') ? 'xml' : 'other'}`,
  );
  if (MEDIA_URL.test(exchange.url)) words.add('u:media');
  return words;
}

/** The fields that hold an error's code. */
const CODE_KEYS: ReadonlySet<string> = new Set([
  'error',
  'code',
  'errorcode',
  'error_code',
  'reason',
  'status',
  'type',
]);
/** A value that is one identifier, and where its words join. */
const CODE = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*$/;
const CAMEL = /([a-z0-9])([A-Z])/g;

/** How much of a JSON answer is parsed for its texts: more is a document, not a refusal. */
const PARSE = 16_384;
/** A JSON key, read away when the answer does not parse (cut off, or not JSON after all). */
const KEY = /"[^"\\]{0,80}"\s*:/g;

/**
 * A JSON answer's texts: its string values, not its keys nor its flags. `"isGeoBlocked": false` says no geo rule, and
 * every error object has a "code" and a "message"; what the service wrote in them is what leans.
 */
function jsonText(body: string, head: string): string {
  const value = body.length <= PARSE ? jsonOf(body) : undefined;
  if (value === undefined) return head.replace(KEY, ' ');
  const texts: string[] = [];
  let length = 0;
  const walk = (item: unknown, depth: number, key: string): void => {
    if (length >= READ || depth > 8) return;
    if (typeof item === 'string') {
      // An error's code, one identifier, is read as the words it joins (account_suspended, CountryNotAllowed); a field's
      // name stays whole, as a value ("field": "account_id") or inside a sentence (account_id must be…): reviews.
      const code =
        CODE_KEYS.has(key.toLowerCase()) && CODE.test(item)
          ? item.replace(CAMEL, '$1 $2').replaceAll('_', ' ')
          : item;
      texts.push(code);
      length += code.length + 1;
    } else if (Array.isArray(item)) for (const entry of item) walk(entry, depth + 1, key);
    else if (isRecord(item)) for (const [name, entry] of Object.entries(item)) walk(entry, depth + 1, name);
  };
  walk(value, 0, '');
  return texts.join(' ').slice(0, READ);
}

/**
 * The text between tags, without scripts and style sheets: one pass, linear in the length whatever the page holds (an
 * unclosed tag or a thousand `<script` openings cost no more than plain text).
 */
function visibleText(html: string): string {
  let out = '';
  let at = 0;
  const lower = html.toLowerCase();
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) {
      out += html.slice(at);
      break;
    }
    out += `${html.slice(at, open)} `;
    const close = html.indexOf('>', open + 1);
    if (close < 0) break;
    const tag = /^<(script|style)\b/.exec(lower.slice(open, open + 8))?.[1];
    if (tag) {
      const end = lower.indexOf(`</${tag}`, close + 1);
      if (end < 0) break;
      at = end;
      continue;
    }
    at = close + 1;
  }
  return out;
}

let weights: Map<string, readonly number[]> | undefined;
let builtFrom: readonly string[] | undefined;

/** A learned table as the reading needs it: each word's row, the layers' bias, the layers in row order. */
export interface LeanTable {
  rows: ReadonlyMap<string, readonly number[]>;
  bias: readonly number[];
  layers: readonly Layer[];
}

/** A table's words and flat weights as rows, as scripts/learn-words.ts writes them. */
export function leanRows(
  vocabulary: readonly string[],
  flat: readonly number[],
  size: number,
): Map<string, readonly number[]> {
  return new Map(vocabulary.map((word, index) => [word, flat.slice(index * size, index * size + size)]));
}

/**
 * The shipped table, built on first use: the worker's tables are filled from its knowledge file, never at load, and
 * a file installed again brings a new vocabulary.
 */
function shippedTable(): LeanTable {
  if (!weights || builtFrom !== LEAN_VOCABULARY) {
    builtFrom = LEAN_VOCABULARY;
    weights = leanRows(LEAN_VOCABULARY, LEAN_WEIGHTS, LEAN_LAYERS.length);
  }
  return { rows: weights, bias: LEAN_BIAS, layers: LEAN_LAYERS };
}

export interface Lean {
  layer: Layer;
  /** Log-odds over the service's own rule. */
  margin: number;
  /** The answer's words that weighed most towards the layer, for the evidence. */
  words: string[];
}

/** The layer an unmarked refusal's words lean to, or null when none outweighs the service's own rule by the margin. */
export function wordLean(exchange: Pick<Exchange, 'body' | 'mimeType' | 'url'>): Lean | null {
  return leanFrom(shippedTable(), exchange);
}

/**
 * The reading itself, with the table given (scripts and tests measure tables learned from part of the corpus). The
 * answer's kind and the table's bias set where a guess starts; the answer's own words must then carry it, by
 * WORDS_MARGIN on their own: one word shared with refusals of another layer ("required", "found", "date") does not.
 */
export function leanFrom(
  table: LeanTable,
  exchange: Pick<Exchange, 'body' | 'mimeType' | 'url'>,
): Lean | null {
  const size = table.layers.length;
  const total = [...table.bias];
  const present: (readonly number[])[] = [];
  const named: string[] = [];
  const words = answerWords(exchange);
  for (const word of words) {
    const row = table.rows.get(word);
    if (!row) continue;
    for (let layer = 0; layer < size; layer++) total[layer] = (total[layer] ?? 0) + (row[layer] ?? 0);
    if (word.includes(':')) continue;
    present.push(row);
    named.push(word);
  }
  const own = table.layers.indexOf('app');
  // A firewall writes pages; in an API's JSON the service speaks (as for the stated phrases: kind 6 of issue #12).
  const page = !words.has('ct:json') && !/^\s*[[{]/.test((exchange.body ?? '').slice(0, READ));
  let best = own;
  for (let layer = 0; layer < size; layer++)
    if ((total[layer] ?? 0) > (total[best] ?? 0) && (page || table.layers[layer] !== 'waf')) best = layer;
  const margin = ((total[best] ?? 0) - (total[own] ?? 0)) / 100;
  const pull = (row: readonly number[]) => (row[best] ?? 0) - (row[own] ?? 0);
  // Each word carries at most WORD_CAP of it: one strong word does not outvote the words against it (review).
  const carried = present.reduce((sum, row) => sum + Math.min(pull(row), WORD_CAP * 100), 0) / 100;
  if (best === own || margin < LEAN_MARGIN || carried < WORDS_MARGIN) return null;
  const leaned = named
    .map((word, index) => ({ word, pull: pull(present[index] ?? []) }))
    .filter((item) => item.pull >= SHOWN_PULL)
    .sort((a, b) => b.pull - a.pull || (a.word < b.word ? -1 : 1))
    .slice(0, 4)
    .map((item) => item.word);
  if (leaned.length === 0) return null;
  return { layer: table.layers[best] as Layer, margin, words: leaned };
}
