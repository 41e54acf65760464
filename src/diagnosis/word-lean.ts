/**
 * When nothing named the refuser — no vendor's mark, no panel reply, no token, no cause in a phrase we hold — the
 * status alone used to decide: a bare 403 read as the service's own rule. On captures nobody here had seen, that
 * guess was right for one refusal in five (13 of 62 over the forty-eighth to fifty-seventh held-out batches): most
 * were services' own sentences about a key, a token, a plan, a limit or a blocked address, in words no phrase table
 * held. The words still lean. A small linear model learned from the real corpus (test/fixtures/real, every capture
 * with its source; scripts/learn-words.ts writes src/knowledge/refusals/lean-table.ts) weighs each word of the answer
 * towards a layer; where one layer outweighs the service's own rule by LEAN_MARGIN, the guess takes it, still unsure
 * (below UNSURE_BELOW), with the words that weighed most as its evidence. Learned from the batches before each of
 * the ten and read on it, the words took 26 of those 62 guesses right against the status's 13 (at a margin of 1, 31,
 * but four of the corpus's own service rules then read as something else: the margin keeps what the corpus holds).
 */

import { isRecord, jsonOf } from '../http/json.ts';
import { LEAN_BIAS, LEAN_LAYERS, LEAN_VOCABULARY, LEAN_WEIGHTS } from '../knowledge/refusals/lean-table.ts';
import type { Exchange, Layer } from '../types.ts';

/** How much more (in log-odds) a layer must weigh than the service's own rule ('app') to take the guess. */
export const LEAN_MARGIN = 2;

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
    'there here what when which who how also more some such than then these those into about via per just',
    'http https www com html head body div span class style meta script type content text json null true false',
    'javascript src href',
    'error errors code codes message messages msg data status description detail details info title path reason',
    'result success response',
  ]
    .join(' ')
    .split(' '),
);

/** Letters, then letters or apostrophes: a word of three or more (any script: French and German answers lean too). */
const WORD = /\p{L}[\p{L}']{2,}/gu;
const CAMEL = /(\p{Ll})(\p{Lu})/gu;

/**
 * A media request (a playlist, a segment, a licence): the same words mean another layer there (an invalid token on a
 * segment is the service's link rule, on an API the caller's credentials).
 */
const MEDIA_URL =
  /\.(?:m3u8|mpd|ts|m4s|mp4|aac|key)(?:[?#]|$)|licen[cs]e|widevine|playready|\/hls\/|\/dash\/|manifest|segment|\/live\//i;

/** The words of an answer as the model reads them, with two context marks (its kind, a media URL). */
export function answerWords(exchange: Pick<Exchange, 'body' | 'mimeType' | 'url'>): Set<string> {
  const head = (exchange.body ?? '').slice(0, READ);
  const text = (/^\s*[[{]/.test(head) ? jsonText(exchange.body ?? '', head) : visibleText(head))
    .replace(CAMEL, '$1 $2')
    .toLowerCase()
    .replaceAll('_', ' ');
  const words = new Set<string>();
  for (const match of text.matchAll(WORD)) if (!STOP.has(match[0])) words.add(match[0]);
  const mime = (exchange.mimeType ?? '').toLowerCase();
  words.add(
    `ct:${mime.includes('json') ? 'json' : mime.includes('html') ? 'html' : mime.includes('xml') ? 'xml' : 'other'}`,
  );
  if (MEDIA_URL.test(exchange.url)) words.add('u:media');
  return words;
}

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
  const walk = (item: unknown, depth: number): void => {
    if (length >= READ || depth > 8) return;
    if (typeof item === 'string') {
      texts.push(item);
      length += item.length + 1;
    } else if (Array.isArray(item)) for (const entry of item) walk(entry, depth + 1);
    else if (isRecord(item)) for (const entry of Object.values(item)) walk(entry, depth + 1);
  };
  walk(value, 0);
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

/**
 * The table as a map, built on first use: the worker's tables are filled from its knowledge file, never at load, and
 * a file installed again brings a new vocabulary.
 */
function table(): Map<string, readonly number[]> {
  if (weights && builtFrom === LEAN_VOCABULARY) return weights;
  const size = LEAN_LAYERS.length;
  builtFrom = LEAN_VOCABULARY;
  weights = new Map(
    LEAN_VOCABULARY.map((word, index) => [word, LEAN_WEIGHTS.slice(index * size, index * size + size)]),
  );
  return weights;
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
  const rows = table();
  const present: (readonly number[])[] = [];
  const named: string[] = [];
  const words = answerWords(exchange);
  for (const word of words) {
    const row = rows.get(word);
    if (row) {
      present.push(row);
      named.push(word);
    }
  }
  const scores = LEAN_BIAS.map((bias, layer) => present.reduce((sum, row) => sum + (row[layer] ?? 0), bias));
  const own = LEAN_LAYERS.indexOf('app');
  // A firewall writes pages; in an API's JSON the service speaks (as for the stated phrases: kind 6 of issue #12).
  const page = !words.has('ct:json') && !/^\s*[[{]/.test(exchange.body ?? '');
  let best = own;
  for (let layer = 0; layer < scores.length; layer++)
    if ((scores[layer] ?? 0) > (scores[best] ?? 0) && (page || LEAN_LAYERS[layer] !== 'waf')) best = layer;
  const margin = ((scores[best] ?? 0) - (scores[own] ?? 0)) / 100;
  if (best === own || margin < LEAN_MARGIN) return null;
  const pull = (row: readonly number[]) => (row[best] ?? 0) - (row[own] ?? 0);
  const leaned = named
    .map((word, index) => ({ word, pull: pull(present[index] ?? []) }))
    .filter((item) => item.pull >= SHOWN_PULL && !item.word.includes(':'))
    .sort((a, b) => b.pull - a.pull || (a.word < b.word ? -1 : 1))
    .slice(0, 4)
    .map((item) => item.word);
  // The answer's own words must lean, not only its kind or its URL: an empty 403 says nothing more than its status.
  if (leaned.length === 0) return null;
  return { layer: LEAN_LAYERS[best] as Layer, margin, words: leaned };
}
