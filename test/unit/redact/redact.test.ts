import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  collectSecrets,
  type ExchangeWithRequestBody,
  KEPT_FIELDS,
  redactBody,
  redactExchange,
  redactExchanges,
  redactHarDocument,
  redactHeaders,
  redactText,
  redactUrl,
  SECRET_FIELDS,
  secretFieldRule,
} from '../../../src/redact/index.ts';
import type { Exchange, Header } from '../../../src/types.ts';

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
const b64url = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

function exchange(overrides: Partial<ExchangeWithRequestBody> = {}): ExchangeWithRequestBody {
  return {
    url: 'http://panel.example.net:8080/live/REDACTED_USER/REDACTED_PASS/1.ts',
    method: 'GET',
    status: 403,
    startedAt: 1_740_859_200_000,
    requestHeaders: [],
    responseHeaders: [],
    ...overrides,
  };
}

describe('Xtream stream paths', () => {
  it.each([
    ['http://h:8080/live/john/s3cret/1234.ts', 'http://h:8080/live/REDACTED_USER/REDACTED_PASS/1234.ts'],
    ['http://h:8080/live/john/s3cret/1234.m3u8', 'http://h:8080/live/REDACTED_USER/REDACTED_PASS/1234.m3u8'],
    ['http://h/movie/john/s3cret/77.mkv', 'http://h/movie/REDACTED_USER/REDACTED_PASS/77.mkv'],
    ['http://h/series/john/s3cret/901.mp4', 'http://h/series/REDACTED_USER/REDACTED_PASS/901.mp4'],
    [
      'http://h/timeshift/john/s3cret/120/2024-01-01:10-00/1234.ts',
      'http://h/timeshift/REDACTED_USER/REDACTED_PASS/120/2024-01-01:10-00/1234.ts',
    ],
    ['http://h:25461/john/s3cret/1234', 'http://h:25461/REDACTED_USER/REDACTED_PASS/1234'],
    ['http://h:25461/john/s3cret/1234.ts', 'http://h:25461/REDACTED_USER/REDACTED_PASS/1234.ts'],
    ['http://h/LIVE/john/s3cret/5', 'http://h/LIVE/REDACTED_USER/REDACTED_PASS/5'],
    ['/live/john/s3cret/5.ts', '/live/REDACTED_USER/REDACTED_PASS/5.ts'],
  ])('%s keeps its shape, stream id and container', (input, expected) => {
    expect(redactUrl(input)).toBe(expected);
  });

  it('decodes percent-encoded segments to learn the password, and scrubs it elsewhere in the URL', () => {
    const url = 'http://h/live/john/p%40ss%2Fw0rd/12.ts?note=p%40ss%2Fw0rd';
    const secrets = collectSecrets(exchange({ url }));
    expect(secrets).toContain('p@ss/w0rd');
    expect(secrets).toContain('john:p@ss/w0rd');
    expect(redactUrl(url)).toBe('http://h/live/REDACTED_USER/REDACTED_PASS/12.ts?note=REDACTED');
  });

  it.each([
    'http://cdn.example.com/hls/channel/1234.ts',
    'http://cdn.example.com/images/2024/1.jpg',
    'http://cdn.example.com/a/b/c/1234.ts',
    'http://cdn.example.com/live/ch1/index.m3u8',
    'http://cdn.example.com/hls/index.m3u8',
    'http://cdn.example.com/auth/login',
  ])('leaves ordinary media paths alone: %s', (url) => {
    expect(redactUrl(url)).toBe(url);
  });

  it('takes the two segments after an account keyword whatever follows them (nginx `(.*)` does)', () => {
    // A CDN path of this shape loses two words: the price of never missing /live/USER/PASS/123/index.m3u8.
    expect(redactUrl('http://cdn.example.com/live/ch1/seg/abc.ts')).toBe(
      'http://cdn.example.com/live/REDACTED_USER/REDACTED_PASS/abc.ts',
    );
  });
});

describe('query and form fields', () => {
  it('redacts every Xtream account field and keeps the action', () => {
    expect(
      redactUrl(
        'http://h/player_api.php?username=john&password=s3cret&action=get_live_streams&type=m3u_plus',
      ),
    ).toBe(
      'http://h/player_api.php?username=REDACTED&password=REDACTED&action=get_live_streams&type=m3u_plus',
    );
  });

  it.each([
    'user',
    'pass',
    'pwd',
    'passwd',
    'token',
    'auth',
    'key',
    'mac',
    'sn',
    'signature',
    'sig',
    'hash',
    'hmac',
    'access_token',
    'api_key',
    'apikey',
    'session',
    'sessionid',
    'sid',
    'jwt',
    'wmsAuthSign',
    'md5',
    'device_id',
    'device_id2',
    'Policy',
    'Key-Pair-Id',
    'X-Amz-Signature',
    'X-Amz-Security-Token',
    'client_secret',
    'wowzatokenhash',
  ])('treats %s as a credential', (name) => {
    expect(redactUrl(`http://h/x?${name}=zq8Lm2Xv9&id=42`)).toBe(`http://h/x?${name}=REDACTED&id=42`);
  });

  it('keeps the evidence of expired signed links', () => {
    const cloudFront =
      'https://d111111abcdef8.cloudfront.net/image.jpg?Expires=1767290400&Signature=nitfHRCrtziwO2HwPfWw~yYDh&Key-Pair-Id=K2JCJMDEHXQW5F';
    expect(redactUrl(cloudFront)).toBe(
      'https://d111111abcdef8.cloudfront.net/image.jpg?Expires=1767290400&Signature=REDACTED&Key-Pair-Id=REDACTED',
    );
    expect(redactUrl('http://h/on_play/v.mp4?st=1OULnuvGJVQvca6QnATewQ&e=1461305812')).toBe(
      'http://h/on_play/v.mp4?st=REDACTED&e=1461305812',
    );
    // Azure SAS: st/se are times, sig is the signature.
    expect(
      redactUrl(
        'https://a.blob.core.windows.net/c/b?sv=2022-11-02&st=2025-03-01T10:00:00Z&se=2025-03-02&sig=abc%2Bdef',
      ),
    ).toBe(
      'https://a.blob.core.windows.net/c/b?sv=2022-11-02&st=2025-03-01T10:00:00Z&se=2025-03-02&sig=REDACTED',
    );
  });

  it('keeps the scope of an AWS credential and its times, drops the key id and the signature', () => {
    const url =
      'https://b.s3.amazonaws.com/t.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130721%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130721T201207Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=0123abcd';
    const redacted = redactUrl(url);
    expect(redacted).toContain('X-Amz-Credential=REDACTED%2F20130721%2Fus-east-1%2Fs3%2Faws4_request');
    expect(redacted).toContain('X-Amz-Date=20130721T201207Z&X-Amz-Expires=86400');
    expect(redacted).toContain('X-Amz-Signature=REDACTED');
    expect(redacted).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });

  it('keeps the start and expiry of an Akamai token, drops its acl and hmac', () => {
    const url =
      'https://x.akamaized.net/a.m3u8?hdnts=st=1508777863~exp=1508777893~acl=/p/*~hmac=fded4c1133a5';
    expect(redactUrl(url)).toBe(
      'https://x.akamaized.net/a.m3u8?hdnts=st=1508777863~exp=1508777893~acl=REDACTED~hmac=REDACTED',
    );
    expect(redactUrl('https://x.akamaized.net/a?__token__=opaque123')).toBe(
      'https://x.akamaized.net/a?__token__=REDACTED',
    );
  });

  it('keeps the Xtream auth flag but not an auth token', () => {
    expect(redactUrl('http://h/x?auth=1')).toBe('http://h/x?auth=1');
    expect(redactUrl('http://h/x?auth=9f8e7d6c')).toBe('http://h/x?auth=REDACTED');
  });

  it('redacts fragment parameters (OAuth implicit flow) and nested URLs in their own encoding', () => {
    expect(redactUrl('https://app.example/cb#access_token=tok123456&state=xyz')).toBe(
      'https://app.example/cb#access_token=REDACTED&state=xyz',
    );
    const nested = `http://proxy.example/go?url=${encodeURIComponent('http://h/live/john/s3cret/1.ts')}`;
    expect(redactUrl(nested)).toBe(
      `http://proxy.example/go?url=${encodeURIComponent('http://h/live/REDACTED_USER/REDACTED_PASS/1.ts')}`,
    );
  });

  it('does not mistake HLS key attributes for the key field', () => {
    const line = '#EXT-X-KEY:METHOD=AES-128,URI="https://k.example/key/5",KEYFORMAT="identity",IV=0x1A2B';
    expect(redactText(line)).toBe(line);
  });

  it('redacts form bodies, values decoded before they are remembered', () => {
    const body = 'username=john+doe&password=p%26ss%3Dw0rd&action=login';
    const secrets = new Set<string>();
    expect(redactBody(body, 'application/x-www-form-urlencoded; charset=UTF-8')).toBe(
      'username=REDACTED&password=REDACTED&action=login',
    );
    const collected = collectSecrets(
      exchange({
        requestBody: body,
        requestMimeType: 'application/x-www-form-urlencoded',
      } as ExchangeWithRequestBody),
    );
    for (const value of collected) secrets.add(value);
    expect(secrets).toContain('john doe');
    expect(secrets).toContain('p&ss=w0rd');
  });

  it('every named secret of the table is removed from a query string', () => {
    const names = SECRET_FIELDS.flatMap((row) => (typeof row.match === 'string' ? [row.match] : []));
    expect(names.length).toBeGreaterThanOrEqual(26);
    for (const name of names) {
      const url = redactUrl(`http://line.example.tv/x?${encodeURIComponent(name)}=Zq7-secret-Value-99&id=5`);
      expect(url, name).not.toContain('Zq7-secret-Value-99');
      expect(url, name).toContain('id=5');
    }
  });

  it('no kept name is treated as secret, whatever its case or encoding', () => {
    for (const kept of KEPT_FIELDS) expect(secretFieldRule(kept)).toBeUndefined();
    expect(secretFieldRule('EXPIRES')).toBeUndefined();
    expect(secretFieldRule('Pass%77ord')?.match).toBe('password');
  });
});

describe('URL userinfo and malformed URLs', () => {
  it('redacts user:pass@ and remembers both halves', () => {
    expect(redactUrl('http://john:s3cret@h:8080/get.php')).toBe(
      'http://REDACTED_USER:REDACTED_PASS@h:8080/get.php',
    );
    expect(redactUrl('rtmp://john@h/app')).toBe('rtmp://REDACTED_USER@h/app');
    expect([...collectSecrets(exchange({ url: 'http://john:s3cret@h/' }))]).toEqual(
      expect.arrayContaining(['john', 's3cret', 'john:s3cret']),
    );
  });

  it('falls back to string rules on invalid URLs without throwing', () => {
    expect(redactUrl('not a url ?password=hunter22 then')).toBe('not a url ?password=REDACTED then');
    expect(redactUrl('http://[::1/live/john/s3cret/1.ts')).toBe(
      'http://[::1/live/REDACTED_USER/REDACTED_PASS/1.ts',
    );
    expect(redactUrl('http://h/x?token=%E0%A4%A&b=%')).toBe('http://h/x?token=REDACTED&b=%');
    expect(redactUrl('')).toBe('');
  });
});

describe('MAC addresses', () => {
  it.each([
    ['mac 00:1A:79:5E:C3:2B end', 'mac 00:1A:79:xx:xx:xx end'],
    ['mac 00-1a-79-5e-c3-2b end', 'mac 00-1a-79-xx-xx-xx end'],
    ['m=00%3A1A%3A79%3A5E%3AC3%3A2B&x=1', 'm=00%3A1A%3A79%3Axx%3Axx%3Axx&x=1'],
    ['m=00%253A1A%253A79%253A5E%253AC3%253A2B', 'm=00%253A1A%253A79%253Axx%253Axx%253Axx'],
    ['{"mac":"00:1A:79:5E:C3:2B"}', '{"mac":"00:1A:79:xx:xx:xx"}'],
  ])('%s', (input, expected) => {
    expect(redactText(input)).toBe(expected);
  });

  it('does not touch IPv6 addresses, hashes or times', () => {
    for (const text of [
      '2001:db8:aa:bb:cc:dd:ee:ff',
      'fe80::1a2b:3c4d',
      'sha 001a795ec32b9f',
      'at 10:20:30',
    ]) {
      expect(redactText(text)).toBe(text);
    }
  });

  it('scrubs the MAC written without separators once it is known', () => {
    const secrets = collectSecrets(exchange({ url: 'http://p/load.php?mac=00%3A1A%3A79%3A5E%3AC3%3A2B' }));
    expect(redactText('box 001A795EC32B / 001a795ec32b', secrets)).toBe('box REDACTED / REDACTED');
  });
});

describe('headers', () => {
  const headers: Header[] = [
    { name: 'Authorization', value: `Basic ${b64('john:s3cret')}` },
    { name: 'Proxy-Authorization', value: 'Bearer 8F3B1C9D2E7A4F60' },
    { name: 'Cookie', value: 'mac=00%3A1A%3A79%3A5E%3AC3%3A2B; stb_lang=en; timezone=Europe%2FParis' },
    {
      name: 'Set-Cookie',
      value: '__cf_bm=abc123def456ghi789; path=/; HttpOnly\nincap_ses_123_456=zzz999; Path=/',
    },
    { name: 'X-Api-Key', value: 'sk_live_4f9a1c7e' },
    { name: 'X-Plex-Token', value: 'pLeXt0ken' },
    { name: 'Referer', value: 'http://h/player_api.php?username=john&password=s3cret' },
    { name: 'Location', value: '/live/john/s3cret/1.ts' },
    { name: 'Link', value: '<http://h/live/john/s3cret/2.ts>; rel="next"' },
    { name: 'cf-ray', value: '8f1a2b3c4d5e6f70-CDG' },
    { name: 'x-amz-cf-pop', value: 'CDG50-C1' },
    { name: 'Server', value: 'cloudflare' },
    { name: 'WWW-Authenticate', value: 'Bearer realm="keys", error="invalid_token"' },
    { name: 'X-Debug', value: 'served to john' },
  ];

  it('keeps names, schemes, cookie names and attributes; drops credential values', () => {
    expect(redactHeaders(headers)).toEqual([
      { name: 'Authorization', value: 'Basic REDACTED' },
      { name: 'Proxy-Authorization', value: 'Bearer REDACTED' },
      { name: 'Cookie', value: 'mac=REDACTED; stb_lang=REDACTED; timezone=REDACTED' },
      { name: 'Set-Cookie', value: '__cf_bm=REDACTED; path=/; HttpOnly\nincap_ses_123_456=REDACTED; Path=/' },
      { name: 'X-Api-Key', value: 'REDACTED' },
      { name: 'X-Plex-Token', value: 'REDACTED' },
      { name: 'Referer', value: 'http://h/player_api.php?username=REDACTED&password=REDACTED' },
      { name: 'Location', value: '/live/REDACTED_USER/REDACTED_PASS/1.ts' },
      { name: 'Link', value: '<http://h/live/REDACTED_USER/REDACTED_PASS/2.ts>; rel="next"' },
      { name: 'cf-ray', value: '8f1a2b3c4d5e6f70-CDG' },
      { name: 'x-amz-cf-pop', value: 'CDG50-C1' },
      { name: 'Server', value: 'cloudflare' },
      { name: 'WWW-Authenticate', value: 'Bearer realm="keys", error="invalid_token"' },
      // "john" was learnt from Basic, Referer and Location: it leaves every other header too.
      { name: 'X-Debug', value: 'served to REDACTED' },
    ]);
  });

  it('learns both halves of Basic credentials', () => {
    const secrets = collectSecrets(exchange({ requestHeaders: [headers[0] as Header] }));
    expect([...secrets]).toEqual(expect.arrayContaining(['john', 's3cret', 'john:s3cret']));
  });

  it('passes malformed header entries through untouched', () => {
    const odd = [
      null,
      { name: 'Cookie' },
      { name: 7, value: 'x' },
      { name: 'X-Api-Key', value: 'k3y-123456' },
    ];
    expect(redactHeaders(odd as unknown as Header[])).toEqual([
      null,
      { name: 'Cookie' },
      { name: 7, value: 'x' },
      { name: 'X-Api-Key', value: 'REDACTED' },
    ]);
  });

  it('redacts a credential without a scheme whole', () => {
    expect(redactHeaders([{ name: 'Authorization', value: 'abcdef123456' }])).toEqual([
      { name: 'Authorization', value: 'REDACTED' },
    ]);
  });
});

describe('bodies', () => {
  const playerApi = JSON.stringify({
    user_info: {
      username: 'john',
      password: 's3cret',
      message: 'Welcome john',
      auth: 1,
      status: 'Active',
      exp_date: '1767225600',
      is_trial: '0',
      active_cons: '1',
      max_connections: '2',
      allowed_output_formats: ['m3u8', 'ts'],
    },
    server_info: {
      url: 'panel.example.net',
      port: '8080',
      timezone: 'Europe/Paris',
      timestamp_now: 1740859200,
    },
  });

  it('player_api.php: account fields go, the account verdict and server_info stay', () => {
    const redacted = JSON.parse(redactBody(playerApi, 'application/json'));
    expect(redacted.user_info).toEqual({
      username: 'REDACTED',
      password: 'REDACTED',
      message: 'Welcome REDACTED',
      auth: 1,
      status: 'Active',
      exp_date: '1767225600',
      is_trial: '0',
      active_cons: '1',
      max_connections: '2',
      allowed_output_formats: ['m3u8', 'ts'],
    });
    expect(redacted.server_info).toEqual(JSON.parse(playerApi).server_info);
  });

  it('keeps JSON formatting and PHP-escaped URLs', () => {
    const body = '{\n  "token" : "abc123def",\n  "url": "http:\\/\\/h\\/live\\/john\\/s3cret\\/9.ts"\n}';
    expect(redactBody(body, 'application/json')).toBe(
      '{\n  "token" : "REDACTED",\n  "url": "http:\\/\\/h\\/live\\/REDACTED_USER\\/REDACTED_PASS\\/9.ts"\n}',
    );
  });

  it('Stalker handshake and profile', () => {
    expect(redactBody('{"js":{"token":"8F3B1C9D2E7A4F60","random":"a1b2"}}', 'application/json')).toBe(
      '{"js":{"token":"REDACTED","random":"a1b2"}}',
    );
    expect(
      redactBody(
        '{"js":{"id":"42","mac":"00:1A:79:5E:C3:2B","password":12345,"login":""}}',
        'text/javascript',
      ),
    ).toBe('{"js":{"id":"42","mac":"00:1A:79:xx:xx:xx","password":"REDACTED","login":""}}');
  });

  it('M3U playlists lose every account, keep every stream id', () => {
    const playlist = [
      '#EXTM3U',
      '#EXTINF:-1 tvg-logo="http://img.example/logo.png",TF1',
      'http://h:8080/live/john/s3cret/1234.ts',
      'http://h:8080/john/s3cret/5678',
      'http://h:8080/get.php?username=john&password=s3cret&type=m3u',
      '',
    ].join('\n');
    expect(redactBody(playlist, 'audio/x-mpegurl')).toBe(
      [
        '#EXTM3U',
        '#EXTINF:-1 tvg-logo="http://img.example/logo.png",TF1',
        'http://h:8080/live/REDACTED_USER/REDACTED_PASS/1234.ts',
        'http://h:8080/REDACTED_USER/REDACTED_PASS/5678',
        'http://h:8080/get.php?username=REDACTED&password=REDACTED&type=m3u',
        '',
      ].join('\n'),
    );
  });

  it('quoted and apostrophe-bearing values in free text', () => {
    expect(redactText('Digest username="john", realm="x", response="6629fae49393a053"')).toBe(
      'Digest username="REDACTED", realm="x", response="6629fae49393a053"',
    );
    expect(redactText("config password='hunter22' ok")).toBe("config password='REDACTED' ok");
    expect(redactText("password=ab'cd12 next")).toBe('password=REDACTED next');
    expect(redactText("<a href='http://h/x?token=abc123'>")).toBe("<a href='http://h/x?token=REDACTED'>");
  });

  it('JWTs and bearer tokens written in text', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
    expect(redactText(`session ${jwt} ok`)).toBe('session REDACTED ok');
    expect(redactText('sent Authorization: Bearer 8F3B1C9D2E7A4F60B5 to h')).toBe(
      'sent Authorization: Bearer REDACTED to h',
    );
    expect(redactText(`sent Basic ${b64('john:s3cret')}`)).toBe('sent Basic REDACTED');
    expect(redactText('Basic authentication is required')).toBe('Basic authentication is required');
  });
});

describe('a secret found once is removed everywhere, in every encoding', () => {
  const secrets = collectSecrets(
    exchange({ url: 'http://h/get.php?username=jo%20hn&password=p%2Bss/w%C3%B6rd' }),
  );

  it.each([
    ['raw', 'p+ss/wörd'],
    ['encodeURIComponent', encodeURIComponent('p+ss/wörd')],
    ['form encoding', new URLSearchParams([['', 'p+ss/wörd']]).toString().slice(1)],
    ['lower-case hex', encodeURIComponent('p+ss/wörd').toLowerCase()],
    ['JSON with escaped slashes', JSON.stringify('p+ss/wörd').slice(1, -1).replace(/\//g, '\\/')],
    ['base64', b64('p+ss/wörd')],
    ['base64url', b64url('p+ss/wörd')],
    ['Basic of user:pass', b64('jo hn:p+ss/wörd')],
  ])('%s', (_form, spelled) => {
    const text = `before ${spelled} after`;
    const redacted = redactText(text, secrets);
    expect(redacted).not.toContain(spelled);
    expect(redacted.startsWith('before ')).toBe(true);
    expect(redacted.endsWith(' after')).toBe(true);
  });

  it('inside a longer base64 blob at any byte alignment', () => {
    for (const prefix of ['', 'a', 'ab', 'abc']) {
      const blob = b64(`${prefix}{"user":"x","password":"p+ss/wörd","n":1}`);
      const redacted = redactText(`blob=${blob}`, secrets);
      expect(redacted).not.toBe(`blob=${blob}`);
    }
  });

  it('tiny secrets are redacted where they stand but not scrubbed from other text', () => {
    const tiny = collectSecrets(exchange({ url: 'http://h/x?password=ab&id=1' }));
    expect(redactUrl('http://h/x?password=ab&id=1')).toBe('http://h/x?password=REDACTED&id=1');
    expect(redactText('tab and cab', tiny)).toBe('tab and cab');
  });

  it('a secret that is part of a placeholder never eats the placeholder', () => {
    expect(redactText('REDACTED and DACT and REDACTED_USER', ['DACT'])).toBe(
      'REDACTED and REDACTED and REDACTED_USER',
    );
  });
});

describe('exchanges', () => {
  const raw: ExchangeWithRequestBody = {
    url: 'http://h:8080/live/john/s3cret/1234.ts',
    method: 'GET',
    status: 403,
    statusText: 'Forbidden',
    startedAt: 1_740_859_200_000,
    durationMs: 87,
    requestHeaders: [{ name: 'User-Agent', value: 'VLC/3.0 john' }],
    responseHeaders: [
      { name: 'Server', value: 'cloudflare' },
      { name: 'CF-RAY', value: '8f1a2b3c4d5e6f70-CDG' },
    ],
    body: 'error for john (s3cret)',
    mimeType: 'text/html',
    serverIp: '203.0.113.10',
    requestBody: '{"password":"s3cret","remember":true}',
    requestMimeType: 'application/json',
    context: {
      network: 'home-wifi',
      initiator: 'http://john:s3cret@h:8080',
      retryCount: 2,
      headersOnly: false,
    },
  };

  it('redacts every field and keeps the evidence and every key', () => {
    const redacted = redactExchange(raw);
    expect(Object.keys(redacted).sort()).toEqual(Object.keys(raw).sort());
    expect(redacted).toEqual({
      ...raw,
      url: 'http://h:8080/live/REDACTED_USER/REDACTED_PASS/1234.ts',
      requestHeaders: [{ name: 'User-Agent', value: 'VLC/3.0 REDACTED' }],
      body: 'error for REDACTED (REDACTED)',
      requestBody: '{"password":"REDACTED","remember":true}',
      context: { ...raw.context, initiator: 'http://REDACTED_USER:REDACTED_PASS@h:8080' },
    });
    expect(raw.url).toBe('http://h:8080/live/john/s3cret/1234.ts');
  });

  it('is idempotent', () => {
    const once = redactExchange(raw);
    expect(redactExchange(once)).toEqual(once);
  });

  it('scrubs extra secrets supplied by the caller', () => {
    expect(redactExchange(exchange({ body: 'hello m4rtha' }), ['m4rtha']).body).toBe('hello REDACTED');
  });

  it('redactExchanges shares what it learns across records', () => {
    const first = exchange({ url: 'http://h/player_api.php?username=john&password=s3cret' });
    const second = exchange({ url: 'http://cdn.example/x', body: 'account john / s3cret' });
    const [, redactedSecond] = redactExchanges([first, second]);
    expect(redactedSecond?.body).toBe('account REDACTED / REDACTED');
    expect(redactExchange(second).body).toBe('account john / s3cret');
  });

  it('never throws on odd records', () => {
    const odd = {
      url: 42,
      method: null,
      requestHeaders: [null, { name: 5 }],
      responseHeaders: 'x',
      context: 'y',
    };
    expect(() => redactExchange(odd as unknown as Exchange)).not.toThrow();
    expect(() => redactExchanges([odd as unknown as Exchange])).not.toThrow();
  });
});

describe('HAR documents', () => {
  it('never throws on odd input and keeps every field', () => {
    for (const input of [null, undefined, 5, 'x', [], {}, { log: null }, { log: { entries: 'x' } }]) {
      expect(() => redactHarDocument(input)).not.toThrow();
    }
    const odd = {
      log: {
        entries: [
          null,
          7,
          { request: 'x', response: { headers: [{ name: 'Set-Cookie', value: 3 }], content: null } },
        ],
        pages: [{ title: 5 }],
        _custom: { deep: ['http://h/x?token=abc123'] },
      },
    };
    expect(redactHarDocument(odd)).toEqual({
      log: { ...odd.log, _custom: { deep: ['http://h/x?token=REDACTED'] } },
    });
  });

  it('keeps a "__proto__" key as data, without touching prototypes', () => {
    const input = JSON.parse('{"log":{"entries":[],"__proto__":{"polluted":"http://h/x?token=abc123"}}}');
    const redacted = redactHarDocument(input) as { log: Record<string, unknown> };
    expect(Object.keys(redacted.log)).toEqual(['entries', '__proto__']);
    expect(Object.getPrototypeOf(redacted.log)).toBe(Object.prototype);
    expect(JSON.stringify(redacted)).toBe(
      '{"log":{"entries":[],"__proto__":{"polluted":"http://h/x?token=REDACTED"}}}',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('handles cyclic objects without recursing forever', () => {
    const cyclic: Record<string, unknown> = { log: { entries: [] } };
    cyclic.self = cyclic;
    expect(() => redactHarDocument(cyclic)).not.toThrow();
  });

  it('keeps protocol fields verbatim even if a secret collides with them', () => {
    const har = {
      log: {
        entries: [
          {
            startedDateTime: '2025-03-01T20:00:00.000Z',
            request: {
              method: 'GET',
              url: 'http://h/x?password=GET2025',
              httpVersion: 'HTTP/1.1',
              headers: [],
            },
            response: { status: 403, headers: [], content: { mimeType: 'text/html', text: 'GET2025' } },
          },
        ],
      },
    };
    const redacted = redactHarDocument(har) as typeof har;
    const entry = redacted.log.entries[0];
    expect(entry?.startedDateTime).toBe('2025-03-01T20:00:00.000Z');
    expect(entry?.request.method).toBe('GET');
    expect(entry?.response.content.text).toBe('REDACTED');
  });

  describe('planted-credentials.har', () => {
    const text = readFileSync(
      new URL('../../fixtures/redact/planted-credentials.har', import.meta.url),
      'utf8',
    );
    const har = JSON.parse(text);
    const redacted = redactHarDocument(har) as typeof har;
    const output = JSON.stringify(redacted);
    const planted = {
      user: 'atlasuser7781',
      pass: 'Pq9-zW4!kL2x',
      macTail: '5E:C3:2B',
      stalkerToken: '8F3B1C9D2E7A4F60B5D8C1E3A9F7024D',
      sn: '5C2E8A1F0B3D7964',
      deviceId: 'B71D0F3E9A2C48D6E5F1A0B9C8D7E6F5A4B3C2D1E0F9A8B7C6D5E4F3A2B1C0D9',
      deviceId2: 'E3F1A2B4C6D8E0F2A4B6C8D0E2F4A6B8C0D2E4F6A8B0C2D4E6F8A0B2C4D6E8F0',
      stalkerSignature: '4E1C8B2A9F7D3E6C0B5A8F2E1D9C7B3A6F0E4D2C8B1A7F9E3D5C0B6A2F8E4D1C',
      cfSignature: 'Nq8XkT2m~Vd0pL4sR7yZ-wB1cF6hJ3gK9aE5uI0oQ2tY8nM4vX7',
      keyPairId: 'K3QWERTY9XAMPL',
      akamaiHmac: 'fded4c1133a50942a36cc16a9a94d68e8573d10d144d03860a7c3a3734d13dff',
      apiKey: 'sk_live_4f9a1c7e2b8d6053',
      jwtSignature: 'c2lnbmF0dXJlLW5vdC1yZWFsLTQy',
      phpSession: '9t7b3k1m5n8p2q4r6s0v',
      cfBm: 'Xy7qPz3LmN8vR2tK5wJ9sH4dF6gB1cA0eU',
      proxyUser: 'proxyuser42',
      proxyPass: 'Pr0xyPa55word',
      awsKeyId: 'AKIAQX7EXAMPLE5R3T2W',
      awsSignature: 'b2c4e6f8a0d2c4e6f8a0b2c4d6e8f0a2c4e6f8a0b2c4d6e8f0a2b4c6d8e0f2a4',
      wmsHash: 'Zx9Wq2Lk8Jm4Np6Rt0Vb',
    };

    it('the fixture really holds every planted credential', () => {
      for (const value of Object.values(planted)) {
        const inText = text.includes(value) || text.includes(encodeURIComponent(value));
        const inBase64 = /"encoding": "base64"/.test(text) || text.includes(b64(value));
        expect(inText || inBase64, value).toBe(true);
      }
      expect(text).toContain(encodeURIComponent('Pq9-zW4!kL2x'));
      expect(text).toContain(b64('atlasuser7781:Pq9-zW4!kL2x'));
    });

    it('no planted credential survives, in any spelling', () => {
      for (const [name, value] of Object.entries(planted)) {
        for (const spelled of [value, encodeURIComponent(value), b64(value), b64url(value)]) {
          expect(output.includes(spelled), `${name}: ${spelled}`).toBe(false);
        }
      }
      for (const pair of ['atlasuser7781:Pq9-zW4!kL2x', 'proxyuser42:Pr0xyPa55word']) {
        expect(output).not.toContain(b64(pair));
      }
      for (const entry of redacted.log.entries) {
        if (entry.response.content.encoding === 'base64') {
          const decoded = Buffer.from(entry.response.content.text, 'base64').toString('utf8');
          for (const value of Object.values(planted)) expect(decoded).not.toContain(value);
        }
      }
    });

    it('every entry, field and piece of evidence survives', () => {
      expect(redacted.log.entries).toHaveLength(har.log.entries.length);
      const shape = (document: typeof har): unknown =>
        JSON.parse(JSON.stringify(document), (_key, value) => (typeof value === 'string' ? '' : value));
      expect(shape(redacted)).toEqual(shape(har));
      expect(
        redacted.log.entries.map((entry: { response: { status: number } }) => entry.response.status),
      ).toEqual([200, 200, 403, 200, 403, 302, 403, 200, 401, 403]);
      for (const evidence of [
        '8f1a2b3c4d5e6f70-CDG',
        'CDG50-C1',
        '"value":"cloudflare"',
        'AkamaiGHost',
        'Error from cloudfront',
        '__cf_bm=REDACTED; path=/; expires=Sat, 01-Mar-25 20:43:00 GMT',
        '"name":"stb_lang"',
        '\\"status\\":\\"Active\\"',
        '\\"exp_date\\":\\"1767225600\\"',
        '\\"max_connections\\":\\"2\\"',
        '/live/REDACTED_USER/REDACTED_PASS/1234.ts',
        '/REDACTED_USER/REDACTED_PASS/5678',
        '/movie/REDACTED_USER/REDACTED_PASS/91011.mkv',
        'Expires=1740859000&Signature=REDACTED',
        'hdnts=st=1740858000~exp=1740859000~acl=REDACTED~hmac=REDACTED',
        'X-Amz-Date=20250301T200000Z&X-Amz-Expires=900',
        'mac=00%3A1A%3A79%3Axx%3Axx%3Axx',
        'Bearer realm=\\"keys\\", error=\\"invalid_token\\"',
        'panel.example.net:8080',
        'Error 1020 Access denied',
        '"network":"home-wifi"',
      ]) {
        expect(output, evidence).toContain(evidence);
      }
    });

    it('is idempotent', () => {
      expect(redactHarDocument(redacted)).toEqual(redacted);
    });
  });
});

describe('performance', () => {
  it('a typical exchange is redacted in well under a millisecond', () => {
    const typical = exchange({
      url: 'http://panel.example.net:8080/live/john/s3cret/1234.ts',
      requestHeaders: [
        {
          name: 'User-Agent',
          value: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/124 Safari/537.36',
        },
        { name: 'Accept', value: '*/*' },
        { name: 'Referer', value: 'http://panel.example.net:8080/player' },
      ],
      responseHeaders: [
        { name: 'Server', value: 'cloudflare' },
        { name: 'CF-RAY', value: '8f1a2b3c4d5e6f70-CDG' },
        { name: 'Content-Type', value: 'text/html; charset=UTF-8' },
        { name: 'Date', value: 'Sat, 01 Mar 2025 20:00:00 GMT' },
      ],
      context: { network: 'home-wifi', tabId: 3, sequence: 9 },
    });
    // Its speed is a bench figure (npm run bench, "redactExchange per exchange"), not a deadline here: what
    // is checked is that the same exchange comes out the same every time, nothing kept between calls.
    const first = JSON.stringify(redactExchange(typical));
    for (let i = 0; i < 200; i++) expect(JSON.stringify(redactExchange(typical))).toBe(first);
  });
});
