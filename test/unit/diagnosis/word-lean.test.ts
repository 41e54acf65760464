/**
 * The lean of an unmarked refusal's words (src/diagnosis/word-lean.ts): the table is the one the real corpus gives,
 * the reading of words is the one it was learned with, and it moves only a guess the status alone made.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusExamples, fingerprint, LAYERS, learn } from '../../../scripts/learn-words.ts';
import { analyze } from '../../../src/diagnosis/analyze.ts';
import {
  answerWords,
  LEAN_MARGIN,
  type LeanTable,
  leanFrom,
  leanRows,
  wordLean,
} from '../../../src/diagnosis/word-lean.ts';
import {
  LEAN_BIAS,
  LEAN_LAYERS,
  LEAN_TRAINED_ON,
  LEAN_VOCABULARY,
  LEAN_WEIGHTS,
} from '../../../src/knowledge/refusals/lean-table.ts';
import { parseHar } from '../../../src/outputs/har/read.ts';
import type { Exchange } from '../../../src/types.ts';

const REAL = join(import.meta.dirname, '../../fixtures/real');

const exchange = (status: number, body: string, more: Partial<Exchange> = {}): Exchange => ({
  url: 'https://api.example.test/v1/items',
  method: 'GET',
  status,
  startedAt: 0,
  requestHeaders: [],
  responseHeaders: [{ name: 'Content-Type', value: 'application/json' }],
  mimeType: 'application/json',
  body,
  ...more,
});

const realCapture = (file: string) => parseHar(readFileSync(join(REAL, file), 'utf8'));

describe('the word table', () => {
  const examples = corpusExamples(REAL);

  it('was learned from the corpus as it is (after a batch: npm run learn-words)', () => {
    expect(LEAN_TRAINED_ON.captures).toBe(examples.length);
    expect(LEAN_TRAINED_ON.inputs).toBe(fingerprint(examples));
    expect(LEAN_LAYERS).toEqual(LAYERS);
  });

  it('is what learning from it gives (nobody edited a weight by hand)', () => {
    const learned = learn(examples);
    expect(learned.vocabulary).toEqual(LEAN_VOCABULARY);
    // Hundredths: another Node's Math.exp may round one of them the other way, never more.
    const apart = (a: readonly number[], b: readonly number[]) =>
      Math.max(...a.map((value, at) => Math.abs(value - (b[at] ?? Number.NaN))));
    expect(learned.weights).toHaveLength(LEAN_WEIGHTS.length);
    expect(apart(learned.weights, LEAN_WEIGHTS)).toBeLessThanOrEqual(1);
    expect(apart(learned.bias, LEAN_BIAS)).toBeLessThanOrEqual(1);
  });

  it('keeps words shared by captures of several services, not one service’s idiom', () => {
    expect(LEAN_VOCABULARY.length).toBeGreaterThan(100);
    expect(LEAN_WEIGHTS).toHaveLength(LEAN_VOCABULARY.length * LEAN_LAYERS.length);
    for (const word of LEAN_VOCABULARY) {
      const carriers = examples.filter((example) => example.words.includes(word)).length;
      expect(carriers, word).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('reading an answer’s words', () => {
  it('reads the visible text only: no scripts, styles or markup', () => {
    const words = answerWords(
      exchange(
        403,
        '<html><head><style>.blocked{margin:0}</style><script>var forbiddenToken = 1;</script></head><body><p class="denied">Subscription expired</p></body></html>',
        { mimeType: 'text/html' },
      ),
    );
    expect([...words].sort()).toEqual(['ct:html', 'expired', 'subscription']);
  });

  it('keeps identifiers inside a sentence whole; a code alone is read as its words', () => {
    const words = answerWords(
      exchange(400, '{"error":"account_id must be an integer","code":"INVALID_API_KEY"}'),
    );
    // A value that is one identifier is a code, read as its words.
    expect(words).toEqual(new Set(['integer', 'invalid', 'api', 'key', 'ct:json']));
    expect(answerWords(exchange(400, '{"message":["accountNumber should not be empty"]}'))).toEqual(
      new Set(['accountnumber', 'empty', 'ct:json']),
    );
  });

  it('reads a JSON answer’s texts, not its keys nor its flags', () => {
    const flags = answerWords(
      exchange(403, '{"isGeoBlocked": false, "rate_limited": 0, "items": [{"note": "Plan expired"}]}'),
    );
    expect(flags).toEqual(new Set(['plan', 'expired', 'ct:json']));
    // Cut off, it does not parse: its keys are read away all the same.
    const cut = answerWords(exchange(403, '{"geoBlocked": true, "message": "Subscription exp'));
    expect(cut).toEqual(new Set(['subscription', 'exp', 'ct:json']));
  });

  it('reads words of any script and marks a media request', () => {
    const words = answerWords(
      exchange(403, 'Vidéo indisponible dans votre pays', {
        url: 'https://cdn.example.test/live/index.m3u8',
      }),
    );
    // "dans", "votre": glue in French as "in", "your" in English.
    expect(words).toEqual(new Set(['vidéo', 'indisponible', 'pays', 'ct:json', 'u:media']));
  });

  it('reads the head of the answer only, whatever a hostile page sends after it', () => {
    const flood = `${'<script '.repeat(600)}<b>${'x'.repeat(8000)} quota exceeded`;
    const words = answerWords(exchange(403, flood, { mimeType: 'text/html' }));
    expect(words.has('quota')).toBe(false);
    const unclosed = answerWords(
      exchange(403, `Forbidden <${'a'.repeat(10_000)}`, { mimeType: 'text/plain' }),
    );
    expect(unclosed).toEqual(new Set(['forbidden', 'ct:other']));
  });
});

describe('the lean of an unmarked refusal', () => {
  it('says nothing for an answer without words: an empty 403 is its status alone', () => {
    expect(wordLean(exchange(403, ''))).toBeNull();
    expect(wordLean(exchange(403, '{}'))).toBeNull();
  });

  it('names the words it leaned on, under the margin nothing', () => {
    const lean = wordLean(exchange(403, '{"message":"Too many requests, slow down"}'));
    expect(lean?.layer).toBe('rate-limit');
    expect(lean?.margin).toBeGreaterThanOrEqual(LEAN_MARGIN);
    expect(lean?.words).toEqual(expect.arrayContaining(['many', 'requests']));
    // One word another layer's refusals share is not enough: a form's check stays the service's rule.
    expect(wordLean(exchange(400, '{"message":"Password is too short"}'))).toBeNull();
  });

  it('never leans to a firewall inside an API’s JSON: the service speaks there', () => {
    const page = exchange(
      403,
      '<html><body><h1>Request blocked</h1><p>Your request was blocked by our security rules. Reference 18.2c4e</p></body></html>',
      {
        mimeType: 'text/html',
      },
    );
    const api = exchange(
      403,
      '{"message":"Your request was blocked by our security rules. Reference 18.2c4e"}',
    );
    expect(wordLean(page)?.layer).toBe('waf');
    expect(wordLean(api)?.layer).not.toBe('waf');
  });

  it('moves a bare 403’s guess, stays unsure and says it is a guess from words', () => {
    // IKEA's smart-home gateway refusing a call without its token (a layer-ambiguous capture of the corpus).
    const verdict = analyze(realCapture('ikea-403-rotera-unauthorized.har')).verdict;
    expect(verdict.layer).toBe('auth');
    expect(verdict.confidence).toBeLessThan(0.6);
    expect(verdict.evidence.join('\n')).toMatch(
      /its words \("unauthorized"\) lean towards auth: a guess from words/,
    );
  });

  it('never moves a verdict that a marker, a stated cause or another status made', () => {
    // A 404 is not-found whatever its words; a 401 is the credentials' own status.
    const gone = analyze([exchange(404, '{"message":"Subscription expired for this account"}')]).verdict;
    expect(gone.layer).toBe('not-found');
    expect(gone.evidence.join('\n')).not.toMatch(/guess from words/);
    const unauthorised = analyze([exchange(401, '{"message":"Too many requests, try again later"}')]).verdict;
    expect(unauthorised.evidence.join('\n')).not.toMatch(/guess from words/);
  });
});

describe('on captures it did not learn from', () => {
  it('learned without the fifty-eighth batch, its leans on that batch’s 400s and 403s are right more often than not', () => {
    const labels = JSON.parse(readFileSync(join(REAL, 'labels.json'), 'utf8')) as Record<
      string,
      { layer: string; ambiguous: string[]; note?: string }
    >;
    const held = (file: string) => labels[file]?.note?.includes('fifty-eighth batch') === true;
    const learned = learn(corpusExamples(REAL).filter((example) => !held(example.file)));
    const table: LeanTable = {
      rows: leanRows(learned.vocabulary, learned.weights, LAYERS.length),
      bias: learned.bias,
      layers: LAYERS,
    };
    let right = 0;
    let wrong = 0;
    for (const [file, label] of Object.entries(labels)) {
      // Every refusal of the batch on a 400 or a 403, whatever else read it: where the words lean, are they right?
      if (!held(file) || label.ambiguous.includes('layer')) continue;
      const refused = realCapture(file)
        .filter((one) => one.status === 400 || one.status === 403)
        .at(-1);
      const lean = refused ? leanFrom(table, refused) : null;
      if (!lean) continue;
      if (lean.layer === label.layer) right += 1;
      else wrong += 1;
    }
    expect(right + wrong).toBeGreaterThan(0);
    expect(right).toBeGreaterThan(wrong);
  });
});
