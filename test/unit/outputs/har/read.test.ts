import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HarInputError, parseHar, readHar } from '../../../../src/outputs/har/read.ts';

const FIXTURES = new URL('../../../fixtures/har/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

function errorOf(run: () => unknown): HarInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(HarInputError);
    return error as HarInputError;
  }
  throw new Error('expected a HarInputError');
}

function minimalHar(entries: unknown[]): string {
  return JSON.stringify({ log: { version: '1.2', creator: { name: 't', version: '1' }, entries } });
}

describe('parseHar — Chrome DevTools export', () => {
  const exchanges = parseHar(fixture('chrome-xtream-login-ok-stream-403.har'));

  it('keeps every entry, in file order', () => {
    expect(exchanges.map((exchange) => exchange.status)).toEqual([200, 200, 403, 0, 200]);
  });

  it('maps the fields the engine reads', () => {
    const login = exchanges[0]!;
    expect(login).toMatchObject({
      url: 'http://panel.example.com:8080/player_api.php?username=demo&password=demo',
      method: 'GET',
      status: 200,
      statusText: 'OK',
      startedAt: Date.parse('2024-06-01T10:00:00.120Z'),
      durationMs: 84.5,
      mimeType: 'application/json',
      serverIp: '203.0.113.10',
      context: { resourceType: 'fetch' },
    });
    expect(login.error).toBeUndefined();
    expect(JSON.parse(login.body ?? '')).toMatchObject({ user_info: { auth: 1, status: 'Active' } });
    expect(login.responseHeaders).toContainEqual({ name: 'Server', value: 'nginx' });
    expect(login.requestHeaders).toHaveLength(4);
  });

  it('decodes base64 bodies of textual types as UTF-8, and leaves binary ones out', () => {
    expect(JSON.parse(exchanges[1]!.body ?? '')).toEqual([
      { category_id: '1', category_name: 'FR | Généraliste', parent_id: 0 },
      { category_id: '2', category_name: 'FR | Sport', parent_id: 0 },
    ]);
    expect(exchanges[4]!.mimeType).toBe('image/png');
    expect(exchanges[4]!.body).toBeUndefined();
  });

  it('strips the brackets Chrome puts around IPv6 addresses', () => {
    expect(exchanges[2]!.serverIp).toBe('2606:4700::6810:1');
  });

  it('reads a transport failure as status 0 with the net error, and "x-unknown" as no MIME type', () => {
    const failed = exchanges[3]!;
    expect(failed).toMatchObject({ status: 0, error: 'net::ERR_CONNECTION_RESET', durationMs: 0 });
    expect(failed.mimeType).toBeUndefined();
    expect(failed.serverIp).toBeUndefined();
    expect(failed.statusText).toBeUndefined();
  });

  it("keeps Chrome's cache flag in the context", () => {
    expect(exchanges[4]!.context).toEqual({ resourceType: 'image', fromCache: true });
  });
});

describe('parseHar — Firefox DevTools export', () => {
  const exchanges = parseHar(fixture('firefox-stalker-blocked-subscriber.har'));

  it('reads HAR 1.1 with local-time offsets and MIME parameters', () => {
    expect(exchanges).toHaveLength(4);
    expect(exchanges[0]!.startedAt).toBe(Date.parse('2024-06-02T19:15:03.101Z'));
    expect(exchanges[1]!.mimeType).toBe('text/javascript; charset=UTF-8');
    expect(JSON.parse(exchanges[1]!.body ?? '')).toMatchObject({ js: { status: 1 } });
    expect(exchanges[0]!.context).toBeUndefined();
  });

  it('reads a failed request (Firefox writes no error field) as status 0 without error', () => {
    const failed = exchanges[3]!;
    expect(failed.status).toBe(0);
    expect(failed.error).toBeUndefined();
    expect(failed.body).toBeUndefined();
    expect(failed.responseHeaders).toEqual([]);
  });
});

describe('parseHar — errors a person can act on', () => {
  it.each([
    ['empty.har', 'empty', /empty/],
    ['whitespace-only.har', 'empty', /empty/],
    ['truncated.har', 'truncated', /cut short \(truncated JSON\)/],
    ['not-har-object.har', 'not-har', /no "log" object with an "entries" list/],
    ['entries-not-a-list.har', 'not-har', /no "log" object with an "entries" list/],
    ['json-list.har', 'json-list', /JSON list, but a HAR is an object/],
    ['html-page.har', 'markup', /HTML or XML page/],
    ['binary-junk.har', 'binary', /binary data/],
    ['gzip-compressed.har', 'gzip', /gzip-compressed/],
    [
      'all-entries-broken.har',
      'no-readable-entries',
      /None of the 5 HAR entries is a readable request \(entry 1: not an object\)/,
    ],
  ])('%s → %s', (name, code, message) => {
    const error = errorOf(() => parseHar(fixture(name)));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/Save all as HAR/);
    expect(error.name).toBe('HarInputError');
    expect(error.text.en).toBe(error.message);
    expect(error.text.fr).toMatch(/format HAR/);
    expect(error.text.fr).not.toBe(error.text.en);
  });

  it('says it in French too', () => {
    expect(errorOf(() => parseHar(fixture('truncated.har'))).text.fr).toMatch(
      /^Le fichier est incomplet \(JSON tronqué\)/,
    );
    expect(errorOf(() => parseHar(fixture('all-entries-broken.har'))).text.fr).toMatch(
      /^Aucune des 5 entrées du HAR n'est une requête lisible \(l'entrée 1 n'est pas un objet\)/,
    );
    expect(errorOf(() => parseHar(fixture('invalid-json.har'))).text.fr).toMatch(
      /erreur ligne 5, colonne \d+/,
    );
  });

  it('says where invalid JSON breaks, by line and column', () => {
    const error = errorOf(() => parseHar(fixture('invalid-json.har')));
    expect(error.message).toMatch(/not valid JSON/);
    expect(error.message).toMatch(/line 5, column \d+/);
  });

  it('reports JSON that ends early inside a string as truncated too', () => {
    expect(errorOf(() => parseHar('{"log":{"entries":[{"request":{"url":"http://a')).message).toMatch(
      /truncated/,
    );
  });

  it('rejects a value that is not text or not an object', () => {
    expect(errorOf(() => parseHar(undefined as unknown as string)).code).toBe('no-text');
    expect(errorOf(() => readHar(null)).code).toBe('not-har');
    expect(errorOf(() => readHar({ log: 'x' })).code).toBe('not-har');
  });

  it('refuses 50 MB of garbage with a short message that quotes none of it', () => {
    // How fast is the bench's business (npm run bench); here, only what the person reads.
    const garbage = 'x7Qz!'.repeat(10 * 1024 * 1024);
    const braced = `{${garbage}`;
    for (const text of [garbage, braced]) {
      const error = errorOf(() => parseHar(text));
      expect(error.message.length).toBeLessThan(300);
      expect(error.message).not.toContain('x7Qz');
    }
  });

  it('throws only HarInputError, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((value) => JSON.stringify({ log: value })),
        ),
        (text) => {
          try {
            expect(Array.isArray(parseHar(text))).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(HarInputError);
          }
        },
      ),
    );
  });
});

describe('parseHar — tolerance', () => {
  it('skips a few broken entries and says so once', () => {
    const warnings: string[] = [];
    const exchanges = parseHar(fixture('some-entries-broken.har'), {
      onWarning: (message) => warnings.push(message),
    });
    expect(exchanges).toHaveLength(5);
    expect(warnings).toEqual([
      'Skipped 2 of 7 HAR entries that are not requests (entry 2: not an object).',
      '1 HAR entries have no valid startedDateTime: their time is unknown.',
    ]);
    expect(exchanges[0]!.startedAt).toBe(0);
  });

  it('accepts an empty HAR and a byte-order mark', () => {
    expect(parseHar(minimalHar([]))).toEqual([]);
    expect(parseHar(`\uFEFF${minimalHar([{ request: { url: 'http://a.example/' } }])}`)).toHaveLength(1);
  });

  it('fills defaults for what a minimal entry lacks', () => {
    const [exchange] = parseHar(minimalHar([{ request: { url: 'http://a.example/x' } }]));
    expect(exchange).toEqual({
      url: 'http://a.example/x',
      method: 'GET',
      status: 0,
      startedAt: 0,
      requestHeaders: [],
      responseHeaders: [],
    });
  });

  it('keeps only well-typed context fields, and drops malformed headers', () => {
    const [exchange] = parseHar(
      minimalHar([
        {
          startedDateTime: '2024-06-01T10:00:00Z',
          time: -1,
          request: {
            url: 'http://a.example/',
            method: 'POST',
            headers: [{ name: 'A', value: 1 }, null, { value: 'x' }],
          },
          response: {
            status: '403',
            headers: 'nope',
            content: { text: 'QUJD', encoding: 'base64', mimeType: 'text/plain' },
          },
          _context: {
            network: 'home-wifi',
            vpn: 'yes',
            rtt: 'fast',
            retryCount: 3,
            tabId: Number.NaN,
            extra: 1,
          },
          _error: 'net::ERR_FAILED',
        },
      ]),
    );
    expect(exchange).toMatchObject({ method: 'POST', status: 403, body: 'ABC', error: 'net::ERR_FAILED' });
    expect(exchange!.durationMs).toBeUndefined();
    expect(exchange!.requestHeaders).toEqual([{ name: 'A', value: '1' }]);
    expect(exchange!.responseHeaders).toEqual([]);
    expect(exchange!.context).toEqual({ network: 'home-wifi', retryCount: 3 });
  });

  it('does not alias the caller’s objects when reading a parsed value', () => {
    const headers = [{ name: 'Server', value: 'nginx' }];
    const value = {
      log: { entries: [{ request: { url: 'http://a.example/' }, response: { status: 200, headers } }] },
    };
    const [exchange] = readHar(value);
    expect(exchange!.responseHeaders).toEqual(headers);
    expect(exchange!.responseHeaders).not.toBe(headers);
    expect(exchange!.responseHeaders[0]).not.toBe(headers[0]);
  });

  it('leaves a body that claims base64 but is not alone', () => {
    const [exchange] = parseHar(
      minimalHar([
        {
          request: { url: 'http://a.example/' },
          response: { content: { text: '%%%', encoding: 'base64', mimeType: 'text/html' } },
        },
      ]),
    );
    expect(exchange!.body).toBeUndefined();
  });
});
