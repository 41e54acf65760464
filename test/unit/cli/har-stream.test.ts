/**
 * The streaming HAR reader against the whole-file one: for any document and any way of cutting it into
 * chunks, the same exchanges in the same order; and the same one-line errors for files that are not HARs,
 * are cut short, are broken inside an entry, or nest deeper than any export.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { EntryCutter, streamHarFile } from '../../../cli/har-stream.ts';
import { HarInputError, parseHar } from '../../../src/outputs/har/read.ts';
import type { Exchange } from '../../../src/types.ts';

const dir = mkdtempSync(join(tmpdir(), 'iptv-lens-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileNumber = 0;
async function streamed(text: string): Promise<Exchange[]> {
  const path = join(dir, `${fileNumber++}.har`);
  writeFileSync(path, text);
  const out: Exchange[] = [];
  await streamHarFile(path, (exchange) => out.push(exchange));
  return out;
}

const entryArb = fc.record({
  startedDateTime: fc.constantFrom('2026-01-31T20:00:00.000Z', 'not a date'),
  request: fc.record({
    method: fc.constantFrom('GET', 'POST'),
    url: fc.webUrl(),
    headers: fc.array(fc.record({ name: fc.string({ maxLength: 8 }), value: fc.string({ maxLength: 30 }) }), {
      maxLength: 3,
    }),
  }),
  response: fc.record({
    status: fc.constantFrom(200, 403, 0),
    headers: fc.constant([]),
    content: fc.record({
      mimeType: fc.constant('text/html'),
      text: fc.string({ unit: 'grapheme', maxLength: 60 }),
    }),
  }),
  _context: fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
});

describe('EntryCutter', () => {
  it('cuts any HAR, in any chunks, into the entries JSON.parse would give', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(entryArb, fc.jsonValue({ maxDepth: 2 })), { maxLength: 6 }),
        fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 20 }),
        fc.constantFrom('', '  \n', '\ufeff'),
        (entries, cuts, lead) => {
          const text = `${lead}{"log":{"version":"1.2","pages":[{"title":"x\\"]"}],"entries":${JSON.stringify(entries)},"comment":"[{"}}`;
          const bytes = Buffer.from(text, 'utf8');
          const got: unknown[] = [];
          const cutter = new EntryCutter((entry) => got.push(JSON.parse(entry)));
          let at = 0;
          for (const cut of cuts) {
            cutter.write(bytes.subarray(at, at + cut));
            at += cut;
          }
          cutter.write(bytes.subarray(at));
          cutter.end();
          expect(got).toEqual(JSON.parse(JSON.stringify(entries)));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('streamHarFile', () => {
  it('reads the same exchanges as parseHar, or fails the same way', async () => {
    const sample = fc.sample(fc.array(entryArb, { minLength: 1, maxLength: 8 }), { numRuns: 30, seed: 4 });
    const outcome = async (read: () => Promise<unknown>) =>
      read().then(
        (exchanges) => exchanges,
        (error: unknown) => (error instanceof HarInputError ? error.code : error),
      );
    for (const entries of sample) {
      const text = JSON.stringify({ log: { version: '1.2', entries } });
      expect(await outcome(() => streamed(text))).toEqual(await outcome(async () => parseHar(text)));
    }
  });

  it.each([
    ['not JSON', 'hello', 'not-json'],
    ['a JSON list', '[1,2]', 'json-list'],
    ['markup', '<html></html>', 'markup'],
    ['empty', '', 'empty'],
    ['no log.entries', '{"log":{"pages":[]}}', 'not-har'],
    ['cut short', '{"log":{"entries":[{"request":{"url":"http://a', 'truncated'],
    ['broken inside an entry', '{"log":{"entries":[{"request":{"url":}}]}}', 'invalid-json'],
    ['mismatched brackets', '{"log":{"entries":[}}', 'invalid-json'],
    [
      'nested 100 000 levels in _context',
      `{"log":{"entries":[{"_context":${'['.repeat(100_000)}${']'.repeat(100_000)}}]}}`,
      'too-deep',
    ],
  ])('%s: one HarInputError', async (_name, text, code) => {
    const error = await streamed(text).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(HarInputError);
    expect((error as HarInputError).code).toBe(code);
    expect((error as HarInputError).message.length).toBeLessThan(300);
  });
});
