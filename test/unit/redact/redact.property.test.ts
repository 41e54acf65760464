import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHar } from '../../../src/outputs/har/write.ts';
import {
  redactBody,
  redactExchange,
  redactHarDocument,
  redactText,
  redactUrl,
} from '../../../src/redact/index.ts';
import {
  LEAK_SHAPES,
  type LeakShape,
  type Planted as ShapePlanted,
  spellings as shapeSpellings,
} from '../../fixtures/redact/shapes.ts';

const RUNS = { numRuns: 300 };
const HEAVY_RUNS = { numRuns: 400 };

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
const b64url = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

/** Literal text of the documents built below: a secret must not be a piece of it, or "absent" is meaningless. */
const SKELETON = [
  'http://panel.example.net:8080/player_api.php get.php live movie series timeshift 1234.ts',
  'https://cdn.example.com/hls/ch1/index.m3u8 REDACTED_USER REDACTED_PASS REDACTED',
  'cloudflare 8f1a2b3c4d5e6f70-CDG home-wifi firestick 2025-03-01T20:00:00.000Z HTTP/1.1 GET POST',
  'application/json application/x-www-form-urlencoded text/plain text/html audio/x-mpegurl',
  'seen by support note page comment Welcome expires=1767290400 get_live_streams m3u_plus',
].join(' ');

/** Characters that need every kind of encoding: reserved URL characters, quotes, non-ASCII. */
const SECRET_ALPHABET = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...' !$&()*+,-.:;=?@[]^_{|}~%#/\'"',
  'é',
  'ß',
  '€',
  '中',
];

function isUsableSecret(secret: string): boolean {
  return (
    secret.trim() === secret && /\d/.test(secret) && /[A-Za-z]/.test(secret) && !SKELETON.includes(secret)
  );
}

const secretArb = fc
  .string({ unit: fc.constantFrom(...SECRET_ALPHABET), minLength: 8, maxLength: 24 })
  .filter(isUsableSecret);

/** RFC 7617 forbids ":" in a Basic user-id. */
const basicUserArb = secretArb.filter((secret) => !secret.includes(':'));

/** RFC 6750 b64token. */
const tokenArb = fc
  .string({ unit: fc.constantFrom(...'ABCDEFabcdef0123456789-._~+/XYZxyz'), minLength: 16, maxLength: 40 })
  .filter(isUsableSecret);

const hexByte = fc
  .integer({ min: 0, max: 255 })
  .map((byte) => byte.toString(16).toUpperCase().padStart(2, '0'));
const macArb = fc.array(hexByte, { minLength: 6, maxLength: 6 }).map((bytes) => bytes.join(':'));

/** Every spelling a leak could take in the serialized output. */
function spellings(secret: string): string[] {
  return [
    secret,
    JSON.stringify(secret).slice(1, -1),
    encodeURIComponent(secret),
    new URLSearchParams([['', secret]]).toString().slice(1),
    b64(secret),
    b64url(secret),
  ];
}

function leaks(output: string, secret: string): string[] {
  return spellings(secret).filter((spelled) => output.includes(spelled));
}

describe('Xtream stream URLs', () => {
  it('lose the account segments and keep host, kind, stream id and container', () => {
    fc.assert(
      fc.property(
        fc.domain(),
        fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
        fc.constantFrom('live', 'movie', 'series', 'timeshift', ''),
        secretArb,
        secretArb,
        fc.nat({ max: 10_000_000 }),
        fc.constantFrom('', '.ts', '.m3u8', '.mkv', '.mp4'),
        (host, port, kind, user, pass, streamId, extension) => {
          const base = `http://${host}${port === undefined ? '' : `:${port}`}`;
          const middle = kind === 'timeshift' ? '/120/2025-03-01:19-00' : '';
          const prefix = kind === '' ? '' : `/${kind}`;
          const tail = `${middle}/${streamId}${extension}`;
          const url = `${base}${prefix}/${encodeURIComponent(user)}/${encodeURIComponent(pass)}${tail}`;
          const redacted = redactUrl(url);
          expect(redacted).toBe(`${base}${prefix}/REDACTED_USER/REDACTED_PASS${tail}`);
          const playlist = `#EXTM3U\n#EXTINF:-1,Channel\n${url}\n`;
          expect(redactBody(playlist, 'audio/x-mpegurl')).toBe(`#EXTM3U\n#EXTINF:-1,Channel\n${redacted}\n`);
        },
      ),
      RUNS,
    );
  });
});

const SECRET_NAMES = [
  'username',
  'password',
  'user',
  'pass',
  'pwd',
  'token',
  'access_token',
  'api_key',
  'apikey',
  'key',
  'signature',
  'sig',
  'hash',
  'hmac',
  'Signature',
  'Policy',
  'Key-Pair-Id',
  'X-Amz-Signature',
  'X-Amz-Security-Token',
  'wmsAuthSign',
  'session',
  'sessionid',
  'sid',
  'jwt',
  'sn',
];

const KEPT_PARAMS = [
  'Expires=1767290400',
  'e=1461305812',
  'X-Amz-Date=20250301T200000Z',
  'X-Amz-Expires=900',
  'action=get_live_streams',
  'type=m3u_plus',
  'output=ts',
  'stream=1234',
];

describe('query strings', () => {
  it('lose every secret value, keep every other parameter verbatim and in order', () => {
    const paramArb = fc.oneof(
      fc.record({ name: fc.constantFrom(...SECRET_NAMES), value: secretArb }).map(({ name, value }) => ({
        text: `${name}=${encodeURIComponent(value)}`,
        secret: value,
      })),
      fc.constantFrom(...KEPT_PARAMS).map((text) => ({ text, secret: undefined })),
    );
    fc.assert(
      fc.property(fc.array(paramArb, { minLength: 1, maxLength: 8 }), fc.boolean(), (params, asForm) => {
        const query = params.map((param) => param.text).join('&');
        const redacted = asForm
          ? redactBody(query, 'application/x-www-form-urlencoded')
          : redactUrl(`https://cdn.example.com/hls/ch1/index.m3u8?${query}`);
        for (const param of params) {
          if (param.secret === undefined) expect(redacted).toContain(param.text);
          else expect(leaks(redacted, param.secret)).toEqual([]);
        }
        const redactedQuery = asForm ? redacted : redacted.slice(redacted.indexOf('?') + 1);
        expect(redactedQuery.split('&').map((pair) => pair.split('=')[0])).toEqual(
          params.map((param) => param.text.split('=')[0]),
        );
        if (!asForm) expect(redacted.startsWith('https://cdn.example.com/hls/ch1/index.m3u8?')).toBe(true);
        expect(asForm ? redactBody(redacted, 'application/x-www-form-urlencoded') : redactUrl(redacted)).toBe(
          redacted,
        );
      }),
      RUNS,
    );
  });
});

interface Planted {
  user: string;
  pass: string;
  token: string;
  mac: string;
}

type Har = { log: { entries: Entry[]; pages: Record<string, unknown>[]; comment?: string } };
type Entry = {
  startedDateTime: string;
  request: Record<string, unknown> & { headers: { name: string; value: string }[] };
  response: Record<string, unknown> & { status: number; headers: { name: string; value: string }[] };
  _context: Record<string, unknown>;
};

const PANEL = 'http://panel.example.net:8080';

function emptyEntry(index: number): Entry {
  return {
    startedDateTime: '2025-03-01T20:00:00.000Z',
    request: {
      method: 'GET',
      url: `${PANEL}/player_api.php`,
      httpVersion: 'HTTP/1.1',
      headers: [],
      cookies: [],
    },
    response: {
      status: 400 + index,
      statusText: 'Forbidden',
      httpVersion: 'HTTP/1.1',
      headers: [
        { name: 'Server', value: 'cloudflare' },
        { name: 'CF-RAY', value: '8f1a2b3c4d5e6f70-CDG' },
      ],
      cookies: [],
      content: { size: 0, mimeType: 'text/plain', text: '' },
      redirectURL: '',
    },
    _context: { network: 'home-wifi', device: 'firestick' },
  };
}

/** Where the structural rules find each credential: at least one of these is always planted. */
const DISCOVERIES = {
  account: [
    (entry: Entry, s: Planted) => {
      entry.request.url = `${PANEL}/player_api.php?username=${encodeURIComponent(s.user)}&password=${encodeURIComponent(s.pass)}`;
    },
    (entry: Entry, s: Planted) => {
      entry.request.url = `${PANEL}/live/${encodeURIComponent(s.user)}/${encodeURIComponent(s.pass)}/1234.ts`;
    },
    (entry: Entry, s: Planted) => {
      entry.request.method = 'POST';
      entry.request.postData = {
        mimeType: 'application/x-www-form-urlencoded',
        text: new URLSearchParams({ username: s.user, password: s.pass }).toString(),
      };
    },
    (entry: Entry, s: Planted) => {
      entry.response.content = {
        size: 1,
        mimeType: 'application/json',
        text: JSON.stringify({
          user_info: { username: s.user, password: s.pass, auth: 1, status: 'Active' },
        }),
      };
    },
    (entry: Entry, s: Planted) => {
      entry.request.headers.push({
        name: 'Referer',
        value: `http://${encodeURIComponent(s.user)}:${encodeURIComponent(s.pass)}@panel.example.net:8080/`,
      });
    },
  ],
  token: [
    (entry: Entry, s: Planted) => {
      entry.request.headers.push({ name: 'Authorization', value: `Bearer ${s.token}` });
    },
    (entry: Entry, s: Planted) => {
      entry.response.redirectURL = `https://cdn.example.com/hls/ch1/index.m3u8?token=${encodeURIComponent(s.token)}`;
    },
    (entry: Entry, s: Planted) => {
      entry.response.content = {
        size: 1,
        mimeType: 'application/json',
        text: JSON.stringify({ js: { token: s.token } }),
      };
    },
    (entry: Entry, s: Planted) => {
      entry.request.headers.push({ name: 'X-Api-Key', value: s.token });
    },
    (entry: Entry, s: Planted) => {
      (entry.request.cookies as unknown[]).push({ name: 'token', value: s.token });
    },
  ],
  mac: [
    (entry: Entry, s: Planted) => {
      entry.request.headers.push({ name: 'Cookie', value: `mac=${encodeURIComponent(s.mac)}; stb_lang=en` });
    },
    (entry: Entry, s: Planted) => {
      entry.request.url = `http://portal.example.org/stalker_portal/server/load.php?type=stb&mac=${encodeURIComponent(s.mac)}`;
    },
    (entry: Entry, s: Planted) => {
      entry._context.note = `box ${s.mac}`;
    },
  ],
};

/** Basic needs a user without ":" (RFC 7617); it is a separate discovery. */
const basicDiscovery = (entry: Entry, s: Planted) => {
  entry.request.headers.push({ name: 'Authorization', value: `Basic ${b64(`${s.user}:${s.pass}`)}` });
};

type Spelling = (secret: string) => string;
const ECHO_SPELLINGS: Spelling[] = [(x) => x, encodeURIComponent, b64, b64url];

/** Places that only the secret scrubber can clean: free text under names that mean nothing. */
const ECHOES = [
  (_har: Har, entry: Entry, text: string) => {
    entry._context.note = `seen ${text} by support`;
  },
  (_har: Har, entry: Entry, text: string) => {
    entry.response.headers.push({ name: 'X-Debug', value: text });
  },
  (_har: Har, entry: Entry, text: string) => {
    entry.response.content = { size: 1, mimeType: 'text/plain', text: `Welcome ${text}` };
  },
  (_har: Har, entry: Entry, text: string) => {
    entry.response.content = {
      size: 1,
      mimeType: 'text/plain',
      encoding: 'base64',
      text: b64(`note ${text} page`),
    };
  },
  (har: Har, _entry: Entry, text: string) => {
    har.log.comment = `comment ${text}`;
  },
  (har: Har, _entry: Entry, text: string) => {
    har.log.pages.push({ id: 'page_2', title: `page ${text}`, startedDateTime: '2025-03-01T20:00:00.000Z' });
  },
  (_har: Har, entry: Entry, text: string) => {
    entry.response.redirectURL = `https://cdn.example.com/hls/ch1/index.m3u8?next=${encodeURIComponent(text)}`;
  },
  (_har: Har, entry: Entry, text: string) => {
    entry._context.evidence = [`note ${text}`];
  },
];

const plantedArb = fc.record({ user: basicUserArb, pass: secretArb, token: tokenArb, mac: macArb });

const harArb = fc
  .record({
    planted: plantedArb,
    entryCount: fc.integer({ min: 3, max: 5 }),
    discoveryAt: fc.nat(),
    account: fc.nat({ max: DISCOVERIES.account.length }),
    token: fc.nat({ max: DISCOVERIES.token.length - 1 }),
    mac: fc.nat({ max: DISCOVERIES.mac.length - 1 }),
    echoes: fc.array(
      fc.record({
        secret: fc.constantFrom<keyof Planted>('user', 'pass', 'token', 'mac'),
        place: fc.nat({ max: ECHOES.length - 1 }),
        spelling: fc.nat({ max: ECHO_SPELLINGS.length - 1 }),
        at: fc.nat(),
      }),
      { maxLength: 6 },
    ),
  })
  .filter(({ planted }) => new Set(Object.values(planted)).size === 4)
  .map((plan) => {
    const har: Har = {
      log: { entries: Array.from({ length: plan.entryCount }, (_, index) => emptyEntry(index)), pages: [] },
    };
    const entryAt = (at: number): Entry => har.log.entries[at % plan.entryCount] as Entry;
    // Echoes first: a discovery planted in the same slot afterwards must not be overwritten by an echo.
    for (const echo of plan.echoes) {
      const spelled = (ECHO_SPELLINGS[echo.spelling] as Spelling)(plan.planted[echo.secret]);
      (ECHOES[echo.place] as (typeof ECHOES)[number])(har, entryAt(echo.at), spelled);
    }
    // Each discovery gets its own entry, so that none overwrites another (they share url/content slots).
    const account = DISCOVERIES.account[plan.account] ?? basicDiscovery;
    account(entryAt(plan.discoveryAt), plan.planted);
    const token = DISCOVERIES.token[plan.token] as (typeof DISCOVERIES.token)[number];
    token(entryAt(plan.discoveryAt + 1), plan.planted);
    const mac = DISCOVERIES.mac[plan.mac] as (typeof DISCOVERIES.mac)[number];
    mac(entryAt(plan.discoveryAt + 2), plan.planted);
    return { har, planted: plan.planted };
  });

describe('HAR documents with planted credentials', () => {
  it('no planted secret survives anywhere, in any spelling; entries and evidence survive; idempotent', () => {
    fc.assert(
      fc.property(harArb, ({ har, planted }) => {
        const before = JSON.stringify(har);
        const redacted = redactHarDocument(har) as Har;
        const output = JSON.stringify(redacted);
        expect(JSON.stringify(har)).toBe(before);

        for (const secret of [planted.user, planted.pass, planted.token])
          expect(leaks(output, secret)).toEqual([]);
        const macDigits = planted.mac.replace(/:/g, '');
        for (const spelled of [
          planted.mac,
          encodeURIComponent(planted.mac),
          macDigits,
          macDigits.toLowerCase(),
        ]) {
          expect(output).not.toContain(spelled);
        }
        expect(output).not.toContain(b64(`${planted.user}:${planted.pass}`));
        for (const entry of redacted.log.entries) {
          const content = entry.response.content as { encoding?: string; text: string };
          if (content.encoding !== 'base64') continue;
          const decoded = Buffer.from(content.text, 'base64').toString('utf8');
          for (const secret of [planted.user, planted.pass, planted.token])
            expect(decoded).not.toContain(secret);
        }

        expect(redacted.log.entries).toHaveLength(har.log.entries.length);
        expect(redacted.log.pages).toHaveLength(har.log.pages.length);
        redacted.log.entries.forEach((entry, index) => {
          const original = har.log.entries[index] as Entry;
          expect(Object.keys(entry).sort()).toEqual(Object.keys(original).sort());
          expect(Object.keys(entry.request).sort()).toEqual(Object.keys(original.request).sort());
          expect(Object.keys(entry.response).sort()).toEqual(Object.keys(original.response).sort());
          expect(entry.startedDateTime).toBe(original.startedDateTime);
          expect(entry.request.method).toBe(original.request.method);
          expect(entry.response.status).toBe(original.response.status);
          expect(entry.response.headers.map((header) => header.name)).toEqual(
            original.response.headers.map((header) => header.name),
          );
          expect(entry.request.headers.map((header) => header.name)).toEqual(
            original.request.headers.map((header) => header.name),
          );
          expect(entry.response.headers.slice(0, 2)).toEqual(original.response.headers.slice(0, 2));
          expect(entry._context.network).toBe('home-wifi');
          expect(String(entry.request.url).startsWith('http')).toBe(true);
        });
        expect(redactHarDocument(redacted)).toEqual(redacted);
      }),
      HEAVY_RUNS,
    );
  });
});

describe('robustness', () => {
  it('never throws on arbitrary JSON and keeps its shape', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const redacted = redactHarDocument(value);
        const shape = (input: unknown): unknown =>
          JSON.parse(JSON.stringify(input) ?? 'null', (_key, item) => (typeof item === 'string' ? '' : item));
        expect(shape(redacted)).toEqual(shape(value));
      }),
      RUNS,
    );
  });

  it('never throws on HAR-shaped documents with wrong types anywhere', () => {
    const anyValue = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.constant(null),
      fc.boolean(),
      fc.array(fc.string()),
    );
    fc.assert(
      fc.property(
        fc.record({
          url: anyValue,
          headers: fc.oneof(anyValue, fc.array(fc.record({ name: anyValue, value: anyValue }))),
          text: anyValue,
          encoding: fc.constantFrom('base64', undefined, 7),
        }),
        ({ url, headers, text, encoding }) => {
          const har = {
            log: {
              entries: [
                {
                  request: { url, headers, queryString: headers },
                  response: { content: { text, encoding } },
                },
              ],
              pages: [{ title: url }],
            },
          };
          expect(() => redactHarDocument(har)).not.toThrow();
        },
      ),
      RUNS,
    );
  });

  it('redactText and redactUrl are idempotent on arbitrary text and URLs', () => {
    const urlArb = fc.webUrl({
      withQueryParameters: true,
      withFragments: true,
      validSchemes: ['http', 'https'],
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), urlArb), (text) => {
        const once = redactText(text);
        expect(redactText(once)).toBe(once);
        const url = redactUrl(text);
        expect(redactUrl(url)).toBe(url);
      }),
      RUNS,
    );
  });
});

describe('every shape of the regression table, with generated secrets', () => {
  const plainSecret = fc
    .string({
      unit: fc.constantFrom(...'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_.~'),
      minLength: 6,
      maxLength: 20,
    })
    .filter((secret) => /\d/.test(secret) && /[A-Za-z]/.test(secret) && /^[A-Za-z0-9]/.test(secret));
  const shapeToken = fc
    .string({
      unit: fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789_-'),
      minLength: 16,
      maxLength: 48,
    })
    .filter((token) => /\d/.test(token) && /[A-Za-z]/.test(token));
  const PLACEHOLDER: ShapePlanted = { user: 'uuuu', pass: 'pppp', token: 'tttt', mac: '00:1A:79:00:00:00' };

  it('no generated secret of any shape survives redaction of the exchange or of a HAR holding it', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: LEAK_SHAPES.length - 1 }),
        fc.record({ user: plainSecret, pass: plainSecret, token: shapeToken, mac: macArb }),
        (index, planted) => {
          const shape = LEAK_SHAPES[index] as LeakShape;
          const skeleton = JSON.stringify(shape.build(PLACEHOLDER)).toLowerCase();
          const values = Object.values(planted).map((value) => value.toLowerCase());
          fc.pre(new Set(values).size === 4);
          fc.pre(values.every((value) => !skeleton.includes(value) && !'redacted_user_pass'.includes(value)));
          fc.pre(values.every((a) => values.every((b) => a === b || !a.includes(b))));
          const built = shape.build(planted);
          const exchange = {
            method: 'GET',
            status: 403,
            startedAt: 1,
            requestHeaders: [],
            responseHeaders: [],
            ...built,
          };
          const outputs = [
            JSON.stringify(redactExchange(exchange)),
            JSON.stringify(redactHarDocument(toHar([{ exchange }], { name: 't', version: '0' }))),
          ];
          for (const output of outputs) {
            for (const kind of shape.secrets) {
              const leaked = shapeSpellings(kind, planted[kind]).filter((spelled) =>
                output.includes(spelled),
              );
              expect(leaked, `${shape.name} ${kind}`).toEqual([]);
            }
          }
        },
      ),
      HEAVY_RUNS,
    );
  });
});
