/**
 * A refusal's cause read from its message's words (src/knowledge/refusals/vocabulary-table.ts): a topic word and a
 * refusal word close together in one sentence. Weaker than a sentence of the stated table, which someone copied
 * from a real page: the diagnosis reads it only when nothing else named the cause, and says it is unsure.
 *
 * Only the refusal's message is read — an API's short string values, a page's title, a short page or text — never a
 * long page, where "country" and "not available" are a menu and a footer apart.
 */
import { readHtml } from '../../http/markup.ts';
import type { Layer } from '../../types.ts';
import { CAUSE_TOPICS, CAUSE_WORD_GAP } from './vocabulary-table.ts';

export interface WordedCause {
  layer: Layer;
  /** The words that decided, lower case, as read ("location is not supported"). */
  phrase: string;
}

/** A term of the table as words, looked up by its first word. */
type Terms = ReadonlyMap<string, readonly (readonly string[])[]>;

interface Compiled {
  layer: Layer;
  statuses?: readonly number[];
  topics: Terms;
  refusals: Terms;
}

let compiled: readonly Compiled[] | undefined;

/** Built on the first refusal read, not at load: in the worker the table arrives then (src/knowledge/shipped.ts). */
function compiledTopics(): readonly Compiled[] {
  compiled ??= CAUSE_TOPICS.map((topic) => {
    const row: Compiled = {
      layer: topic.layer,
      topics: terms(topic.topics),
      refusals: terms(topic.refusals),
    };
    if (topic.statuses) row.statuses = topic.statuses;
    return row;
  });
  return compiled;
}

function terms(list: readonly string[]): Terms {
  const byFirst = new Map<string, string[][]>();
  for (const term of list) {
    const words = wordsOf(term);
    const first = words[0];
    if (first === undefined) continue;
    const known = byFirst.get(first);
    if (known) known.push(words);
    else byFirst.set(first, [words]);
  }
  return byFirst;
}

/**
 * Letters and digits; `-` and apostrophes split words, and "n't" is "not" ("doesn't include"). `_` joins them: a
 * code (`device_revoked_list_stale`) is one word, read whole by the stated table's codes, never in pieces (review).
 */
const WORD = /[\p{L}\p{N}_]+/gu;

function wordsOf(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/n['’]t\b/g, ' not')
      .match(WORD) ?? []
  );
}

/** Where each term found starts and ends (exclusive), in word positions. */
function spans(words: readonly string[], terms: Terms): [number, number][] {
  const found: [number, number][] = [];
  for (let at = 0; at < words.length; at += 1) {
    for (const term of terms.get(words[at]!) ?? []) {
      if (term.every((word, index) => words[at + index] === word)) found.push([at, at + term.length]);
    }
  }
  return found;
}

/** "not" before a refusal word that is not itself a negation: "your country is not blocked" (review). */
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'pas']);
const negated = (words: readonly string[], [start]: [number, number]) =>
  !NEGATIONS.has(words[start]!) && NEGATIONS.has(words[start - 1] ?? '');

/** The words of one sentence that state a topic's refusal, if any: the two terms at most CAUSE_WORD_GAP apart. */
function causeInSentence(words: readonly string[], row: Compiled): string | null {
  const refusals = spans(words, row.refusals).filter((span) => !negated(words, span));
  if (refusals.length === 0) return null;
  for (const [topicStart, topicEnd] of spans(words, row.topics)) {
    for (const [start, end] of refusals) {
      const overlap = start < topicEnd && topicStart < end;
      const gap = start >= topicEnd ? start - topicEnd : topicStart - end;
      if (!overlap && gap <= CAUSE_WORD_GAP)
        return words.slice(Math.min(start, topicStart), Math.max(end, topicEnd)).join(' ');
    }
  }
  return null;
}

/** Sentences end at these; a message's parts (title, values) are read one by one. */
const SENTENCE_END = /[.!?;\n\r]+/;

/** The first cause the texts state in words, trying the table's rows in their order. */
export function wordedCauseIn(texts: readonly string[], status: number): WordedCause | null {
  const sentences = texts.flatMap((text) => text.split(SENTENCE_END)).map(wordsOf);
  for (const row of compiledTopics()) {
    if (row.statuses && !row.statuses.includes(status)) continue;
    for (const words of sentences) {
      const phrase = causeInSentence(words, row);
      if (phrase) return { layer: row.layer, phrase };
    }
  }
  return null;
}

/** A page longer than this is a site's page (help, menus, a footer): only its title is its message. */
const SHORT_TEXT = 600;
/** Error bodies are small; a larger one is read from its start. */
const READ_LIMIT = 16 * 1024;
/** An API's message is a short value; a longer one is content (a description, an article). */
const SHORT_VALUE = 300;
const MAX_VALUES = 40;

/**
 * What a refusal says as its message: an API's short string values, a page's title (and the whole page when it is
 * short), other text when short. Keys, URLs and long values are left out.
 */
export function messageTexts(body: string, json: boolean): string[] {
  const text = body.length > READ_LIMIT ? body.slice(0, READ_LIMIT) : body;
  if (json) {
    const values: string[] = [];
    try {
      collectValues(JSON.parse(text), values, 0);
    } catch {
      // A JSON body cut at the read limit, or a page mislabelled as JSON: read as text.
      return shortText(text);
    }
    return values;
  }
  if (/^\s*</.test(text)) {
    const page = readHtml(text);
    const visible = page.visible.replace(/\s+/g, ' ').trim();
    return visible.length <= SHORT_TEXT ? [page.title, page.visible] : [page.title];
  }
  return shortText(text);
}

function shortText(text: string): string[] {
  return text.replace(/\s+/g, ' ').trim().length <= SHORT_TEXT ? [text] : [];
}

function collectValues(value: unknown, into: string[], depth: number): void {
  if (into.length >= MAX_VALUES || depth > 5) return;
  if (typeof value === 'string') {
    if (value.length <= SHORT_VALUE && !/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) into.push(value);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) collectValues(item, into, depth + 1);
    return;
  }
  if (value && typeof value === 'object')
    for (const item of Object.values(value)) collectValues(item, into, depth + 1);
}
