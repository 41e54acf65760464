/**
 * One test per kind of mistake the real captures showed (issue #12). Each exchange is shaped after a real
 * capture (its source in the comment) and each test fails without the rule or table change it guards.
 * Kind 11 (a tab with nothing captured) is in test/unit/background/handlers.test.ts, kind 13 (other 4xx with
 * a firewall's marker) here for the pure decision and in test/unit/background/worker.test.ts for capture.
 */
import { describe, expect, it } from 'vitest';
import { keepsResponse } from '../../../src/capture/marked-refusal.ts';
import { analyze, diagnoseExchange } from '../../../src/diagnosis/analyze.ts';
import { UNSURE_BELOW } from '../../../src/diagnosis/calibration.ts';
import { identifyVendor, identifyVendorNaive } from '../../../src/knowledge/vendors/identify.ts';
import { parseHar } from '../../../src/outputs/har/read.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings.ts';
import type { CaptureContext, Exchange, Header } from '../../../src/types.ts';

const T0 = Date.UTC(2024, 2, 10, 19, 0, 0);

function ex(
  url: string,
  status: number,
  headers: Record<string, string> = {},
  body?: string,
  more: Partial<Exchange> = {},
): Exchange {
  const responseHeaders: Header[] = Object.entries(headers).map(([name, value]) => ({ name, value }));
  return {
    url,
    method: 'GET',
    status,
    startedAt: T0,
    requestHeaders: [],
    responseHeaders,
    ...(body === undefined ? {} : { body }),
    ...more,
  };
}

const one = (exchange: Exchange) => analyze([exchange]).verdict;

/**
 * Not read as that cause by any rule: at most the answer's words lean to it (src/diagnosis/word-lean.ts), an unsure
 * guess whose evidence says it is one. (A rule that read it would have spoken before the words are weighed.)
 */
function notReadAs(
  verdict: { layer: string; confidence: number; evidence: readonly string[] },
  layer: string,
  what?: string,
): void {
  if (verdict.layer !== layer) return;
  expect(verdict.evidence.join('\n'), what).toMatch(
    /: a guess from words, learned from captures others published$/m,
  );
  expect(verdict.confidence, what).toBeLessThan(UNSURE_BELOW);
}

/** A JSON answer's verdict, as an API sends it (its content type on the response and in the exchange). */
const json = (url: string, status: number, body: unknown) =>
  one(
    ex(url, status, { 'content-type': 'application/json' }, JSON.stringify(body), {
      mimeType: 'application/json',
    }),
  );

/** A JSON answer given as the text a service sent (a fragment, a shape `json` would reorder), with its content type. */
/** An XML answer given as text, with its content type. */
const xmlAnswer = (url: string, status: number, text: string) =>
  one(ex(url, status, { 'content-type': 'application/xml' }, text, { mimeType: 'application/xml' }));

const jsonText = (url: string, status: number, text: string) =>
  one(ex(url, status, { 'content-type': 'application/json' }, text, { mimeType: 'application/json' }));

/** A HAR of one entry with no answer (status 0) and this status text, as a log turned into HAR writes a failure. */
const statusZeroHar = (statusText: string, url = 'https://cdn.example/seg1.ts') =>
  JSON.stringify({
    log: {
      version: '1.2',
      creator: { name: 'log', version: '1' },
      entries: [
        {
          startedDateTime: '2024-03-10T19:00:00.000Z',
          time: 0,
          request: {
            method: 'GET',
            url,
            httpVersion: 'HTTP/1.1',
            headers: [],
            queryString: [],
            cookies: [],
            headersSize: -1,
            bodySize: 0,
          },
          response: {
            status: 0,
            statusText,
            httpVersion: '',
            headers: [],
            cookies: [],
            content: { size: 0, mimeType: '' },
            redirectURL: '',
            headersSize: -1,
            bodySize: 0,
          },
          cache: {},
          timings: { send: 0, wait: 0, receive: 0 },
        },
      ],
    },
  });

describe('1. a vendor error without its usual headers', () => {
  it('names Cloudflare from the bare body "error code: 1020" (curl/curl#5127)', () => {
    const verdict = one(ex('https://tv.example/live.m3u8', 403, {}, 'error code: 1020'));
    expect(verdict).toMatchObject({ layer: 'waf', vendor: 'cloudflare' });
  });

  it('names Akamai from its deny text alone (hyperion-cs/dpi-checkers#57)', () => {
    const body =
      'Access Denied\nYou don\'t have permission to access "http://a.example/" on this server.\n\nReference #18.2f580317.1772098100.2b6a23ca';
    expect(one(ex('http://a.example/', 403, {}, body))).toMatchObject({ layer: 'waf', vendor: 'akamai' });
  });
});

describe('2. a CDN that carries the origin’s refusal', () => {
  it('an absent cf-cache-status yields to the origin’s own nginx page', () => {
    const nginx403 =
      '<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
    const verdict = one(
      ex(
        'https://panel.example/player_api.php',
        403,
        { server: 'cloudflare', 'cf-ray': '8f1e2d3c4b5a6978-CDG' },
        nginx403,
      ),
    );
    expect(verdict.layer).toBe('app');
    expect(verdict.vendor).toBeNull();
  });

  it('a whole page with none of Cloudflare’s marks behind its headers is the origin’s (WhatWaf #348)', () => {
    const plesk =
      '<!DOCTYPE html>\n<html lang="en">\n<head>\n<title>403 Forbidden</title>\n<link href="/error_docs/styles.css" rel="stylesheet"/>\n</head>\n<body>\n<h1>Server Error</h1>\n<div class="error-code">403</div>\n<h2>Forbidden</h2>\n<p class="lead">You do not have permission to access this document.</p>\n</body>\n</html>';
    const verdict = one(
      ex('http://site.example/', 403, { Server: 'cloudflare', 'CF-RAY': '505216b60818dfe7-FRA' }, plesk),
    );
    expect(verdict).toMatchObject({ layer: 'app', vendor: null });
  });

  it('reads an absent cf-cache-status as a likelihood only: the verdict is unsure', () => {
    const verdict = one(
      ex('https://c.example/x', 403, { server: 'cloudflare', 'cf-ray': '8f1e2d3c4b5a6978-CDG' }),
    );
    expect(verdict).toMatchObject({ layer: 'waf', vendor: 'cloudflare', unsure: true });
  });

  it('a load balancer’s Via does not make the app’s own JSON refusal the load balancer’s (OWASP/Nest#3861)', () => {
    const json =
      '{"detail": {"status": "detected_unusual_activity", "message": "Unusual activity detected."}}';
    const verdict = one(
      ex(
        'https://api.example/v1/tts',
        401,
        { server: 'uvicorn', via: '1.1 google', 'content-type': 'application/json' },
        json,
        {
          mimeType: 'application/json',
        },
      ),
    );
    expect(verdict.vendor).toBeNull();
  });

  it('an S3 error relayed by CloudFront is S3’s (Pirate-Weather/pirateweather#58)', () => {
    const verdict = one(
      ex('https://d1.cloudfront.net/f.json', 403, {
        server: 'AmazonS3',
        'x-cache': 'Error from cloudfront',
        'x-amz-error-code': 'AccessDenied',
      }),
    );
    expect(verdict).toMatchObject({ layer: 'app', vendor: 'aws-s3' });
  });
});

describe('2b. the vendor that wrote the body, not the one the request named (second held-out batch)', () => {
  it('S3’s own XML error behind a CloudFront host and signed-link parameters is S3’s (boto/boto#3244)', () => {
    const body =
      '<Error>\n<Code>AccessDenied</Code>\n<Message>\nQuery-string authentication requires the Signature, Expires and AWSAccessKeyId parameters\n</Message>\n<RequestId>1395041855FC6A4E</RequestId>\n<HostId>\nQPuw1Cww=\n</HostId>\n</Error>';
    const url = 'http://d604721fxaaqy9.cloudfront.net/a.jpg?Expires=1&Signature=x&Key-Pair-Id=K';
    expect(one(ex(url, 403, {}, body))).toMatchObject({ layer: 'app', vendor: 'aws-s3' });
    // Without S3's body, the request alone still names CloudFront's signed link.
    expect(one(ex(url, 403, {}))).toMatchObject({ layer: 'app', vendor: 'cloudfront' });
  });

  it('CloudFront’s 502 sentence alone names it and the origin (stefansundin/privatkopiera#8)', () => {
    const body =
      'CloudFront attempted to establish a connection with the origin, but either the attempt failed or the origin closed the connection.';
    expect(one(ex('https://www.tv.example/', 502, {}, body))).toMatchObject({
      layer: 'server',
      vendor: 'cloudfront',
    });
  });

  it('Wordfence’s country block on a 503 is geo, its own page (OpenLogicProject/OpenLogic#193)', () => {
    const body =
      'Your access to this site has been limited\nYour access to this service has been temporarily limited. Please try again in a few minutes. (HTTP response code 503)\nReason: Access from your area has been temporarily limited for security reasons.';
    expect(one(ex('http://site.example/', 503, {}, body))).toMatchObject({
      layer: 'geo',
      vendor: 'wordfence',
    });
  });

  it('Flussonic’s play protection is the service’s token rule (luongz/iptv-jp#63)', () => {
    const body = "403 Unauthorized Streamer protection system doesn't allow you to watch this content.";
    expect(one(ex('https://pipe.example/ch1/index.m3u8', 403, {}, body))).toMatchObject({
      layer: 'app',
      vendor: 'flussonic',
    });
  });

  it('a secondary rate limit and a cap on active streams, stated in JSON (hisxo/gitGraber#41, anidl/multi-downloader-nx#1301)', () => {
    const github =
      '{"documentation_url":"https://docs.github.com/en/rest#secondary-rate-limits","message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again."}';
    expect(one(ex('https://api.github.com/search/code?q=x', 403, {}, github)).layer).toBe('rate-limit');
    expect(
      one(ex('https://tv.example/play-service', 420, {}, '{"error":"TOO_MANY_ACTIVE_STREAMS"}')).layer,
    ).toBe('account');
  });
});

describe('3. header value variants of one vendor', () => {
  it('Akamai without its Server header: X-Reference-Error and Akamai-Cache-Status (WhatWaf #1139, #1162)', () => {
    expect(
      identifyVendor(ex('http://a.example/', 403, { 'X-Reference-Error': '18.5def2e17.1618968337.589c8e7' }))
        ?.vendor,
    ).toBe('akamai');
    expect(
      identifyVendor(ex('http://a.example/', 403, { 'Akamai-Cache-Status': 'Error from child' }))?.vendor,
    ).toBe('akamai');
  });

  it('Cloudflare of 2021: cf-request-id and Expect-CT reporting (WhatWaf #1186)', () => {
    expect(
      identifyVendor(ex('http://a.example/', 403, { 'cf-request-id': '09f39f87f2000031e82139d000000001' }))
        ?.vendor,
    ).toBe('cloudflare');
  });
});

describe('4. token-protected delivery', () => {
  it('an Akamai EdgeAuth token refused is the token rule, not a firewall (matthuisman/i.mjh.nz#308)', () => {
    const verdict = one(
      ex('https://live.akamaized.net/master/hdntl=exp=1~acl=x~hmac=y/4.m3u8', 403, {
        Server: 'AkamaiGHost',
        'X-Error-Reason': 'auth-failure',
      }),
    );
    expect(verdict).toMatchObject({ layer: 'app', vendor: 'akamai' });
  });

  it('reads the reason phrase of Akamai’s token check (streamlink/streamlink#5435)', () => {
    const verdict = one(
      ex('https://directos.example/ctv.m3u8', 403, {}, '', { statusText: 'Missing hdnts' }),
    );
    expect(verdict).toMatchObject({ layer: 'app', vendor: 'akamai' });
  });

  it('CloudFront signed cookies and URLs refused (vrtdev/aws-cloudfront-authorizer readme)', () => {
    const body =
      '<?xml version="1.0" encoding="UTF-8"?><Error><Code>MissingKey</Code><Message>Missing Key-Pair-Id query parameter or cookie value</Message></Error>';
    expect(one(ex('https://p.example/', 403, { Server: 'CloudFront' }, body))).toMatchObject({
      layer: 'app',
      vendor: 'cloudfront',
    });
    const signed = ex('https://d1x6e77q68wxy3.cloudfront.net/a.mp4?Expires=1&Signature=s&Key-Pair-Id=k', 403);
    expect(one(signed)).toMatchObject({ layer: 'app', vendor: 'cloudfront' });
  });

  it('object stores’ signed links: S3 "Request has expired", Azure SAS out of its window, GCS ExpiredToken', () => {
    const s3 =
      '<Error>\n<Code>AccessDenied</Code>\n<Message>Request has expired</Message>\n<RequestId>9</RequestId>\n<HostId>h</HostId>\n</Error>';
    expect(one(ex('https://b.s3.amazonaws.com/k?X-Amz-Signature=x', 403, {}, s3))).toMatchObject({
      layer: 'app',
      vendor: 'aws-s3',
    });
    const azure =
      '<Error><Code>AuthenticationFailed</Code><Message>Server failed to authenticate the request.\nRequestId:2c25ad7c-a01e-0004-04a3-56c77b000000\nTime:2020-07-10T10:16:22.1234567Z</Message><AuthenticationErrorDetail>Signature not valid in the specified time frame</AuthenticationErrorDetail></Error>';
    expect(one(ex('https://x.blob.core.windows.net/c?sig=s', 403, {}, azure))).toMatchObject({
      layer: 'app',
      vendor: 'azure-blob',
    });
    const gcs =
      '<Error>\n<Code>ExpiredToken</Code>\n<Message>The provided token has expired.</Message>\n</Error>';
    expect(
      one(ex('https://storage.googleapis.com/b/o?GoogleAccessId=a&Signature=s', 400, {}, gcs)),
    ).toMatchObject({
      layer: 'app',
      vendor: 'google-cloud-storage',
    });
  });

  it('a tokened link refused by a bare server is the token rule (nginx secure_link, 410)', () => {
    const verdict = one(ex('http://e.example/a.mp3?md5=x&expires=1461305812', 410));
    expect(verdict.layer).toBe('app');
  });

  it('a bare 403 on a CDN with an expired link is the token rule, not the CDN’s firewall', () => {
    const cloudflare = { server: 'cloudflare', 'cf-ray': '8f1e2d3c4b5a6978-CDG' };
    const expired = one(ex('https://cdn.example/live.m3u8?token=abc&expires=1700000000', 403, cloudflare));
    expect(expired.layer).toBe('app');
    // A token still valid proves nothing against the CDN: its reading stays, unsure.
    const valid = one(ex('https://cdn.example/live.m3u8?token=abc&expires=1900000000', 403, cloudflare));
    expect(valid).toMatchObject({ layer: 'waf', unsure: true });
    // With no CDN or firewall in front, a tokened link refused is the token rule.
    expect(one(ex('https://origin.example/live.m3u8?token=abc', 403)).layer).toBe('app');
  });

  it('reads the token of a sibling when the refused request carries none (OvenMediaLabs/OvenMediaEngine#1886)', () => {
    const playlist = ex('https://cdn.example/app/s/index.m3u8?token=abc', 200);
    const segment = ex('https://cdn.example/app/s/seg_1.ts', 403, {}, undefined, { startedAt: T0 + 1000 });
    const verdict = analyze([playlist, segment]).verdict;
    expect(verdict.layer).toBe('app');
    expect(verdict.evidence.join('\n')).toContain('carry a token');
  });

  it('points at the device when the token was refused while the clock is off', () => {
    const context: CaptureContext = { clockSkewSeconds: 5400 };
    const verdict = one(
      ex('http://e.example/a.mp3?md5=x&expires=1461305812', 410, {}, undefined, { context }),
    );
    expect(verdict.layer).toBe('device');
  });
});

describe('5. rate limiting stated in the body', () => {
  it('GitHub’s 403 "API rate limit exceeded" and X-RateLimit-Remaining: 0 (hub4j/github-api#220)', () => {
    const body = '{"message": "API rate limit exceeded for 203.0.113.7."}';
    expect(one(ex('https://api.example/x', 403, {}, body, { mimeType: 'application/json' })).layer).toBe(
      'rate-limit',
    );
    expect(one(ex('https://api.example/x', 403, { 'X-RateLimit-Remaining': '0' })).layer).toBe('rate-limit');
    expect(one(ex('https://api.example/x', 403, {}, '', { statusText: 'rate limit exceeded' })).layer).toBe(
      'rate-limit',
    );
  });
});

describe('6. firewalls nobody has listed', () => {
  it('generic block-page wording gives waf with no vendor, whatever the status (WhatWaf #212, #880, #137)', () => {
    const haproxy =
      '<html><body><h1>403 Forbidden</h1>\nRequest forbidden by administrative rules.\n</body></html>\n';
    expect(one(ex('http://a.example/', 403, {}, haproxy))).toMatchObject({ layer: 'waf', vendor: null });
    const filter =
      '<html><head><title>Web Filter</title></head><body>Access Denied. Your request has been denied for security reason.</body></html>';
    expect(one(ex('http://a.example/', 502, {}, filter))).toMatchObject({ layer: 'waf', vendor: null });
  });

  it('a small page on a 200 that states a block is a refusal (WhatWaf #743)', () => {
    const page =
      '<html>\n<title> Blocked Notification Page </title>\n<body>\nYou have been blocked in view of security concerns.<br>\n</body></html>';
    expect(one(ex('http://a.example/', 200, {}, page)).layer).toBe('waf');
  });

  it('an API’s JSON is not read for firewall wording: the service speaks there', () => {
    const json = '{"error":"Your request was blocked"}';
    expect(one(ex('http://a.example/api', 403, {}, json, { mimeType: 'application/json' })).layer).toBe(
      'app',
    );
  });
});

describe('7. real spellings and identifiers', () => {
  it('Fastly spells "Guru Mediation" and names its cache node; stock Varnish does not (jsdelivr#18098, elixir#251)', () => {
    const fastly =
      'Error 503 first byte timeout\nGuru Mediation:\nDetails: cache-ams4123-AMS 1538987618 3350740628\nVarnish cache server';
    expect(one(ex('https://cdn.example/', 503, {}, fastly))).toMatchObject({
      layer: 'server',
      vendor: 'fastly',
    });
    const varnish =
      '<h1>Error 503 Backend fetch failed</h1>\n<h3>Guru Meditation:</h3>\n<p>XID: 129238619</p>\n<p>Varnish cache server</p>';
    expect(one(ex('https://site.example/', 503, {}, varnish))).toMatchObject({
      layer: 'server',
      vendor: null,
    });
  });

  it('HUMAN’s title with and without its final period (0xjas0/Chegg-Answer-Bot#12, #34)', () => {
    for (const title of ['Access to this page has been denied.', 'Access to this page has been denied'])
      expect(
        one(ex('https://s.example/', 403, {}, `<html><head><title>${title}</title></head></html>`)).layer,
      ).toBe('waf');
  });
});

describe('8. request cookies and referenced scripts are not the answer’s author', () => {
  it('a vendor cookie sent with the request names nobody', () => {
    const bare = ex('https://stream.example/live.m3u8', 403, {}, undefined, {
      requestHeaders: [{ name: 'Cookie', value: '__cf_bm=x; cf_clearance=y; _abck=z' }],
    });
    expect(one(bare).vendor).toBeNull();
  });

  it('the vendor whose ids the page carries outranks one it only loads a script from', () => {
    const sucuri =
      '<link href="https://cdn.sucuri.net/sucuri-firewall-block.css" rel="stylesheet"/><title>Sucuri WebSite Firewall - Access Denied</title><script src="https://client.perimeterx.net/PX1/main.min.js"></script>';
    expect(one(ex('https://s.example/', 403, { 'X-Sucuri-Block': 'EVA079' }, sucuri)).vendor).toBe('sucuri');
  });

  it('an origin page carrying Cloudflare’s injected challenge script is not a challenge', () => {
    const page =
      '<html><head><title>403 Forbidden</title></head><body>Forbidden<script src="/cdn-cgi/challenge-platform/scripts/jsd/main.js"></script></body></html>';
    const verdict = one(
      ex(
        'https://panel.example/api',
        403,
        { server: 'cloudflare', 'cf-ray': '8f1e2d3c4b5a6978-CDG', 'cf-cache-status': 'DYNAMIC' },
        page,
      ),
    );
    expect(verdict.layer).toBe('app');
  });
});

describe('9. evidence never claims what was not seen', () => {
  it('a headers-only Akamai 403 speaks of no page; an absent header is only "probably"', () => {
    const akamai = diagnoseExchange(ex('https://a.example/x', 403, { Server: 'AkamaiGHost' }), 0);
    expect(akamai?.evidence.join('\n')).not.toMatch(/page/i);
    const cloudflare = diagnoseExchange(
      ex('https://c.example/x', 403, { server: 'cloudflare', 'cf-ray': '8f1e2d3c4b5a6978-CDG' }),
      0,
    );
    const lines = cloudflare?.evidence.join('\n') ?? '';
    expect(lines).toMatch(/probably/);
    expect(lines).not.toMatch(/never reached/);
  });
});

describe('10. streaming servers and panel software are vendors', () => {
  it('XC_VM’s debug page on a 200 says which rule refused (Vateron-Media/XC_VM constants.php)', () => {
    const page = (code: string) =>
      `<html><head><title>XC_VM - Debug Mode</title></head><body><h1>XC_VM</h1><h2>${code}</h2><br/></body></html>`;
    const url = 'http://panel.example:8080/live/u/p/1.ts';
    expect(one(ex(url, 200, {}, page('NOT_IN_ALLOWED_COUNTRY')))).toMatchObject({
      layer: 'geo',
      vendor: 'xtream',
    });
    expect(one(ex(url, 200, {}, page('BLOCKED_USER_AGENT')))).toMatchObject({
      layer: 'app',
      vendor: 'xtream',
    });
    expect(one(ex(url, 200, {}, page('EXPIRED')))).toMatchObject({ layer: 'account', vendor: 'xtream' });
  });

  it('XC_VM’s forged nginx 404 on player_api.php is the panel refusing, and the verdict says it is unsure', () => {
    const forged =
      '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
    const verdict = one(
      ex('http://panel.example:8080/player_api.php?username=u&password=p', 404, {}, forged),
    );
    expect(verdict).toMatchObject({ layer: 'auth', vendor: 'xtream', unsure: true });
  });

  it('Stalker refuses with HTTP 200 text (stalker-portal stb.class.php)', () => {
    const url = 'http://portal.example/stalker_portal/server/load.php?type=itv&action=get_all_channels';
    expect(one(ex(url, 200, {}, 'Access denied.'))).toMatchObject({ layer: 'account', vendor: 'stalker' });
    expect(one(ex(url, 200, {}, 'Unauthorized request.'))).toMatchObject({
      layer: 'auth',
      vendor: 'stalker',
    });
  });

  it('Wowza SecureToken, Nimble’s session token, Flussonic by its siblings’ Server header', () => {
    const wowza = ex(
      'http://w.example:1935/vod/_definst_/mp4:a.mp4/playlist.m3u8?letokenendtime=1&letokenhash=h',
      403,
    );
    expect(one(wowza)).toMatchObject({ layer: 'app', vendor: 'wowza' });
    const nimble = ex('http://n.example:8081/a/b/chunks.m3u8?nimblesessionid=1&wmsAuthSign=x', 403);
    expect(one(nimble)).toMatchObject({ layer: 'app', vendor: 'nimble' });
    const ok = ex('http://f.example/5963/video.m3u8?token=t', 302, {
      Server: 'Streamer 23.05',
      'X-Route-Time': '420',
    });
    const refused = ex('http://f.example/5963/video.m3u8?token=t', 403, {}, undefined, {
      startedAt: T0 + 1000,
    });
    expect(analyze([ok, refused]).verdict).toMatchObject({ layer: 'app', vendor: 'flussonic' });
  });
});

describe('12. a comparison decides where, not who', () => {
  const at = (i: number, network: string, device: string, status: number): Exchange =>
    ex(`https://tv.example/live/${i}.m3u8`, status, {}, undefined, {
      startedAt: T0 + i * 1000,
      context: { network, device },
    });

  it('server errors on every network and device are the server, not the account', () => {
    const verdict = analyze([
      at(1, 'wifi', 'tv', 503),
      at(2, '4g', 'tv', 503),
      at(3, 'wifi', 'phone', 503),
      at(4, '4g', 'phone', 503),
    ]).verdict;
    expect(verdict.layer).toBe('server');
    expect(verdict.scope).toBe('server');
  });

  it('a refusal that names its layer keeps it when it follows one device', () => {
    const page =
      '<html><head><title>XC_VM - Debug Mode</title></head><body><h2>BLOCKED_USER_AGENT</h2></body></html>';
    const refused = ex('https://tv.example/live/u/p/1.ts', 200, {}, page, {
      context: { network: 'wifi', device: 'tv' },
    });
    const works = ex('https://tv.example/live/u/p/1.ts', 200, { 'content-type': 'video/mp2t' }, undefined, {
      startedAt: T0 + 1000,
      mimeType: 'video/mp2t',
      context: { network: 'wifi', device: 'phone' },
    });
    const verdict = analyze([refused, works]).verdict;
    expect(verdict.scope).toBe('device');
    expect(verdict.layer).toBe('app');
  });
});

describe('13. firewalls answer with other codes too', () => {
  it('keeps a 406/410/451 that carries a firewall’s own marker, not a plain one', () => {
    const capture = DEFAULT_SETTINGS.capture;
    expect(capture.otherClientErrors).toBe(false);
    const plain = { url: 'https://a.example/', responseHeaders: [] };
    expect(keepsResponse(406, capture, plain)).toBe(false);
    expect(
      keepsResponse(406, capture, { ...plain, responseHeaders: [{ name: 'Server', value: 'IF_WAF' }] }),
    ).toBe(true);
    expect(
      keepsResponse(406, capture, {
        ...plain,
        body: 'Not Acceptable! This error was generated by Mod_Security.',
      }),
    ).toBe(true);
    expect(keepsResponse(451, capture, { ...plain, body: 'error code: 1020' })).toBe(true);
    // A CDN's mere presence is not a block marker.
    expect(
      keepsResponse(410, capture, { ...plain, responseHeaders: [{ name: 'x-amz-cf-id', value: 'x' }] }),
    ).toBe(false);
  });
});

describe('3. the third held-out batch: spellings, delivery products and relays the first two did not show', () => {
  it('reads character references as the characters: Akamai’s page escaped entity by entity (akamai/cli#82)', () => {
    const body =
      '<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\n \nYou don\'t have permission to access "http&#58;&#47;&#47;a&#46;example&#47;list&#46;json" on this server.<P>\nReference&#32;&#35;18&#46;44db1cb8&#46;1564180069&#46;52c1fda\n</BODY>\n</HTML>';
    const verdict = one(ex('https://a.example/list.json', 403, {}, body));
    expect(verdict).toMatchObject({ layer: 'waf', vendor: 'akamai' });
    // A reference that is not a character is left as written.
    expect(one(ex('https://a.example/', 403, {}, 'Reference &#99999999; &#0;'))).toMatchObject({
      vendor: null,
    });
  });

  it('Alibaba Cloud CDN says in X-Tengine-Error which of its rules refused (its troubleshooting guide)', () => {
    const refused = (value: string) =>
      one(ex('https://cdn.example.net/live/1.m3u8?auth_key=x', 403, { 'X-Tengine-Error': value }));
    expect(refused('denied by req auth: expired timestamp')).toMatchObject({
      layer: 'app',
      vendor: 'alibaba',
    });
    expect(refused('denied by Referer ACL')).toMatchObject({ layer: 'app', vendor: 'alibaba' });
    expect(refused('denied by IP ACL = not in whitelist')).toMatchObject({ layer: 'waf', vendor: 'alibaba' });
  });

  it('KeyCDN answers 410 Gone to an expired Secure Token, 403 to a wrong one (keycdn.com/support/secure-token)', () => {
    const url = 'https://zone-1a2b.kxcdn.com/video/playlist.m3u8?token=x&expire=1600000000';
    expect(one(ex(url, 410))).toMatchObject({ layer: 'app', vendor: 'keycdn' });
    expect(one(ex(url, 403))).toMatchObject({ layer: 'app', vendor: 'keycdn' });
    // Without a token, a 410 on its zone is a file that is gone.
    expect(one(ex('https://zone-1a2b.kxcdn.com/old.mp4', 410))).toMatchObject({ layer: 'not-found' });
  });

  it('Tencent Cloud CDN’s own codes: 514 is its per-IP limit, 509 a ban (tencentcloud.com/document/product/228/42177)', () => {
    expect(one(ex('https://cdn.example.net/live/1.m3u8', 514))).toMatchObject({ layer: 'rate-limit' });
    const tencent = { 'X-NWS-LOG-UUID': '4185742155337335237' };
    expect(one(ex('https://cdn.example.net/live/1.m3u8', 514, tencent))).toMatchObject({
      layer: 'rate-limit',
      vendor: 'tencent',
    });
    expect(one(ex('https://cdn.example.net/live/1.m3u8', 509, tencent))).toMatchObject({
      layer: 'waf',
      vendor: 'tencent',
    });
  });

  it('Ant Media Server’s token filter refuses a play token on its streams path (ant-media/Ant-Media-Server#2259)', () => {
    const chunk = 'https://ams.example.net:5443/LiveApp/streams/cam1_240p0001.ts?token=x';
    expect(one(ex(chunk, 403))).toMatchObject({ layer: 'app', vendor: 'antmedia' });
    // A token elsewhere is nobody's in particular.
    expect(one(ex('https://cdn.example.net/streams/cam1.ts?token=x', 403)).vendor).toBeNull();
  });

  it('Twitch and Amazon API Gateway are named by their own hosts and headers (twitch-dl#108, Zappa#1125)', () => {
    expect(one(ex('http://usher.twitch.tv/vod/1569618594?nauth=x&nauthsig=y', 403)).vendor).toBe('twitch');
    const gateway = one(
      ex(
        'https://api.example.com/',
        403,
        {
          'Content-Type': 'application/json',
          'x-amzn-RequestId': 'ec0665e6-9ff7-11e7-a3d7-87b0a2d9344c',
          'x-amzn-ErrorType': 'ForbiddenException',
          'X-Cache': 'Error from cloudfront',
          Via: '1.1 522dd06c4c8acf822ccbebe21aee8d1c.cloudfront.net (CloudFront)',
          'X-Amz-Cf-Id': 'DHx7tK1fRx3P4RUWw1_LQmynkA3DCkI71qTkjXx3GExqDPcCeEAfig==',
        },
        '{"message":"Forbidden"}',
      ),
    );
    // The gateway wrote the refusal; CloudFront only carried it.
    expect(gateway).toMatchObject({ layer: 'app', vendor: 'aws-api-gateway' });
  });

  it('Azure: a Shared Key signature that does not match is the credential, a SAS refused is the link (kafka-docker-playground#8714)', () => {
    const error = (detail: string) =>
      `<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code><Message>Server failed to authenticate the request.\nRequestId:796496dd-701e-0027-308e-1fd1bd000000\nTime:2026-07-29T19:14:31.1637186Z</Message><AuthenticationErrorDetail>${detail}</AuthenticationErrorDetail></Error>`;
    const sharedKey = error(
      "The MAC signature found in the HTTP request 'x' is not the same as any computed signature.",
    );
    expect(one(ex('https://acct.blob.core.windows.net/c/b', 403, {}, sharedKey))).toMatchObject({
      layer: 'auth',
      vendor: 'azure-blob',
    });
    const sas = error('Signature did not match. String to sign used was r');
    expect(one(ex('https://acct.blob.core.windows.net/c/b?sv=2020&sig=x', 403, {}, sas))).toMatchObject({
      layer: 'app',
      vendor: 'azure-blob',
    });
  });

  it('a refusal that crossed Cloudflare’s cache is the origin’s; a missing file it carried still names it (calzoneman/aeiou#19)', () => {
    const relayed = {
      'Cf-Cache-Status': 'BYPASS',
      'Cf-Ray': '782da36fec0bf188-CDG',
      'Content-Type': 'text/html',
      Server: 'nghttpx',
    };
    expect(one(ex('https://tts.example/files/a.wav', 429, relayed))).toMatchObject({
      layer: 'rate-limit',
      vendor: null,
    });
    expect(one(ex('https://tts.example/files/a.wav', 404, relayed))).toMatchObject({
      layer: 'not-found',
      vendor: 'cloudflare',
    });
    // Cloudflare's own 429 carries no cache status: still Cloudflare's.
    expect(
      one(
        ex('https://tts.example/files/a.wav', 429, {
          Server: 'cloudflare',
          'Cf-Ray': '782da36fec0bf188-CDG',
        }),
      ).vendor,
    ).toBe('cloudflare');
  });

  it('Amazon’s load balancer answers for targets that failed (wireapp/wire-webapp#749, awselb/2.0)', () => {
    const classic = ex('https://app.example/', 503, { 'Content-Length': '0' }, undefined, {
      statusText: 'Service Unavailable: Back-end server is at capacity',
    });
    expect(one(classic)).toMatchObject({ layer: 'server', vendor: 'aws-elb' });
    expect(
      one(ex('https://app.example/', 502, { Server: 'awselb/2.0', 'Content-Type': 'text/html' })),
    ).toMatchObject({ layer: 'server', vendor: 'aws-elb' });
  });
});

describe('4. the fourth held-out batch: delivery software answering for itself, and pages pasted as text', () => {
  it('a bare 403 from the service’s own delivery (streaming server, DRM licence service) is its rule, from a CDN its firewall', () => {
    const icecast = one(
      ex('http://radio.example:8000/live', 403, { Server: 'Icecast 2.4.4' }, 'Mountpoint in use', {
        method: 'PUT',
      }),
    );
    expect(icecast).toMatchObject({ layer: 'app', vendor: 'icecast' });
    expect(one(ex('https://lic.drmtoday.com/license-proxy-widevine/cenc/', 403))).toMatchObject({
      layer: 'app',
      vendor: 'castlabs',
    });
    expect(one(ex('https://wv-keyos.licensekeyserver.com/', 403))).toMatchObject({ vendor: 'buydrm' });
    expect(one(ex('https://drm-widevine-licensing.axtest.net/AcquireLicense', 403))).toMatchObject({
      vendor: 'axinom',
    });
    expect(one(ex('http://10.0.0.2:1985/apis', 404, { Server: 'SRS/0.9.43' }))).toMatchObject({
      layer: 'not-found',
      vendor: 'srs',
    });
    // The same bare 403 behind a CDN stays its protection.
    expect(one(ex('https://tv.example/live.m3u8', 403, { Server: 'BunnyCDN-DE1-721' })).layer).toBe('waf');
  });

  it('bunny.net’s token authentication on its own zones only (docs.bunny.net; BunnyCDN.TokenAuthentication#8)', () => {
    const url = 'https://vz-1a2b.b-cdn.net/video-id/playlist.m3u8?token=x&expires=1600000000';
    expect(one(ex(url, 403))).toMatchObject({ layer: 'app', vendor: 'bunny' });
    // token= and expires= elsewhere are nobody's in particular.
    expect(
      one(ex('https://cdn.example.net/playlist.m3u8?token=x&expires=1600000000', 403)).vendor,
    ).toBeNull();
  });

  it('DataDome’s block page is DataDome’s, even with Imperva’s script injected into it (psf/requests#5331)', () => {
    const page = (extra: string) =>
      `<!--\nNeed permission to access data? Contact: DataAccess@datadome.co\n-->\n<html><head><title>You have been blocked</title></head><body><p id="cmsg">Please enable JS and disable any ad blocker</p><script>var dd={'cid':'x','hsh':'y','t':'fe','host':'c.datado.me'}</script><script src="https://ct.datado.me/c.js"></script>${extra}</body></html>`;
    expect(one(ex('https://shop.example/', 403, {}, page('')))).toMatchObject({
      layer: 'waf',
      vendor: 'datadome',
    });
    const injected = page('<script async src="/_Incapsula_Resource?SWJIYLWA=719d34d31c8e"></script>');
    expect(one(ex('https://shop.example/', 403, {}, injected))).toMatchObject({
      layer: 'waf',
      vendor: 'datadome',
    });
  });

  it('F5’s block sentence on a 200, as a person copied the page’s text (ClericPy/ichrome#135); never in JSON', () => {
    const text =
      'The requested URL was rejected. Please consult with your administrator.\n\nYour support ID is: 6430462815901881137';
    expect(one(ex('https://site.example/', 200, {}, text))).toMatchObject({ layer: 'waf', vendor: 'f5' });
    // A script, a style sheet or subtitles on a success are files, not a page, whatever they mention (review).
    const bundle = 'window._cf_chl_opt={cvId:"3"}; // The requested URL was rejected. Your support ID is: 1';
    for (const mimeType of ['application/javascript', 'text/css', 'text/vtt']) {
      const file = {
        ...ex('https://tv.example/app.js', 200, { 'Content-Type': mimeType }, bundle),
        mimeType,
      };
      expect(one(file).layer).toBe('none');
    }
    const json = JSON.stringify({ note: text });
    expect(one(ex('https://api.example/x', 200, { 'Content-Type': 'application/json' }, json)).layer).toBe(
      'none',
    );
  });

  it('a 451 that names a takedown is the service’s own removal; a bare 451 stays a legal block where you are', () => {
    const dmca = '{"message": "Repository access blocked", "block": {"reason": "dmca"}}';
    expect(one(ex('https://api.example/repos/o/r', 451, {}, dmca)).layer).toBe('app');
    expect(one(ex('https://tv.example/live.m3u8', 451)).layer).toBe('geo');
    expect(one(ex('https://www.example/', 451, {}, 'Removed following a DMCA takedown notice.')).layer).toBe(
      'app',
    );
  });

  it('a 451 whose page only has a copyright footer or a DMCA link stays a legal block where you are (review)', () => {
    const court =
      '<h1>Unavailable For Legal Reasons</h1><p>Access to this site is blocked in your country by court order.</p>' +
      '<footer>Copyright 2024 Example ISP · <a href="/dmca">DMCA</a></footer>';
    expect(one(ex('https://tv.example/', 451, { 'Content-Type': 'text/html' }, court)).layer).toBe('geo');
    const footer = '<p>Unavailable.</p><footer>© Copyright 2024 Example TV</footer>';
    expect(one(ex('https://tv.example/', 451, { 'Content-Type': 'text/html' }, footer)).layer).toBe('geo');
  });
});

describe('5. the fifth held-out batch: a CDN that did not sign the answer, and servers named by their ports', () => {
  it('an answer signed by the origin’s server software came through CloudFront, not from it (rust-lang/cargo#9040)', () => {
    const headers = {
      server: 'nginx',
      via: '1.1 vegur, 1.1 9349ae4f82564896b96f5303b030d189.cloudfront.net (CloudFront)',
      'x-cache': 'Error from cloudfront',
      'x-amz-cf-pop': 'ZRH50-C1',
      'x-amz-cf-id': 'Y5DRl7OZ_nNIvAFIOkpmCig2tYjyWmfNPCX6MmAvnIVwrA0Q5aWJrA==',
    };
    const policy = 'We require that all requests include a `User-Agent` header.';
    expect(one(ex('https://crates.io/api/v1/crates?q=clap', 403, headers, policy))).toMatchObject({
      layer: 'app',
      vendor: null,
    });
    // CloudFront's own answer says so in its Server header: still CloudFront's.
    const own = { ...headers, server: 'CloudFront' };
    expect(one(ex('https://crates.io/api/v1/crates?q=clap', 403, own)).vendor).toBe('cloudfront');
  });

  it('a firewall or bot manager inside the origin’s nginx is not a CDN that relayed: its own marker stands (review)', () => {
    // naxsi is an nginx module: its X-Data-Origin header sits beside "Server: nginx" (wafw00f's naxsi plugin).
    const naxsi = { server: 'nginx', 'x-data-origin': 'naxsi/waf' };
    expect(one(ex('https://panel.example/player_api.php', 403, naxsi))).toMatchObject({
      layer: 'waf',
      vendor: 'naxsi',
    });
    // DataDome's module runs in the origin's OpenResty/nginx and adds its header there.
    const datadome = { server: 'nginx', 'x-datadome': 'protected', 'x-datadome-cid': 'AHrlqAAAAAMA' };
    expect(one(ex('https://shop.example/', 403, datadome)).vendor).toBe('datadome');
  });

  it('Tvheadend by its port and paths, IBM Cloud Object Storage by its XML (kodi-pip-addon#8, cloud-object-storage#83)', () => {
    expect(one(ex('http://192.168.1.201:9981/playlist/channels.m3u?profile=pass', 403)).vendor).toBe(
      'tvheadend',
    );
    expect(one(ex('http://192.168.1.201:8080/playlist/channels.m3u', 403)).vendor).toBeNull();
    const cos =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message><Resource>x</Resource><RequestId>x</RequestId><httpStatusCode>403</httpStatusCode></Error>';
    expect(one(ex('https://s3.cos.example.net/bucket/key', 403, {}, cos))).toMatchObject({
      layer: 'app',
      vendor: 'ibm-cos',
    });
  });
});

describe('6. the sixth held-out batch: regional firewalls, words in other languages, platforms that are the service', () => {
  it('French broadcasters state a geo rule in French (streamlink#2863, yt-dlp#10163)', () => {
    const tf1 = "Désolé, cette vidéo n'est pas accessible depuis votre zone géographique";
    expect(one(ex('https://tf1.example/mediainfo/L_HD1?format=hls', 403, {}, tf1)).layer).toBe('geo');
    const ftv = 'Votre opérateur vous localise dans une zone pour laquelle cette vidéo n’est pas disponible';
    expect(one(ex('https://ftv.example/videos/1', 422, {}, ftv)).layer).toBe('geo');
  });

  it('causes stated in other languages, in the sentences real services and software send', () => {
    const cases: [string, number, string, string][] = [
      // [body, status, content type, layer] — each sentence as its source has it (src/knowledge/refusals/stated.ts).
      [
        "Unknown error: Le contenu sélectionné n'est pas disponible dans votre pays",
        403,
        'text/plain',
        'geo',
      ],
      ['{"code":-10403,"message":"抱歉您所在地区不可观看！"}', 403, 'application/json', 'geo'],
      [
        'Lo sentimos. Este contenido tiene restringidos los derechos de emisión en su ubicación',
        403,
        '',
        'geo',
      ],
      ['Увы! Правообладатель ограничил доступ к данному видео в вашем регионе', 403, 'text/html', 'geo'],
      [
        "<p>ou si vous pensez que vous ne devriez pas être bloqué, veuillez contacter le webmaster à l'adresse</p>",
        403,
        'text/html',
        'waf',
      ],
      ['<p>抱歉！您的访问可能对网站造成威胁，已被安域防护拦截！</p>', 493, 'text/html', 'waf'],
      ['{"error":"Le compte a expiré."}', 403, 'application/json', 'account'],
      [
        '{"js":{"msg":"Количество подключений ограничено.<br>Попробуйте позже"}}',
        403,
        'application/json',
        'account',
      ],
      ['<h1>Trop de requêtes</h1>', 403, 'text/html', 'rate-limit'],
      // As PHP's json_encode and Apache's pages write them: escaped letters, named entities, a typographic apostrophe.
      ['{"msg":"Le compte a expir\\u00e9."}', 403, 'application/json', 'account'],
      [
        '<p>Le contenu s&eacute;lectionn&eacute; n&rsquo;est pas disponible dans votre pays</p>',
        403,
        'text/html',
        'geo',
      ],
      [
        '{"js":{"msg":"\\u041a\\u043e\\u043b\\u0438\\u0447\\u0435\\u0441\\u0442\\u0432\\u043e \\u043f\\u043e\\u0434\\u043a\\u043b\\u044e\\u0447\\u0435\\u043d\\u0438\\u0439 \\u043e\\u0433\\u0440\\u0430\\u043d\\u0438\\u0447\\u0435\\u043d\\u043e"}}',
        403,
        'application/json',
        'account',
      ],
    ];
    for (const [body, status, type, layer] of cases) {
      const headers: Record<string, string> = type ? { 'content-type': type } : {};
      expect(one(ex('https://tv.example/api', status, headers, body)).layer, body).toBe(layer);
    }
  });

  it('what the review found: a relay stays a relay, a picture is SHOWROOM’s geo only as a picture, a 404 stays a 404', () => {
    // A Lambda's own JSON behind API Gateway, an nginx page behind an ALB, any Azure API: no vendor refused.
    const lambda = ex('https://abc123.execute-api.us-east-1.amazonaws.com/prod/items/7', 403, {
      'x-amz-apigw-id': 'Zx1=',
      'content-type': 'application/json',
    });
    expect(one({ ...lambda, body: '{"error":"not_owner"}' }).vendor).toBeNull();
    const nginx =
      '<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>';
    expect(
      one(ex('http://my-alb-1234.us-east-1.elb.amazonaws.com/admin/', 403, { server: 'nginx' }, nginx))
        .vendor,
    ).toBeNull();
    const azure =
      '{"error":{"code":"AuthorizationFailed","message":"The client does not have authorization"}}';
    expect(
      one(ex('https://management.azure.com/subscriptions/x', 403, { 'x-ms-request-id': 'a1' }, azure)).vendor,
    ).toBeNull();
    // SHOWROOM: a token error in JSON on its HLS is not its geo picture.
    const token = ex('https://hls-css.live.showroom-live.com/live/abc/chunklist.m3u8?exp=1&sig=x', 403, {
      'content-type': 'application/json',
    });
    expect(one({ ...token, body: '{"error":"token expired"}' }).layer).toBe('app');
    // A 404 page with a help aside about countries is still not found.
    const faq =
      "<h1>Page introuvable</h1><aside>Pourquoi une chaîne n'est pas disponible dans votre pays ?</aside>";
    expect(
      one(ex('https://iptv.example.fr/chaine/xyz', 404, { 'content-type': 'text/html' }, faq)).layer,
    ).toBe('not-found');
  });

  it('block pages in Russian and Chinese without a product name are a firewall (WhatWaf#1481, #1520)', () => {
    const ru =
      '<html><head><title>Ваш запрос показался нам подозрительным и был заблокирован!</title></head><body></body></html>';
    expect(
      one(ex('http://site.example/', 403, { server: 'nginx', 'content-type': 'text/html' }, ru)),
    ).toMatchObject({ layer: 'waf', vendor: null });
    const zh = '<html><head><title id="title">访问被拦截！</title></head><body></body></html>';
    expect(one(ex('http://site.example/', 418, { 'content-type': 'text/html' }, zh)).layer).toBe('waf');
  });

  it('Huawei Cloud WAF by its CloudWAF stamp and cookies, Tencent’s T-Sec page, StormWall’s page (WhatWaf#1520, #1195, #1074)', () => {
    const huawei = {
      server: 'CloudWAF',
      'set-cookie': 'HWWAFSESID=46a2; path=/, HWWAFSESTIME=1648771938396; path=/',
    };
    expect(one(ex('http://celia.example/', 418, huawei, '<html></html>'))).toMatchObject({
      layer: 'waf',
      vendor: 'huawei-waf',
    });
    const tsec =
      '<title>AccessDeny</title><link href="https://imgcache.qq.com/qcloud/security/static/404style.css"/>' +
      '<p>本页面为<span>腾讯T-Sec Web应用防火墙(WAF)</span>默认提示页面</p>';
    expect(one(ex('http://login.example.cn/', 403, { server: 'nginx' }, tsec))).toMatchObject({
      layer: 'waf',
      vendor: 'tencent',
    });
    const storm =
      '<title>Error 403: Access Denied</title><link href="https://static.stormwall.pro/error_pages/bootstrap.min.css"/>';
    expect(one(ex('http://forum.example/', 403, { server: 'openresty/1.13.6.2' }, storm))).toMatchObject({
      layer: 'waf',
      vendor: 'stormwall',
    });
  });

  it('Apache’s stock 403 is not Akamai’s: only Akamai quotes the whole URL (PyDownTV2#17)', () => {
    const apache =
      "Forbidden\nYou don't have permission to access /auth-content-targetting/NA/CA/ on this server.";
    expect(one(ex('http://media.example/auth-content-targetting/NA/CA/', 403, {}, apache)).vendor).toBeNull();
    const akamai =
      '<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD><BODY>You don\'t have permission to access "http://x.akamaihd.net/a.m3u8" on this server.</BODY></HTML>';
    expect(one(ex('https://x.example/a.m3u8', 403, {}, akamai)).vendor).toBe('akamai');
  });

  it('a video platform’s own JSON refusal is the platform’s, not an origin it carried (YTVimeoExtractor#20)', () => {
    const body =
      '{"message": "Because of its privacy settings, this video cannot be played here.", "title": "Sorry", "view": 7}';
    expect(
      one(
        ex(
          'https://player.vimeo.com/video/75372619/config',
          403,
          { 'content-type': 'application/json' },
          body,
        ),
      ),
    ).toMatchObject({ layer: 'app', vendor: 'vimeo' });
  });

  it('Cloudflare’s JSON error, S3’s website error as text, StreamTheWorld’s reason header, SHOWROOM’s geo picture', () => {
    const cf =
      '{"title":"Error 522: Connection timed out","status":522,"error_code":522,"ray_id":"a33b33122e36ea89","cloudflare_error":true}';
    expect(one(ex('https://api.example/v1/messages', 522, {}, cf))).toMatchObject({
      layer: 'server',
      vendor: 'cloudflare',
    });
    const s3 =
      '403 Forbidden\n\n    Code: AccessDenied\n    Message: Access Denied\n    RequestId: CP6EBNDA95EDEPAE\n    HostId: ipzRiNnjkXDTvYIO9p2VM0';
    expect(one(ex('https://deb.example/gpgkey/repo.gpg.key', 403, {}, s3)).vendor).toBe('aws-s3');
    const stw = { 'x-stw-error': '430 Invalid Mount' };
    expect(one(ex('https://25433.live.streamtheworld.com/TOP_RADIO.mp3', 403, stw)).vendor).toBe(
      'streamtheworld',
    );
    const png = {
      ...ex('https://hls-css.live.showroom-live.com/live/a_default.m3u8', 403),
      mimeType: 'image/png',
    };
    expect(one(png)).toMatchObject({ layer: 'geo', vendor: 'showroom' });
  });
});

describe('7. the seventh held-out batch', () => {
  it('ARD’s radio streaming server by its own Server stamp (arduino-audio-tools#920)', () => {
    const url =
      'http://f121.rndfnk.com/ard/ndr/ndr2/niedersachsen/mp3/128/stream.mp3?cid=01F&sid=2SS&token=x&tvf=y';
    expect(one(ex(url, 401, { server: 'rocketstreamingserver' })).vendor).toBe('rocketstreamingserver');
  });

  it('App Engine’s "automated queries" block, Yandex SmartCaptcha’s page, Alibaba OSS and Tencent COS by their own marks', () => {
    const sorry =
      "<title>403 Sorry...</title><h1>We're sorry...</h1><p>... but your computer or network may be sending automated queries.";
    expect(one(ex('https://app.example/like/1', 403, { server: 'Google Frontend' }, sorry))).toMatchObject({
      layer: 'waf',
      vendor: 'google-cloud',
    });
    const yandex =
      '<h1 class="content__h1">Bad Request</h1><p>Если у вас возникли проблемы, пожалуйста, воспользуйтесь <a href="https://yandex.ru/support/smart-captcha/?unique_key=/#help">формой</a></p>';
    expect(
      one(ex('https://iot.example.ru/m/user/scenarios', 400, { 'content-type': 'text/html' }, yandex)),
    ).toMatchObject({
      layer: 'waf',
      vendor: 'yandex-smartcaptcha',
    });
    const oss = { server: 'AliyunOSS', 'x-oss-request-id': '5639B2444A9189587ABE6448' };
    expect(
      one(ex('http://oss.example.net/bucket/', 403, oss, '<Error><Code>AccessDenied</Code></Error>')).vendor,
    ).toBe('aliyun-oss');
    const cos =
      '<Error><Code>AccessDenied</Code><Message>Access Denied.</Message><RequestId>NWNh</RequestId><TraceId>OGVm</TraceId></Error>';
    expect(one(ex('https://b-125.cos.ap-chengdu.myqcloud.com/a.jpg', 403, {}, cos)).vendor).toBe(
      'tencent-cos',
    );
  });
});

describe('8. the eighth held-out batch', () => {
  it('geo rules stated by Dailymotion and Twitch, a block stated in Persian (youtube-dl#7212, ChannelPointsMiner#783, tse-client#5)', () => {
    const dm = '{"error":{"code":"DM007","status_code":403,"title":"Video geo-restricted by the owner."}}';
    expect(one(ex('https://www.dailymotion.com/player/metadata/video/x1', 403, {}, dm)).layer).toBe('geo');
    expect(
      one(ex('https://usher.ttvnw.net/api/channel/hls/x.m3u8', 403, {}, 'Content Restricted In Region'))
        .layer,
    ).toBe('geo');
    const fa = 'دسترسی شما بدلیل مسائل امنیتی مسدود شده است. لطفا با پشتیبانی تماس بگیرید';
    expect(one(ex('https://site.example.ir/api', 403, { 'content-type': 'text/html' }, fa)).layer).toBe(
      'waf',
    );
  });

  it('a store’s "signature does not match" is the caller’s key without a signature in the URL, the link with one (ShareX#2803)', () => {
    const xml =
      '<?xml version="1.0"?><Error><Code>SignatureDoesNotMatch</Code><RequestId>tx1</RequestId></Error>';
    const upload = one(ex('https://b.s3.amazonaws.com/a/file.png', 403, { server: 'AmazonS3' }, xml));
    expect(upload.layer).toBe('auth');
    const link = one(
      ex(
        'https://b.s3.amazonaws.com/a/seg1.ts?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=abc',
        403,
        { server: 'AmazonS3' },
        xml,
      ),
    );
    expect(link.layer).toBe('app');
  });

  it('a court-ordered block shown by the provider is a block where you are, even as a 200; an article quoting one is not', () => {
    const tr =
      '<html><body>grihat.com, 12/06/2018 tarihli ve 2018/4281 D. İş sayılı ANKARA 6. SULH CEZA HAKİMLİĞİ kararıyla erişime engellenmiştir.</body></html>';
    const notice = one(ex('http://grihat.com/', 200, { 'content-type': 'text/html' }, tr));
    expect(notice.layer).toBe('geo');
    const iran =
      '<html><head><title>XXXX</title></head><body><iframe src="http://10.10.34.36/?type=Invalid Keyword&policy=MainPolicy " style="width: 100%; height: 100%"></iframe></body></html>';
    expect(one(ex('http://blocked.example.net/', 403, { 'content-type': 'text/html' }, iran)).layer).toBe(
      'geo',
    );
    const article = `<html><body><h1>News</h1>${'<p>Court decisions and the internet in Turkey. </p>'.repeat(200)}<p>The notice read "kararıyla erişime engellenmiştir".</p></body></html>`;
    expect(
      one(ex('https://news.example/turkey-blocks', 200, { 'content-type': 'text/html' }, article)).layer,
    ).toBe('none');
  });

  it('stores that speak S3 are named by their own marks and keep S3’s codes (minio#12940, ShareX#2803, share-note#63)', () => {
    const denied =
      '<Error><Code>AccessDenied</Code><Message>Access Denied.</Message><Resource>/user/a.jpg</Resource><RequestId>169A87DB05883A7D</RequestId><HostId>e3b0</HostId></Error>';
    expect(one(ex('http://s3.example.net:9000/user/a.jpg', 403, { server: 'MinIO' }, denied))).toMatchObject({
      vendor: 'minio',
      layer: 'app',
    });
    const console403 =
      '<Error><Code>AccessDenied</Code><Message>S3 API Request made to Console port. S3 Requests should be sent to API port.</Message><RequestId>0</RequestId></Error>';
    expect(one(ex('https://minio.example.net/', 403, { server: 'envoy' }, console403)).vendor).toBe('minio');
    const spaces =
      '<Error><Code>AccessDenied</Code><RequestId>tx00000000000002906edb1-00620e673f-2738c28d-nyc3c</RequestId><HostId>2738c28d-nyc3c-nyc3-zg03</HostId></Error>';
    expect(one(ex('https://cdn.example.com/list.m3u8', 403, {}, spaces)).vendor).toBe('digitalocean-spaces');
    const cap =
      '{"code": "transaction_cap_exceeded", "message": "Cannot download file, transaction cap exceeded.", "status": 403}';
    expect(one(ex('https://files.example.tv/logo.png', 403, {}, cap))).toMatchObject({
      vendor: 'backblaze-b2',
      layer: 'account',
    });
  });

  it('Kong’s plugins, Heroku’s router pages, Twitch’s subscriber lock by their own words (Kong/kong source, heroku devcenter, streamlink#2713)', () => {
    const acl = '{\n  "message":"You cannot consume this service",\n  "request_id":"abc"\n}';
    expect(
      one(
        ex(
          'https://api.example.tv/epg',
          403,
          { via: '1.1 kong/3.6.1', 'content-type': 'application/json' },
          acl,
        ),
      ),
    ).toMatchObject({ vendor: 'kong', layer: 'app' });
    const noApp =
      '<title>Heroku | No such app</title><p>There is no app configured at that hostname. Perhaps the app owner has renamed it, or you mistyped the URL.</p>';
    expect(one(ex('https://panel-example.herokuapp.com/', 404, { server: 'Cowboy' }, noApp))).toMatchObject({
      vendor: 'heroku',
      layer: 'not-found',
    });
    const vod =
      '[{"url":"https://usher.ttvnw.net/vod/1.m3u8","error":"Manifest is resticted","error_code":"vod_manifest_restricted","type":"error"}]';
    expect(
      one(ex('https://usher.ttvnw.net/vod/1.m3u8', 403, { 'content-type': 'application/json' }, vod)),
    ).toMatchObject({
      vendor: 'twitch',
      layer: 'account',
    });
  });
});

describe('8. review: what the eighth batch’s rules must not catch', () => {
  it('a law phrase or a quoted court notice is not a block; a site’s own “access blocked” keeps its meaning', () => {
    const terms =
      '<html><body><p>Kami melindungi data pribadi Anda sesuai peraturan perundang-undangan yang berlaku.</p></body></html>';
    expect(
      one(ex('https://www.toko.example.id/privasi', 200, { 'content-type': 'text/html' }, terms)).layer,
    ).toBe('none');
    const lock = '<p>Çok fazla deneme: IP adresiniz 15 dakika boyunca erişime engellenmiştir.</p>';
    expect(
      one(ex('https://www.ornek.example.tr/giris', 429, { 'content-type': 'text/html' }, lock)).layer,
    ).toBe('rate-limit');
    const article = `<html><body><h1>Streaming sites blocked</h1><p>${'The court heard arguments from both sides about piracy and the rights of viewers. '.repeat(20)}</p><p>The notice reads: "Access to this website has been blocked by an order issued by the Federal Court of Canada".</p></body></html>`;
    expect(article.length).toBeLessThan(8 * 1024);
    expect(one(ex('https://news.example/piracy', 200, { 'content-type': 'text/html' }, article)).layer).toBe(
      'none',
    );
  });

  it('an app behind Render or Fly.io refuses for itself; a footer link or a shared sentence names no product', () => {
    expect(
      one(ex('https://myapp.example.net/admin', 403, { 'x-render-origin-server': 'uvicorn' }, 'Forbidden'))
        .layer,
    ).toBe('app');
    expect(
      one(
        ex(
          'https://myapp.example.net/admin',
          403,
          { 'fly-request-id': '01JQ-yyz', via: '1.1 fly.io' },
          'Forbidden',
        ),
      ).layer,
    ).toBe('app');
    const footer =
      '<html><body><p>Welcome</p><footer><a href="https://www.365cyd.com">Protected</a></footer></body></html>';
    expect(one(ex('https://www.example.cn/', 200, { 'content-type': 'text/html' }, footer)).layer).toBe(
      'none',
    );
    const shop = '{"message":"The access token is invalid or expired."}';
    expect(
      one(ex('https://api.shop.example/v1/cart', 401, { 'content-type': 'application/json' }, shop)).vendor,
    ).toBeNull();
  });

  it('Heroku’s “No such app” is not found; a presigned POST refused is the service’s link, not the caller’s key', () => {
    const noApp =
      '<title>Heroku | No such app</title><iframe src="//www.herokucdn.com/error-pages/no-such-app.html"></iframe>';
    expect(one(ex('https://old.example.net/', 404, { via: '1.1 vegur' }, noApp))).toMatchObject({
      vendor: 'heroku',
      layer: 'not-found',
    });
    const xml =
      '<Error><Code>SignatureDoesNotMatch</Code><StringToSign>eyJleHBpcmF0aW9uIjoi</StringToSign></Error>';
    const post = one(
      ex('https://uploads.s3.amazonaws.com/', 403, { server: 'AmazonS3' }, xml, {
        method: 'POST',
        requestHeaders: [{ name: 'content-type', value: 'multipart/form-data; boundary=x' }],
      }),
    );
    expect(post.layer).toBe('app');
  });
});

describe('9. the ninth held-out batch', () => {
  it('Ant Media’s JWT filter, OvenMediaEngine’s chunk-list session, Tvheadend’s API by their own words and paths', () => {
    expect(
      one(
        ex(
          'https://ams.example.net:5443/rest/v2/request?_path=LiveApp/rest/v2/broadcasts/list/0/10',
          403,
          {},
          'Invalid Server JWT Token',
        ),
      ),
    ).toMatchObject({ vendor: 'antmedia', layer: 'auth' });
    expect(
      one(ex('http://ome.example.net:3333/app/s1/chunklist_0_video_Wc_llhls.m3u8', 401, {})),
    ).toMatchObject({
      vendor: 'ovenmediaengine',
      layer: 'app',
    });
    expect(one(ex('http://192.168.0.150:9981/api/status/subscriptions', 401, {})).vendor).toBe('tvheadend');
  });

  it('Akamai’s API problem, API Gateway’s signature errors, a service that requires HTTPS (edgegrid-curl#2, SP-API#2419, pip2pkgbuild#11)', () => {
    const problem =
      '{"problemType": "https://resource-impl.luna.akamaiapis.net/probs/service-error", "title": "Forbidden", "httpStatus": 403}';
    expect(
      one(ex('https://akab-x.luna.akamaiapis.net/config-media-live/v1/live', 403, {}, problem)).vendor,
    ).toBe('akamai');
    const sig = { 'x-amzn-errortype': 'IncompleteSignatureException', 'x-amz-apigw-id': 'VKLF' };
    expect(one(ex('https://api.example.net/orders', 403, sig))).toMatchObject({
      vendor: 'aws-api-gateway',
      layer: 'auth',
    });
    expect(
      one(
        ex(
          'http://pypi.example.org/pypi/numpy/json',
          403,
          { server: 'Varnish', 'x-served-by': 'cache-hnd1' },
          'SSL is required.',
          { statusText: 'SSL is required' },
        ),
      ).layer,
    ).toBe('app');
  });
});

describe('10. the tenth held-out batch', () => {
  it('Cloudflare’s 1010 as copied text, a German bot check, Plex’s plan limit (postmon#121, flathunter#119, web2tv#12)', () => {
    const cf =
      "The owner of this website (api.example.com.br) has banned your access based on your browser's signature (248f264890681d0c-ua48).";
    expect(one(ex('https://api.example.com.br/cep/01001000', 403, {}, cf))).toMatchObject({
      vendor: 'cloudflare',
      layer: 'waf',
    });
    const robot = '<html><head><title>Ich bin kein Roboter - Beispiel</title></head><body></body></html>';
    expect(one(ex('https://www.example.de/Suche/', 405, { 'content-type': 'text/html' }, robot)).layer).toBe(
      'waf',
    );
    const plex =
      '<Error statusCode="403" error="Forbidden" message="\'user\' is NOT permitted to access restricted endpoint \'/grid\': Feature not permitted! Missing feature(s): cloud-livetv"/>';
    expect(one(ex('https://epg.provider.example/grid', 403, {}, plex))).toMatchObject({
      vendor: 'plex',
      layer: 'account',
    });
  });

  it('servers viewers run at home and radio streams by their own ports, paths and hosts', () => {
    expect(one(ex('http://192.168.1.125:5004/auto/v5.2', 503, {})).vendor).toBe('hdhomerun');
    expect(one(ex('http://192.168.1.1:5140/rtp/239.253.64.120:5140', 503, {})).vendor).toBe('rtp2httpd');
    expect(one(ex('http://tunein.streamguys1.com/cnn', 401, {})).vendor).toBe('streamguys');
    expect(one(ex('https://blog.example.fr/feed/', 403, { server: 'o2switch PowerBoost' })).vendor).toBe(
      'o2switch',
    );
  });
});

describe('10. review: what the ninth and tenth batches’ rules must not catch', () => {
  it('a law in a footer, a reCAPTCHA label, “SSL is required” inside a sentence keep the status’s meaning', () => {
    const footer =
      '<html><body><form>Giriş</form><footer>Sitemiz 5651 sayılı Kanun kapsamında yer sağlayıcıdır.</footer></body></html>';
    expect(one(ex('https://site.example.tr/login', 401, { 'content-type': 'text/html' }, footer)).layer).toBe(
      'auth',
    );
    const login =
      '<html><head><title>Anmelden</title></head><body><label>Ich bin kein Roboter</label><p>Benutzername oder Passwort falsch.</p></body></html>';
    expect(one(ex('https://konto.example.de/login', 401, { 'content-type': 'text/html' }, login)).layer).toBe(
      'auth',
    );
    const api =
      '{"error":"invalid_token","error_description":"Token expired. SSL is required for all requests."}';
    expect(
      one(ex('https://api.example.net/v1/me', 401, { 'content-type': 'application/json' }, api)).layer,
    ).toBe('auth');
  });

  it('a hosted site’s own 403, Akamai’s API refusing its caller, Cloudflare 1010 read as the device’s, S3 multipart calls', () => {
    expect(
      one(ex('https://site.example.fr/admin', 403, { server: 'o2switch-PowerBoost-v3' }, 'Forbidden')).layer,
    ).toBe('app');
    const problem =
      '{"type":"https://problems.luna.akamaiapis.net/-/pep-authz/deny","title":"Not authorized","status":403}';
    expect(one(ex('https://akab-x.luna.akamaiapis.net/papi/v1/properties', 403, {}, problem))).toMatchObject({
      vendor: 'akamai',
      layer: 'auth',
    });
    const cf =
      "The owner of this website (api.example.net) has banned your access based on your browser's signature (8a1b-ua48).";
    const verdict = analyze([ex('https://api.example.net/v1', 403, { server: 'cloudflare' }, cf)]);
    expect(verdict.findings[0]?.vendorErrorCode).toBe('1010');
    const xml = '<Error><Code>SignatureDoesNotMatch</Code></Error>';
    const multipart = one(
      ex('https://bucket.s3.amazonaws.com/big.bin?uploads', 403, { server: 'AmazonS3' }, xml, {
        method: 'POST',
        requestHeaders: [{ name: 'authorization', value: 'AWS4-HMAC-SHA256 Credential=REDACTED' }],
      }),
    );
    expect(multipart.layer).toBe('auth');
    expect(one(ex('http://nas.example.lan:5004/auto/video.m3u8', 404, {})).vendor).not.toBe('hdhomerun');
    const basic = { server: 'nginx', 'www-authenticate': 'Basic realm="Restricted"' };
    expect(one(ex('https://live.example.com/app/s/chunklist_0_video_llhls.m3u8', 401, basic)).layer).toBe(
      'auth',
    );
    expect(one(ex('http://nas.example.lan:5140/admin', 403, {})).vendor).not.toBe('rtp2httpd');
  });
});

describe('11. the eleventh held-out batch', () => {
  it('Tencent EdgeOne’s page, Huawei OBS, a PlayReady licence refused as a 500, an API key refused (GPT_API_free#392, obsfs#2, dash.js#1944, searchad-apidoc#445)', () => {
    const edge =
      '<title>AccessDeny</title><h1 class="err">Restricted Access</h1><p>The security policy of this website has blocked you from further access.</p><p>Protected by Tencent Cloud EdgeOne</p>';
    expect(one(ex('https://api.example.net/', 567, { 'content-type': 'text/html' }, edge))).toMatchObject({
      vendor: 'tencent',
      layer: 'waf',
    });
    expect(
      one(
        ex('http://b.obs.cn-southwest-2.myhuaweicloud.com/', 405, {
          server: 'OBS',
          'x-reserved':
            'amazon, aws and amazon web services are trademarks or registered trademarks of Amazon Technologies, Inc',
        }),
      ).vendor,
    ).toBe('huawei-obs');
    const fault =
      '<soap:Fault><faultcode>soap:Server</faultcode><faultstring>System.Web.Services.Protocols.SoapException: Service Specific Error at Microsoft.Media.Drm.RightsManager.AcquireLicense(XmlDocument challenge)</faultstring></soap:Fault>';
    expect(
      one(ex('https://licence.example.net/rightsmanager.asmx', 500, {}, fault, { method: 'POST' })).layer,
    ).toBe('app');
    const naver = '{"title":"Invalid API-KEY","status":403,"type":"urn:naver:api:problem:invalid-apikey"}';
    expect(one(ex('https://api.example.net/ncc/keywords/1', 403, {}, naver)).layer).toBe('auth');
  });
});

describe('12. the twelfth held-out batch', () => {
  it('OAuth 2.0’s error codes are the caller’s credentials, whatever the status (RFC 6749 §5.2, RFC 6750 §3.1; fastapi-keycloak#65)', () => {
    const keycloak = '{"error": "unauthorized_client", "error_description": "Invalid client secret"}';
    expect(
      one(ex('https://sso.example.net/realms/r/protocol/openid-connect/token', 403, {}, keycloak)).layer,
    ).toBe('auth');
    const grant = '{"error":"invalid_grant","error_description":"Token is not active"}';
    expect(
      one(ex('https://sso.example.net/token', 400, { 'content-type': 'application/json' }, grant)).layer,
    ).toBe('auth');
  });

  it('review: an OAuth code in a server error or inside another word, Akamai’s API on other statuses, PlayReady’s own codes', () => {
    const spring =
      '{"status":500,"error":"Internal Server Error","message":"[invalid_token_response] An error occurred while attempting to retrieve the OAuth 2.0 Access Token Response"}';
    expect(
      one(
        ex(
          'https://app.example.net/login/oauth2/code/x',
          500,
          { 'content-type': 'application/json' },
          spring,
        ),
      ).layer,
    ).toBe('server');
    expect(
      one(
        ex(
          'https://app.example.net/form',
          403,
          { 'content-type': 'text/html' },
          '<p>CSRF check failed: invalid_token_for_form</p>',
        ),
      ).layer,
    ).toBe('app');
    const limited = '{"error":"invalid_grant","error_description":"Too many failed attempts"}';
    expect(
      one(ex('https://sso.example.net/token', 429, { 'content-type': 'application/json' }, limited)).layer,
    ).toBe('rate-limit');
    const problem =
      '{"type":"https://problems.luna.akamaiapis.net/papi/v1/rate-limit","title":"Too many requests","status":429}';
    expect(one(ex('https://akab-x.luna.akamaiapis.net/papi/v1/properties', 429, {}, problem))).toMatchObject({
      vendor: 'akamai',
      layer: 'rate-limit',
    });
    const fault = (code: string) =>
      `<soap:Fault><faultstring>at Microsoft.Media.Drm.RightsManager.AcquireLicense(XmlDocument challenge)</faultstring><detail><Exception><StatusCode>${code}</StatusCode></Exception></detail></soap:Fault>`;
    const post = { method: 'POST' } as const;
    expect(
      one(ex('https://lic.example.net/rightsmanager.asmx', 500, {}, fault('0x8004C600'), post)).layer,
    ).toBe('server');
    expect(
      one(ex('https://lic.example.net/rightsmanager.asmx', 500, {}, fault('0x8004C602'), post)).layer,
    ).toBe('account');
  });
});

describe('13. the geo rule as services’ APIs name it (yt-dlp’s extractors, not a batch)', () => {
  it('reads the geo codes of many services’ APIs, whatever their spelling', () => {
    // Each code as yt-dlp@81ecd58…:yt_dlp/extractor/<file> tests for it.
    const bodies = [
      '{"errors":[{"status":"403","code":"access.denied.geoblocked","detail":"Access denied"}]}', // dplay.py
      '{"error":{"code":"ASSET_PLAYBACK_INVALID_GEO_LOCATION","description":"x"}}', // tv2.py
      '{"error":{"origin":"NotAllowedForLocation","message":"x"}}', // ivi.py
      '{"error":{"message":"OutsideRegionError: x"}}', // litv.py
      '{"code":"PLAY_GEOIP_DENIED"}', // iprima.py
      '{"restriction":"RegionRestricted"}', // hidive.py
      '{"code":"player-bad-geolocation-country","message":"x"}', // adn.py
      '{"error_code":"idagio.error.blocked.location"}', // idagio.py
      '{"msg":"Sorry, this content is not available in your country."}', // zingmp3.py
      '<p>Streaming is not available in your area</p>', // rudovideo.py
    ];
    for (const body of bodies)
      expect(one(ex('https://api.tv.example/play', 403, {}, body)), body).toMatchObject({ layer: 'geo' });
  });

  it('reads the geo rule a service states in a response header (francetv.py, sbs.py)', () => {
    expect(one(ex('https://media.tv.example/v.mp4', 403, { 'x-errortype': 'geo' }))).toMatchObject({
      layer: 'geo',
    });
    const sbs = one(
      ex('https://sbs-vod-prod-01.akamaized.net/', 403, {
        'x-error-reason': 'geo-blocked',
        server: 'AkamaiGHost',
      }),
    );
    expect(sbs.layer).toBe('geo');
  });

  it('a geo flag set to false, a header about something else, a 404 keep their meaning', () => {
    const flag = one(
      ex(
        'https://api.tv.example/play',
        403,
        {},
        '{"isGeoBlocked": false, "geo_restricted":0, "error": "Forbidden"}',
      ),
    );
    expect(flag.layer).not.toBe('geo');
    const header = one(ex('https://media.tv.example/v.mp4', 403, { 'x-error-reason': 'token-expired' }));
    expect(header.layer).not.toBe('geo');
    const gone = one(ex('https://api.tv.example/play', 404, {}, '{"msg":"not available in your country"}'));
    expect(gone.layer).toBe('not-found');
  });
});

describe('13. the thirteenth held-out batch', () => {
  it('Threadfin and xTeVe refusing their links’ credentials, Tvheadend’s web UI paths (Threadfin, xTeVe, tvheadend source)', () => {
    const threadfin = one(
      ex('http://10.0.0.5:34400/m3u/threadfin.m3u?username=u&password=p', 403, {}, 'Forbidden [403]\n'),
    );
    expect(threadfin).toMatchObject({ layer: 'auth', vendor: 'threadfin' });
    const xteve = one(
      ex('http://10.0.0.5:34400/xmltv/xteve.xml?username=u&password=p', 403, {}, 'Forbidden [403]\n'),
    );
    expect(xteve).toMatchObject({ layer: 'auth', vendor: 'xteve' });
    // Its 404 is not a refused login.
    const missing = one(ex('http://10.0.0.5:34400/m3u/threadfin.m3u', 404, {}, 'Not Found [404]\n'));
    expect(missing).toMatchObject({ layer: 'not-found', vendor: 'threadfin' });
    const page =
      '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\r\n<HTML><HEAD>\r\n<TITLE>403 Forbidden</TITLE>\r\n</HEAD><BODY>\r\n<H1>403 Forbidden</H1>\r\n</BODY></HTML>\r\n';
    expect(one(ex('http://192.168.1.16:9981/extjs.html', 403, {}, page)).vendor).toBe('tvheadend');
    // Another server's 9981 page with another path is not Tvheadend's.
    expect(one(ex('http://192.168.1.16:9981/extjsfoo', 403, {}, page)).vendor).toBeNull();
  });

  it('Brightcove’s error logged as a Python dict, ITV’s geographic region sentence (slyguy.addons#833, itv.py)', () => {
    const dict =
      "{'error_code': 'ACCESS_DENIED', 'error_subcode': 'CLIENT_GEO', 'message': 'Access to this resource is forbidden by access policy.'}";
    expect(
      one(ex('https://playback.example.net/playback/v1/accounts/1/videos/2', 403, {}, dict)),
    ).toMatchObject({
      layer: 'geo',
      vendor: 'brightcove',
    });
    // Retyped with a space, the code no longer reads; the place Brightcove put the viewer still says geo.
    const retyped = "'client_geo': 'gb', 'error_subcode': 'CLIENT GEO', 'error_code': 'ACCESS_DENIED'";
    expect(
      one(ex('https://playback.example.net/playback/v1/accounts/1/videos/2', 403, {}, retyped)),
    ).toMatchObject({
      layer: 'geo',
      vendor: 'brightcove',
    });
    const itv =
      '{\n  "Message" : "Request Originated Outside Of Allowed Geographic Region",\n  "TransactionId" : "x"\n}';
    expect(one(ex('https://magni.itv.example/playlist/itvonline/x', 403, {}, itv)).layer).toBe('geo');
  });
});

describe('14. the fourteenth held-out batch', () => {
  it('stores’ own sentences and hosts: GCS’s key sentence, S3’s StringToSign, R2 behind Cloudflare’s headers (nodejs-storage#244, aws-sdk-php#1344, opendal#1689)', () => {
    const gcs = one(
      ex(
        'https://storage.example.net/b/o?Expires=1673032320&Signature=x',
        403,
        {},
        'The request signature we calculated does not match the signature you provided. Check your Google secret key and signing method.',
      ),
    );
    expect(gcs).toMatchObject({ layer: 'app', vendor: 'google-cloud-storage' });
    const s3 = one(
      ex(
        'https://s3.example.net/bucket/key.jpg',
        403,
        {},
        '<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match.</Message><AWSAccessKeyId>AKIA</AWSAccessKeyId><StringToSign>x</StringToSign></Error>',
      ),
    );
    // No signature in the URL: the caller signed with its own key.
    expect(s3).toMatchObject({ layer: 'auth', vendor: 'aws-s3' });
    const r2 = one(
      ex('https://acct.r2.cloudflarestorage.com/bucket/key', 403, {
        server: 'cloudflare',
        'cf-ray': '7aa62f3b5d6628ac-AMS',
        'content-type': 'application/xml',
      }),
    );
    expect(r2.vendor).toBe('cloudflare-r2');
    // Cloudflare's own 403 elsewhere is still Cloudflare's.
    const edge = one(
      ex('https://www.example.com/', 403, { server: 'cloudflare', 'cf-ray': '7aa62f3b5d6628ac-AMS' }),
    );
    expect(edge.vendor).toBe('cloudflare');
  });

  it('B2’s download token in the link is the service’s signed link; in a header, the caller’s key (B2 CLI#582, B2 API docs)', () => {
    const body = '{"code": "expired_auth_token", "message": "", "status": 401}';
    const link = one(
      ex('https://f001.backblazeb2.com/file/bucket/f.mp4?Authorization=3_x_dnld', 401, {}, body),
    );
    expect(link).toMatchObject({ layer: 'app', vendor: 'backblaze-b2' });
    const api = one(ex('https://api001.backblazeb2.com/b2api/v2/b2_list_buckets', 401, {}, body));
    expect(api).toMatchObject({ layer: 'auth', vendor: 'backblaze-b2' });
  });

  it('a streamer’s X-Deny-Reason: wrong_country, an antivirus answering in the service’s place (iptv#14459, angular-material-app#47)', () => {
    expect(
      one(ex('http://live.example.ru/ch/index.m3u8', 403, { 'X-Deny-Reason': 'wrong_country' })).layer,
    ).toBe('geo');
    expect(
      one(ex('http://live.example.ru/ch/index.m3u8', 403, { 'X-Deny-Reason': 'wrong_token' })).layer,
    ).not.toBe('geo');
    // A header named for a refusal's reason is read like a body: a blocked user agent is the service's rule.
    const ua = one(
      ex('https://live.example.rs/ch/index.m3u8', 403, {
        'X-Mnd-Stream-Denied-Log': 'Blocked user agent Mozilla/5.0 (X11;Linux x86_64) Chrome/116.0.0.0',
      }),
    );
    expect(ua.layer).toBe('app');
    expect(ua.evidence.join(' ')).toContain('X-Mnd-Stream-Denied-Log');
    const gateway = one(
      ex(
        'https://api.example.net/v1/x',
        403,
        { 'x-amzn-errortype': 'AccessDeniedException' },
        '{"message":"x"}',
      ),
    );
    expect(gateway.layer).not.toBe('geo');
    const av = one(
      ex('http://localhost:4200/main.js', 499, {}, undefined, {
        statusText: 'Request has been forbidden by antivirus',
      }),
    );
    expect(av.layer).toBe('device');
  });
});

describe('14. review: what the new rows and the geo codes must not catch', () => {
  it('geo words in field names, flags, scripts, assets, help text and non-refusals are not a geo rule', () => {
    const cases: [number, Record<string, string>, string][] = [
      [
        401,
        { 'content-type': 'text/html', server: 'nginx' },
        '<script>window.__CFG__={user:null,geoBlocked:!1}</script>',
      ],
      [
        403,
        { 'content-type': 'text/html' },
        '<script>window.__NUXT__=JSON.parse("{\\"channel\\":{\\"isGeoBlocked\\":false}}")</script><p>Sign in</p>',
      ],
      [
        401,
        { 'content-type': 'application/json' },
        '{"error":"invalid_session","config":{"geo_blocked_countries":[]}}',
      ],
      [403, { 'content-type': 'application/json' }, '{"code":"TOKEN_EXPIRED","geoRestricted":"false"}'],
      [
        401,
        { 'www-authenticate': 'Bearer' },
        '<form>Some channels are not available in your region; see FAQ</form>',
      ],
      [500, { 'content-type': 'text/html' }, '<link href="/css/geo-block.css"><h1>Error</h1>'],
      [
        503,
        { 'content-type': 'text/html' },
        '<p>Maintenance. FAQ: Why is the app unavailable in your country?</p>',
      ],
      [
        403,
        { 'content-type': 'text/html' },
        '<p>Subscribers with an outside regional package must sign in.</p>',
      ],
      [403, { 'content-type': 'application/xml' }, '<r><geoBlocked>false</geoBlocked><e>token</e></r>'],
      [429, { 'content-type': 'application/json' }, '{"error":"slow down","see":"geolocation-denied-list"}'],
      [
        403,
        { 'content-type': 'text/html' },
        `<html><body><h1>Members only</h1><p>${'Your subscription has expired. '.repeat(30)}</p><p>Some programmes are not available in your country.</p></body></html>`,
      ],
    ];
    for (const [status, headers, body] of cases)
      expect(one(ex('https://tv.example/api/play', status, headers, body)).layer, body).not.toBe('geo');
  });

  it('IIS’s stock 404 names URLScan as a possible cause, not a block; plugins’ shared sentences and presence marks name no block', () => {
    const iis404 =
      '<h3>HTTP Error 404.0 - Not Found</h3><h4>Most likely causes:</h4><ul><li>A custom filter or module, such as URLScan, restricts access to the file.</li></ul>';
    expect(
      one(ex('http://tv.example/live/chan.m3u8', 404, { server: 'Microsoft-IIS/8.5' }, iis404)).layer,
    ).toBe('not-found');
    const bps400 =
      '<div id="bpsMessage"><p>400 Bad Request Error</p><p>If you arrived here due to a search or clicking on a link click your <br>Browser\'s back button</p><p>BPS Plugin 400 Error Page</p></div>';
    expect(one(ex('https://site.example/x', 400, { server: 'Apache' }, bps400)).layer).not.toBe('waf');
    const sorry =
      "<h1>Access denied</h1><p>We're sorry, you are not allowed to proceed. Please sign in with an administrator account.</p>";
    expect(one(ex('https://site.example/wp-admin/', 403, {}, sorry)).layer).not.toBe('waf');
    const members = '<h1>Members only</h1><p>Your subscription has expired.</p>';
    for (const cookie of ['cz_astra_csrf_cookie=abc', 'crawlprotecttag=1', 'al_session=xyz'])
      expect(
        one(ex('https://site.example/m', 403, { 'set-cookie': cookie }, members)).layer,
        cookie,
      ).not.toBe('waf');
    expect(
      one(
        ex(
          'https://site.example/m',
          403,
          {},
          `${members}<footer><a href="https://www.webarxsecurity.com/">x</a></footer>`,
        ),
      ).layer,
    ).not.toBe('waf');
  });

  it('another API’s client_geo field, a Brightcove refusal that is not geo', () => {
    const other = one(
      ex(
        'https://api.tv.example/v1/session',
        401,
        {},
        '{"error":"token_expired","client_ip":"1.2.3.4","client_geo":"de"}',
      ),
    );
    expect(other.layer).not.toBe('geo');
    expect(other.vendor).not.toBe('brightcove');
    const notPlayable = one(
      ex(
        'https://edge.api.brightcove.com/playback/v1/accounts/1/videos/2',
        403,
        {},
        '[{"error_code":"ACCESS_DENIED","error_subcode":"VIDEO_NOT_PLAYABLE","client_geo":"gb","message":"x"}]',
      ),
    );
    expect(notPlayable).toMatchObject({ layer: 'app', vendor: 'brightcove' });
  });
});

describe('15. the fifteenth held-out batch', () => {
  it('quotas, subscribers-only content, a device’s DRM and a region stated in other words (gdrive#348, mega-downloader#22, Globo, ZEE5, moviebox-api#31)', () => {
    const drive =
      '{"error":{"errors":[{"domain":"global","reason":"downloadQuotaExceeded","message":"The download quota for this file has been exceeded."}],"code":403}}';
    expect(one(ex('https://www.googleapis.com/drive/v3/files/x?alt=media', 403, {}, drive)).layer).toBe(
      'rate-limit',
    );
    // Review: "Bandwidth Limit Exceeded" is every 509's reason phrase (a hosting plan's cap as often as a viewer's
    // quota): it states nothing beyond the status, which since the sixty-sixth batch (MEGA's and Dropbox's 509s) reads
    // as a transfer allowance used up, the file's, the account's or the address's.
    expect(
      one(ex('https://dl.example.net/f', 509, {}, undefined, { statusText: 'Bandwidth Limit Exceeded' }))
        .layer,
    ).toBe('rate-limit');
    const globo = "{'message': u'Video is for subscribers only. Authorization required.', 'code': u'AUT'}";
    expect(one(ex('http://security.video.example/videos/1/hash', 403, {}, globo)).layer).toBe('account');
    const zee5 =
      '{"errorcode":371000005,"errormsg":"Widevine license request failed >> Verified media path cannot be verified"}';
    expect(one(ex('https://api.example.com/widevine/getLicense', 403, {}, zee5)).layer).toBe('device');
    const region = '{"code": 403, "reason": "Forbidden", "message": "invalid region"}';
    expect(one(ex('https://h5.example.com/api/subject/download', 403, {}, region)).layer).toBe('geo');
  });

  it('Gcore’s host names it; a 410 on a link whose expiry has not passed stays gone (the team’s gone-410 scenario), an expired one is the token rule', () => {
    const live = one(
      ex('http://demo.gvideo.io/run/master.m3u8?md5=x&expires=1893456000', 410, {}, undefined),
    );
    expect(live).toMatchObject({ layer: 'not-found', vendor: 'gcore' });
    // T0 is 2024-03-10: an expiry in 2023 had passed when asked.
    const late = one(
      ex('http://demo.gvideo.io/run/master.m3u8?md5=x&expires=1690000000', 410, {}, undefined),
    );
    expect(late.layer).toBe('app');
  });
});

describe('16. the sixteenth held-out batch', () => {
  it('Plex’s own cloud EPG, S3’s AccessDenied pasted without its ids (plex-for-channels#16, f1_sensor#269)', () => {
    expect(one(ex('http://epg.provider.plex.tv/grid?channelGridKey=x&date=2025-12-23', 451)).vendor).toBe(
      'plex',
    );
    const s3 = '<Error>\n<Code>AccessDenied</Code>\n<Message>Access Denied</Message>\n</Error>';
    expect(one(ex('https://livetiming.example.com/static/2026/Index.json', 403, {}, s3)).vendor).toBe(
      'aws-s3',
    );
    // MinIO's own wording ends with a full stop: not S3's.
    const minio = '<Error><Code>AccessDenied</Code><Message>Access Denied.</Message></Error>';
    expect(one(ex('https://files.example.com/b/k', 403, {}, minio)).vendor).not.toBe('aws-s3');
  });
});

describe('15. review: what the fifteenth batch’s rules must not catch', () => {
  it('Gcore’s own 403 on a tokened link is its secure token, not a firewall', () => {
    const gcore = one(ex('https://demo.gvideo.io/videos/abc/master.m3u8?md5=AbCdEf&expires=1900000000', 403));
    expect(gcore).toMatchObject({ layer: 'app', vendor: 'gcore' });
  });

  it('quota words as field names or flags, a marketing line, a 400’s bad parameter are not causes', () => {
    const flag =
      '{"error":"subscription_inactive","message":"Your subscription has expired","quotaExceeded":false}';
    expect(one(ex('https://api.tv.example/play', 403, {}, flag)).layer).not.toBe('rate-limit');
    const login = '{"error":"invalid_credentials","rateLimitExceeded":false}';
    expect(one(ex('https://api.tv.example/login', 401, {}, login)).layer).toBe('auth');
    const storage = '{"error":{"errors":[{"reason":"storageQuotaExceeded"}],"code":403}}';
    notReadAs(one(ex('https://www.googleapis.com/upload/drive/v3/files', 403, {}, storage)), 'rate-limit');
    const service = one(
      ex(
        'https://api.example.net/x',
        402,
        { 'x-amzn-errortype': 'ServiceQuotaExceededException' },
        '{"message":"x"}',
      ),
    );
    expect(service.layer).not.toBe('rate-limit');
    const page = `<html><head><meta name="description" content="Premium channels for subscribers only."></head><body><p>${'News and sport. '.repeat(50)}</p><p>This channel is not available in your location</p></body></html>`;
    expect(one(ex('https://tv.example/ch/1', 403, { 'content-type': 'text/html' }, page)).layer).toBe('geo');
    const region = '{"error":"invalid_region","message":"Unknown region parameter: eu-west"}';
    expect(
      one(ex('https://api.tv.example/v1/catalog/channels?region=eu-west', 400, {}, region)).layer,
    ).not.toBe('geo');
  });

  it('a 410 off the stream, a generic authorization= parameter, a reason header on a server error', () => {
    const retired = one(
      ex('https://api.example/v1/player/config?token=abc', 410, {}, '{"error":"API v1 has been retired"}'),
    );
    expect(retired.layer).toBe('not-found');
    const geo = one(
      ex(
        'https://media.example/live/ch1.m3u8?authorization=eyJhbGciOi',
        403,
        {},
        '{"error":"geo_blocked","message":"not available in your country"}',
      ),
    );
    expect(geo.layer).toBe('geo');
    const down = one(
      ex('https://media.example/live/ch1.m3u8', 503, { 'X-Error-Reason': 'upstream geo-blocked origin' }),
    );
    expect(down.layer).toBe('server');
  });

  it('a reason header’s evidence quotes the deciding words, not the whole value', () => {
    const verdict = one(
      ex('https://media.example/live/ch1.m3u8', 403, {
        'X-Deny-Reason': 'too many requests for line john_doe pass=S3cretPw1 from 203.0.113.7',
      }),
    );
    expect(verdict.layer).toBe('rate-limit');
    const text = verdict.evidence.join(' ');
    expect(text).not.toContain('S3cretPw1');
    expect(text).not.toContain('203.0.113.7');
    expect(text).not.toContain('john_doe');
  });
});

describe('17. stated causes in more languages and services’ own codes (a sweep, not a batch)', () => {
  it('reads translations the software ships, whatever the script’s spelling quirks', () => {
    const cases: [string, string][] = [
      ['Çok Fazla İstek', 'rate-limit'], // Laravel tr: a capital dotted İ
      ['<title>درخواست\u200cهای ارسال شده زیاد است</title>', 'rate-limit'], // fa: a zero-width non-joiner
      ['{"message":"Too many requests","detail":"请求次数过多"}', 'rate-limit'],
      ['{"error":"La cuenta está bloqueada."}', 'account'],
      ['Twój STB jest zablokowany', 'account'],
      ['<p>Ce programme n\u2019est malheureusement pas disponible pour votre zone géographique.</p>', 'geo'],
      ['To wideo jest niedostępne w\u00a0twoim kraju', 'geo'],
    ];
    for (const [body, layer] of cases)
      expect(one(ex('https://tv.example/api/play', 403, {}, body)).layer, body).toBe(layer);
  });

  it('reads services’ own codes for concurrency, VPN detection, revoked devices and throttling', () => {
    const cases: [string, string][] = [
      ['{"errorCode":"OVP_00014","description":"Maximum number of streaming devices exceeded"}', 'account'],
      ['{"errors":[{"code":"access.denied.missingpackage"}]}', 'account'],
      ['{"code":"streamco.login.VPNDetected"}', 'geo'],
      ['{"errorDisplayMessage":"You seem to be using an unblocker or proxy."}', 'geo'],
      ['{"errors":[{"code":"device-certificate-revoked"}]}', 'device'],
      ['{"error":{"status":"RESOURCE_EXHAUSTED","message":"x"}}', 'rate-limit'],
      ['<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>', 'app'],
    ];
    for (const [body, layer] of cases)
      expect(one(ex('https://api.tv.example/playback', 403, {}, body)).layer, body).toBe(layer);
    // gRPC's RESOURCE_EXHAUSTED on a server error is the server's (memory, disk), not a quota.
    expect(
      one(ex('https://api.tv.example/playback', 500, {}, '{"error":{"status":"RESOURCE_EXHAUSTED"}}')).layer,
    ).toBe('server');
  });
});

describe('18. the eighteenth held-out batch (recorded test traffic)', () => {
  it('YouTube’s and Vimeo’s own sites answer for themselves, whatever front end carried them', () => {
    const innertube = one(
      ex(
        'https://www.youtube.com/youtubei/v1/next?key=x',
        500,
        { server: 'ESF' },
        '{"error":{"code":500,"message":"Internal error encountered.","status":"INTERNAL"}}',
      ),
    );
    expect(innertube).toMatchObject({ layer: 'server', vendor: 'youtube' });
    const key = one(
      ex(
        'https://www.googleapis.com/youtube/v3/videos?part=id',
        400,
        {},
        '{"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","errors":[{"reason":"badRequest"}],"status":"INVALID_ARGUMENT"}}',
      ),
    );
    expect(key).toMatchObject({ layer: 'auth', vendor: 'youtube' });
    const takedown =
      '<html><head><title>VimeUhOh</title></head><body><h1>Sorry, this video is unavailable</h1><p>Vimeo has removed or disabled access to the video <strong>x</strong> as a result of a third-party notification by <strong>y</strong> that claims this material is infringing on their copyright.</p></body></html>';
    const vimeo = one(
      ex(
        'https://vimeo.com/59312311',
        451,
        { 'x-served-by': 'cache-iad-kiad7000162-IAD', 'x-timer': 'S1,VS0,VE460' },
        takedown,
      ),
    );
    expect(vimeo).toMatchObject({ layer: 'app', vendor: 'vimeo' });
  });

  it('Mashery’s proxy and its inactive key; a status no registry has is the service’s own (Flexget, is-antibot)', () => {
    const mashery = one(
      ex(
        'http://api.example.com/api/public/v1.0/movies.json?apikey=x',
        403,
        { server: 'Mashery Proxy' },
        '{"error":"Account Inactive"}',
      ),
    );
    expect(mashery).toMatchObject({ layer: 'account', vendor: 'mashery' });
    const linkedin = one(
      ex('https://www.linkedin.com/in/x/', 999, {
        server: 'cloudflare',
        'cf-ray': '9e2b9c1e3f4a5b6c-MAD',
        'x-li-fabric': 'prod-ltx1',
      }),
    );
    expect(linkedin.vendor).toBeNull();
  });
});

describe('18. review: what the sweep and the eighteenth batch’s rules must not catch', () => {
  it('a gateway, a CDN or a court notice on youtube.com or vimeo.com is not the platform’s own answer', () => {
    expect(one(ex('https://www.youtube.com/watch?v=abc', 403, { server: 'Zscaler/6.2' })).vendor).toBe(
      'zscaler',
    );
    expect(
      one(ex('https://vimeo.com/123', 403, { server: 'cloudflare', 'cf-ray': '81cbed921f486d93-BCN' }))
        .vendor,
    ).toBe('cloudflare');
    const notice =
      '<html><body><iframe src="http://uzone.id/assets/internetpositif/x"></iframe></body></html>';
    expect(one(ex('https://vimeo.com/123', 403, {}, notice))).toMatchObject({ layer: 'geo', vendor: null });
  });

  it('codes as field names, flags, script names or i18n keys are not causes', () => {
    const flag =
      '{"error":{"type":"subscription_required","rate_limit_exceeded":false,"message":"Your plan does not include this channel"}}';
    expect(one(ex('https://api.tv.example/play', 403, {}, flag)).layer).not.toBe('rate-limit');
    const script =
      '<html><script>function onFailedGeolocation(){}</script><body><p>Forbidden</p></body></html>';
    expect(one(ex('https://tv.example/ch', 403, { 'content-type': 'text/html' }, script)).layer).not.toBe(
      'geo',
    );
    const i18n =
      '<html><head><script>window.__I18N__={"errors":{"too_many_requests":"x"}}</script></head><body><h1>This channel is not available in your location.</h1></body></html>';
    expect(one(ex('https://tv.example/ch', 403, { 'content-type': 'text/html' }, i18n)).layer).toBe('geo');
  });

  it('Mashery’s banner only carries the backend’s answer; Google’s unusual-traffic page is its bot check', () => {
    const backend = one(
      ex(
        'https://api.example.com/v1/x',
        403,
        { server: 'Mashery Proxy' },
        '{"status":"error","message":"This content is not available in your country"}',
      ),
    );
    expect(backend).toMatchObject({ layer: 'geo', vendor: null });
    const sorry =
      '<html><head><title>https://www.youtube.com/watch</title></head><body><div>Our systems have detected unusual traffic from your computer network. This page checks to see if it&#39;s really you sending the requests, and not a robot.</div></body></html>';
    expect(
      one(ex('https://www.google.com/sorry/index?continue=x', 429, { 'content-type': 'text/html' }, sorry))
        .layer,
    ).toBe('waf');
  });
});

describe('19. the nineteenth held-out batch (IPTV apps, recorded traffic, causes stated in words)', () => {
  it('services’ own words for a country, a package and a revoked device', () => {
    const json = { 'content-type': 'application/json' };
    expect(
      one(
        ex(
          'https://api.example/v1/chat',
          403,
          json,
          '{"code":"unsupported_country_region_territory","message":"Country, region, or territory not supported","param":null,"type":"request_forbidden"}',
        ),
      ).layer,
    ).toBe('geo');
    expect(
      one(
        ex(
          'https://api.example/v1beta/models/x:generate',
          400,
          json,
          '{ "error": { "code": 400, "message": "User location is not supported for the API use.", "status": "FAILED_PRECONDITION" } }',
        ),
      ).layer,
    ).toBe('geo');
    expect(
      one(
        ex(
          'https://api.example/playlist',
          403,
          json,
          '{"Message": "UserTokenValidationFailed for user: Some(x) message: User does not have entitlements"}',
        ),
      ).layer,
    ).toBe('account');
    expect(
      one(ex('https://drm.example/license', 400, json, '{"errors":[{"code":"device_revoked"}]}')).layer,
    ).toBe('device');
  });

  it('a German firewall page; Vimeo’s own rate-limit and outage pages; Google Cloud Storage’s JSON API', () => {
    const german =
      '<html><head>\n<title>403 Forbidden</title>\n</head>\n<body>\n<h1>403 Forbidden</h1>\n<p>Banned - Attack detected! &lt;br /&gt;&lt;b&gt;Dieser Angriff wurde erkannt und blockiert&lt;/b&gt;</p>\n</body></html>';
    expect(one(ex('https://site.example/', 403, { server: 'Apache' }, german)).layer).toBe('waf');
    const limited =
      '<!doctype html><html><head><title>Vimeo / 429 Too Many Requests</title></head><body></body></html>';
    expect(
      one(
        ex('https://vimeo.com/1', 429, { server: 'cloudflare', 'cf-ray': '81c556a9c92a0d6e-MXP' }, limited),
      ),
    ).toMatchObject({ layer: 'rate-limit', vendor: 'vimeo' });
    const down =
      '<!DOCTYPE html><html><head><title>Sorry. Vimeo will be right back.</title></head><body></body></html>';
    expect(one(ex('https://vimeo.com/1', 502, { server: 'nginx', via: '1.1 varnish' }, down))).toMatchObject({
      layer: 'server',
      vendor: 'vimeo',
    });
    const quota =
      '{"error":{"errors":[{"domain":"usageLimits","reason":"rateLimitExceeded","message":"The project exceeded the rate limit for creating and deleting buckets."}],"code":429,"message":"The project exceeded the rate limit for creating and deleting buckets."}}';
    expect(
      one(ex('https://www.googleapis.com/storage/v1/b/?project=x', 429, { Server: 'UploadServer' }, quota)),
    ).toMatchObject({ layer: 'rate-limit', vendor: 'google-cloud-storage' });
  });

  it('refusals on a success status: AWS WAF’s 202 challenge, an API’s error object, a Bulgarian provider’s notice', () => {
    const challenge = one(
      ex('http://www.site.example/reports/x', 202, {
        server: 'awselb/2.0',
        'x-amzn-waf-action': 'challenge',
      }),
    );
    expect(challenge).toMatchObject({ layer: 'waf', vendor: 'aws-waf' });
    const json = { 'content-type': 'application/json' };
    expect(
      one(
        ex(
          'https://api.example/pgc/player/web/playurl',
          200,
          json,
          '{"code":-10403,"message":"抱歉您所在地区不可观看！"}',
        ),
      ).layer,
    ).toBe('geo');
    expect(
      one(
        ex(
          'https://security.example/videos/1/hash',
          200,
          json,
          '{"http_status_code":403,"message":"Video is for subscribers only. Authorization required.","code":"AUT"}',
        ),
      ).layer,
    ).toBe('account');
    const notice =
      '<html><body><center><font face="verdana">\nТърсената от Вас страница е с неразрешено съдържание и достъпът Ви до нея е ограничен.\n<br />За повече информация проверете на: <br />\nДържавна Комисия по Хазарта -\n<a href="http://www.dkh.minfin.bg/"> www.dkh.minfin.bg </a> </font></center></body></html>';
    expect(
      one(ex('http://104.31.90.167/', 200, { server: 'nginx/0.7.67', 'content-type': 'text/html' }, notice))
        .layer,
    ).toBe('geo');
  });
});

describe('19. review: what the nineteenth batch’s rules must not catch', () => {
  const json = { 'content-type': 'application/json' };
  it('a success’s JSON that only mentions a cause, or says it succeeded, stays a success', () => {
    const catalogue =
      '{"code":0,"message":"ok","data":{"title":"Match","note":"Video is for subscribers only"}}';
    expect(diagnoseExchange(ex('https://api.example/list', 200, json, catalogue), 0)).toBeNull();
    const listing = '{"items":[{"name":"x","description":"Country, region, or territory not supported"}]}';
    expect(diagnoseExchange(ex('https://api.example/list', 200, json, listing), 0)).toBeNull();
    const big = `{"code":-1,"message":"Video is for subscribers only","pad":"${'x'.repeat(3000)}"}`;
    expect(diagnoseExchange(ex('https://api.example/list', 200, json, big), 0)).toBeNull();
    const okStatus = '{"code":"OK","message":"User location is not supported for the API use."}';
    expect(diagnoseExchange(ex('https://api.example/x', 200, json, okStatus), 0)).toBeNull();
  });

  it('successes whose fields merely look like errors, or whose data mentions a cause, stay successes (review)', () => {
    const successes: [number, string][] = [
      [200, '{"error":"","data":{"tag":"for subscribers only"}}'],
      [200, '{"error":0,"result":{"upsell":"Premium events are for subscribers only"}}'],
      [200, '{"code":"0000","msg":"success","data":{"badge":"For subscribers only"}}'],
      [200, '{"code":1,"msg":"ok","data":{"tip":"Stream limit reached? Upgrade your plan"}}'],
      [200, '{"code":"en","name":"English","errors":{"429":"Too many requests, please wait"}}'],
      [200, '{"errno":"","errmsg":"","data":{"tip":"抱歉您所在地区不可观看"}}'],
      [200, '{"code":"LIST","devices":[{"state":"device_revoked"}]}'],
      [200, '{"success":true,"code":"VOD_LIST","items":[{"t":"for subscribers only"}]}'],
      [201, '{"code":201,"message":"Created","note":"for subscribers only"}'],
      [202, '{"code":"ACCEPTED","message":"Rate limit exceeded warnings: 0"}'],
    ];
    for (const [status, body] of successes)
      expect(diagnoseExchange(ex('https://api.example/app', status, json, body), 0), body).toBeNull();
    // An Xtream login that works, segments that play and an app's settings with an upsell: nothing refused.
    const session = [
      ex(
        'http://panel.example/player_api.php?username=u&password=p',
        200,
        json,
        '{"user_info":{"auth":1,"status":"Active"}}',
      ),
      ...Array.from({ length: 5 }, (_, i) =>
        ex(`http://cdn.example/live/u/p/${i}.ts`, 200, { 'content-type': 'video/mp2t' }),
      ),
      ex(
        'https://api.example/config',
        200,
        json,
        '{"error":"","data":{"banner":"Sports channels for subscribers only"}}',
      ),
    ];
    expect(analyze(session).verdict.layer).toBe('none');
  });

  it('a 202 names a firewall by its headers only: a script, a JSON reply or a playlist naming a challenge is a file', () => {
    const files: [string, string][] = [
      ['application/javascript', 'var u="https://geo.captcha-delivery.com/captcha/";'],
      ['application/json', '{"status":"queued","hint":"Press & Hold to talk"}'],
      ['application/vnd.apple.mpegurl', '#EXTM3U\n#EXT-X-VERSION:3\n# https://perfdrive.com/\nseg.ts'],
    ];
    for (const [type, body] of files)
      expect(
        diagnoseExchange(
          ex('https://site.example/x', 202, { 'content-type': type }, body, { mimeType: type }),
          0,
        ),
        type,
      ).toBeNull();
  });

  it('a 200 with AWS WAF’s header, and a 202 without a firewall’s own header, are successes', () => {
    expect(
      diagnoseExchange(ex('https://site.example/', 200, { 'x-amzn-waf-action': 'challenge' }), 0),
    ).toBeNull();
    expect(diagnoseExchange(ex('https://site.example/', 202, { server: 'awselb/2.0' }), 0)).toBeNull();
  });

  it('"entitlements" in a field name and a device code inside a longer word are not the refusal', () => {
    const field = one(ex('https://api.example/x', 403, json, '{"entitlements":[],"error":"forbidden"}'));
    expect(field.layer).not.toBe('account');
    const longer = one(ex('https://api.example/x', 400, json, '{"code":"device_revoked_list_stale"}'));
    expect(longer.layer).not.toBe('device');
  });
});

describe('20. the twentieth held-out batch (players, the servers providers run, bot managers)', () => {
  it('bot managers’ own answers: Cloudflare’s old challenge, Imperva’s interstitials, Kasada’s, PerimeterX’s JSON', () => {
    const iuam = one(
      ex('https://site.example/feed', 503, {
        Server: 'cloudflare-nginx',
        'CF-RAY': '3a52ff1dfe2b828b-ATL',
        Refresh: '8;URL=/cdn-cgi/l/chk_jschl?pass=1506562850.398-PEHY94aqMK',
      }),
    );
    expect(iuam).toMatchObject({ layer: 'waf', vendor: 'cloudflare' });
    const interstitial =
      '<html>\n<head>\n<META NAME="robots" CONTENT="noindex,nofollow">\n<script src="/_Incapsula_Resource?SWJIYLWA=5074a744e2e3d891814e9a2dace20bd4,719d">\n</script>\n<body>\n</body></html>\n';
    expect(
      one(
        ex(
          'https://www.site.example/',
          200,
          { 'content-type': 'text/html', 'x-iinfo': '5-2434707-0 0NNN' },
          interstitial,
        ),
      ),
    ).toMatchObject({ layer: 'waf', vendor: 'imperva' });
    const pardon =
      '<!DOCTYPE html><html><head><noscript><title>Pardon Our Interruption</title></noscript><meta name="robots" content="noindex, nofollow"><script>var isSpa = new URLSearchParams(window.location.search).get(\'X-SPA\') === \'1\' || window.isImpervaSpaSupport;</script></head><body></body></html>';
    expect(
      one(ex('https://www.shop.example/c/1', 200, { 'content-type': 'text/html' }, pardon)),
    ).toMatchObject({
      layer: 'waf',
      vendor: 'imperva',
    });
    const kasada =
      '<script src="/149e9513/2d206a39/ips.js?KP_UIDz=0bkRMrjEhQu7&amp;x-kpsdk-im=CiRm"></script>\n';
    expect(one(ex('https://www.site.example/', 429, { 'content-type': 'text/html' }, kasada))).toMatchObject({
      layer: 'waf',
      vendor: 'kasada',
    });
    const px =
      '{"appId":"PX16uD0kOF","jsClientSrc":"/16uD0kOF/init.js","firstPartyEnabled":true,"vid":"","uuid":"c6225e53","hostUrl":"/16uD0kOF/xhr","blockScript":"/16uD0kOF/captcha/captcha.js?a=c"}';
    expect(
      one(ex('https://api.shop.example/login', 403, { 'content-type': 'application/json' }, px)),
    ).toMatchObject({
      layer: 'waf',
      vendor: 'perimeterx',
    });
  });

  it('servers’ own answers: Mux’s API, Kong’s older key-auth words, Icecast’s missing mount, Plex’s 401 page', () => {
    expect(
      one(
        ex(
          'https://api.example/video/v1/uploads',
          429,
          { server: 'Mux API Server' },
          '{"errors":["Too many requests, retry later."]}',
        ),
      ),
    ).toMatchObject({ layer: 'rate-limit', vendor: 'mux' });
    expect(
      one(
        ex(
          'http://localhost:8000/',
          401,
          {},
          '{\n  "message": "No API key found in headers or querystring"\n}',
        ),
      ),
    ).toMatchObject({ layer: 'auth', vendor: 'kong' });
    expect(
      one(ex('http://radio.example:8000/autodj', 404, {}, '404 - The file you requested could not be found')),
    ).toMatchObject({ layer: 'not-found', vendor: 'icecast' });
    const plex =
      "<html><head><script>window.location = window.location.href.match(/(^.+\\/)[^\\/]*$/)[1] + 'web/index.html';</script><title>Unauthorized</title></head><body><h1>401 Unauthorized</h1></body></html>";
    expect(one(ex('http://192.168.1.20:32400/', 401, {}, plex))).toMatchObject({
      layer: 'auth',
      vendor: 'plex',
    });
  });

  it('the service’s own Envoy behind Google’s load balancer: the balancer only carried the refusal', () => {
    const verdict = one(
      ex(
        'https://api.example/',
        401,
        { server: 'istio-envoy', via: '1.1 google', 'content-type': 'text/plain' },
        'Origin authentication failed.',
      ),
    );
    expect(verdict).toMatchObject({ layer: 'auth', vendor: null });
  });
});

describe('20. review: what the twentieth batch’s markers must not catch', () => {
  it('a page that loads Imperva’s script among its content is the site’s page', () => {
    const page =
      '<html><head><title>Shop</title><script src="/_Incapsula_Resource?SWJIYLWA=abc"></script></head><body><h1>Welcome</h1><p>Our products</p></body></html>';
    expect(
      diagnoseExchange(
        ex('https://shop.example/', 200, { 'x-iinfo': '5-1-0 0NNN', 'content-type': 'text/html' }, page),
        0,
      ),
    ).toBeNull();
  });

  it('Kasada’s background sensor call, a maintenance page titled like Imperva’s, are not refusals (review)', () => {
    const ips = '<script src="/149e9513/2d206a39/ips.js?KP_UIDz=0bkR&amp;x-kpsdk-im=CiRm"></script>\n';
    const fp =
      'https://www.twitch.tv/149e9513-01fa-4fb0-aad4-566afd725d1b/2d206a39-8ed7-437e-a3be-862e0f06eea3/fp?x-kpsdk-v=j-1.2.825';
    expect(diagnoseExchange(ex(fp, 429, { 'content-type': 'text/html' }, ips), 0)).toBeNull();
    const maintenance =
      '<!DOCTYPE html><html><head><title>Pardon Our Interruption</title></head><body><h1>We are updating the shop</h1></body></html>';
    expect(
      diagnoseExchange(ex('https://shop.example/', 200, { 'content-type': 'text/html' }, maintenance), 0),
    ).toBeNull();
    expect(one(ex('https://shop.example/', 503, { server: 'nginx' }, maintenance)).layer).toBe('server');
  });

  it('a JSON reply that names an appId without a block script, and a Refresh elsewhere, are not blocks', () => {
    const config = '{"appId":"PX16uD0kOF","jsClientSrc":"/16uD0kOF/init.js","firstPartyEnabled":true}';
    expect(
      one(ex('https://api.example/x', 403, { 'content-type': 'application/json' }, config)).vendor,
    ).not.toBe('perimeterx');
    expect(one(ex('https://site.example/', 503, { Refresh: '5;URL=/maintenance' })).layer).toBe('server');
  });
});

describe('21. the twenty-first held-out batch (object stores and signed links, geo and court-ordered blocks, gateways)', () => {
  const xml = { 'content-type': 'application/xml' };
  const html = { 'content-type': 'text/html' };
  const json = { 'content-type': 'application/json' };

  it('an older MinIO names its build after a slash in Server (minio/charts#12)', () => {
    const body =
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied.</Message><Resource>/</Resource><RequestId>162FC8B42427145C</RequestId><HostId>80fc2ce0-fe33-4f10-9934-0cb027f0bdb7</HostId></Error>';
    const headers = {
      ...xml,
      server: 'MinIO/DEVELOPMENT.2020-08-22T04-56-33Z',
      'x-amz-request-id': '162FC8B42427145C',
    };
    expect(one(ex('http://localhost:9000/', 403, headers, body)).vendor).toBe('minio');
  });

  it('Alibaba Cloud OSS is named by its HostId, and an expired link is its token rule even where the report kept no signature (johnlui/AliyunOSS#20)', () => {
    const body =
      '<Code>AccessDenied</Code>\n<Message>Request has expired.</Message>\n<RequestId>589A7A90CDF4741F7D36F2F4</RequestId>\n<HostId>ws-img-test.oss-cn-hangzhou.aliyuncs.com</HostId>\n<Expires>2017-02-07T01:30:29.000Z</Expires>\n<ServerTime>2017-02-08T01:55:28.000Z</ServerTime>';
    const verdict = one(ex('https://files.example/object', 403, xml, body));
    expect(verdict).toMatchObject({ layer: 'app', vendor: 'aliyun-oss' });
    // S3's own answer to an expired presigned link, with its <Expires>, on an address whose signature was cut.
    const s3 =
      '<Error><Code>AccessDenied</Code><Message>Request has expired</Message><Expires>2018-11-05T05:37:05Z</Expires><ServerTime>2018-11-05T06:00:00Z</ServerTime></Error>';
    expect(one(ex('https://s3.amazonaws.com/bucket/key', 403, xml, s3)).layer).toBe('app');
  });

  it("Netflix's location check failing is a geo rule (ab77/netflix-proxy's wiki)", () => {
    const verdict = one(
      ex('https://ipv4-c001.nflxvideo.example/range/0-65535', 420, { 'x-netflix-geo-check': 'failed' }),
    );
    expect(verdict.layer).toBe('geo');
  });

  it("APISIX's, Vercel's and Netlify's own pages name them (apache/apisix#11382, vercel/examples#877, gareth618/pastemd#3)", () => {
    const apisix =
      '<html><head><title>500 Internal Server Error</title></head><body><center><h1>500 Internal Server Error</h1></center><hr><center>openresty</center>\n<p><em>Powered by <a href="https://apisix.apache.org/">APISIX</a>.</em></p></body></html>';
    expect(one(ex('https://api.example/list', 500, html, apisix))).toMatchObject({
      layer: 'server',
      vendor: 'apisix',
    });
    const vercel = 'The deployment could not be found on Vercel.\n\nDEPLOYMENT_NOT_FOUND\n';
    expect(one(ex('https://app.example/', 404, { 'content-type': 'text/plain' }, vercel))).toMatchObject({
      layer: 'not-found',
      vendor: 'vercel',
    });
    const netlify =
      'Site not found\nLooks like you followed a broken link.\nNetlify Internal ID: 01K3T5TAN2GGG544YE5MVDASA3';
    expect(one(ex('https://site.example/', 404, { 'content-type': 'text/plain' }, netlify)).vendor).toBe(
      'netlify',
    );
  });

  it("Vimeo's API error object names Vimeo (websemantics/vimeo-upload#31, jaylinski/kodi-addon-vimeo's geo mock)", () => {
    const body =
      '{"error":"This resource is restricted in your region.","link":null,"developer_message":"This resource is restricted in the user\'s region.","error_code":5451}';
    expect(one(ex('https://api.example/videos/1', 451, json, body))).toMatchObject({
      layer: 'geo',
      vendor: 'vimeo',
    });
  });

  it("a client certificate the gateway required and did not get is the client's credential (ronaldbosma/blog)", () => {
    const body =
      '<html>\n<head><title>400 No required SSL certificate was sent</title></head>\n<body>\n<center><h1>400 Bad Request</h1></center>\n<center>No required SSL certificate was sent</center>\n<hr><center>Microsoft-Azure-Application-Gateway/v2</center>\n</body>\n</html>';
    const verdict = one(
      ex(
        'https://apim.example/status',
        400,
        { ...html, server: 'Microsoft-Azure-Application-Gateway/v2' },
        body,
      ),
    );
    expect(verdict).toMatchObject({ layer: 'auth', vendor: 'azure-app-gateway' });
  });

  it('providers’ notices of court-ordered blocks, served with HTTP 200 (NullHypothesis/blockpages)', () => {
    const notices = [
      '<html><head><title>Website gesperrt</title></head><body><h1>Website gesperrt</h1><p>Aufgrund einer einstweiligen Verfügung des Handelsgerichts Wien musste der Zugang zu dieser Website gesperrt werden.</p></body></html>',
      '<html><body>This site has been blocked as per the instructions of Competent Authority</body></html>',
      // The line break and the non-breaking space fall between the phrase's words.
      '<html><head><title>Доступ ограничен</title></head><body><li>Доступ ограничен &nbsp;по решению\n суда или по иным основаниям</li></body></html>',
    ];
    for (const body of notices) expect(one(ex('http://blocked.example/', 200, html, body)).layer).toBe('geo');
  });

  it('a long notice counts when it states the order first; Rostelecom’s lists every legal ground after it', () => {
    const grounds =
      '<li>Указатель страницы включён в единый реестр по иным основаниям, установленным законом.</li>'.repeat(
        20,
      );
    const body = `<html><head><title>Доступ ограничен</title></head><body><p>Уважаемые пользователи! Доступ к запрашиваемому ресурсу ограничен.</p><ol><li>Доступ ограничен по решению суда.</li>${grounds}</ol></body></html>`;
    expect(body.length).toBeLessThan(8 * 1024);
    expect(one(ex('http://blocked.example/', 200, html, body)).layer).toBe('geo');
  });

  it("a Vimeo link's token carries its expiry: past it, a 410 is the token rule (phusion/passenger#2120)", () => {
    const url =
      'https://fpdl.vimeocdn.com/vimeo-prod-skyfire-std-us/01/4984/8/224923750/789267447.mp4?token=1520274300-0xc6893cd7e4a119105d32dd731bf4a34928c2c1c8';
    const body =
      'Error 410 Gone\nGone\nGuru Mediation:\nDetails: cache-bos8222-BOS 1537387547 227039103\nVarnish cache server';
    const verdict = one(ex(url, 410, html, body, { startedAt: Date.UTC(2018, 8, 19, 20, 5, 47) }));
    expect(verdict.layer).toBe('app');
  });
});

describe('21. review: what the twenty-first batch’s rules must not catch', () => {
  const json = { 'content-type': 'application/json' };
  it('a location check that passed, and a geo header on a success, are not refusals', () => {
    expect(one(ex('https://cdn.example/range/0-1', 403, { 'x-netflix-geo-check': 'passed' })).layer).not.toBe(
      'geo',
    );
    expect(
      diagnoseExchange(ex('https://cdn.example/range/0-1', 200, { 'x-netflix-geo-check': 'failed' }), 0),
    ).toBeNull();
  });

  it('an API error with developer_message but no four-digit error_code is not Vimeo’s; a Vimeo link before its expiry is gone', () => {
    const other = '{"error":"nope","developer_message":"Missing field","error_code":"E_FIELD"}';
    expect(one(ex('https://api.example/x', 400, json, other)).vendor).not.toBe('vimeo');
    const url =
      'https://fpdl.vimeocdn.com/a/1.mp4?token=1520274300-0xc6893cd7e4a119105d32dd731bf4a34928c2c1c8';
    const early = one(ex(url, 410, {}, 'Gone', { startedAt: Date.UTC(2018, 1, 1) }));
    expect(early.layer).toBe('not-found');
  });

  it('an S3 refusal without <Expires> on an unsigned address stays the caller’s key', () => {
    const body =
      '<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match</Message></Error>';
    expect(
      one(ex('https://s3.amazonaws.com/bucket/key', 403, { 'content-type': 'application/xml' }, body)).layer,
    ).toBe('auth');
  });

  it('the registry’s own page, a press release and a help page that quotes a notice are not notices', () => {
    const registry =
      '<html><head><title>Единый реестр</title></head><body><h1>Единый реестр доменных имен, указателей страниц сайтов в сети «Интернет»</h1><p>Проверьте, ограничен ли доступ к сайту.</p></body></html>';
    expect(one(ex('https://eais.example/', 200, { 'content-type': 'text/html' }, registry)).layer).toBe(
      'none',
    );
    const release =
      '<html><body><h1>Rettighedsalliancen har anmodet om at spærre for adgangen til 20 ulovlige streamingtjenester</h1></body></html>';
    expect(one(ex('https://news.example.dk/', 200, { 'content-type': 'text/html' }, release)).layer).toBe(
      'none',
    );
    const help =
      '<html><body><h1>Why do I see "blocked as per the instructions of competent authority"?</h1><p>Your provider shows it.</p></body></html>';
    expect(one(ex('https://help.example/', 200, { 'content-type': 'text/html' }, help)).layer).toBe('none');
  });

  it('an OSS or COS link with its own signature is the link’s rule, not the caller’s key', () => {
    const body =
      '<?xml version="1.0" encoding="UTF-8"?><Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message><HostId>b.oss-cn-hangzhou.aliyuncs.com</HostId></Error>';
    const url =
      'https://b.oss-cn-hangzhou.aliyuncs.com/ch5.m3u8?x-oss-signature-version=OSS4-HMAC-SHA256&x-oss-credential=K%2F20231203%2Fcn-hangzhou%2Foss%2Faliyun_v4_request&x-oss-expires=86400&x-oss-signature=8ua3';
    expect(one(ex(url, 403, { 'content-type': 'application/xml' }, body))).toMatchObject({
      layer: 'app',
      vendor: 'aliyun-oss',
    });
  });

  it('a failed location check on a server error is not a geo rule', () => {
    expect(one(ex('https://cdn.example/range/0-1', 503, { 'x-geo-check': 'failed' })).layer).toBe('server');
  });

  it('an article that quotes a notice in its lead is still an article when it is long', () => {
    const lead =
      '<p>Access to the site has been blocked as per the instructions of Competent Authority, the ministry said.</p>';
    const article = `<html><body><h1>Sites blocked</h1>${lead}<p>${'Lawyers and viewers argued about the order for days in court. '.repeat(45)}</p></body></html>`;
    expect(article.length).toBeLessThan(8 * 1024);
    expect(one(ex('https://news.example/blocks', 200, { 'content-type': 'text/html' }, article)).layer).toBe(
      'none',
    );
  });
});

describe('22. the twenty-second held-out batch (accounts and devices, transport, other languages)', () => {
  const json = { 'content-type': 'application/json' };
  const html = { 'content-type': 'text/html' };

  it('a platform’s own refusal on HTTP 200: Kaltura’s expired session and stream limit, YouTube’s sign-in (their sources in the rows)', () => {
    const ks =
      '{\n  "executionTime": 0.0007125,\n  "result": {\n    "error": {\n      "objectType": "KalturaAPIException",\n      "message": "KS expired",\n      "code": "500016"\n    }\n  }\n}';
    expect(one(ex('https://ott.example/api_v3/service/asset/action/get', 200, json, ks))).toMatchObject({
      layer: 'auth',
      vendor: 'kaltura',
    });
    const limit =
      '{"result":[{"sources":[],"actions":[{"type":"BLOCK","objectType":"KalturaAccessControlBlockAction"}],"messages":[{"message":"Concurrency limitation","code":"ConcurrencyLimitation","objectType":"KalturaAccessControlMessage"}],"objectType":"KalturaPlaybackContext"}]}';
    expect(one(ex('https://ott.example/api_v3/service/multirequest', 200, json, limit))).toMatchObject({
      layer: 'account',
      vendor: 'kaltura',
    });
    const youtube =
      '{"playabilityStatus":{"status":"LOGIN_REQUIRED","reason":"Sign in to confirm your age"},"videoDetails":{"videoId":"x"}}';
    expect(one(ex('https://www.youtube.com/youtubei/v1/player', 200, json, youtube))).toMatchObject({
      layer: 'account',
      vendor: 'youtube',
    });
  });

  it('services’ own codes and words: Solocoo’s "toomany", Telenet’s device limit, TV360’s expired login (plugin.video.tvvlaanderen#58, inputstream.adaptive#199, UnlockTests)', () => {
    const solocoo =
      '{"error":"toomany","id":"e8098c1d","action":0,"devices":[{"id":"w5aef","name":"Firefox","type":"web"}]}';
    expect(one(ex('https://tv.example/login', 200, json, solocoo)).layer).toBe('account');
    const telenet =
      '[{"type":"state","code":"deviceUnregisteredDeviceLimitReached","reason":"prohibited","providerTitle":"Ketnet"}]';
    expect(one(ex('https://tv.example/oesp/license/eme', 400, json, telenet)).layer).toBe('account');
    const tv360 =
      '{"errorCode":412,"message":"Xác thực hết hạn. Vui lòng đăng nhập lại1.(H-128)","data":null}';
    expect(one(ex('http://api.tv.example/public/v1/composite/get-link?id=1', 200, json, tv360)).layer).toBe(
      'auth',
    );
  });

  it('a company filter’s page on a signed R2 link is the network, and names no R2 (screenpipe#6264)', () => {
    const url =
      'https://releases.0123abcd.r2.cloudflarestorage.com/setup.exe?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=abc';
    const body =
      ' Access Blocked <mycompany> currently blocks access to this website. This action is blocked because of the following reason: Not allowed to browse FileHost category';
    expect(one(ex(url, 403, html, body))).toMatchObject({ layer: 'network', vendor: null });
  });

  it('providers’ notices: South Korea’s KCSC page, Russia’s TTK (Prolet#376, dropod#16784)', () => {
    const kcsc =
      '<html><head><meta name="kcsc" content="blocking"><title>불법·유해정보사이트에 대한 차단 안내</title></head><body>warning</body></html>';
    expect(one(ex('http://blocked.example/', 200, html, kcsc)).layer).toBe('geo');
    const ttk =
      'Уважаемый Абонент! Доступ к Интернет-ресурсу заблокирован по решению органов государственной власти';
    expect(one(ex('http://blocked.example/', 200, { 'content-type': 'text/plain' }, ttk)).layer).toBe('geo');
  });

  it('a certificate "not yet valid" is the device’s clock, in other clients’ words too (openssl#14771, ExoPlayer#769)', () => {
    for (const error of [
      'curl: (60) SSL certificate problem: certificate is not yet valid',
      'java.security.cert.CertificateException: Could not validate certificate: Certificate not valid until Wed Apr 02 16:32:45 GMT+02:00 2014 (compared to Thu May 28 00:01:21 GMT+01:00 1970)',
    ]) {
      expect(one(ex('https://cdn.example/master.m3u8', 0, {}, undefined, { error })).layer).toBe('device');
    }
  });

  it('a public address redirected to a private one is a captive portal or a filter (openwrt/packages#12867)', () => {
    const verdict = one(
      ex('http://captive.apple.com/', 302, {
        location: 'http://172.16.0.1/login?dst=http%3A%2F%2Fcaptive.apple.com%2F',
      }),
    );
    expect(verdict.layer).toBe('network');
  });
});

describe('22. review: what the twenty-second batch’s rules must not catch', () => {
  const json = { 'content-type': 'application/json' };

  it('redirects that stay on the local network, stay relative or go to the internet are not refusals', () => {
    expect(
      diagnoseExchange(ex('http://192.168.1.1/', 302, { location: 'http://192.168.1.1/login' }), 0),
    ).toBeNull();
    expect(diagnoseExchange(ex('https://tv.example/', 302, { location: '/login' }), 0)).toBeNull();
    expect(
      diagnoseExchange(ex('https://tv.example/', 302, { location: 'https://cdn.example/x' }), 0),
    ).toBeNull();
    expect(
      diagnoseExchange(ex('https://tv.example/', 302, { location: 'http://172.32.0.1/' }), 0),
    ).toBeNull();
  });

  it('a platform’s successful JSON is a success, and a code inside a sentence is not the code', () => {
    const asset = '{"result":{"id":1234,"name":"test","objectType":"KalturaMediaAsset"}}';
    expect(
      diagnoseExchange(ex('https://ott.example/api_v3/service/asset/action/get', 200, json, asset), 0),
    ).toBeNull();
    const playable = '{"playabilityStatus":{"status":"OK","playableInEmbed":true}}';
    expect(
      diagnoseExchange(ex('https://www.youtube.com/youtubei/v1/player', 200, json, playable), 0),
    ).toBeNull();
    const sentence = '{"error":"toomany requests were made, slow down"}';
    expect(one(ex('https://api.example/x', 403, json, sentence)).layer).not.toBe('account');
  });

  it('the second review’s redirects: sign-ins handing back, HTTPS, home names, a load balancer, a 304', () => {
    const cases: [string, number, string][] = [
      ['https://accounts.example.com/signin/approval', 302, 'http://127.0.0.1:53682/?state=s&code=x'],
      ['https://portal.example.com/', 302, 'http://172.16.0.1/login'],
      ['http://nas.local:8096/', 302, 'http://192.168.1.10:8096/web/'],
      ['http://jellyfin:8096/', 302, 'http://192.168.1.10:8096/web/'],
      ['http://panel.example-iptv.com:8080/live/u/p/1234.ts', 302, 'http://10.0.0.5:8080/live/u/p/1234.ts'],
      ['http://portal.example.com/', 304, 'http://172.16.0.1/login'],
    ];
    for (const [url, status, location] of cases)
      expect({ url, finding: diagnoseExchange(ex(url, status, { location }), 0) }).toEqual({
        url,
        finding: null,
      });
  });

  it('an app’s own "not allowed to browse", and a vendor’s own code beside a filter’s words, keep their meaning', () => {
    const forum = one(
      ex(
        'https://forum.example/f/12',
        403,
        { server: 'cloudflare', 'cf-ray': '8f1e2d3c4b5a6978-CDG', 'content-type': 'text/html' },
        '<p>You are not allowed to browse this forum.</p>',
      ),
    );
    expect(forum.layer).not.toBe('network');
    const kaltura = one(
      ex(
        'https://cdnapisec.kaltura.com/p/1/sp/100/playManifest/entryId/1_x/format/applehttp/a.m3u8',
        403,
        { 'x-kaltura': 'error-3' },
        'This action is blocked because of the following reason: access control',
      ),
    );
    expect(kaltura.vendor).toBe('kaltura');
  });

  it('YouTube’s bot check is not an age gate; a platform’s refusal in a JSON success is never sure; "tooMany" alone is not a device limit', () => {
    const bot =
      '{"playabilityStatus":{"status":"LOGIN_REQUIRED","reason":"Sign in to confirm you’re not a bot"}}';
    expect(one(ex('https://www.youtube.com/youtubei/v1/player', 200, json, bot)).layer).not.toBe('account');
    const ks =
      '{"result":{"error":{"objectType":"KalturaAPIException","message":"KS expired","code":"500016"}}}';
    expect(
      one(ex('https://ott.example/api_v3/service/asset/action/get', 200, json, ks)).confidence,
    ).toBeLessThan(0.9);
    expect(one(ex('https://api.example/login', 403, json, '{"error":"tooMany"}')).layer).not.toBe('account');
    expect(diagnoseExchange(ex('https://api.example/login', 200, json, '{"error":"toomany"}'), 0)).toBeNull();
  });

  it('a certificate error on another host does not outvote the root’s own words', () => {
    const verdict = analyze([
      ex('https://tracker.example/t.gif', 0, {}, undefined, {
        error: 'curl: (60) SSL certificate problem: certificate is not yet valid',
      }),
      ex(
        'https://tv.example/live/ch5.m3u8',
        403,
        { 'content-type': 'text/plain' },
        'This channel is not available in your country',
      ),
    ]).verdict;
    expect(verdict.layer).toBe('geo');
  });

  it('a certificate that expired stays the network’s or the server’s, not the clock’s', () => {
    const error = 'curl: (60) SSL certificate problem: certificate has expired';
    expect(one(ex('https://cdn.example/master.m3u8', 0, {}, undefined, { error })).layer).not.toBe('device');
  });
});

describe('23. the twenty-third held-out batch (IPTV web players and panels, streaming servers, regional firewalls)', () => {
  const html = { 'content-type': 'text/html' };

  it('a bot check’s page on HTTP 200 that is only a cookie-setting script reloading itself (curl_cffi#184)', () => {
    const body =
      "<script>var _0x49a6=['cookie','location.href=location.href.replace(/[?|&]tads/,\\x20\\x27\\x27)'];document['cookie']='__tst_status=1#;';location.href=location.href.replace(/[?|&]tads/,'');</script>";
    expect(one(ex('https://site.example/pages/report.html', 200, html, body))).toMatchObject({
      layer: 'waf',
      vendor: null,
    });
  });

  it('Yandex’s anti-robot page, MediaMTX’s old server name, Ant Media’s IP filter (pastebin jpkfb1rV, mediamtx#661, Ant-Media-Server#6322)', () => {
    const yandex =
      '<!DOCTYPE html><html><head><title>403</title><link rel="stylesheet" href="captcha.min.css"/></head><body><div class="header"><a href="//www.yandex.com/">Yandex</a></div></body></html>';
    expect(one(ex('https://api.example/x', 403, html, yandex)).layer).toBe('waf');
    const mediamtx = one(
      ex('http://127.0.0.1:9997/v1/config/paths/add/zzz', 404, { server: 'rtsp-simple-server' }),
    );
    expect(mediamtx).toMatchObject({ layer: 'not-found', vendor: 'mediamtx' });
    const antmedia =
      '<html><head><title>HTTP Status 403 – Forbidden</title></head><body><h1>HTTP Status 403 – Forbidden</h1><p><b>Type</b> Status Report</p><p><b>Message</b> Not allowed IP</p><h3>Apache Tomcat/10.1.19</h3></body></html>';
    expect(one(ex('http://media.example:5080/LiveApp/rest/v2/broadcasts', 403, html, antmedia)).vendor).toBe(
      'antmedia',
    );
  });
});

describe('23. review: what the twenty-third batch’s rules must not catch', () => {
  const html = { 'content-type': 'text/html' };

  it('the third review’s pages: a player’s shell, a consent wall, a keep-alive are not challenges', () => {
    const pages = [
      '<!DOCTYPE html><html><head><title>Web Player</title><script>if(!document.cookie.match(/consent=/)){}window.addEventListener(\'error\',function(){location.reload()});</script></head><body><div id="app"></div><script src="js/app.js"></script></body></html>',
      '<html><body><app-root></app-root><script>navigator.cookieEnabled;window.onerror=function(){location.reload()}</script></body></html>',
      '<html><body><button style="display:none" onclick="location.reload()">x</button><script>var c=document.cookie;</script></body></html>',
    ];
    for (const page of pages)
      expect(diagnoseExchange(ex('https://player.example/', 200, html, page), 0)).toBeNull();
    // The challenge's other ways of reloading itself are read.
    const replace = "<script>document.cookie='__jsl_clearance=1';location.replace(location.href)</script>";
    expect(one(ex('https://site.example/', 200, html, replace)).layer).toBe('waf');
  });

  it('the service’s own redirects to a private node, and marked edges, are not portals', () => {
    const cases: [string, Record<string, string>][] = [
      [
        'http://line.example-iptv.com:8080/u/p/12345',
        { location: 'http://192.168.1.10:8080/live/u/p/12345.ts?token=abc' },
      ],
      ['http://myhome.example-dns.org:8096/web', { location: 'http://192.168.1.20:8096/web/index.html' }],
      ['http://box.tail1234.ts.net/', { location: 'http://100.101.102.103/login' }],
      [
        'http://site.example.com/',
        { location: 'http://10.0.0.3/login', server: 'cloudflare', 'cf-ray': '8f1e2d3c4b5a6978-FRA' },
      ],
    ];
    for (const [url, headers] of cases)
      expect({ url, finding: diagnoseExchange(ex(url, 302, headers), 0) }).toEqual({ url, finding: null });
  });

  it('a captcha’s style sheet on a login page, a Tomcat app’s longer message, a Kaltura success are their own', () => {
    const login =
      '<html><head><link rel="stylesheet" href="captcha.min.css"/></head><body>Sign in</body></html>';
    expect(one(ex('https://site.example/login', 401, html, login)).layer).toBe('auth');
    const tomcat = '<html><body><p><b>Message</b> Not allowed IP address range</p></body></html>';
    expect(one(ex('https://app.example/api', 403, html, tomcat)).vendor).not.toBe('antmedia');
    const asset = '{"objects":[{"objectType":"KalturaMediaAsset","metas":{"code":"500016"}}]}';
    expect(
      diagnoseExchange(
        ex(
          'https://ott.example/api_v3/service/asset/action/list',
          200,
          { 'content-type': 'application/json' },
          asset,
        ),
        0,
      ),
    ).toBeNull();
  });

  it('the fourth review: a portal behind nginx is still a portal; a script that adds to its address goes elsewhere', () => {
    const portal = one(
      ex('http://captive.apple.com/', 302, { location: 'http://172.16.0.1/login', server: 'nginx' }),
    );
    expect(portal.layer).toBe('network');
    const language =
      '<html><head><script>document.cookie="lang=en";location.href=location.href+"?lang=en";</script></head><body></body></html>';
    expect(diagnoseExchange(ex('https://site.example/', 200, html, language), 0)).toBeNull();
  });

  it('a script that sends the viewer elsewhere, or a page with text and a script, is not a challenge', () => {
    const language = "<script>document.cookie='lang=fr';location.href='/fr/';</script>";
    expect(diagnoseExchange(ex('https://site.example/', 200, html, language), 0)).toBeNull();
    const page =
      "<html><body><h1>Welcome</h1><p>Our channels</p><script>document.cookie='seen=1';location.reload();</script></body></html>";
    expect(diagnoseExchange(ex('https://site.example/', 200, html, page), 0)).toBeNull();
  });
});

describe('24. the twenty-fourth held-out batch (apps’ logs, CDN edges)', () => {
  it('Fastly’s newer cache-node names name it (Pi-hole-Optimized-Blocklists#89)', () => {
    const body =
      'Error 503 Backend is unhealthy\nBackend is unhealthy\n\nError 54113\nDetails: cache-mia-kmia1760095-MIA 1789669932 1461778234\n\nVarnish cache server';
    expect(one(ex('https://media.example/file.txt', 503, {}, body))).toMatchObject({
      layer: 'server',
      vendor: 'fastly',
    });
  });
});

describe('25. stores that speak S3 without being Amazon', () => {
  it('a Swift transaction id in x-amz-id-2 does not name Amazon S3; Amazon’s own token still does (scaleway cassette)', () => {
    const swift = { 'content-type': 'application/xml', 'x-amz-id-2': 'txgdffa5e26bb4e4de9b663-0067aa0628' };
    // Scaleway's own endpoint names Scaleway now (its row, fifty-first batch): never Amazon S3.
    expect(one(ex('https://bucket.s3.nl-ams.scw.cloud/', 403, swift)).vendor).toBe('scaleway-object-storage');
    const amazon = {
      'content-type': 'application/xml',
      'x-amz-id-2': 'Uuag1LuByRx9e6j5Onimru9pO4ZVKnJ2Qz7/C1NPcfTWAtRPfTaOFg==',
    };
    expect(one(ex('https://bucket.example/', 403, amazon)).vendor).toBe('aws-s3');
  });
});

describe('25. the twenty-fifth held-out batch (players’ logs, broadcasters’ APIs, edges on other codes)', () => {
  it('an error code field with any number but 0 is a failure (Radio-Canada, plugin.video.freplay#63); a bare code 1 is not', () => {
    const message = "Le contenu sélectionné n'est pas disponible dans votre pays";
    const url = 'http://api.radio-canada.ca/ValidationMedia/v1/Validation.html?idMedia=1';
    expect(json(url, 200, { url: null, message, errorCode: 1 }).layer).toBe('geo');
    expect(json(url, 200, { url: 'https://x.example/a.m3u8', message, errorCode: 0 }).layer).toBe('none');
    expect(json(url, 200, { url: 'https://x.example/a.m3u8', message, code: 1 }).layer).toBe('none');
  });

  it('services’ words for credentials, entitlements and a platform (SBS’s Janrain, AFL, Vimeo, BBC)', () => {
    const janrain = { code: 210, error: 'invalid_credentials', stat: 'error' };
    expect(json('https://www.sbs.com.au/api/v3/janrain/auth_native_traditional', 200, janrain).layer).toBe(
      'auth',
    );
    const afl = {
      code: 'CFSUSERS005',
      techMessage: "UUID 'u' is not entitled to generate a token.",
      userMessage: 'Oops, you need a subscription to view premium content!',
    };
    expect(json('https://api.sub.afl.com.au/cfs-premium/users/u/token', 400, afl).layer).toBe('account');
    const vimeo = {
      error: 'You have provided an invalid parameter.',
      developer_message: 'Password not provided for a password protected video.',
      error_code: 2204,
    };
    expect(json('https://api.vimeo.com/videos/1', 400, vimeo)).toMatchObject({
      layer: 'auth',
      vendor: 'vimeo',
    });
    const bbc = 'https://open.live.bbc.co.uk/mediaselector/6/redir/version/2.0/mediaset/x/vpid/p0.mp3';
    expect(json(bbc, 403, { result: 'geolocation' }).layer).toBe('geo');
    // The whole value only, and only on a refusal of access: a 400 naming the browser's feature is a bad parameter.
    expect(json(bbc, 400, { result: 'geolocation' }).layer).not.toBe('geo');
    expect(json(bbc, 403, { feature: 'geolocation api' }).layer).not.toBe('geo');
  });

  it('a SOAP fault on 500 states its cause (ITV, get-iplayer-automator#186); a 500 page with the same words stays the server’s', () => {
    const fault =
      '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault><faultcode>s:ContentUnavailable</faultcode><faultstring xml:lang="en-GB">The requested content is not available to this platform</faultstring></s:Fault></s:Body></s:Envelope>';
    expect(
      one(ex('http://mercury.itv.com/PlaylistService.svc', 500, { 'content-type': 'text/xml' }, fault)).layer,
    ).toBe('app');
    const page =
      '<html><body><h1>Internal error</h1><p>The requested content is not available to this platform</p></body></html>';
    expect(
      one(ex('http://mercury.itv.com/PlaylistService.svc', 500, { 'content-type': 'text/html' }, page)).layer,
    ).toBe('server');
  });

  it('a 407 names no vendor from the site asked (youtube-dl#22842)', () => {
    const verdict = one(
      ex('https://www.youtube.com/watch?v=y2tEPmwWEiI', 407, {}, '', { method: 'CONNECT' }),
    );
    expect(verdict).toMatchObject({ layer: 'network', vendor: null });
  });

  it('StormWall’s JavaScript challenge on 200 (cloudscraper#229); an app’s own swp_token is not it', () => {
    const challenge =
      '<html>\n<head>\n<script src="https://static.stormwall.pro/jsav1.3.js" async defer></script>\n</head>\n<body>\n<script>setTimeout(function(){window.location=window.location.href.split(\'#\')[0];},3000);</script>\n<script>\nconst cE = "ahx";\nconst cK = 19;\nconst cN = "swp_token";\n</script>\n</body>\n</html>';
    expect(one(ex('https://site.example/', 200, { 'content-type': 'text/html' }, challenge))).toMatchObject({
      layer: 'waf',
      vendor: 'stormwall',
    });
    const app =
      '<html><body><div id="app"></div><script>const token = localStorage.getItem("swp_token");</script></body></html>';
    expect(one(ex('https://site.example/', 200, { 'content-type': 'text/html' }, app)).layer).toBe('none');
  });

  it('a 451 that links the notice on Lumen is a takedown (Piped#1704); an ISP’s 451 stays geo', () => {
    const lumen =
      'Error HTTP 451 - Unavailable For Legal Reasons\nhttps://lumendatabase.org/notices/29443361';
    expect(
      one(ex('https://piped.example/watch?v=x', 451, { 'content-type': 'text/plain' }, lumen)).layer,
    ).toBe('app');
    expect(
      one(
        ex(
          'https://piped.example/watch?v=x',
          451,
          { 'content-type': 'text/plain' },
          'Unavailable For Legal Reasons',
        ),
      ).layer,
    ).toBe('geo');
  });

  it('a catalogue’s geo block reason on 200 (SRG SSR’s mediaComposition); other block reasons are not geo', () => {
    const url = 'https://il.srgssr.ch/integrationlayer/2.1/mediaComposition/byUrn/urn:rts:video:1';
    const chapter = (blockReason: string) => ({
      chapterUrn: 'urn:rts:video:1',
      chapterList: [{ urn: 'urn:rts:video:1', blockReason, playableAbroad: false }],
    });
    expect(json(url, 200, chapter('GEOBLOCK')).layer).toBe('geo');
    expect(json(url, 200, chapter('STARTDATE')).layer).toBe('none');
    const gemini = { promptFeedback: { blockReason: 'SAFETY' }, candidates: [] };
    expect(
      json('https://generativelanguage.googleapis.com/v1/models/x:generateContent', 200, gemini).layer,
    ).toBe('none');
  });

  it('a YouTube link through a proxy that keeps its query names YouTube (piped-proxy#275); Drive’s and a site’s do not', () => {
    const q = 'expire=1736266886&id=o-A&itag=251&source=youtube&sparams=expire%2Cid&sig=AJ';
    expect(one(ex(`https://proxy.example/videoplayback?${q}`, 403)).vendor).toBe('youtube');
    const drive = 'id=c0f4&itag=22&source=webdrive&expire=1477922706';
    expect(one(ex(`https://proxy.example/videoplayback?${drive}`, 403)).vendor).not.toBe('youtube');
    expect(one(ex('https://shop.example/offer?source=youtube', 403)).vendor).not.toBe('youtube');
  });

  it('Server: Tengine alone names no one (flashls#478); with Alibaba’s own headers it is Alibaba', () => {
    const url = 'http://hzhls01.ys7.com:7886/hcnp/1.m3u8';
    expect(one(ex(url, 404, { server: 'Tengine' })).vendor).toBeNull();
    expect(one(ex(url, 404, { server: 'Tengine', eagleid: '2a51de9915900000000000000e' })).vendor).toBe(
      'alibaba',
    );
  });
});

describe('25. review: what the twenty-fifth batch’s rules must not catch', () => {
  it('Cloudflare’s 451 under a court order links Lumen and stays geo; so does a notice that names a country', () => {
    const cloudflare =
      '<h2>Unavailable For Legal Reasons</h2><p>In response to a legal order, Cloudflare has taken steps to limit access to this website through Cloudflare’s pass-through security and CDN services within the United Kingdom. A copy of the legal order can be found at <a href="https://lumendatabase.org/notices/38949032">Lumen</a></p>';
    const headers = { server: 'cloudflare', 'cf-ray': '8f1e2d3c4b5a6978-LHR', 'content-type': 'text/html' };
    expect(one(ex('https://sports.example/', 451, headers, cloudflare)).layer).toBe('geo');
    const notice =
      'This website is not available in your country due to a court order. See https://lumendatabase.org/notices/1';
    expect(one(ex('https://sports.example/', 451, { 'content-type': 'text/plain' }, notice)).layer).toBe(
      'geo',
    );
  });

  it('a code in any value outranks a sentence in another; an OAuth client is not a viewer’s entitlement', () => {
    const upsell = {
      upsell: 'You need a subscription to watch live sport',
      error: { code: 'GEO_BLOCKED', message: 'Not available in your country' },
    };
    expect(json('https://api.example/play', 403, upsell).layer).toBe('geo');
    const oauth = {
      error: 'unauthorized_client',
      error_description: 'Client app-tv is not entitled to use the password grant type',
    };
    expect(json('https://auth.example/token', 400, oauth).layer).toBe('auth');
  });

  it('an error code field holding a success’s HTTP status is no failure', () => {
    const body = {
      errorCode: '200',
      message: 'Content is for subscribers only; showing trailer',
      data: { url: 'https://x/t.m3u8' },
    };
    expect(json('https://api.example/play', 200, body).layer).toBe('none');
  });

  it('ITV’s geo fault on 500 is geo; a server’s own fault stays the server’s', () => {
    const fault = (code: string, text: string) =>
      `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault><faultcode>${code}</faultcode><faultstring>${text}</faultstring></s:Fault></s:Body></s:Envelope>`;
    const url = 'http://mercury.itv.com/PlaylistService.svc';
    const xml = { 'content-type': 'text/xml' };
    expect(
      one(
        ex(
          url,
          500,
          xml,
          fault('InvalidGeoRegion', 'Request Originated Outside Of Allowed Geographic Region'),
        ),
      ).layer,
    ).toBe('geo');
    expect(
      one(
        ex(
          url,
          500,
          xml,
          fault('soap:Server', 'Server was unable to process request. ---> The request has expired.'),
        ),
      ).layer,
    ).toBe('server');
  });

  it('Amazon’s own x-amz-id-2 that happens to start with "tx" still names S3', () => {
    const headers = {
      'content-type': 'application/xml',
      'x-amz-id-2': 'txUag1LuByRx9e6j5Onimru9pO4ZVKnJ2Qz7/C1NPcfTWAtRPfTaOFg==',
    };
    expect(one(ex('https://bucket.example/', 403, headers)).vendor).toBe('aws-s3');
  });
});

describe('26. a sweep of clients’ code for services’ refusal codes (yt-dlp, slyguy, streamlink)', () => {
  it('reads codes whole and sentences in messages, on refusals and in error objects on 200', () => {
    expect(json('https://api.example/v1/play', 403, { errors: [{ code: 'INVALID_COUNTRY' }] }).layer).toBe(
      'geo',
    );
    expect(json('https://api.example/v1/play', 400, { errorData: { code: 'needCoinPurchase' } }).layer).toBe(
      'account',
    );
    expect(json('https://api.example/v1/play', 403, { error: 'required_registered' }).layer).toBe('auth');
    expect(
      json('https://api.example/v1/play', 406, { message: 'Please subscribe to watch this content' }).layer,
    ).toBe('account');
    const videomore = { error: 'Данное видео недоступно для просмотра на территории этой страны', code: -1 };
    expect(json('https://api.example/v1/play', 200, videomore).layer).toBe('geo');
    // Whole values only: a code inside a longer text or a field name is not read.
    notReadAs(json('https://api.example/v1/play', 400, { message: 'see docs for needLogin flag' }), 'auth');
    expect(json('https://api.example/v1/play', 400, { INVALID_COUNTRY: 'FR' }).layer).not.toBe('geo');
  });
});

describe('26. the twenty-sixth held-out batch (IPTV tuners and panels, other languages, recorded cassettes)', () => {
  it('YouTube’s private video asks to sign in; its bot check is the address’s, not the account’s (node-ytdl-core, youtube-transcript-api)', () => {
    const url = 'https://www.youtube.com/youtubei/v1/player';
    const priv = {
      playabilityStatus: {
        status: 'LOGIN_REQUIRED',
        messages: ['This is a private video. Please sign in to verify that you may see it.'],
      },
    };
    expect(json(url, 200, priv)).toMatchObject({ layer: 'account', vendor: 'youtube' });
    const bot = {
      playabilityStatus: { status: 'LOGIN_REQUIRED', reason: 'Sign in to confirm you’re not a bot' },
    };
    expect(json(url, 200, bot)).toMatchObject({ layer: 'waf', vendor: 'youtube' });
    const fine = { playabilityStatus: { status: 'OK', reason: 'Sign in to confirm you’re not a bot' } };
    expect(json(url, 200, fine).layer).toBe('none');
  });

  it('an error message field that says anything fails a JSON success (Kuaishou); an empty one does not', () => {
    const url = 'https://live.kuaishou.example/api/live';
    expect(json(url, 200, { result: 2, error_msg: '操作太快了，请稍微休息一下' }).layer).toBe('rate-limit');
    expect(json(url, 200, { result: 1, error_msg: '', note: '操作太快了' }).layer).toBe('none');
  });

  it('bilibili.tv’s "region restricted by copyright" in an error object on 200 (yt-dlp#7036)', () => {
    const body = { code: 10015001, message: '版权地区受限', ttl: 1, data: null };
    expect(json('https://api.bilibili.tv/intl/gateway/web/playurl?aid=1', 200, body).layer).toBe('geo');
  });

  it('an authorization object refused with a stated reason (Ooyala’s "unauthorized location"); one with no reason is left', () => {
    const url = 'https://player.ooyala.example/sas/player_api/v1/authorization/embed_code/P/E';
    const refused = (message: string) => ({
      user_info: { country: 'US' },
      authorization_data: { E: { authorized: false, code: '3', message } },
    });
    expect(json(url, 200, refused('unauthorized location')).layer).toBe('geo');
    expect(json(url, 200, refused('see https://help.example')).layer).toBe('none');
    const granted = { authorization_data: { E: { authorized: true, message: 'unauthorized location' } } };
    expect(json(url, 200, granted).layer).toBe('none');
  });
});

describe('26. review: what the twenty-sixth batch’s rules must not catch', () => {
  const url = 'https://api.example/v1/play';

  it('items marked "authorized": false in a catalogue, flags or payment methods are not a refused authorization', () => {
    const channels = {
      channels: [
        { id: 1, authorized: true, url: 'https://x.example/1.m3u8' },
        { id: 2, authorized: false, reason: 'You need a subscription to watch Sky Sports' },
      ],
    };
    expect(json(url, 200, channels).layer).toBe('none');
    const flags = {
      features: { cast: { authorized: false, reason: 'Casting is not available in your country' } },
    };
    expect(json(url, 200, flags).layer).toBe('none');
    const history = { events: [{ ip: '192.0.2.1', authorized: false, reason: 'Unauthorized location' }] };
    expect(json(url, 200, history).layer).toBe('none');
  });

  it('an error message field beside a success’s code, or in a translation file, is no failure', () => {
    expect(
      json(url, 200, {
        error_code: 0,
        error_msg: 'success',
        msg: 'You need a subscription to watch in 1080p',
      }).layer,
    ).toBe('none');
    expect(json(url, 200, { code: 0, error_msg: '0', message: 'You need a subscription for HD' }).layer).toBe(
      'none',
    );
    expect(
      json(url, 200, { errorMessage: 'This video is for subscribers only.', retry: 'Retry' }).layer,
    ).toBe('none');
    expect(
      json(url, 200, { enabled: true, errorMessage: 'Please subscribe to watch this content' }).layer,
    ).toBe('none');
  });

  it('a positive Russian sentence, a parameter named after a code, and a site’s licence are not refusals of the viewer', () => {
    const everywhere = { error: 'Видео доступно для просмотра на территории всех стран', code: -1 };
    expect(json(url, 200, everywhere).layer).toBe('none');
    expect(
      json(url, 400, { error: { code: 'invalid_country', message: "Country 'XX' is not a valid ISO code" } })
        .layer,
    ).not.toBe('geo');
    expect(json(url, 400, { value: 'domestic_video' }).layer).not.toBe('geo');
    expect(json(url, 403, { error: 'forbidden', module: 'geoblocking' }).layer).not.toBe('geo');
    expect(json(url, 403, { message: 'This site has not purchased a licence' }).layer).not.toBe('account');
  });
});

describe('27. the twenty-seventh held-out batch (tokens on players, the viewer’s own side, French-speaking viewers)', () => {
  const failed = (url: string, error: string) => one(ex(url, 0, {}, undefined, { error }));

  it('an antivirus named as the certificate’s issuer is the device (keybase#7228); an unknown issuer alone is not', () => {
    const chain =
      'depth=1 O = AO Kaspersky Lab, CN = Kaspersky Web Anti-Virus Certification Authority\nverify error:num=19:self signed certificate in certificate chain';
    expect(failed('https://api.keybase.io/', chain).layer).toBe('device');
    expect(
      failed('https://api.keybase.io/', 'verify error:num=19:self signed certificate in certificate chain')
        .layer,
    ).not.toBe('device');
  });

  it('urllib3’s warning that the system time is way off is the clock (kodi-steamlink#28)', () => {
    const error =
      'SystemTimeWarning: System time is way off (before 2016-01-01). This will probably lead to SSL verification errors';
    expect(failed('https://accounts.google.com/o/oauth2/device/code', error).layer).toBe('device');
  });

  it('a hotspot’s login redirect (CoovaChilli’s res=notyet, telekom_fon_connect#7); a site’s own redirect is not', () => {
    const hotspot = {
      location:
        'https://telekom.portal.fon.com/ARCDTA03/fon/?res=notyet&uamip=172.17.2.1&uamport=3990&challenge=abc&userurl=http%3a%2f%2fonline-status.cf%2f',
    };
    expect(one(ex('http://online-status.cf/', 302, hotspot)).layer).toBe('network');
    expect(
      one(ex('http://site.example/', 302, { location: 'https://site.example/login?res=notyet' })).layer,
    ).toBe('none');
  });

  it('a provider’s DNS search page for the name asked (Cox’s FailedURI, npm#13917); one for another name is not it', () => {
    const page = (failed: string) =>
      `<html><head><meta http-equiv="refresh" content="0;url=http://finder.cox.net/main?ParticipantID=x&FailedURI=${encodeURIComponent(failed)}&FailureMode=1&AddInType=4"/></head><body></body></html>`;
    const url = 'http://repo.example.com/npm/cookie-parser';
    expect(one(ex(url, 200, { 'content-type': 'text/html' }, page(url))).layer).toBe('network');
    expect(one(ex(url, 200, { 'content-type': 'text/html' }, page('http://other.example/'))).layer).toBe(
      'none',
    );
  });

  it('France’s administrative block page (art. 6-1 LCEN) on 200 is an ordered block', () => {
    const notice =
      "<html><body><p>interieur.gouv.fr</p><p>Vous avez été redirigé vers cette page du site du ministère de l'Intérieur car vous avez tenté de vous connecter à un site dont le contenu incite à des actes de terrorisme.</p></body></html>";
    expect(one(ex('http://blocked.example/', 200, { 'content-type': 'text/html' }, notice)).layer).toBe(
      'geo',
    );
  });

  it('a 403 that still asks for credentials is auth (SFR, 9boxtv#6); services’ own codes (Freebox, Scaleway, Amazon)', () => {
    const challenge = {
      'www-authenticate': 'Token stbId="x", algoId=32, nonce="e283f"',
      'content-length': '0',
    };
    expect(one(ex('http://rpc.stb.sfr.fr/Setup/getConfig/', 403, challenge)).layer).toBe('auth');
    expect(
      json('http://mafreebox.freebox.fr/api/v8/home', 403, {
        success: false,
        error_code: 'insufficient_rights',
      }).layer,
    ).toBe('auth');
    expect(
      json('https://api.scaleway.com/x', 403, {
        message: 'insufficient permissions',
        type: 'permissions_denied',
      }).layer,
    ).toBe('auth');
    const amazon = {
      __type: 'com.amazon.digitalmusiclocator#UnauthorizedException',
      message: 'Request authentication failure',
    };
    expect(json('https://music.amazon.fr/EU/api/dmls/', 400, amazon).layer).toBe('auth');
    const vmp = {
      __type: 'com.amazon.digitalmusiclocator#DrmLicenseDeniedException',
      denialReason: 'VMP_VALIDATION_FAILED',
    };
    expect(json('https://music.amazon.fr/EU/api/dmls/', 400, vmp).layer).toBe('device');
  });

  it('vendors’ own words: ISA Server’s 407 reason, Twitch’s restricted token, ExpressPlay’s licence, Mux’s own host', () => {
    const isa = one(
      ex('https://pypi.python.org/simple/x/', 407, {}, '', {
        statusText:
          'Proxy Authentication Required ( The ISA Server requires authorization to fulfill the request. )',
      }),
    );
    expect(isa).toMatchObject({ layer: 'network', vendor: 'isaserver' });
    const twitch = '[{"error":"private auth token","error_code":"nauth_token_restricted","type":"error"}]';
    expect(one(ex('https://usher.example/api/channel/hls/x.m3u8', 403, {}, twitch)).vendor).toBe('twitch');
    const licence =
      '{"error":{"code":-7008,"message":"[-7008] Failed to generate Widevine license: {\\"content_provider\\":\\"intertrust\\",\\"status\\":\\"ACCESS_DENIED\\"}"}}';
    expect(one(ex('https://licence.example/wv', 400, {}, licence)).vendor).toBe('expressplay');
    const mux = '{error: {messages: ["Invalid Parameters"], type: "invalid_parameters"}}';
    expect(one(ex('https://stream.mux.com/abc.m3u8?token=x', 400, {}, mux)).vendor).toBe('mux');
  });
});

describe('27. review: what the twenty-seventh batch’s rules must not catch', () => {
  it('a general permission code yields to a plan, a place or a rate stated beside it', () => {
    const url = 'https://api.example/v1/play';
    const plan = {
      error_code: 'insufficient_rights',
      message: 'Oops, you need a subscription to view premium content!',
    };
    expect(json(url, 403, plan).layer).toBe('account');
    expect(
      json(url, 403, { error_code: 'insufficient_rights', message: 'Resource not available for country' })
        .layer,
    ).toBe('geo');
    expect(json(url, 403, { type: 'permissions_denied', message: '操作太快了，请稍微休息一下' }).layer).toBe(
      'rate-limit',
    );
  });

  it('a token module’s challenge on a tokened link keeps the token rule', () => {
    const url = 'https://cdn.example.com/hls/ch1.m3u8?token=abcdef0123456789&expires=4102444800';
    expect(one(ex(url, 403, { 'www-authenticate': 'Bearer' })).layer).toBe('app');
  });

  it('a clock warning over several lines is read as one line and worded', () => {
    const error =
      'SystemTimeWarning: System time is way off (before 2016-01-01).\nThis will probably lead to SSL verification errors\nTraceback (most recent call last):';
    const verdict = one(ex('https://accounts.google.com/o/oauth2/device/code', 0, {}, undefined, { error }));
    expect(verdict.layer).toBe('device');
    expect(verdict.evidence.some((line) => line.includes('\n'))).toBe(false);
  });

  it('a DNS search page is read over plain HTTP only', () => {
    const url = 'https://repo.example.com/npm/x';
    const page = `<html><head><meta http-equiv="refresh" content="0;url=http://finder.example.net/main?FailedURI=${encodeURIComponent(url)}&FailureMode=1"/></head></html>`;
    expect(one(ex(url, 200, { 'content-type': 'text/html' }, page)).layer).toBe('none');
  });
});

describe('28. the twenty-eighth held-out batch (VPN detection, self-hosted media servers)', () => {
  const url = 'https://api.example/v1/play';

  it('Disney+’s forbidden-location is the viewer’s place, relayed as text or in its own errors (RegionRestrictionCheck)', () => {
    const relayed =
      "Received error response from upstream error with status '400' and description 'forbidden-location'";
    expect(one(ex('https://disney.api.example/token', 400, {}, relayed)).layer).toBe('geo');
    expect(json(url, 403, { errors: [{ code: 'forbidden-location', description: 'x' }] }).layer).toBe('geo');
  });

  it('a success flag that says no, with the service’s VPN sentence, is geo (Paramount+, slyguy#542)', () => {
    const body = {
      'Error Message': 'IP: 203.0.113.9 is inside VPN',
      message: 'IP: 203.0.113.9 is inside VPN',
      success: false,
      isInVPN: true,
    };
    const verdict = json(url, 200, body);
    expect(verdict.layer).toBe('geo');
    expect(verdict.evidence.join('\n')).toContain('is inside VPN');
    expect(json(url, 403, { message: 'Ce contenu ne peut pas être lu avec un VPN ou un proxy.' }).layer).toBe(
      'geo',
    );
    expect(json(url, 200, { chapterList: [{ id: 'c1', blockReason: 'VPNPROXYDETECTED' }] }).layer).toBe(
      'geo',
    );
  });

  it('Prime Video’s rights codes, as a client printed them on 200 and in errorsByResource (VT-PR#172, Sandmann79/xbmc)', () => {
    const printed = one(
      ex(
        'https://atv-ps.example/cdp/catalog/GetPlaybackResources',
        200,
        { 'content-type': 'text/plain' },
        'Cannot complete request. [PRS.NoRights.InvalidGeoIP]',
        { mimeType: 'text/plain' },
      ),
    );
    expect(printed.layer).toBe('geo');
    const byResource = (errorCode: string) =>
      json(url, 200, {
        errorsByResource: { PlaybackUrls: { errorCode, message: 'Cannot complete request.' } },
      });
    expect(byResource('PRS.NoRights.InvalidGeoIP').layer).toBe('geo');
    expect(byResource('PRS.NoRights.NotOwned').layer).toBe('account');
  });

  it('a Subsonic server’s failed answer on 200, XML or JSON, by its documented codes (asknavidrome#28, open-subsonic-api)', () => {
    const xml = (error: string) =>
      one(
        ex(
          'https://music.example/rest/ping',
          200,
          { 'content-type': 'application/xml' },
          `<subsonic-response xmlns="http://subsonic.org/restapi" status="failed" version="1.16.1" type="navidrome">${error}</subsonic-response>`,
          { mimeType: 'application/xml' },
        ),
      );
    expect(xml('<error code="10" message="Missing required parameter &#34;u&#34;"></error>').layer).toBe(
      'auth',
    );
    expect(xml('<error code="40" message="Wrong username or password"/>').layer).toBe('auth');
    expect(xml('<error code="50" message="User is not authorized for the given operation."/>').layer).toBe(
      'account',
    );
    const failed = (code: number, message: string) =>
      json('https://music.example/rest/getAlbum', 200, {
        'subsonic-response': { status: 'failed', version: '1.16.1', error: { code, message } },
      });
    expect(failed(44, 'Invalid API key').layer).toBe('auth');
    expect(failed(60, 'The trial period for the Subsonic server is over.').layer).toBe('server');
    expect(failed(10, "required parameter 'p' is missing").layer).toBe('auth');
  });

  it('a bare 401 to a call that carries X-Plex-Token is Plex’s (plexWatchWeb#94)', () => {
    const verdict = one(ex('http://localhost:32400/status/sessions?X-Plex-Token=', 401, {}, ''));
    expect(verdict).toMatchObject({ layer: 'auth', vendor: 'plex' });
  });
});

describe('28. review: what the twenty-eighth batch’s rules must not catch', () => {
  const url = 'https://api.example/v1/play';

  it('a success flag that says no for a reason the tables do not know, or for none, is left', () => {
    expect(json(url, 200, { success: false, message: 'Please try again later' }).layer).toBe('none');
    expect(json(url, 200, { success: false }).layer).toBe('none');
    expect(
      json(url, 200, { success: true, message: 'If you use a VPN/Proxy Detected warning, turn it off' })
        .layer,
    ).toBe('none');
  });

  it('a code inside another word, a long text or a name is not the code', () => {
    notReadAs(json(url, 403, { rule: 'placement-in-forbidden-location' }), 'geo');
    expect(json(url, 400, { error: 'ConfigError::InvalidGeoIPDatabasePath' }).layer).not.toBe('geo');
    const long = `${'Release notes. '.repeat(50)}Fixed PRS.NoRights.InvalidGeoIP handling.`;
    expect(
      one(
        ex('https://example.org/notes.txt', 200, { 'content-type': 'text/plain' }, long, {
          mimeType: 'text/plain',
        }),
      ).layer,
    ).toBe('none');
  });

  it('a Subsonic answer that succeeded, or fails for a parameter that is no credential, or only names Subsonic deep in a page, is left', () => {
    const ok =
      '<subsonic-response xmlns="http://subsonic.org/restapi" status="ok" version="1.16.1"><songs/></subsonic-response>';
    expect(
      one(
        ex('https://music.example/rest/getSongs', 200, { 'content-type': 'application/xml' }, ok, {
          mimeType: 'application/xml',
        }),
      ).layer,
    ).toBe('none');
    const other = {
      'subsonic-response': {
        status: 'failed',
        version: '1.16.1',
        error: { code: 10, message: "Required int parameter 'id' is not present" },
      },
    };
    expect(json('https://music.example/rest/getAlbum', 200, other).layer).toBe('none');
    const generic = {
      'subsonic-response': {
        status: 'failed',
        version: '1.16.1',
        error: { code: 0, message: 'A generic error.' },
      },
    };
    expect(json('https://music.example/rest/getAlbum', 200, generic).layer).toBe('none');
    const docs = `<html><body>${'<p>Docs.</p>'.repeat(40)}<pre>&lt;subsonic-response status="failed"&gt;&lt;error code="40"/&gt;</pre></body></html>`;
    expect(
      one(
        ex('https://docs.example/api', 200, { 'content-type': 'text/html' }, docs, { mimeType: 'text/html' }),
      ).layer,
    ).toBe('none');
  });

  it('a Subsonic answer that succeeded with "<error" in a comment, or an empty play queue (70), is no refusal', () => {
    const ok =
      '<subsonic-response xmlns="http://subsonic.org/restapi" status="ok" version="1.16.1"><!-- <error code="40"/> --></subsonic-response>';
    expect(
      one(
        ex('https://music.example/rest/ping', 200, { 'content-type': 'application/xml' }, ok, {
          mimeType: 'application/xml',
        }),
      ).layer,
    ).toBe('none');
    const queue = {
      'subsonic-response': {
        status: 'failed',
        version: '1.16.1',
        error: { code: 70, message: 'No play queue saved' },
      },
    };
    expect(json('https://music.example/rest/getPlayQueue', 200, queue).layer).toBe('none');
  });

  it('short texts on 200 that mention a cause are files, not answers: subtitles, change logs, locale files', () => {
    const text = (path: string, body: string) =>
      one(
        ex(`https://cdn.example/${path}`, 200, { 'content-type': 'text/plain' }, body, {
          mimeType: 'text/plain',
        }),
      ).layer;
    expect(
      text(
        'subs/eng/seg_00042.vtt',
        'WEBVTT\n\n00:07:01.120 --> 00:07:03.400\nYou need a subscription for that?',
      ),
    ).toBe('none');
    expect(text('changelog.txt', '- Fixed: EPG refresh failing with "too many requests"')).toBe('none');
    expect(
      text(
        'Localizable.strings',
        '"vpn_error" = "This content cannot be played while using a VPN or a proxy.";',
      ),
    ).toBe('none');
    expect(text('notes.txt', 'Known codes: [PRS.NoRights.InvalidGeoIP] and more\nsee the wiki')).toBe('none');
  });

  it('an error on a side resource beside a working stream is no refusal (errorsByResource)', () => {
    const body = {
      playbackUrls: { mainUrl: 'https://cdn.example/manifest.mpd' },
      errorsByResource: { TransitionTimecodes: { errorCode: 'PRS.NoRights.NotOwned', message: 'x' } },
    };
    expect(json(url, 200, body).layer).toBe('none');
  });

  it('a reverse proxy’s own answer to a Plex call is not Plex’s', () => {
    const plex = 'https://plex.example.com/library/sections?X-Plex-Token=abc123';
    expect(one(ex(plex, 502, { server: 'Caddy' }, '')).vendor).toBeNull();
    expect(one(ex(plex, 404, { 'content-type': 'text/plain' }, '404 page not found\n')).vendor).toBeNull();
  });

  it('a firewall’s own page on a Plex call is the firewall’s', () => {
    const verdict = one(
      ex(
        'https://plex.example.com/library/sections?X-Plex-Token=abc123',
        403,
        { server: 'cloudflare', 'cf-ray': '8a1b2c3d4e5f6a7b-CDG' },
        'error code: 1020',
      ),
    );
    expect(verdict).toMatchObject({ layer: 'waf', vendor: 'cloudflare' });
  });
});

describe('29. the twenty-ninth held-out batch (sports streaming, scrapers’ bot managers, regional services)', () => {
  const url = 'https://api.example/v1/play';

  it('F5’s page in a Spanish site’s wording, on 200 (cita-bot#65)', () => {
    const body =
      'The requested URL was rejected. Please consult with your administrador.  Your support ID is: <14171762189802438057>';
    expect(one(ex('https://sede.example.es/icpplus/citar', 200, {}, body))).toMatchObject({
      layer: 'waf',
      vendor: 'f5',
    });
  });

  it('a page that refuses an address in a data centre is the network’s rule (Gleam, undetected-chromedriver#737)', () => {
    const body =
      'Access Denied The location (IP Address) you are using is from a data center.  To prevent fraud, Gleam blocks entry from these locations.  This is usually the result of using a VPN to access our site.  Please turn off your VPN and try again.';
    expect(one(ex('https://gleam.example/', 403, {}, body)).layer).toBe('geo');
  });

  it('"Not authenticated" as a whole message is the credentials (FastAPI’s HTTPBearer, EPlusTV#158)', () => {
    expect(json(url, 403, { detail: 'Not authenticated' }).layer).toBe('auth');
    expect(json(url, 403, { status: 403, message: 'User not Authenticated' }).layer).toBe('auth');
  });

  it('Akamai’s edge error page names Akamai, as sent and as a log printed it in capitals (bilibili-dl, shitstar#7)', () => {
    const page =
      '<HTML><HEAD><TITLE>Error</TITLE></HEAD><BODY>\nAn error occurred while processing your request.<p>\nReference&#32;&#35;132&#46;e6eece17&#46;1694877766&#46;1654822b\n</BODY></HTML>\n';
    expect(one(ex('https://upos.example.com/v.m4s', 503, {}, page)).vendor).toBe('akamai');
    const caps =
      '<HTML><HEAD><TITLE>ERROR</TITLE></HEAD><BODY>\nAN ERROR OCCURRED WHILE PROCESSING YOUR REQUEST.<P>\nREFERENCE&#32;&#35;219&...';
    expect(one(ex('https://apix.example.com/play', 475, {}, caps)).vendor).toBe('akamai');
  });

  it('iQIYI’s region code in a JSONP answer and in a JSON one, on 200 (Unblock-Youku#756, yt-dlp’s iqiyi.py)', () => {
    const jsonp =
      'try{QP.__callbacks__.cbnezo1k({"timestamp":"20170220232347","st":502,"ctl":{"area":301},"ip":"203.0.113.7","code":"A00111"});}catch(e){};';
    const verdict = one(
      ex(
        'http://cache.m.example.com/jp/tmts/1/2/',
        200,
        { 'content-type': 'application/javascript' },
        jsonp,
        {
          mimeType: 'application/javascript',
        },
      ),
    );
    expect(verdict.layer).toBe('geo');
    expect(json(url, 200, { code: 'A00111', data: null }).layer).toBe('geo');
  });

  it('a geo code on a 400 the answer itself calls forbidden (niconico’s DOMESTIC_VIDEO, yt-dlp#11430)', () => {
    const body = '"errorCode":"FORBIDDEN","reasonCode":"DOMESTIC_VIDEO"';
    expect(one(ex('https://www.nicovideo.example/watch/sm1', 400, {}, body)).layer).toBe('geo');
  });

  it('Pluto TV’s "Blacklisted Channel" on 401 is the service’s rule, not a login (pluto-for-channels#29)', () => {
    const verdict = one(
      ex(
        'https://stitcher.example.com/stitch/hls/channel/1/master.m3u8',
        401,
        {},
        'Blacklisted Channel Via V1 HLS',
      ),
    );
    expect(verdict.layer).toBe('app');
  });

  it('a 429 through Cloudflare that sets the origin’s own cookies is the origin’s limit (awesome_bot#86)', () => {
    const headers = (cookies: string[]) => [
      { name: 'server', value: 'cloudflare-nginx' },
      { name: 'cf-ray', value: '2ab11853ec340b35-NRT' },
      { name: 'retry-after', value: '2' },
      ...cookies.map((value) => ({ name: 'set-cookie', value })),
    ];
    const at = (cookies: string[]) => ({
      ...ex('https://www.reddit.example/r/fishshell/', 429),
      responseHeaders: headers(cookies),
    });
    const origin = one(at(['__cfduid=x; path=/', 'loid=y; Domain=reddit.example; Path=/']));
    expect(origin).toMatchObject({ layer: 'rate-limit', vendor: null });
    expect(one(at(['__cfduid=x; path=/']))).toMatchObject({ layer: 'rate-limit', vendor: 'cloudflare' });
  });
});

describe('29. review: what the twenty-ninth batch’s rules must not catch', () => {
  const url = 'https://api.example/v1/play';

  it('"not authenticated" inside a longer sentence, or on a page that is no refusal, is not read as the cause', () => {
    expect(json(url, 200, { message: 'Not authenticated', success: true }).layer).toBe('none');
    const help = one(
      ex(
        'https://help.example/faq',
        200,
        { 'content-type': 'text/plain' },
        'If you see "Not authenticated", sign in again.',
        {
          mimeType: 'text/plain',
        },
      ),
    );
    expect(help.layer).toBe('none');
  });

  it('a JSONP success, or a script that is no callback, is left', () => {
    const ok = 'cb123({"code":"A00000","data":{"vidl":[]}});';
    expect(
      one(
        ex(url, 200, { 'content-type': 'application/javascript' }, ok, {
          mimeType: 'application/javascript',
        }),
      ).layer,
    ).toBe('none');
    const script = 'window.config = {"code":"A00111"}; function f(){}';
    expect(
      one(
        ex(url, 200, { 'content-type': 'application/javascript' }, script, {
          mimeType: 'application/javascript',
        }),
      ).layer,
    ).toBe('none');
  });

  it('a geo word on a 400 that does not call itself forbidden stays a bad parameter', () => {
    expect(json(url, 400, { errorCode: 'INVALID_PARAMETER', reasonCode: 'DOMESTIC_VIDEO' }).layer).not.toBe(
      'geo',
    );
  });

  it('only a cookie outside the vendor’s own families says the origin answered, and only for Cloudflare’s own 403 and 429', () => {
    const answer = (status: number, headers: [string, string][]) =>
      one({
        ...ex('https://site.example/', status),
        responseHeaders: headers.map(([name, value]) => ({ name, value })),
      });
    const cf: [string, string][] = [
      ['server', 'cloudflare'],
      ['cf-ray', '8a1b2c3d4e5f6a7b-CDG'],
    ];
    expect(answer(429, [...cf, ['set-cookie', '__cfwaitingroom=abc; path=/']]).vendor).toBe('cloudflare');
    expect(answer(403, [...cf, ['set-cookie', 'CF_AppSession=abc; path=/']])).toMatchObject({
      layer: 'waf',
      vendor: 'cloudflare',
    });
    expect(answer(403, [...cf, ['set-cookie', 'malformed-cookie-line']])).toMatchObject({
      layer: 'waf',
      vendor: 'cloudflare',
    });
    expect(
      answer(429, [...cf, ['set-cookie', '__cfduid=x; path=/, loid=y; Domain=reddit.example']]).vendor,
    ).toBeNull();
    const akamai = answer(403, [
      ['akamai-grn', '0.1234abcd.1700000000.5678ef'],
      ['set-cookie', 'bm_mi=abc; path=/'],
      ['set-cookie', 'ak_bmsc=def; path=/'],
    ]);
    expect(akamai.vendor).toBe('akamai');
  });

  it('a stream server named by its token parameters stays named behind nginx’s Server header', () => {
    const url =
      'https://live.example.com/live/_definst_/ch1/playlist.m3u8?wowzatokenstarttime=1700000000&wowzatokenendtime=1700003600&wowzatokenhash=abcDEF123';
    expect(one(ex(url, 403, { server: 'nginx/1.18.0' }, ''))).toMatchObject({
      layer: 'app',
      vendor: 'wowza',
    });
    const plex = 'https://plex.example.com/library/sections?X-Plex-Token=abc123';
    const login =
      '<html>\r\n<head><title>401 Authorization Required</title></head>\r\n<body>\r\n<center><h1>401 Authorization Required</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
    expect(
      one(ex(plex, 401, { server: 'nginx', 'www-authenticate': 'Basic realm="Restricted"' }, login)).vendor,
    ).toBeNull();
  });

  it('advice to turn off a VPN on another error, Akamai’s edge page on a non-5xx, and a code apart from FORBIDDEN are not read as causes', () => {
    const hedge = {
      message: 'Something went wrong. If you are on a VPN, please turn off your VPN and try again.',
    };
    expect(json(url, 503, hedge).layer).toBe('server');
    const edge =
      '<HTML><HEAD><TITLE>Error</TITLE></HEAD><BODY>\nAn error occurred while processing your request.<p>\nReference&#32;&#35;97&#46;e6eece17&#46;1694877766&#46;1654822b\n</BODY></HTML>\n';
    expect(one(ex('https://cdn.example/a.m3u8', 429, {}, edge)).layer).toBe('rate-limit');
    expect(one(ex('https://cdn.example/a.m3u8', 503, {}, edge))).toMatchObject({
      layer: 'server',
      vendor: 'akamai',
    });
    const graphql = {
      errors: [{ message: 'Invalid region', extensions: { code: 'FORBIDDEN' } }],
      data: null,
    };
    notReadAs(json(url, 400, graphql), 'geo');
    expect(json(url, 400, { error: 'access_denied', error_description: 'invalid region' }).layer).not.toBe(
      'geo',
    );
    expect(json(url, 403, { message: 'Error PRS.NoRights.InvalidGeoIP' }).layer).toBe('geo');
  });

  it('a module loader’s call, or a page, is no JSONP answer', () => {
    const script = (mime: string, body: string) =>
      one(ex(url, 200, { 'content-type': mime }, body, { mimeType: mime })).layer;
    expect(script('application/javascript', 'define({"error":"Error","message":"Not authenticated"});')).toBe(
      'none',
    );
    expect(script('text/html', 'cb({"code":"A00111"});')).toBe('none');
  });

  it('Cloudflare’s own rate-limit page keeps Cloudflare whatever cookie its edge sets', () => {
    const page =
      '<html><head><title>Access denied | example.com used Cloudflare to restrict access</title></head><body><span class="cf-error-code">1015</span> You are being rate limited</body></html>';
    const verdict = one({
      ...ex('https://example.com/', 429, {}, page),
      responseHeaders: [
        { name: 'server', value: 'cloudflare' },
        { name: 'cf-ray', value: '8a1b2c3d4e5f6a7b-CDG' },
        { name: 'set-cookie', value: '__cf_bm=abc; path=/' },
      ],
    });
    expect(verdict).toMatchObject({ layer: 'rate-limit', vendor: 'cloudflare' });
  });
});

describe('30. the thirtieth held-out batch (stream tokens, object stores, web filters and national blocks)', () => {
  it('providers’ and authorities’ block notices Censored Planet recorded: a page, an iframe, a redirect', () => {
    const airtel =
      '<meta name="viewport" content="width=device-width"/><iframe src="https://www.airtel.in/dot/" width="100%" height="100%" frameborder=0></iframe>';
    expect(
      one(
        ex('https://tv.example.com/', 200, { 'content-type': 'text/html' }, airtel, {
          mimeType: 'text/html',
        }),
      ).layer,
    ).toBe('geo');
    const iterika = one(
      ex('http://tv.example.com/', 302, {
        location: 'iterika.ru/blocked.html?UrlRedir=http%3A%2F%2Ftv.example.com%2f',
        'content-length': '0',
      }),
    );
    expect(iterika.layer).toBe('geo');
    expect(iterika.evidence.join('\n')).toContain('block notice');
    const uk = one(
      ex('http://tv.example.com/live.m3u8', 302, { location: 'http://www.ukispcourtorders.co.uk/' }),
    );
    expect(uk.layer).toBe('geo');
  });

  it('filters’ own pages as Censored Planet found them name the product; SonicWall’s Geo-IP filter is a rule about where', () => {
    const page = (body: string) =>
      one(ex('http://tv.example.com/', 503, { 'content-type': 'text/html' }, body));
    expect(
      page('<html><body bgcolor="#e7e8e9"><div id="content"><h1>Web Page Blocked</h1></div></body></html>'),
    ).toMatchObject({ layer: 'waf', vendor: 'paloalto' });
    expect(
      page('<html><body><h1>FortiGuard Web Filtering</h1>Web Page Blocked!</body></html>'),
    ).toMatchObject({ layer: 'waf', vendor: 'fortigate' });
    expect(page('<html><title>Response denied by WatchGuard HTTP Proxy</title></html>')).toMatchObject({
      layer: 'waf',
      vendor: 'watchguard',
    });
    // Palo Alto's page reworded by its operator keeps the template's style (a Colombian university's, in Spanish).
    const reworded =
      '<html><head><title>Application Blocked</title><style>#content{border:3px solid#aaa;background-color:#fff;margin:40;padding:40;font-family:Tahoma,Helvetica,Arial,sans-serif;font-size:12px;}</style></head><body bgcolor="#e7e8e9"><div id="content"><h1>Aplicacion Bloqueada!</h1></div></body></html>';
    expect(page(reworded)).toMatchObject({ layer: 'waf', vendor: 'paloalto' });
    const geoip =
      '<html><head><title>Web Site Blocked</title></head><body><div id="alert_text">This site has been blocked by the network administrator.</div><div>Block reason: Gateway GEO-IP Filter Alert</div><div>Connection initiated towards country: Russian Federation</div></body></html>';
    expect(
      one(
        ex('http://api.example.org/lib/stats', 200, { 'content-type': 'text/html' }, geoip, {
          mimeType: 'text/html',
        }),
      ),
    ).toMatchObject({
      layer: 'geo',
      vendor: 'sonicwall',
    });
  });

  it('S3’s error shape from other stores is not Amazon’s: Ceph’s transaction id, Huawei OBS’s 32-digit id, Cloud Storage’s Details', () => {
    const xml = (body: string, status = 403) =>
      one(
        ex('https://objects.example.net/bucket/key', status, { 'content-type': 'application/xml' }, body, {
          mimeType: 'application/xml',
        }),
      );
    const ceph = xml(
      '<?xml version="1.0" encoding="UTF-8"?><Error><Code>InvalidAccessKeyId</Code><RequestId>tx000000000000000000001-0059c21870-4a58-default</RequestId><HostId>4a58-default-default</HostId></Error>',
    );
    expect(ceph).toMatchObject({ layer: 'auth', vendor: null });
    const obs = xml(
      '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The resource you requested does not exist</Message><RequestId>001B21A61C6C0000013402C4616D5285</RequestId><HostId>RkRCRDJENDc5MzdGQkQ4OUY3MTI4NTQ3NDk2Mjg0M0FB</HostId></Error>',
      404,
    );
    expect(obs.vendor).toBe('huawei-obs');
    const gcs = xml(
      "<?xml version='1.0' encoding='UTF-8'?><Error><Code>InvalidArgument</Code><Message>Invalid argument.</Message><Details>Expires parameter is not a valid long value: NaN</Details></Error>",
      400,
    );
    expect(gcs.vendor).toBe('google-cloud-storage');
  });

  it('Wowza’s session names on a chunk list, with SecureToken’s _tk part', () => {
    const url =
      'http://media.example.com:1935/live/stream/chunklist_w1156541089_tkdGVuZHRpbWU9MTcyMTEzNzEwNyZ0c3RhcnR0aW1lPTE3MjExMzcwNDc=.m3u8';
    expect(one(ex(url, 403, {}, '')).vendor).toBe('wowza');
  });
});

describe('30. review: what the thirtieth batch’s rules must not catch', () => {
  it('an article that names a notice’s address, or a site’s own redirect, is no block', () => {
    const article = `<html><body><h1>How Russia blocks sites</h1>${'<p>Providers show a page that links blocklist.rkn.gov.ru and explains the registry, the courts and appeals.</p>'.repeat(30)}</body></html>`;
    expect(
      one(
        ex('https://news.example.com/a', 200, { 'content-type': 'text/html' }, article, {
          mimeType: 'text/html',
        }),
      ).layer,
    ).toBe('none');
    expect(
      one(ex('https://tv.example.com/old', 301, { location: 'https://tv.example.com/blocked.html?from=old' }))
        .layer,
    ).toBe('none');
  });

  it('ordinary pages that name a regulator, a slogan or an internal address, and a site’s own redirects, are no notices', () => {
    expect(
      json('https://api.example.com/login', 403, {
        message: 'Your account has been blocked by the decision dated 2024-03-01 of the moderation team.',
      }).layer,
    ).not.toBe('geo');
    const page = (status: number, body: string) =>
      one(ex('https://tv.example.co.id/play', status, { 'content-type': 'text/html' }, body)).layer;
    expect(
      page(
        401,
        '<html><title>Internet Sehat dan Aman - TVku</title><body>Invalid token. Please log in again.</body></html>',
      ),
    ).toBe('auth');
    expect(page(500, 'SQLSTATE[HY000] [2002] Connection refused (10.10.34.36:3306)')).toBe('server');
    expect(page(503, '<html><body>Maintenance. <footer>Internet Sehat dan Aman</footer></body></html>')).toBe(
      'server',
    );
    // A notice phrase the table keeps, on a server error: that site's own page, not an order.
    expect(
      page(503, '<html><body>Upstream down. See iterika.ru/blocked.html?x for our old notice.</body></html>'),
    ).toBe('server');
    expect(one(ex('http://www.siminn.is/', 301, { location: 'https://www.siminn.is/' })).layer).toBe('none');
    expect(
      one(ex('http://www.coljuegos.gov.co/', 301, { location: 'https://www.coljuegos.gov.co/' })).layer,
    ).toBe('none');
  });

  it('a block notice is looked for in a page’s first 8 KB only', () => {
    const late = `<html><body>${'<p>Catalogue entry.</p>'.repeat(500)}<a href="http://iterika.ru/blocked.html?x">old</a></body></html>`;
    expect(late.length).toBeGreaterThan(8 * 1024);
    expect(
      one(ex('https://tv.example.com/', 403, { 'content-type': 'text/html' }, late)).evidence.join('\n'),
    ).not.toContain('iterika');
  });

  it('Amazon’s own S3 error, and a chunk list named without a session, keep their readings', () => {
    const s3 =
      '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>3DAHQ3Q501RB8Q8P</RequestId><HostId>abcDEF123=</HostId></Error>';
    expect(
      one(ex('https://bucket.example.net/key', 403, { 'content-type': 'application/xml' }, s3)).vendor,
    ).toBe('aws-s3');
    expect(one(ex('https://cdn.example.com/live/chunklist.m3u8', 403, {}, '')).vendor).toBeNull();
  });
});

describe('31. the thirty-first held-out batch (IPTV apps and panels, video platforms’ APIs, TV players)', () => {
  it('platforms’ APIs in their own words: Graph’s OAuthException, Vimeo’s error media type, Kaltura’s blocked partner, Cloudflare Stream off', () => {
    const graph = {
      error: { message: '(#100) No permission to publish the video', type: 'OAuthException', code: 100 },
    };
    expect(json('https://graph.example.com/PAGE/videos', 400, graph).layer).toBe('auth');
    const vimeo = one(
      ex(
        'https://api.example.com/me',
        401,
        { 'content-type': 'application/vnd.vimeo.error+json', server: 'nginx', 'www-authenticate': 'Bearer' },
        '{"error": "A valid user token must be passed."}',
        {
          mimeType: 'application/vnd.vimeo.error+json',
        },
      ),
    );
    expect(vimeo).toMatchObject({ layer: 'auth', vendor: 'vimeo' });
    const kaltura = {
      code: 'SERVICE_FORBIDDEN_CONTENT_BLOCKED',
      message: 'The access to this service is forbidden since the specified partner is blocked',
      objectType: 'KalturaAPIException',
    };
    expect(json('https://cdnapisec.kaltura.com/api_v3/', 200, kaltura)).toMatchObject({
      layer: 'account',
      vendor: 'kaltura',
    });
    const stream = one(
      ex(
        'https://api.example.com/client/v4/accounts/1/stream',
        403,
        {},
        '{"success":false,"errors":[{"code":10000,"message":"Cloudflare Stream not enabled"}]}',
      ),
    );
    expect(stream).toMatchObject({ layer: 'account', vendor: 'cloudflare-stream' });
  });

  it('Twitch’s sign-in host, and Wistia at its own host behind CloudFront and Fastly', () => {
    expect(one(ex('https://id.twitch.tv/oauth2/validate', 401, {}, ''))).toMatchObject({
      layer: 'auth',
      vendor: 'twitch',
    });
    const wistia = one(
      ex('http://fast.wistia.com/oembed?url=http://home.wistia.com/medias/no_video', 404, {
        'content-type': 'application/json',
        server: 'envoy',
        via: '1.1 64924074212560e583e5c4823e606c04.cloudfront.net (CloudFront), 1.1 varnish, 1.1 varnish',
        'x-amz-cf-pop': 'MIA3-C4',
        'x-amz-cf-id': 'PH5gS9OHlhtnDeQpR_V6ZJpzdPabRcAiI1bhy5loEyXrQNsKwwZFCQ==',
        'x-served-by': 'cache-iad-kiad7000072-IAD, cache-mad22069-MAD',
        'x-cache': 'Error from cloudfront, MISS, HIT',
      }),
    );
    expect(wistia).toMatchObject({ layer: 'not-found', vendor: 'wistia' });
  });
});

describe('31. review: what the thirty-first batch’s rules must not catch', () => {
  it('a CDN’s own block on a platform’s host stays the CDN’s; a CDN’s 404 elsewhere stays the CDN’s', () => {
    const blocked =
      '<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1"><TITLE>ERROR: The request could not be satisfied</TITLE></HEAD><BODY><H1>403 ERROR</H1><H2>The request could not be satisfied.</H2><HR noshade size="1px">Request blocked.</BODY></HTML>';
    const waf = one(
      ex(
        'https://fast.wistia.com/embed/medias/x.json',
        403,
        {
          'x-cache': 'Error from cloudfront',
          'x-amz-cf-pop': 'CDG50-C1',
          via: '1.1 abc.cloudfront.net (CloudFront)',
        },
        blocked,
      ),
    );
    expect(waf.vendor).not.toBe('wistia');
    const elsewhere = one(
      ex(
        'https://static.example.com/a.js',
        404,
        {
          'x-cache': 'Error from cloudfront',
          'x-amz-cf-pop': 'CDG50-C1',
          via: '1.1 abc.cloudfront.net (CloudFront)',
        },
        '',
      ),
    );
    expect(elsewhere.vendor).toBe('cloudfront');
  });

  it('Graph’s type OAuthException is not the cause: its numbered message is (a call limit, a bad field, a token)', () => {
    const graph = (message: string, code: number) =>
      json('https://graph.example.com/v18.0/me', 400, { error: { message, type: 'OAuthException', code } });
    expect(graph('(#4) Application request limit reached', 4).layer).toBe('rate-limit');
    notReadAs(graph('(#100) Tried accessing nonexisting field (x) on node type (User)', 100), 'auth');
    expect(graph('Error validating access token: Session has expired on Friday', 190).layer).toBe('auth');
  });

  it('a CDN’s own error without its page, and a load balancer’s address, do not become the platform’s or the balancer’s answer', () => {
    const cloudfront = {
      server: 'CloudFront',
      'x-cache': 'Error from cloudfront',
      'x-amz-cf-id': 'PH5gS9OHlhtnDeQpR_V6ZJpzdPabRcAiI1bhy5loEyXrQNsKwwZFCQ==',
      via: '1.1 64924074212560e583e5c4823e606c04.cloudfront.net (CloudFront)',
    };
    expect(one(ex('https://fast.wistia.net/embed/medias/abc.m3u8', 403, cloudfront, '')).vendor).toBe(
      'cloudfront',
    );
    expect(one(ex('https://player.vimeo.com/video/1/config', 504, cloudfront, '')).vendor).toBe('cloudfront');
    const elb = jsonText(
      'https://my-lb-123.us-east-1.elb.amazonaws.com/api/stream',
      403,
      '{"error":"forbidden"}',
    );
    expect(elb.vendor).not.toBe('aws-elb');
  });
});

describe('32. the thirty-second held-out batch (francophone services, CDN edges on other codes)', () => {
  it('GitHub Pages answering through Fastly with its own Server name; Vercel’s error page by its code and request id', () => {
    const pages = one(
      ex('http://h5bp.github.io/', 404, {
        server: 'GitHub.com',
        'content-type': 'text/html; charset=utf-8',
        via: '1.1 varnish',
        'x-served-by': 'cache-fra1234-FRA',
        'x-cache': 'MISS',
      }),
    );
    expect(pages).toMatchObject({ layer: 'not-found', vendor: 'github-pages' });
    const vercel = one(
      ex(
        'https://app.example.com/',
        404,
        {},
        '404: NOT_FOUND Code: DEPLOYMENT_NOT_FOUND ID: bom1::q9szz-1779538607519-189394a328b7  This deployment cannot be found.',
      ),
    );
    expect(vercel).toMatchObject({ layer: 'not-found', vendor: 'vercel' });
  });
});

describe('32. review: what the thirty-second batch’s rules must not catch', () => {
  it('Fastly’s own error, named Varnish and caught without its page, stays Fastly’s on a platform’s host', () => {
    const own = {
      server: 'Varnish',
      'retry-after': '0',
      via: '1.1 varnish',
      'x-served-by': 'cache-hel1410027-HEL',
      'x-cache': 'MISS',
      'x-timer': 'S1650885467.1,VS0,VE0',
    };
    expect(one(ex('https://h5bp.github.io/', 503, own)).vendor).toBe('fastly');
    expect(one(ex('https://vimeo.com/api/v2/video/1.json', 429, own, '')).vendor).toBe('fastly');
  });

  it('a Fastly answer with Fastly’s own Varnish name, or none, stays Fastly’s on a platform’s host', () => {
    const fastly = { via: '1.1 varnish', 'x-served-by': 'cache-fra1234-FRA', 'x-cache': 'MISS' };
    expect(one(ex('https://vimeo.com/123', 503, fastly, '')).vendor).not.toBe('vimeo');
  });
});

describe('33. the thirty-third held-out batch (stream proxies, IPTV apps’ backends and playlist hosts)', () => {
  it('FastAPI’s "Could not validate credentials", Dropbox’s links switched off for traffic, Smart IPTV’s unactivated TV', () => {
    expect(
      json('https://proxy.example.com/extractor/video', 403, { detail: 'Could not validate credentials' })
        .layer,
    ).toBe('auth');
    const dropbox =
      "Error (509) This account's public links are generating too much traffic and have been  temporarily disabled!";
    expect(
      one(ex('https://dl.dropboxusercontent.com/s/x/list.m3u', 509, { 'content-type': 'text/html' }, dropbox))
        .layer,
    ).toBe('rate-limit');
    const siptv = one(
      ex(
        'https://siptv.example/mylist/',
        200,
        { 'content-type': 'text/html' },
        'MAC address is not activated!',
        { mimeType: 'text/html' },
      ),
    );
    expect(siptv.layer).toBe('account');
  });
});

describe('33. review: what the thirty-third batch’s rules must not catch', () => {
  it('a tagless text/html success keeps its page readings: a notice, a vendor’s text with stray characters', () => {
    const page = (body: string) =>
      one(
        ex('https://tv.example.com/', 200, { 'content-type': 'text/html' }, body, { mimeType: 'text/html' }),
      );
    expect(
      page(
        "Il sito è stato disabilitato in esecuzione di un provvedimento adottato dall'Autorità per le garanzie nelle comunicazioni",
      ).layer,
    ).toBe('geo');
    const akamai = `Access Denied\nYou don't have permission to access "http://tv.example.com/" on this server.\nReference #18.2f580317.1772098100.2b6a23ca${' '.repeat(5000)}`;
    expect(page(akamai)).toMatchObject({ layer: 'waf', vendor: 'akamai' });
  });

  it('the sentence inside a longer text, or a tagless text/html success that says something else, is left', () => {
    const page = (body: string) =>
      one(
        ex('https://tv.example.com/', 200, { 'content-type': 'text/html' }, body, { mimeType: 'text/html' }),
      ).layer;
    expect(page('Help: if your TV says "MAC address is not activated!", buy a licence.')).toBe('none');
    expect(page('OK')).toBe('none');
    notReadAs(
      json('https://api.example.com/x', 403, {
        detail: 'We could not validate credentials for the upstream: retry',
      }),
      'auth',
    );
  });
});

describe('34. the thirty-fourth held-out batch (bot managers, broadcasters, IPTV panels, object stores)', () => {
  const xml = (url: string, status: number, body: string) =>
    one(ex(url, status, { 'content-type': 'application/xml' }, body));

  it('a link signed by the older scheme: its <StringToSign> carries the expiry, so the link was refused (app)', () => {
    const oss = xml(
      'https://bucket.oss-cn-hangzhou.aliyuncs.com/share/a.webp',
      403,
      '<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><RequestId>65DA19AE09E59839308E9C36</RequestId><HostId>bucket.oss-cn-hangzhou.aliyuncs.com</HostId><StringToSign>GET\n\n\n1708795817\n/bucket/share/a.webp</StringToSign></Error>',
    );
    expect(oss).toMatchObject({ layer: 'app', vendor: 'aliyun-oss' });
    const gcs = xml(
      'https://storage.googleapis.com/bucket/media/a.jpg',
      403,
      '<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your Google secret key and signing method.</Message><StringToSign>GET 1629488504 /bucket/media/a.jpg</StringToSign></Error>',
    );
    expect(gcs).toMatchObject({ layer: 'app', vendor: 'google-cloud-storage' });
  });

  it('an object store’s AccessDenied whose message says the signing had no date is the caller’s credentials', () => {
    const verdict = xml(
      'https://obs.example.com/v1/buckets',
      403,
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Error><Code>AccessDenied</Code><Message>AWS authentication requires a valid Date or x-amz-date header</Message><RequestId></RequestId><HostId></HostId></Error>',
    );
    expect(verdict.layer).toBe('auth');
  });

  it('MinIO by its deployment id, CloudFront by its MissingKey message, R2 by its SigV2 refusal, DOSarrest by its page', () => {
    const minio = xml(
      'http://127.0.0.1:9000/dev/p.jpeg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=34da',
      403,
      '<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><Key>p.jpeg</Key><BucketName>dev</BucketName><Resource>/dev/p.jpeg</Resource><RequestId>17323BC3DBFE0887</RequestId><HostId>5757084b-ef2b-4e71-928b-e0f025e2fb91</HostId></Error>',
    );
    expect(minio).toMatchObject({ layer: 'app', vendor: 'minio' });
    const cloudfront = one(
      ex(
        'https://site.example.com/index.html',
        403,
        {},
        'Missing Key-Pair-Id query parameter or cookie value',
      ),
    );
    expect(cloudfront).toMatchObject({ layer: 'app', vendor: 'cloudfront' });
    const r2 = one(
      ex(
        'https://files.example.com/shared-file',
        401,
        { 'content-type': 'application/xml' },
        '<Error><Code>Unauthorized</Code><Message>SigV2 authorization is not supported. Please use SigV4 instead.</Message></Error>',
      ),
    );
    expect(r2.vendor).toBe('cloudflare-r2');
    const dosarrest = one(
      ex(
        'https://www.example.com/odds/',
        463,
        { 'content-type': 'text/html' },
        '<html><head><title>463 Restricted Client - DOSarrest Internet Security</title><link href="/DOAError/assets/css/core.css" rel="stylesheet"/></head><body>blocked</body></html>',
      ),
    );
    expect(dosarrest).toMatchObject({ layer: 'waf', vendor: 'dosarrest' });
  });

  it('SonyLIV’s refusal of a VPN, proxy or routed service is a rule about where the viewer connects from', () => {
    const verdict = json('https://apiv2.sonyliv.example/AGL/1.5/R/ENG/WEB/IN/CONTENT/VIDEOURL', 403, {
      resultCode: 'KO',
      errorDescription: 'AKA_0403_PANIC',
      message: 'EPDblocked API',
      heading1: 'It seems you are trying to access SonyLIV via <b>VPN, Proxy</b> or a <b>Routed Service</b>.',
      description: [
        'Content browsing and purchase of any subscription services are not supported over VPN, Proxy or a routing service',
      ],
    });
    expect(verdict.layer).toBe('geo');
  });
});

describe('34. review: what the thirty-fourth batch’s rules must not catch', () => {
  it('a fork of MinIO that names itself keeps its name; DOSarrest’s template on a 5xx or its own site is no block', () => {
    const err =
      '<Error><Code>AccessDenied</Code><Message>Access Denied.</Message><RequestId>1782AACD0E5E4E35</RequestId><HostId>5757084b-ef2b-4e71-928b-e0f025e2fb91</HostId></Error>';
    const storj = one(
      ex(
        'https://gateway.storjshare.io/b/v.mp4',
        403,
        { server: 'Storj', 'content-type': 'application/xml' },
        err,
      ),
    );
    expect(storj.vendor).toBe('storj');
    const page = (status: number, title: string) =>
      one(
        ex(
          'https://www.example.com/',
          status,
          { 'content-type': 'text/html' },
          `<html><head><title>${title}</title><link href="/DOAError/assets/css/core.css"/></head><body>x</body></html>`,
        ),
      );
    expect(page(503, '503 Service Unavailable - DOSarrest Internet Security').layer).toBe('server');
    expect(page(200, 'DDoS Protection | DOSarrest Internet Security').layer).toBe('none');
  });

  it('CloudFront’s sentence quoted on another status, or a bare challenge beside a store’s AccessDenied, change nothing', () => {
    const quote =
      '<html><body><p>I get "Missing Key-Pair-Id query parameter or cookie value", any idea?</p></body></html>';
    expect(one(ex('https://forum.example.com/t/1', 200, { 'content-type': 'text/html' }, quote)).layer).toBe(
      'none',
    );
    expect(one(ex('https://blog.example.com/t/1', 404, { 'content-type': 'text/html' }, quote)).layer).toBe(
      'not-found',
    );
    const s3 = one(
      ex(
        'https://bucket.s3.amazonaws.com/a.jpg',
        403,
        { 'content-type': 'application/xml', 'www-authenticate': 'Basic realm="files"' },
        '<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>4442587FB7D0A2F9</RequestId><HostId>u0ddBMPKFgk0SdIi8F71bsosv+xm5gjhCSUY2LrkQ4xI03/4W/2edkA20F4LOjg4Xe1vGtR9MBg=</HostId></Error>',
      ),
    );
    expect(s3.layer).toBe('app');
  });

  it('a request signed in a header (a written date, or none beside x-amz-date) keeps the caller’s key', () => {
    const body = (toSign: string) =>
      `<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><RequestId>4442587FB7D0A2F9</RequestId><HostId>u0ddBMPKFgk0SdIi8F71bsosv+xm5gjhCSUY2LrkQ4xI03/4W/2edkA20F4LOjg4Xe1vGtR9MBg=</HostId><StringToSign>${toSign}</StringToSign></Error>`;
    const put = (toSign: string) =>
      one(
        ex(
          'https://bucket.s3.amazonaws.com/a.txt',
          403,
          { 'content-type': 'application/xml' },
          body(toSign),
          { method: 'PUT' },
        ),
      ).layer;
    expect(put('PUT\n\ntext/plain\nTue, 27 Mar 2007 21:15:45 +0000\n/bucket/a.txt')).toBe('auth');
    expect(put('PUT\n\n\nx-amz-date:Tue, 27 Mar 2007 21:15:45 +0000\n/bucket/a.txt')).toBe('auth');
  });

  it('a plain AccessDenied stays the store’s rule; a UUID elsewhere than the HostId names nobody', () => {
    const s3 = one(
      ex(
        'https://bucket.s3.amazonaws.com/a.jpg',
        403,
        { 'content-type': 'application/xml' },
        '<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>4442587FB7D0A2F9</RequestId><HostId>u0ddBMPKFgk0SdIi8F71bsosv+xm5gjhCSUY2LrkQ4xI03/4W/2edkA20F4LOjg4Xe1vGtR9MBg=</HostId></Error>',
      ),
    );
    expect(s3).toMatchObject({ layer: 'app', vendor: 'aws-s3' });
    const other = one(
      ex(
        'https://api.example.com/x',
        403,
        { 'content-type': 'application/json' },
        '{"error":"forbidden","requestId":"5757084b-ef2b-4e71-928b-e0f025e2fb91"}',
      ),
    );
    expect(other.vendor).not.toBe('minio');
  });

  it('a page that only mentions VPNs, or DOSarrest in passing, is not read as their refusal', () => {
    const page = (body: string) =>
      one(
        ex(
          'https://tv.example.com/help',
          403,
          { 'content-type': 'text/html' },
          `<html><body>${body}</body></html>`,
        ),
      );
    expect(page('Our guide: is streaming supported over VPN? Ask support.').layer).not.toBe('geo');
    expect(page('We compared Cloudflare, Akamai and DOSarrest for our site.').vendor).not.toBe('dosarrest');
  });
});

describe('35. the thirty-fifth held-out batch (francophone services, players, platforms’ APIs, edges)', () => {
  it('YouTube’s playability reasons as NewPipe sorts them: a paid offer is the account, the country is geo', () => {
    const player = (status: string, reason: string) =>
      json('https://youtubei.googleapis.com/youtubei/v1/player', 200, {
        responseContext: {},
        playabilityStatus: { status, reason, playableInEmbed: true },
      });
    expect(player('UNPLAYABLE', 'This video is only available to Music Premium members')).toMatchObject({
      layer: 'account',
      vendor: 'youtube',
    });
    expect(
      player('UNPLAYABLE', 'The uploader has not made this video available in your country'),
    ).toMatchObject({ layer: 'geo', vendor: 'youtube' });
    expect(player('LOGIN_REQUIRED', 'This video is private')).toMatchObject({ layer: 'account' });
  });

  it('APIs refusing on HTTP 200 in their own shapes: OpenSubtitles’ XML-RPC status, Deezer’s error pair, Widevine’s licence proxy', () => {
    const xmlRpc = one(
      ex(
        'https://api.opensubtitles.org/xml-rpc',
        200,
        { 'content-type': 'text/xml' },
        '<?xml version="1.0" encoding="utf-8"?><methodResponse><params><param><value><struct><member><name>token</name><value><string>abc</string></value></member><member><name>status</name><value><string>401 Unauthorized</string></value></member></struct></value></param></params></methodResponse>',
        { mimeType: 'text/xml' },
      ),
    );
    expect(xmlRpc.layer).toBe('auth');
    expect(
      json('https://api.deezer.com/album/-1', 200, {
        error: { type: 'DataException', message: 'no data', code: 800 },
      }).layer,
    ).toBe('not-found');
    expect(
      json('https://license.example.com/proxy', 200, {
        status: 'ACCESS_DENIED',
        supported_tracks: [],
        internal_status: 127,
      }).vendor,
    ).toBe('widevine');
  });

  it('an API’s firewall sentence as its whole message, and a 410 whose reason phrase says "expired"', () => {
    const kick = one(
      ex(
        'https://api.kick.com/public/v1/chat',
        403,
        { 'content-type': 'application/json', 'cf-ray': '99ce0f7da9674b48-PDX' },
        '{"error":"Request blocked by security policy.","reference":"9e4db7e3"}',
        { mimeType: 'application/json' },
      ),
    );
    expect(kick.layer).toBe('waf');
    const hulu = one(ex('https://live.example.com/manifest.mpd', 410, {}, '', { statusText: 'expired' }));
    expect(hulu.layer).toBe('app');
  });
});

describe('35. review: what the thirty-fifth batch’s rules must not catch', () => {
  it('a playable video, a status member that succeeds, a code without Deezer’s type, a plain 410 Gone', () => {
    expect(
      json('https://youtubei.googleapis.com/youtubei/v1/player', 200, {
        playabilityStatus: { status: 'OK', playableInEmbed: true },
        videoDetails: { title: 'Members of the country club' },
      }).layer,
    ).toBe('none');
    const ok = one(
      ex(
        'https://api.opensubtitles.org/xml-rpc',
        200,
        { 'content-type': 'text/xml' },
        '<methodResponse><params><param><value><struct><member><name>status</name><value><string>200 OK</string></value></member></struct></value></param></params></methodResponse>',
        { mimeType: 'text/xml' },
      ),
    );
    expect(ok.layer).toBe('none');
    expect(json('https://api.example.com/x', 200, { error: { type: 'Other', code: 800 } }).layer).not.toBe(
      'not-found',
    );
    expect(one(ex('https://cdn.example.com/old.ts', 410, {}, '', { statusText: 'Gone' })).layer).toBe(
      'not-found',
    );
  });

  it('Deezer’s "service busy" is its throttle; a 410 "expired" whose body states the subscription is the account', () => {
    expect(
      json('https://api.deezer.com/search', 200, {
        error: { type: 'Exception', message: 'Service busy', code: 700 },
      }).layer,
    ).toBe('rate-limit');
    expect(
      json('https://api.deezer.com/x', 200, { error: { type: 'Exception', message: 'x', code: 100 } }).layer,
    ).toBe('none');
    const renew = one(
      ex(
        'https://live.example.com/manifest.mpd',
        410,
        { 'content-type': 'text/plain' },
        'Your subscription is not active',
        { statusText: 'Expired' },
      ),
    );
    expect(renew.layer).toBe('account');
  });

  it('Widevine’s key server, whose answer is wrapped in base64 on the wire, is not read from its decoded words', () => {
    expect(
      json('https://license.example.com/cenc/getcontentkey', 200, {
        status: 'INTERNAL_ERROR',
        drm: [],
        tracks: [],
      }).layer,
    ).toBe('none');
  });

  it('firewall words inside an API’s data stay data', () => {
    expect(
      json('https://api.example.com/docs', 200, {
        items: [{ title: 'Why was my request blocked by security policy? A guide' }],
      }).layer,
    ).toBe('none');
  });
});

describe('36. the thirty-sixth held-out batch (OTT apps, radio, national and ISP blocks, self-hosted media)', () => {
  it('a security suite on the device answering for a signed store link is the device, and names no store', () => {
    const link =
      'https://github-production-release-asset-2e65be.s3.amazonaws.com/17395051/x?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=34184c2c&X-Amz-SignedHeaders=host';
    const bitdefender = one(
      ex(
        link,
        403,
        { 'content-type': 'text/html' },
        'Online Threat Prevention\n\nWe blocked this dangerous page for your protection:\nThreat name: Gen:Variant.Ursu.797840',
      ),
    );
    expect(bitdefender).toMatchObject({ layer: 'device', vendor: null });
    const kaspersky = one(
      ex(
        'http://www.example.org/',
        403,
        { 'content-type': 'text/html' },
        'The requested URL could not be retrieved\n\nThe following threat was encountered:\n\nThe requested object is INFECTED with the following viruses:\nHEUR:Trojan-Downloader.Script.Generic\n\nKaspersky Internet Security 2010',
      ),
    );
    expect(kaspersky.layer).toBe('device');
  });

  it('blocks that a provider frames or redirects to on HTTP 200: Netsweeper’s deny page, Kominfo’s landing page', () => {
    const page = (body: string) =>
      one(
        ex('https://docs.example.org/vector.html', 200, { 'content-type': 'text/html' }, body, {
          mimeType: 'text/html',
        }),
      );
    expect(
      page(
        '<style>iframe{width:100%;height:100%}</style><iframe src="https://182.79.218.34:8080/webadmin/deny/index.php?dpid=15&dpruleid=11&cat=107&url=http%3a%2f%2fexample%2eorg" width="100%" height="100%" frameborder="0"></iframe>',
      ).layer,
    ).toBe('geo');
    expect(
      page(
        '<html><head><noscript><meta http-equiv="refresh" content="0;URL=http://ads.indosatooredoo.com/ads-request?t=3&a=http://lamanlabuh.aduankonten.id/"/></noscript></head><body></body></html>',
      ).layer,
    ).toBe('geo');
  });

  it('Icecast by its login prompt and its words, Cloudflare by its typed JSON error on a quick tunnel', () => {
    const source = one(
      ex('http://radio.example.com:8000/live', 401, {
        'www-authenticate': 'Basic realm="Icecast 2.4.0-kh17"',
        'content-type': 'text/html',
      }),
    );
    expect(source).toMatchObject({ layer: 'auth', vendor: 'icecast' });
    const admin = one(
      ex(
        'http://radio.example.com:8000/admin/stats',
        401,
        { 'content-type': 'text/plain' },
        'You need to authenticate\r\n',
      ),
    );
    expect(admin).toMatchObject({ layer: 'auth', vendor: 'icecast' });
    const tunnel = json('https://kansas-exclude-calcium-intervals.trycloudflare.com/', 530, {
      type: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1033/',
      title: 'Error 1033: Cloudflare Tunnel error',
      status: 530,
    });
    expect(tunnel).toMatchObject({ layer: 'server', vendor: 'cloudflare' });
  });
});

describe('36. review: what the thirty-sixth batch’s rules must not catch', () => {
  it('a store’s own refusal of a signed link keeps the store; the words quoted in a help page on a 200 are left', () => {
    const s3 = one(
      ex(
        'https://bucket.s3.amazonaws.com/a.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=34184c2c',
        403,
        { 'content-type': 'application/xml' },
        '<Error><Code>AccessDenied</Code><Message>Request has expired</Message><Expires>2020-04-19T00:48:55Z</Expires><RequestId>4442587FB7D0A2F9</RequestId><HostId>u0ddBMPKFgk0SdIi8F71bsosv+xm5gjhCSUY2LrkQ4xI03/4W/2edkA20F4LOjg4Xe1vGtR9MBg=</HostId></Error>',
      ),
    );
    expect(s3.vendor).toBe('aws-s3');
    const help = one(
      ex(
        'https://forum.example.com/t/why',
        200,
        { 'content-type': 'text/html' },
        `<html><body><p>Bitdefender said "We blocked this dangerous page for your protection" on my download; Netsweeper pages live under /webadmin/deny/index.php?dpid= on port :8080.</p>${'<p>reply</p>'.repeat(400)}</body></html>`,
        { mimeType: 'text/html' },
      ),
    );
    expect(help.layer).toBe('none');
  });

  it('a licence server’s own device error keeps its name; a school’s Netsweeper page is no national block', () => {
    const licence = one(
      ex(
        'https://license.uat.widevine.com/cenc/getlicense',
        403,
        { 'content-type': 'text/plain' },
        'Revoked certificates are not allowed to receive licenses',
      ),
    );
    expect(licence).toMatchObject({ layer: 'device', vendor: 'widevine' });
    const school = one(
      ex(
        'https://tv.example.com/',
        200,
        { 'content-type': 'text/html' },
        '<iframe src="http://filter.esu9.org:8080/webadmin/deny/index.php?dpid=1&dpruleid=3&cat=10" width="100%"></iframe>',
        { mimeType: 'text/html' },
      ),
    );
    expect(school.layer).not.toBe('geo');
  });

  it('a page that only names Kominfo’s landing page, JSON that links Cloudflare’s docs, an app’s own words', () => {
    const checker = one(
      ex(
        'https://checker.example.com/result',
        200,
        { 'content-type': 'text/html' },
        '<html><body><p>example.com: CNAME lamanlabuh.aduankonten.id (blocked)</p></body></html>',
        { mimeType: 'text/html' },
      ),
    );
    expect(checker.layer).toBe('none');
    const linked = one(
      ex(
        'https://api.example.com/x',
        403,
        { 'content-type': 'application/json', server: 'nginx' },
        '{"error":"blocked","help":"https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1010/"}',
      ),
    );
    expect(linked.vendor).not.toBe('cloudflare');
    const drf = json('https://api.example.com/me', 401, { Detail: 'You need to authenticate' });
    expect(drf.vendor).not.toBe('icecast');
  });

  it('a 401 that is not Icecast’s keeps no Icecast name', () => {
    const other = one(
      ex('https://api.example.com/x', 401, { 'www-authenticate': 'Bearer realm="api"' }, 'Unauthorized'),
    );
    expect(other.vendor).not.toBe('icecast');
  });
});

describe('37. the thirty-seventh held-out batch (MENA, Turkey, Eastern Europe; Asia; hosting firewalls; IPTV apps)', () => {
  const plain = (url: string, body: string, mimeType = 'text/plain') =>
    one(ex(url, 200, { 'content-type': mimeType }, body, { mimeType }));

  it('services refusing on HTTP 200 in their own words, codes and shapes', () => {
    expect(
      plain('https://api.ivi.example/light/', 'Контент недоступен для показа в вашем регионе').layer,
    ).toBe('geo');
    expect(
      plain(
        'https://voyo.example/playlist',
        '<?xml version="1.0"?>\n<response>\n<status>InvalidSignature</status>\n<message>Signature is different</message>\n</response>',
        'text/xml',
      ).layer,
    ).toBe('app');
    expect(
      plain('https://sledovanitv.example/api/create-pairing', 'status: 0, error: pairing limit reached')
        .layer,
    ).toBe('account');
    expect(
      json('https://ups.youku.com/ups/get.json?vid=x', 200, {
        cost: 0.003,
        data: { error: { note: '客户端无权播放,201', code: -6004 } },
      }).layer,
    ).toBe('app');
    const naver = plain(
      'http://play.rmcnmv.naver.com/vod/play/v1.5/x',
      '{\n "errorCode":"LOCATION_ISSUE",\n "errorMessage":"",\n "countryCode":"KR"\n\n ,\n "subError" : {\n "code":"NO_SERVICE"\n',
      'application/json',
    );
    expect(naver.layer).toBe('geo');
  });

  it('hosting firewalls by their own marks: SiteGround’s header on a 202, Imunify360’s page, Hostinger’s CDN stamp', () => {
    const siteground = one(
      ex('https://shop.example.com/wp-json/wc/v3/orders', 202, {
        'sg-captcha': 'challenge',
        'content-type': 'text/html',
      }),
    );
    expect(siteground).toMatchObject({ layer: 'waf', vendor: 'siteground' });
    const imunify = plain(
      'https://www.example.org/feed/',
      '<h4 id="text">www.example.org</h4><p class="cap_note">is protected by Imunify360</p><p>We have noticed an unusual activity</p>',
      'text/html',
    );
    expect(imunify).toMatchObject({ layer: 'waf', vendor: 'imunify360' });
    const hostinger = one(
      ex(
        'https://site.example.com/api/index.php?action=list',
        403,
        { server: 'hcdn', 'content-type': 'text/html' },
        'Checking your browser before accessing. Just a moment...',
      ),
    );
    expect(hostinger).toMatchObject({ layer: 'waf', vendor: 'hostinger-cdn' });
    expect(
      one(ex('https://api.domru.example/fetchFullInfo', 403, {}, 'Токен некорректный либо истек')).layer,
    ).toBe('auth');
  });
});

describe('37. review: what the thirty-seventh batch’s rules must not catch', () => {
  it('an origin’s own 403 through Hostinger’s CDN, Imunify360 or SiteGround named in text, a BOM before JSON', () => {
    const origin = one(
      ex(
        'https://shop.example.com/wp-json/x',
        403,
        { server: 'hcdn', 'content-type': 'text/html' },
        '<html><body><h1>This action is unauthorized.</h1></body></html>',
      ),
    );
    expect(origin.layer).not.toBe('waf');
    const page = (status: number, body: string) =>
      one(
        ex('https://host.example.com/x', status, { 'content-type': 'text/html' }, body, {
          mimeType: 'text/html',
        }),
      );
    expect(page(200, '<p>Your server is protected by Imunify360.</p>').layer).toBe('none');
    expect(page(200, '<p>SiteGround sends bots to /.well-known/sgcaptcha/ first.</p>').layer).toBe('none');
    const bom = jsonText(
      'https://api.example.com/items',
      200,
      '\uFEFF{"code":0,"error":"","items":[{"availability":"premium_only"}]}',
    );
    expect(bom.layer).toBe('none');
  });

  it('a remark about an earlier error, a success that lists error texts, an item’s status deeper in XML', () => {
    const plain = (body: string, mimeType = 'text/plain') =>
      one(ex('https://api.example.com/x', 200, { 'content-type': mimeType }, body, { mimeType })).layer;
    expect(plain('OK. Previous error: too many requests')).toBe('none');
    expect(
      json('https://api.example.com/x', 200, {
        code: 200,
        data: { state: 'recovered', error: { code: 429, message: 'Rate limit exceeded' } },
      }).layer,
    ).toBe('none');
    expect(
      plain(
        '<?xml version="1.0"?><devices><status>ok</status><device><status>device_revoked</status></device></devices>',
        'text/xml',
      ),
    ).toBe('none');
  });

  it('an XML status that is no refusal, a loose JSON without a known code, an error line in words no table holds', () => {
    const plain = (body: string, mimeType = 'text/plain') =>
      one(ex('https://api.example.com/x', 200, { 'content-type': mimeType }, body, { mimeType })).layer;
    expect(plain('<?xml version="1.0"?><response><status>ok</status></response>', 'text/xml')).toBe('none');
    expect(plain('{"errorCode":"NONE", "note":"fine" ,', 'application/json')).toBe('none');
    expect(plain('status: 1, error: none')).toBe('none');
    expect(
      json('https://api.example.com/x', 200, { data: { error: { note: 'retry later please' } } }).layer,
    ).toBe('none');
  });
});

describe('38. the thirty-eighth held-out batch (stream tokens, European TV, TV boxes), a short round', () => {
  it('NRK’s "not available outside Norway" and Ziggo’s stream limit in their own words', () => {
    expect(
      one(
        ex(
          'https://psapi.nrk.no/playback/manifest/program/KMTE40007115',
          403,
          {},
          'Ikke tilgjengelig utenfor Norge',
        ),
      ).layer,
    ).toBe('geo');
    expect(
      one(
        ex(
          'https://ziggogo.example/session/start',
          403,
          {},
          'The maximum number of streams has been reached',
        ),
      ).layer,
    ).toBe('account');
  });
});

describe('38. review: what the thirty-eighth batch’s rules must not catch', () => {
  it('the words inside a help page on a success are left', () => {
    const help = one(
      ex(
        'https://help.example.com/faq',
        200,
        { 'content-type': 'text/html' },
        `<html><body><h1>FAQ</h1><p>What does "The maximum number of streams has been reached" mean? And "Ikke tilgjengelig utenfor Norge"?</p>${'<p>answer</p>'.repeat(300)}</body></html>`,
        { mimeType: 'text/html' },
      ),
    );
    expect(help.layer).toBe('none');
  });
});

describe('39. the thirty-ninth held-out batch (downloaders, scrapers, media servers, recordings, blocks, sports)', () => {
  const html = (url: string, status: number, body: string, headers: Record<string, string> = {}) =>
    one(ex(url, status, { 'content-type': 'text/html', ...headers }, body, { mimeType: 'text/html' }));

  it('Google’s front end refusing its own video link is Google’s service, not a Cloud customer’s balancer', () => {
    const drive = html(
      'https://drive.example/videoplayback?id=656517bf07b54306&source=webdrive&expire=1483121507',
      403,
      '403. That’s an error.\n\nYour client does not have permission to get URL /videoplayback?requiressl=yes&id=656517bf07b54306&itag=18&source=webdrive&signature=33CB from this server. That’s all we know.',
    );
    expect(drive.vendor).toBeNull();
    expect(drive.layer).toBe('app');
  });

  it('a hotspot’s redirect page on a 200, its login carrying the address asked (MikroTik’s dst)', () => {
    const portal = html(
      'http://connectivitycheck.android.com/generate_204',
      200,
      '<html>\n<head>\n<meta http-equiv="refresh" content="0; url=https://gwhs.hotspot.example/login?dst=http%3A%2F%2Fconnectivitycheck.android.com%2Fgenerate%5F204"/>\n</head>\n</html>',
    );
    expect(portal.layer).toBe('network');
    const redirected = one(
      ex('http://tv.example/live/ch1.m3u8', 302, {
        location: 'http://10.5.50.1/login?dst=http%3A%2F%2Ftv.example%2Flive%2Fch1.m3u8',
      }),
    );
    expect(redirected.layer).toBe('network');
  });

  it('Janus’s refusal of a missing secret and a validity check’s reason, on a 200', () => {
    expect(
      json('https://gw.example/janus/7365935784475845', 200, {
        janus: 'error',
        session_id: 7365935784475845,
        error: { code: 403, reason: 'Unauthorized request (wrong or missing secret/token)' },
      }).layer,
    ).toBe('auth');
    expect(
      json('https://signon-live-nrl.yinzcam.com/subscription/status?application=NRL_LIVE', 200, {
        Reason: 'No active subscriptions were found on your account.',
        Valid: 'false',
      }).layer,
    ).toBe('account');
  });

  it('Sucuri’s JavaScript check on a 200', () => {
    const check = html(
      'https://shop.example/',
      200,
      "<html><title>You are being redirected...</title>\n<noscript>Javascript is required.</noscript>\n<script>var s={},u,c,U,r,i,l=0,a,e=eval,w=String.fromCharCode,sucuri_cloudproxy_js='',S='ZXZhbCgp';L=S.length;</script></html>",
    );
    expect(check).toMatchObject({ layer: 'waf', vendor: 'sucuri' });
  });

  it('Turkey’s block landing page, the site asked in its ms=', () => {
    const landed = one(
      ex('http://sfml-dev.org/', 302, {
        location: 'http://88.255.216.16/landpage?op=1&ms=http://sfml-dev.org/',
      }),
    );
    expect(landed.layer).toBe('geo');
  });

  it('Plex on its own port, Twitch’s API and Bunny Stream’s player by their hosts', () => {
    expect(one(ex('http://192.168.50.149:32400/hubs/search?query=x&limit=20', 401)).vendor).toBe('plex');
    expect(
      json('https://api.twitch.tv/helix/streams/key?broadcaster_id=1', 401, {
        error: 'Unauthorized',
        status: 401,
        message: 'Missing User OAUTH Token',
      }),
    ).toMatchObject({ layer: 'auth', vendor: 'twitch' });
    expect(
      one(
        ex(
          'https://iframe.mediadelivery.net/embed/759/eb1c4f77-0cda-46be-b47d-1118ad7c2ffe?token=4f1c0a&expires=1735689600',
          403,
        ),
      ),
    ).toMatchObject({ layer: 'app', vendor: 'bunny' });
  });
});

describe('39. review: what the thirty-ninth batch’s rules must not catch', () => {
  const html = (url: string, status: number, body: string) =>
    one(ex(url, status, { 'content-type': 'text/html' }, body, { mimeType: 'text/html' }));

  it('Google’s front-end page on any other address still names Google Cloud', () => {
    const other = html(
      'https://registry.k8s.example/v2/pause/manifests/3.9',
      403,
      '<html><title>Error 403 (Forbidden)!!1</title><p><b>403.</b> <ins>That’s an error.</ins><p>Your client does not have permission to get URL <code>/v2/pause/manifests/3.9</code> from this server.',
    );
    expect(other.vendor).toBe('google-cloud');
  });

  it('a login page that is the site’s own, over HTTPS, or for another address is no hotspot', () => {
    const refresh = (url: string, target: string) =>
      html(url, 200, `<html><head><meta http-equiv="refresh" content="0; url=${target}"></head></html>`)
        .layer;
    // The site's own login, sending the visitor back to itself.
    expect(
      refresh('http://tv.example/account', 'http://tv.example/login?dst=http%3A%2F%2Ftv.example%2Faccount'),
    ).toBe('none');
    // HTTPS: no box on the way answers it.
    expect(
      refresh(
        'https://tv.example/account',
        'https://sso.example/login?dst=https%3A%2F%2Ftv.example%2Faccount',
      ),
    ).toBe('none');
    // dst names another address than the one asked.
    expect(
      refresh('http://tv.example/account', 'http://sso.example/login?dst=http%3A%2F%2Fother.example%2F'),
    ).toBe('none');
    // Not a login page.
    expect(refresh('http://tv.example/a', 'http://cdn.example/b?dst=http%3A%2F%2Ftv.example%2Fa')).toBe(
      'none',
    );
  });

  it('a validity flag that holds, or a reason in words no table knows, is left', () => {
    expect(
      json('https://api.example.com/check', 200, { valid: false, message: 'Email is invalid' }).layer,
    ).toBe('none');
    expect(
      json('https://api.example.com/check', 200, {
        Valid: 'true',
        Reason: 'No active subscriptions were found',
      }).layer,
    ).toBe('none');
  });

  it('Sucuri’s marker inside a script file is the service’s file', () => {
    const script = one(
      ex(
        'https://shop.example/app.js',
        200,
        { 'content-type': 'application/javascript' },
        "var sucuri_cloudproxy_js='',S='ZXZhbCgp';",
        { mimeType: 'application/javascript' },
      ),
    );
    expect(script.layer).toBe('none');
  });

  it('a landing page naming another site, and a landing path on a name, are no block', () => {
    expect(
      one(
        ex('http://sfml-dev.org/', 302, {
          location: 'http://88.255.216.16/landpage?ms=http://other.example/',
        }),
      ).layer,
    ).not.toBe('geo');
    expect(
      one(
        ex('http://shop.example/', 302, {
          location: 'http://promo.example/landpage?ms=http://shop.example/',
        }),
      ).layer,
    ).not.toBe('geo');
  });

  it('Plex’s port names no one on other statuses or ports', () => {
    expect(one(ex('http://192.168.1.2:32400/library/sections', 502)).vendor).not.toBe('plex');
    expect(one(ex('http://192.168.1.2:32401/library/sections', 401)).vendor).not.toBe('plex');
    expect(one(ex('http://192.168.1.2:324001/x', 401)).vendor).not.toBe('plex');
  });
});

describe('40. the fortieth held-out batch (IPTV apps, signed links, DRM, Latin America and Asia, forums, rate limits)', () => {
  it('Azure API Management’s spent quota as NuGet states it, on a 403', () => {
    expect(
      json('https://www.nuget.org/api/v2/package', 403, { statusCode: 403, message: 'Quota exceeded.' })
        .layer,
    ).toBe('rate-limit');
  });

  it('Plex’s community service by its host', () => {
    expect(one(ex('https://community.plex.tv/api', 429))).toMatchObject({
      layer: 'rate-limit',
      vendor: 'plex',
    });
  });
});

describe('40. review: what the fortieth batch’s rules must not catch', () => {
  it('a storage or disk quota, or the words inside a longer message, are not an API’s spent quota', () => {
    notReadAs(
      json('https://api.example.com/upload', 403, { message: 'Storage quota exceeded' }),
      'rate-limit',
    );
    notReadAs(
      json('https://api.example.com/upload', 403, {
        message: 'Upload failed: disk quota exceeded on the user volume, free some space',
      }),
      'rate-limit',
    );
  });
});

describe('39. second review: the rules as the wire and ordinary sites show them', () => {
  const html = (url: string, status: number, body: string, headers: Record<string, string> = {}) =>
    one(ex(url, status, { 'content-type': 'text/html', ...headers }, body, { mimeType: 'text/html' }));

  it('a body that states its cause outranks the Bunny Stream host; a bare 403 there is no token rule', () => {
    const geo = html(
      'https://iframe.mediadelivery.net/embed/759/eb1c',
      403,
      '<h1>This video is not available in your country</h1>',
    );
    expect(geo.layer).toBe('geo');
    expect(one(ex('https://iframe.mediadelivery.net/embed/759/eb1c', 403)).layer).not.toBe('app');
  });

  it('Google’s front-end page as a browser gets it, the address in <code>', () => {
    const page = html(
      'https://rr1---sn-nhpax-ua8k.googlevideo.com/videoplayback?expire=1&id=x',
      403,
      '<!DOCTYPE html><html lang=en><meta charset=utf-8><title>Error 403 (Forbidden)!!1</title><p><b>403.</b> <ins>That’s an error.</ins><p>Your client does not have permission to get URL <code>/videoplayback?expire=1&amp;id=x</code> from this server.  <ins>That’s all we know.</ins>',
      { server: 'gvs 1.0' },
    );
    expect(page.vendor).not.toBe('google-cloud');
  });

  it('an article or a firewall page that quotes Sucuri’s script name is not its check', () => {
    expect(
      html(
        'https://blog.example/sucuri',
        200,
        `<html><head><title>Solving Sucuri</title></head><body><pre>if (body.includes("sucuri_cloudproxy_js=''"))</pre>${'<p>text</p>'.repeat(50)}</body></html>`,
      ).layer,
    ).toBe('none');
    const cloudflare = html(
      'https://shop.example/',
      403,
      "<!DOCTYPE html><html><head><title>Attention Required! | Cloudflare</title></head><body>sucuri_cloudproxy_js=''</body></html>",
      { server: 'cloudflare', 'cf-ray': '8f1e2d3c4b5a6978-CDG' },
    );
    expect(cloudflare.vendor).toBe('cloudflare');
  });

  it('a proxy’s Basic login on Plex’s port is the proxy’s', () => {
    expect(
      one(
        ex('https://plex.home.example:32400/', 401, {
          server: 'Caddy',
          'www-authenticate': 'Basic realm="restricted"',
        }),
      ).vendor,
    ).not.toBe('plex');
    expect(
      one(
        ex(
          'https://plex.home.example:32400/',
          401,
          { 'www-authenticate': 'Basic realm="traefik"' },
          '401 Unauthorized\n',
        ),
      ).vendor,
    ).not.toBe('plex');
  });

  it('a site’s own sign-in on a sibling host or port, and a page that only spells a meta refresh, are no hotspot', () => {
    expect(
      one(
        ex('http://www.tv.example/account', 302, {
          location: 'http://accounts.tv.example/login?dst=http://www.tv.example/account',
        }),
      ).layer,
    ).not.toBe('network');
    expect(
      one(
        ex('http://tv.example:8080/live', 302, {
          location: 'http://tv.example/login?dst=http://tv.example:8080/live',
        }),
      ).layer,
    ).not.toBe('network');
    const playlist = one(
      ex(
        'http://tv.example/live.m3u8',
        200,
        { 'content-type': 'application/vnd.apple.mpegurl' },
        '<meta http-equiv="refresh" content="0; url=http://portal.example/login?dst=http%3A%2F%2Ftv.example%2Flive.m3u8">',
        { mimeType: 'application/vnd.apple.mpegurl' },
      ),
    );
    expect(playlist.layer).toBe('none');
  });

  it('a hotspot’s redirect page written other ways is still read', () => {
    const page = (body: string) => html('http://tv.example/live', 200, body).layer;
    const dst = 'http%3A%2F%2Ftv.example%2Flive';
    // A Content-Type meta first, attributes the other way round, URL with spaces, &amp; in the address.
    expect(
      page(
        `<html><head><meta http-equiv="Content-Type" content="text/html"><meta content="0; URL = 'http://10.5.50.1/login?x=1&amp;dst=${dst}'" http-equiv="refresh"></head></html>`,
      ),
    ).toBe('network');
    // Letters whose lower case is longer (a Turkish title) before the tag.
    expect(
      page(
        `<html><head><title>İİİİİİ WiFi</title><meta http-equiv="refresh" content="0; url=http://10.5.50.1/login?dst=${dst}"></head></html>`,
      ),
    ).toBe('network');
    // A long address asked, its escape cut by the page's length.
    const long = `http://tv.example/live?sig=${'a'.repeat(3000)}`;
    expect(
      one(
        ex(long, 302, {
          location: `http://10.5.50.1/login?dst=${encodeURIComponent(long).slice(0, 2500)}%2`,
        }),
      ).layer,
    ).toBe('network');
  });

  it('a landing page after an HTTPS request, or one whose ms hides another host, is no block', () => {
    expect(
      one(
        ex('https://shop.example/', 302, {
          location: 'http://203.0.113.9/landpage?ms=https://shop.example/',
        }),
      ).layer,
    ).not.toBe('geo');
    expect(
      one(
        ex('http://tv.example/', 302, {
          location: 'http://203.0.113.9/landpage?ms=http://tv.example@evil.example/',
        }),
      ).layer,
    ).not.toBe('geo');
    expect(
      one(
        ex('http://www.tv.example/', 302, {
          location: 'http://203.0.113.9/landpage?op=100&ms=http://tv.example/',
        }),
      ).layer,
    ).toBe('geo');
  });

  it('a validity flag is read for the viewer’s login or entitlement only, whatever the case of its false', () => {
    expect(
      json('https://shop.example/api/address/validate', 200, {
        valid: false,
        message: 'Delivery is not available in your location',
      }).layer,
    ).toBe('none');
    expect(
      json('https://api.example.com/status', 200, {
        Valid: 'False',
        Reason: 'No active subscriptions were found',
      }).layer,
    ).toBe('account');
  });
});

describe('40. review: the fortieth batch’s fixes as viewers’ traffic meets them', () => {
  const html = (url: string, status: number, body: string, headers: Record<string, string> = {}) =>
    one(ex(url, status, { 'content-type': 'text/html', ...headers }, body, { mimeType: 'text/html' }));

  it('a tokened link’s refusal stays the token rule when its page only carries help text', () => {
    const page = html(
      'https://iframe.mediadelivery.net/embed/123/abc?token=deadbeef&expires=9999999999',
      403,
      '<html><body><h1>403</h1><script>window.i18n={"errors":{"geo":"This video is not available in your location."}}</script></body></html>',
    );
    expect(page).toMatchObject({ layer: 'app', vendor: 'bunny' });
  });

  it('software that asks for its own Basic login keeps its name on its address', () => {
    const tvheadend = one(
      ex('http://192.168.1.5:9981/playlist/channels.m3u', 401, { 'www-authenticate': 'Basic realm="My TV"' }),
    );
    expect(tvheadend.vendor).toBe('tvheadend');
  });

  it('a hotspot’s redirect page for a long tokened address', () => {
    const asked = `http://cdn.example.net/hls/live/ch1/master.m3u8?hdnts=exp=1900000000~acl=/*~hmac=${'ab'.repeat(400)}`;
    const page = html(
      asked,
      200,
      `<html><head><meta http-equiv="refresh" content="0; url=http://10.5.50.1/login?dst=${encodeURIComponent(asked)}"></head></html>`,
    );
    expect(page.layer).toBe('network');
  });
});

describe('41. the forty-first held-out batch (edges, TV apps, self-hosted fronts, hosting platforms, video APIs)', () => {
  const html = (url: string, status: number, body: string, headers: Record<string, string> = {}) =>
    one(ex(url, status, { 'content-type': 'text/html', ...headers }, body, { mimeType: 'text/html' }));

  it('platforms’ own pages: Vercel’s switched-off deployment, Netlify’s pause, Render’s suspension, Heroku’s error, Firebase’s empty site', () => {
    expect(
      html(
        'https://proxy.example/',
        402,
        'This Deployment has been disabled.\nYour connection is working correctly.\nVercel is working correctly.\n402: PAYMENT_REQUIRED\nCode: DEPLOYMENT_DISABLED\nID: arn1::6zsv8-1704985243623-a79d9a35cdea',
      ),
    ).toMatchObject({ layer: 'account', vendor: 'vercel' });
    expect(
      html('https://stats.example/api', 451, '451: DEPLOYMENT_DISABLED\nCode: DEPLOYMENT_DISABLED').vendor,
    ).toBe('vercel');
    expect(
      html(
        'https://tracker.example/',
        503,
        'Site not available\nThis site was paused as it reached its usage limits. Please contact the site owner.',
      ).vendor,
    ).toBe('netlify');
    expect(html('https://crossrun.example/', 503, 'This service has been suspended.').vendor).toBe('render');
    expect(
      html(
        'https://app.example/',
        503,
        'Application error\nAn error occurred in the application and your page could not be served. If you are the application owner, check your logs for details.',
      ),
    ).toMatchObject({ layer: 'server', vendor: 'heroku' });
    expect(
      html(
        'https://demo.example/',
        404,
        "Site Not Found\nWhy am I seeing this?\nThere are a few potential reasons:\nYou haven't deployed an app yet.\nYou may have deployed an empty directory.",
      ).vendor,
    ).toBe('firebase-hosting');
  });

  it('CrowdSec’s ban page, Wangsu’s edge, EdgeOne’s loop, Icecast’s busy mount, Kaltura’s missing entry', () => {
    expect(
      html(
        'https://whoami.example/',
        403,
        '<!DOCTYPE html><html><head><title>CrowdSec Access Forbidden</title></head><body><h1>CrowdSec Access Forbidden</h1></body></html>',
      ),
    ).toMatchObject({ layer: 'waf', vendor: 'crowdsec' });
    expect(one(ex('http://183.134.53.49:8082/', 400, { server: 'Cdn Cache Server V2.0' })).vendor).toBe(
      'wangsu',
    );
    expect(
      one(
        ex('https://cdn.example/', 423, {
          server: 'cloudflare',
          'cdn-loop': 'TencentEdgeOne; loops=16',
          'eo-log-uuid': '13426361529703584917',
        }),
      ),
    ).toMatchObject({ layer: 'server', vendor: 'tencent' });
    expect(
      one(ex('http://radio.example:8000/admin/listclients?mountpoint=/stream', 403, {}, 'Mountpoint in use'))
        .vendor,
    ).toBe('icecast');
    expect(
      one(
        ex(
          'https://cdnapisec.kaltura.com/api_v3/service/multirequest',
          200,
          { 'content-type': 'application/json' },
          JSON.stringify([
            { objectType: 'KalturaStartWidgetSessionResponse', ks: 'x' },
            {
              code: 'ENTRY_ID_NOT_FOUND',
              message: 'Entry id "1_x" not found',
              objectType: 'KalturaAPIException',
            },
          ]),
          { mimeType: 'application/json' },
        ),
      ),
    ).toMatchObject({ layer: 'not-found', vendor: 'kaltura' });
  });

  it('logins refused in the services’ own words: a Lambda function URL, AzuraCast, LG’s developer service', () => {
    expect(
      json('https://fn.lambda-url.example/', 403, {
        Message:
          'Forbidden. For troubleshooting Function URL authorization issues, see: https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html',
      }).layer,
    ).toBe('auth');
    expect(
      json('https://radio.example/api/station/1/file/1/play', 403, {
        code: 403,
        type: 'NotLoggedInException',
        message: 'You must be logged in to access this page.',
      }).layer,
    ).toBe('auth');
    expect(
      json('https://developer.lge.com/secure/ResetDevModeSession.dev', 200, {
        result: 'fail',
        errorCode: 'ERR_006',
        errorMsg: 'Check sessionToken',
      }).layer,
    ).toBe('auth');
  });
});

describe('41. review: what the forty-first batch’s rules must not catch', () => {
  const html = (url: string, status: number, body: string, headers: Record<string, string> = {}) =>
    one(ex(url, status, { 'content-type': 'text/html', ...headers }, body, { mimeType: 'text/html' }));

  it('the platforms’ words inside a longer page, and a loop counter that counts once, name no one', () => {
    expect(
      html(
        'https://blog.example/post',
        404,
        `<html><body><p>Render answered "This service has been suspended." for an hour.</p>${'<p>more</p>'.repeat(40)}</body></html>`,
      ).vendor,
    ).not.toBe('render');
    expect(one(ex('https://cdn.example/', 423, { 'cdn-loop': 'TencentEdgeOne; loops=1' })).layer).not.toBe(
      'server',
    );
    expect(
      one(ex('https://api.example/x', 503, {}, 'Mountpoint in use by another source, retry')).vendor,
    ).not.toBe('icecast');
  });
});

describe('41. review: the forty-first batch’s rules where ordinary pages say the same words', () => {
  const html = (url: string, status: number, body: string, headers: Record<string, string> = {}) =>
    one(ex(url, status, { 'content-type': 'text/html', ...headers }, body, { mimeType: 'text/html' }));

  it('a provider’s court-ordered notice on a tokened link is the provider’s', () => {
    const notice = html(
      'http://vz-abc.b-cdn.net/x/playlist.m3u8?token=abc&expires=9999999999',
      403,
      '<html><body><p>The URL has been blocked as per the directions received from Department of Telecommunications, Government of India.</p></body></html>',
    );
    expect(notice.layer).toBe('geo');
  });

  it('a web app’s texts, a longer message and another status do not make a login refusal', () => {
    const shell = `<html><head><script>window.t={"login":"You must be logged in to access this page."}</script></head><body><div id="app"></div></body></html>`;
    expect(html('https://app.example/', 503, shell).layer).toBe('server');
    expect(
      json('https://api.example.com/x', 429, { message: 'Rate limited; check sessionToken usage' }).layer,
    ).toBe('rate-limit');
  });

  it('Vercel’s, Heroku’s, Render’s and CrowdSec’s words quoted elsewhere name none of them', () => {
    expect(
      html(
        'https://help.example/faq',
        200,
        '<p>If you see 402: PAYMENT_REQUIRED Code: DEPLOYMENT_DISABLED, pay.</p>',
      ).vendor,
    ).not.toBe('vercel');
    expect(
      html(
        'https://blog.example/heroku',
        404,
        '<p>An error occurred in the application and your page could not be served</p>',
      ).vendor,
    ).not.toBe('heroku');
    expect(
      one(ex('http://panel.example:8080/get.php?u=x', 403, {}, 'This service has been suspended.')).vendor,
    ).not.toBe('render');
    expect(
      html(
        'https://docs.example/crowdsec',
        200,
        '<pre>&lt;title&gt;CrowdSec Access Forbidden&lt;/title&gt;</pre>',
      ).vendor,
    ).not.toBe('crowdsec');
  });

  it('Vercel’s real page with its markup, and CrowdSec’s own bouncer page', () => {
    expect(
      html(
        'https://proxy.example/',
        402,
        '<span><strong>402</strong>: PAYMENT_REQUIRED</span><span class="devinfo-line">Code: <code>DEPLOYMENT_DISABLED</code></span>',
      ),
    ).toMatchObject({ layer: 'account', vendor: 'vercel' });
    expect(
      html(
        'https://site.example/',
        403,
        '<!DOCTYPE html><html lang="en"><head><title>CrowdSec Ban</title></head><body></body></html>',
      ),
    ).toMatchObject({ layer: 'waf', vendor: 'crowdsec' });
  });
});

describe('42. the forty-second held-out batch (web players, Chinese clouds, state blocks, media APIs’ logins)', () => {
  it('stores telling the caller its own signature failed, unless the link carries its own', () => {
    const ks3 = one(
      ex(
        'https://example.ks3.example/bucket/key',
        403,
        { 'content-type': 'application/xml' },
        '<?xml version="1.0" encoding="UTF-8"?><Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your KS3 secret access key and signing method.</Message></Error>',
        { mimeType: 'application/xml' },
      ),
    );
    expect(ks3.layer).toBe('auth');
    const signed = one(
      ex(
        'https://r2.example/video.mp4?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=abc&X-Amz-Expires=60',
        403,
        { 'content-type': 'application/xml' },
        '<Error><Code>SignatureDoesNotMatch</Code><Message>Check your secret access key and signing method.</Message></Error>',
        { mimeType: 'application/xml' },
      ),
    );
    expect(signed.layer).toBe('app');
  });

  it('Plex’s account service and Emby Connect by their hosts; Schedules Direct’s INVALID_USER', () => {
    expect(
      one(
        ex(
          'https://plex.tv/',
          422,
          { 'content-type': 'application/xml' },
          '<?xml version="1.0" encoding="UTF-8"?> <errors> <error>Invalid token</error> </errors>',
          { mimeType: 'application/xml' },
        ),
      ),
    ).toMatchObject({ layer: 'auth', vendor: 'plex' });
    expect(one(ex('https://connect.emby.media/service/user/authenticate', 401)).vendor).toBe('emby');
    expect(
      json('https://json.schedulesdirect.org/20141201/token', 400, {
        response: 'INVALID_USER',
        code: 4003,
        message: 'Invalid username or token has expired.',
      }).layer,
    ).toBe('auth');
  });

  it('Telkomsel’s redirect to the Kominfo notice, and a login challenge carried by Cloudflare', () => {
    expect(one(ex('http://archive.org/', 302, { location: 'http://lamanlabuh.aduankonten.id/' })).layer).toBe(
      'geo',
    );
    expect(
      one(
        ex('https://api.trakt.tv/oauth/token', 401, {
          'cf-ray': '4b9bc1ab7a1720ea-LAX',
          'www-authenticate': 'Bearer realm="Doorkeeper", error="invalid_grant"',
          'x-runtime': '0.003941',
        }),
      ).vendor,
    ).toBeNull();
  });
});

describe('42. review: the forty-second batch’s rules on IPTV traffic', () => {
  it('"invalid signature" alone does not say whose: a path-signed link is not read as the viewer’s key', () => {
    const pathSigned = one(
      ex(
        'https://cdn.provider.tv/hls/4f2a9c1b8e/1999999999/ch1/index.m3u8',
        403,
        { 'content-type': 'text/plain' },
        'Invalid signature',
        {
          mimeType: 'text/plain',
        },
      ),
    );
    expect(pathSigned.layer).not.toBe('auth');
  });

  it('a store’s signing error relayed in a server error is the server’s', () => {
    expect(
      json('https://panel.provider.tv/api/vod/123/stream?token=abc', 500, {
        error:
          'upstream: SignatureDoesNotMatch: The request signature we calculated does not match. Check your secret access key and signing method.',
      }).layer,
    ).toBe('server');
  });

  it('a Basic challenge written at a CDN’s edge keeps the CDN’s name; a bearer challenge through it is the origin’s', () => {
    const edge = one(
      ex('https://d1.cloudfront.net/live/master.m3u8', 401, {
        server: 'CloudFront',
        'x-cache': 'FunctionGeneratedResponse from cloudfront',
        'www-authenticate': 'Basic realm="stream"',
      }),
    );
    expect(edge.vendor).toBe('cloudfront');
  });

  it('Kominfo’s notice address only as the host it is', () => {
    expect(
      one(ex('http://archive.org/', 302, { location: 'http://lamanlabuh.aduankonten.id.evil.example/x' }))
        .layer,
    ).not.toBe('geo');
  });
});

describe('43. the forty-third held-out batch (broadcasters’ add-ons, players’ logs, restreaming tools)', () => {
  it('TV4 Play’s LOGIN_REQUIRED, an Invidious instance’s "API disabled", Brightcove’s missing resource', () => {
    expect(
      json('https://playback2.a2d.tv/play/11fdbeb7b5dcc5debdac?service=tv4play', 403, {
        errorCode: 'LOGIN_REQUIRED',
        message: 'The asset is not accessible for non-authenticated users',
      }).layer,
    ).toBe('auth');
    expect(
      one(
        ex(
          'https://invidious.example/api/v1/search?q=x',
          401,
          { 'content-type': 'text/plain' },
          'API disabled',
          {
            mimeType: 'text/plain',
          },
        ),
      ).layer,
    ).toBe('app');
    expect(
      one(ex('https://playback.example/videos/123', 404, {}, 'The designated resource was not found.'))
        .vendor,
    ).toBe('brightcove');
  });
});

describe('43. review: the forty-third batch’s rules where other services use the same words', () => {
  it('LOGIN_REQUIRED as a hint beside the real error is not the cause', () => {
    expect(
      json('https://api.example.com/play', 403, {
        fallback: 'LOGIN_REQUIRED',
        errorCode: 'ConcurrentStreamsExceeded',
      }).layer,
    ).not.toBe('auth');
  });

  it('"API disabled" on a limit’s or a server’s status keeps that reading; spaced alike on a 401', () => {
    const plain = (status: number, body: string) =>
      one(
        ex('https://inv.example/api/v1/x', status, { 'content-type': 'text/plain' }, body, {
          mimeType: 'text/plain',
        }),
      ).layer;
    expect(plain(429, 'API disabled')).toBe('rate-limit');
    expect(plain(503, 'API disabled')).toBe('server');
    expect(plain(401, 'API  disabled')).toBe('app');
  });

  it('Kominfo’s notice address bare, with a query or a port', () => {
    for (const location of [
      'http://lamanlabuh.aduankonten.id',
      'http://lamanlabuh.aduankonten.id?site=x',
      'http://lamanlabuh.aduankonten.id:80/',
    ])
      expect(one(ex('http://archive.org/', 302, { location })).layer).toBe('geo');
  });
});

describe('44. the forty-fourth held-out batch (recorded cassettes, committed HARs, non-English threads, sports OTT, devices)', () => {
  const s3Mismatch =
    '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message></Error>';

  it('a presigned S3 link whose recorder cut the signature out is still a signed link (X-Amz-Algorithm)', () => {
    const verdict = one(
      ex(
        'https://bucket.s3.us-west-1.amazonaws.com/blob?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=CLEARED&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&x-id=GetObject',
        403,
        { Server: 'AmazonS3', 'Content-Type': 'application/xml' },
        s3Mismatch,
        { method: 'PUT' },
      ),
    );
    expect(verdict).toMatchObject({ layer: 'app', vendor: 'aws-s3' });
  });

  it('player.pl’s app-version refusal in a failed object’s `info`', () => {
    expect(
      json('https://player.pl/api/?platform=Mobile&m=getItem&id=135170', 200, {
        status: 'failed',
        code: 10777,
        info: 'required upgrade application version',
      }).layer,
    ).toBe('app');
  });

  it('NetStorage’s own "Not found" names Akamai', () => {
    const verdict = one(
      ex(
        'https://secure-media.hotstar.com/web-assets/prod/seo/51/1260063451.html',
        404,
        { server: 'AkamaiNetStorage', 'content-length': '10' },
        'Not found\n',
      ),
    );
    expect(verdict).toMatchObject({ layer: 'not-found', vendor: 'akamai' });
  });

  it('a Digest challenge from gunicorn through Heroku’s router is the app’s', () => {
    const verdict = one(
      ex(
        'https://httpbin.org/digest-auth/auth/user/passwd/MD5',
        401,
        {
          server: 'gunicorn/19.7.1',
          via: '1.1 vegur',
          'www-authenticate': 'Digest realm="me@kennethreitz.com", nonce="e10c", algorithm=MD5, qop="auth"',
          'content-length': '0',
        },
        '',
      ),
    );
    expect(verdict).toMatchObject({ layer: 'auth', vendor: null });
  });

  it('Qiniu’s upload host answering in its own JSON names Qiniu (thirtieth batch’s capture, its region table)', () => {
    const verdict = jsonText(
      'http://upload-z1.qiniup.com/putb64/-1/key/aW1n',
      401,
      '{"error":"token expired 395732 seconds ago"}',
    );
    expect(verdict.vendor).toBe('qiniu');
  });
});

describe('44. review: the forty-fourth batch’s rules where they must not reach', () => {
  it('a request signed in its header (no signed-link field in the address) is still the caller’s key', () => {
    const verdict = one(
      ex(
        'https://bucket.s3.us-west-1.amazonaws.com/blob?x-id=PutObject',
        403,
        { Server: 'AmazonS3', 'Content-Type': 'application/xml' },
        '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message></Error>',
        { method: 'PUT' },
      ),
    );
    expect(verdict.layer).toBe('auth');
  });

  it('`info` of an answer that did not fail is its data', () => {
    expect(
      json('https://player.pl/api/?m=getItem', 200, {
        status: 'ok',
        code: 0,
        info: 'required upgrade application version',
      }).layer,
    ).toBe('none');
  });

  it('Heroku’s own error page keeps Heroku’s name', () => {
    const page =
      '<!DOCTYPE html><html><head><title>Application Error</title></head><body><iframe src="//www.herokucdn.com/error-pages/application-error.html"></iframe></body></html>';
    const verdict = one(
      ex(
        'https://app.herokuapp.com/',
        503,
        { server: 'Cowboy', via: '1.1 vegur', 'content-type': 'text/html' },
        page,
      ),
    );
    expect(verdict.vendor).toBe('heroku');
  });
});

describe('44. review: NetStorage and Qiniu on a 403, the app-version notice, `info` beside a message', () => {
  it('a 403 signed AkamaiNetStorage or on a Qiniu storage host is not a firewall’s', () => {
    for (const [url, headers, body] of [
      ['https://media.example.com/hls/ch1/seg_1.ts', { server: 'AkamaiNetStorage' }, 'Forbidden\n'],
      [
        'https://up-z0.qiniup.com/',
        { 'content-type': 'application/json' },
        '{"error":"key doesn\'t match with scope"}',
      ],
      ['http://iovip-z0.qiniuio.com/hls/seg1.ts', {}, ''],
    ] as const)
      expect(one(ex(url, 403, { ...headers }, body)).layer).not.toBe('waf');
  });

  it('an old-app notice beside a stated cause yields to it', () => {
    expect(
      json('https://api.example.com/play', 403, {
        notice: 'This version of the app is no longer supported after 1 June, please update.',
        message: 'User location is not supported for this content',
      }).layer,
    ).toBe('geo');
    expect(
      json('https://api.example.com/play', 403, {
        message: 'Your subscription is not active. Note: this version of the app is no longer supported.',
      }).layer,
    ).toBe('account');
  });

  it('`info` beside a failed object’s own message is a hint', () => {
    expect(
      json('https://api.example.com/x', 200, {
        code: 500,
        message: 'Internal error',
        info: 'Too many requests from this client may cause this',
      }).layer,
    ).not.toBe('rate-limit');
  });
});

describe('45. the forty-fifth held-out batch (recordings in other languages, VPN rules, Asian services, write-ups, IPTV middleware)', () => {
  it('an API key or password refused in the message’s first words; a token without the right', () => {
    expect(json('https://api.example.com/x', 403, { message: 'Invalid Mashape Key' }).layer).toBe('auth');
    expect(json('https://proxy.example/player_api.php', 403, { detail: 'Invalid API password' }).layer).toBe(
      'auth',
    );
    expect(
      json('https://api.example.com/x', 403, { msg: 'You are not authorized to perform this action' }).layer,
    ).toBe('auth');
  });

  it('debrid services refusing a server’s or a VPN’s address', () => {
    expect(
      json('https://api.alldebrid.com/v4/magnet/upload', 200, {
        status: 'error',
        error: {
          code: 'NO_SERVER',
          message:
            "Servers are not allowed to use this feature. Visit https://alldebrid.com/vpn if you're using a VPN.",
        },
      }).layer,
    ).toBe('geo');
    expect(
      json('https://api.real-debrid.com/rest/1.0/unrestrict/link', 403, {
        error: 'ip_not_allowed_199.188.237.142',
        error_code: 22,
      }).layer,
    ).toBe('geo');
  });

  it('NetEase’s "operations too frequent"', () => {
    expect(json('https://music.example/weapi/x', 405, { msg: '操作频繁，请稍候再试', code: 405 }).layer).toBe(
      'rate-limit',
    );
  });

  it('Cloudflare’s 1009 sentence alone, Vimeo’s rate-limit sentence alone, XUI.one’s debug page', () => {
    expect(
      one(
        ex(
          'https://www.crunchyroll.com/',
          403,
          {},
          'The owner of this website (www.crunchyroll.com) has banned the country or region your IP address is in (CN) from accessing this website.',
        ),
      ),
    ).toMatchObject({ layer: 'geo', vendor: 'cloudflare' });
    expect(
      one(
        ex(
          'https://example.invalid/video',
          403,
          {},
          'You have been blocked. Our servers have detected a high number of errors from your connection.',
        ),
      ).vendor,
    ).toBe('vimeo');
    const xui =
      '<html><head><title>XUI.one - Debug Mode</title></head><body><div id="notfound"><div class="notfound"><div class="notfound-404"><h1>XUI.ONE</h1><h2>BANNED</h2></div><p>Line has been banned.</p></div></div></body></html>';
    expect(
      one(
        ex(
          'http://panel.example:80/player_api.php?username=u&password=p',
          200,
          { 'content-type': 'text/html' },
          xui,
          {
            mimeType: 'text/html',
          },
        ),
      ),
    ).toMatchObject({ layer: 'account', vendor: 'xtream' });
  });
});

describe('45. Alibaba Cloud CDN’s CC page', () => {
  it('names Alibaba and reads the limit it states', () => {
    expect(
      one(
        ex('https://cdn.example/', 403, {}, 'The website is under attack, You have requested too frequently'),
      ),
    ).toMatchObject({ layer: 'rate-limit', vendor: 'alibaba' });
  });
});

describe('45. a recording proxy that could not reach the service', () => {
  it('martian’s 502 with its Warning is the way, not the store', () => {
    const verdict = one(
      ex('https://acct.blob.core.windows.net/c/blob', 502, {
        Warning:
          '199 "martian" "dial tcp 20.60.80.2:443: connect: connection timed out" "Wed, 07 Feb 2024 00:06:35 GMT"',
      }),
    );
    expect(verdict).toMatchObject({ layer: 'network', vendor: null });
  });

  it('another agent’s warning, or martian’s on a success, changes nothing', () => {
    expect(
      one(ex('https://acct.blob.core.windows.net/c/blob', 502, { Warning: '199 cache.example "Stale"' }))
        .layer,
    ).toBe('server');
    expect(
      one(
        ex('https://api.example.com/x', 200, {
          Warning:
            '199 "martian" "dial tcp 1.2.3.4:443: connect: connection refused" "Wed, 07 Feb 2024 00:06:35 GMT"',
        }),
      ).layer,
    ).toBe('none');
  });
});

describe('45. review: the forty-fifth batch’s words where they must not reach', () => {
  it('"invalid API key" inside a help text, "ip_not_allowed" as a field, an allowed server', () => {
    expect(
      json('https://api.example.com/x', 403, {
        message: 'Access denied. If you see "Invalid API key", regenerate it in your settings.',
      }).layer,
    ).not.toBe('auth');
    expect(json('https://api.example.com/x', 200, { ip_not_allowed: false, status: 'ok' }).layer).toBe(
      'none',
    );
  });
});

describe('45. review: where the forty-fifth batch’s words must yield', () => {
  it('Cloudflare’s sentences count on the status their pages have, not quoted on a 200 or a 404', () => {
    const quote =
      '<p>I get: The owner of this website (www.crunchyroll.com) has banned the country or region your IP address is in (CN) from accessing this website.</p><p>Any help?</p>';
    expect(one(ex('https://forum.example/t/1', 200, { 'content-type': 'text/html' }, quote)).layer).toBe(
      'none',
    );
    expect(one(ex('https://forum.example/t/1', 404, { 'content-type': 'text/html' }, quote)).layer).toBe(
      'not-found',
    );
  });

  it('a generic "not authorized" or a refused key yields to the package or the country named beside it', () => {
    expect(
      json('https://api.example.com/play', 403, {
        message: 'You are not authorized to perform this action',
        detail: 'User does not have entitlements for this channel',
      }).layer,
    ).toBe('account');
    expect(
      json('https://api.example.com/play', 403, {
        error: 'You are not authorized to perform this action',
        reason: 'forbidden-location',
      }).layer,
    ).toBe('geo');
    expect(
      json('https://api.example.com/play', 403, {
        message: 'Invalid API key. User location is not supported',
      }).layer,
    ).toBe('geo');
  });

  it('a bare ip_not_allowed is a key’s allow-list, not a network rule; a ban for frequent use is a ban', () => {
    expect(json('https://api.example.com/x', 403, { detail: 'ip_not_allowed' }).layer).not.toBe('geo');
    expect(json('https://api.example.com/x', 403, { detail: 'ip_not_allowed_deadbeefcafe' }).layer).not.toBe(
      'geo',
    );
    expect(
      json('https://api.example.com/x', 403, { code: -403, msg: '账号因操作频繁已被封禁' }).layer,
    ).not.toBe('rate-limit');
  });

  it('`info` still speaks beside an empty message; martian’s modifier warning on a real 502 is not the way', () => {
    expect(
      json('https://player.pl/api/?m=getItem', 200, {
        status: 'failed',
        code: 10777,
        message: '',
        info: 'required upgrade application version',
      }).layer,
    ).toBe('app');
    expect(
      one(
        ex(
          'https://api.example.com/x',
          502,
          {
            server: 'nginx',
            Warning: '199 "martian" "response modifier: header missing" "Wed, 07 Feb 2024 00:06:35 GMT"',
          },
          '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>',
        ),
      ).layer,
    ).toBe('server');
  });
});

describe('46. the forty-sixth held-out batch (apps’ HTTP logs, API gateways, the viewer’s own filters, francophone services, streaming servers)', () => {
  it('a gateway’s whole "Authentication failed", API Gateway’s missing token, a region refusal in Chinese', () => {
    expect(
      one(
        ex(
          'https://api.example.com/favicon.ico',
          403,
          { 'content-type': 'text/plain' },
          'Authentication failed',
        ),
      ).layer,
    ).toBe('auth');
    expect(
      one(
        ex('https://sandbox.sellingpartnerapi-na.amazon.com/fba/inventory/v1/summaries', 403, {
          'x-amzn-errortype': 'MissingAuthenticationTokenException',
        }),
      ),
    ).toMatchObject({ layer: 'auth', vendor: 'aws-api-gateway' });
    expect(
      one(
        ex(
          'https://vod.example/api.php/provide/vod/',
          403,
          {},
          '403 Forbidden 当前区域禁止访问  Request ID: 1786',
        ),
      ).layer,
    ).toBe('geo');
  });

  it('filters on the viewer’s side: Tinyproxy’s, an office proxy’s, Kaspersky’s page, Pi-hole’s answer', () => {
    expect(
      one(
        ex(
          'http://site.example/',
          403,
          { 'content-type': 'text/html' },
          '<head><title>403 Filtered</title></head>',
        ),
      ).layer,
    ).toBe('waf');
    expect(
      one(
        ex(
          'https://registry.npmjs.org/x',
          200,
          { 'content-type': 'text/html' },
          '<html><body><p>Please be advised Internet usage is monitored and logged.</p><p>You are not using an approved web browser as set forth by the policy.</p></body></html>',
          { mimeType: 'text/html' },
        ),
      ).layer,
    ).toBe('waf');
    expect(
      one(
        ex(
          'https://raw.githubusercontent.com/x/y',
          200,
          { 'content-type': 'text/html' },
          '<html><body><h1>Visiting a dangerous website has been prevented</h1><p>You were protected from visiting this website by Kaspersky security.</p></body></html>',
          { mimeType: 'text/html' },
        ),
      ).layer,
    ).toBe('device');
    expect(
      one(
        ex(
          'http://doubleclick.com/',
          200,
          { 'X-Pi-hole': 'A black hole for Internet advertisements.', Server: 'lighttpd/1.4.35' },
          '',
        ),
      ).layer,
    ).toBe('network');
  });

  it('OvenMediaEngine by its SignedPolicy on a 401, its Server and its realm; MediaTailor on its own endpoint', () => {
    expect(
      one(
        ex('https://ome.example:3334/app/stream/llhls.m3u8?policy=eyJ1cmxfZXhwaXJlIjoxfQ&signature=x', 401, {
          Server: 'OvenMediaEngine',
        }),
      ),
    ).toMatchObject({ layer: 'app', vendor: 'ovenmediaengine' });
    expect(
      one(
        ex(
          'http://ome.example:8081/v1/stats/current/vhosts/default',
          401,
          { 'WWW-Authenticate': 'Basic realm=”OvenMediaEngine”', 'content-type': 'application/json' },
          '{"message": "[HTTP] Authorization header is required to call API (401)", "statusCode": 401}',
        ),
      ),
    ).toMatchObject({ layer: 'auth', vendor: 'ovenmediaengine' });
    expect(
      one(
        ex(
          'https://1111.mediatailor.us-west-2.amazonaws.com/v1/master/1234/Demo/index.mpd',
          504,
          {
            'x-amzn-ErrorType': 'GatewayTimeoutException:http://internal.amazon.com/coral/x/',
            'content-type': 'application/json',
          },
          '{"message":"failed to generate manifest: Unable to obtain template playlist."}',
        ),
      ).vendor,
    ).toBe('aws-mediatailor');
  });

  it('a Rails app’s Token challenge through Cloudflare is the app’s', () => {
    expect(
      one(
        ex(
          'https://app.example/grades/651',
          401,
          {
            Server: 'cloudflare-nginx',
            'cf-ray': '2450aaa2d90f39ca-PHX',
            Via: '1.1 vegur',
            'Www-Authenticate': 'Token realm="Application"',
            'content-type': 'text/html; charset=utf-8',
          },
          'HTTP Token: Access denied.',
        ),
      ),
    ).toMatchObject({ layer: 'auth', vendor: null });
  });
});

describe('46. review: the forty-sixth batch’s rules where they must not reach', () => {
  it('a Basic challenge at the edge keeps its CDN; CloudFront’s Policy and Signature are not OvenMediaEngine’s', () => {
    expect(
      one(
        ex('https://site.example/', 401, {
          Server: 'cloudflare',
          'cf-ray': '8f1e2d3c4b5a6978-CDG',
          'WWW-Authenticate': 'Basic realm="x"',
        }),
      ).vendor,
    ).toBe('cloudflare');
    expect(
      one(
        ex('https://d1.cloudfront.net/v.m3u8?Policy=eyJ&Signature=abc&Key-Pair-Id=K1', 403, {
          Server: 'CloudFront',
        }),
      ).vendor,
    ).not.toBe('ovenmediaengine');
  });

  it('a titled article that names a firewall’s words, or quotes a filter’s sentence, on a 200 is no refusal', () => {
    const page = (body: string) =>
      one(
        ex('https://blog.example/post', 200, { 'content-type': 'text/html' }, body, {
          mimeType: 'text/html',
        }),
      ).layer;
    expect(
      page(
        '<html><head><title>Our week</title></head><body><p>We saw malicious activity on the forum.</p></body></html>',
      ),
    ).toBe('none');
    expect(
      page('<html><body><p>My office shows “You are not using an approved web browser”</p></body></html>'),
    ).toBe('none');
  });

  it('"authentication failed" inside a sentence, Pi-hole’s header on a refusal, a quoted Kaspersky line in an article', () => {
    expect(
      json('https://api.example.com/x', 403, { message: 'Geo: authentication failed for region check' })
        .layer,
    ).not.toBe('auth');
    expect(
      one(ex('http://x.example/', 403, { 'X-Pi-hole': 'A black hole for Internet advertisements.' }, ''))
        .layer,
    ).not.toBe('none');
  });
});

describe('46. review: a player’s overlay is not a filter’s notice; narrower readings', () => {
  it('untitled fragments with generic words, and titled pages that name a filter’s sentence, stay as they were', () => {
    const page = (url: string, body: string) =>
      one(ex(url, 200, { 'content-type': 'text/html' }, body, { mimeType: 'text/html' })).layer;
    expect(
      page(
        'https://tv.example/embed/player?ch=12',
        '<div class="vjs-error-display"><p>Playback error (code 4). Contact support with Incident ID 7f3a2.</p></div>',
      ),
    ).toBe('none');
    expect(
      page(
        'https://help.example/kb',
        '<html><head><title data-react-helmet="true">Kaspersky Support</title></head><body><h1>Visiting a dangerous website has been prevented: what to do</h1></body></html>',
      ),
    ).toBe('none');
  });

  it('Pi-hole’s admin pages, Filestack’s signed links, a proxy in front of MediaTailor, a rights code beside an old-app notice', () => {
    expect(
      one(
        ex(
          'http://pi.hole/admin/index.php',
          200,
          { 'X-Pi-hole': 'The Pi-hole Web interface is working!' },
          '<html></html>',
        ),
      ).layer,
    ).toBe('none');
    expect(
      one(ex('https://cdn.filestackcontent.com/AbC?policy=eyJ&signature=4098', 403, {}, 'Policy expired'))
        .vendor,
    ).not.toBe('ovenmediaengine');
    expect(
      one(
        ex('https://1111.mediatailor.us-west-2.amazonaws.com/v1/master/1/Demo/index.m3u8', 403, {
          Server: 'Zscaler/6.2',
        }),
      ).vendor,
    ).not.toBe('aws-mediatailor');
    expect(
      json('https://api.example.com/x', 403, {
        error_code: 'insufficient_rights',
        message: 'This version of the app is no longer supported',
      }).layer,
    ).toBe('auth');
  });

  it('Go’s other round-trip failures in martian’s warning are the way too', () => {
    expect(
      one(
        ex('https://api.example.com/x', 504, {
          Warning: '199 "martian" "net/http: TLS handshake timeout" "Wed, 07 Feb 2024 00:06:35 GMT"',
        }),
      ).layer,
    ).toBe('network');
  });
});

describe('47. the forty-seventh held-out batch (Spanish and African services, music and podcasts, EPG fixtures, CDN docs)', () => {
  it('Atresplayer’s "Using VPN", united.cloud’s resource_not_found, Globo’s one-line refusal', () => {
    expect(
      json('https://api.atresplayer.example/player/live/nova', 403, {
        error: 'vpn',
        error_description: 'Using VPN',
      }).layer,
    ).toBe('geo');
    expect(
      json('https://api-web.ug-be.cdn.united.cloud/v1/public/events/epg', 400, {
        status: 400,
        error: 'resource_not_found',
        errorMessage: 'Resource not found',
      }).layer,
    ).toBe('not-found');
    expect(
      one(
        ex(
          'https://security.video.globo.com/videos/7832875/hash?resource_id=x',
          200,
          { 'content-type': 'text/plain' },
          'Video is for subscribers only. Authorization required.',
          { mimeType: 'text/plain' },
        ),
      ).layer,
    ).toBe('account');
  });

  it('Gcore’s expired video token in the path is its token rule', () => {
    expect(
      one(
        ex(
          'https://demo-protected.gvideo.io/videos/2675_pG8TfmKx2LU2qs/2oY5gKMSVBBX2x-VbzN03g/1755007200/master.m3u8',
          410,
          { 'content-type': 'text/html' },
        ),
      ),
    ).toMatchObject({ layer: 'app', vendor: 'gcore' });
  });
});

describe('47. review: where the forty-seventh batch’s readings must not reach', () => {
  it('a one-line success that only mentions a cause inside a longer text, and a long line, stay none', () => {
    const text = (body: string) =>
      one(
        ex('https://api.example.com/x', 200, { 'content-type': 'text/plain' }, body, {
          mimeType: 'text/plain',
        }),
      ).layer;
    expect(text('OK')).toBe('none');
    expect(text(`${'x'.repeat(210)} for subscribers only`)).toBe('none');
  });
});

describe('47. who answered a missing file, Google’s bot check in a body, a bare "access denied"', () => {
  it('a 404 signed by origin software through a CDN is the origin’s; Bunny Stream’s own missing file is Bunny’s', () => {
    expect(
      one(
        ex('https://backend.deviantart.com/oembed?url=x', 404, {
          server: 'Apache',
          'x-cache': 'Error from cloudfront',
          via: '1.1 7cd2262b9bb2f116de2e74d9d97ab5d1.cloudfront.net (CloudFront)',
          'x-amz-cf-pop': 'WAW50-C1',
          'x-amz-cf-id': '7S-Qry3tlMeaLRy07t4EyMw0ZWv8Zxi_cuJoZ3M1vK9bXl7AiiplwQ==',
        }),
      ),
    ).toMatchObject({ layer: 'not-found', vendor: null });
    expect(
      one(
        ex(
          'https://iframe.mediadelivery.net/2e85/1920x1080/video.drm',
          404,
          {},
          "<html><head><title>404 - File Not Found</title><link href='/fonts.bunny.net/css?family=Rubik' rel='stylesheet'></head></html>",
        ),
      ).vendor,
    ).toBe('bunny');
  });

  it('YouTube’s redirect to Google’s /sorry/ kept as its body only; VK’s "Access denied" on a success', () => {
    const moved =
      '<HTML><HEAD><TITLE>302 Moved</TITLE></HEAD><BODY><H1>302 Moved</H1>The document has moved\n<A HREF="https://www.google.com/sorry/index?continue=https://youtube.com/watch%3Fv%3Dx&amp;q=E">here</A>.</BODY></HTML>';
    expect(one(ex('https://youtube.com/watch?v=x', 302, {}, moved))).toMatchObject({
      layer: 'waf',
      vendor: 'youtube',
    });
    expect(
      json('https://api.vk.com/method/audio.get?owner_id=1', 200, {
        error: { error_code: 201, error_msg: 'Access denied: access to users audio is denied' },
      }).layer,
    ).toBe('app');
  });
});

describe('47. review: those readings where they must not reach', () => {
  it('a CDN’s own 404 (no origin stamp) keeps the CDN; a redirect elsewhere is no bot check; a success without an error object', () => {
    expect(
      one(
        ex('https://d1.cloudfront.net/x', 404, { server: 'CloudFront', 'x-cache': 'Error from cloudfront' }),
      ).vendor,
    ).toBe('cloudfront');
    expect(
      one(
        ex('https://youtube.com/watch?v=x', 302, {
          location: 'https://www.youtube.com/watch?v=x&app=desktop',
        }),
      ).layer,
    ).toBe('none');
    expect(
      json('https://api.example.com/x', 200, { status: 'ok', note: 'Access denied requests are logged' })
        .layer,
    ).toBe('none');
  });
});

describe('47. review: an edge that signs nginx, a denial beside its reason, antivirus pages, OME’s other playlists', () => {
  it('Gcore’s own 410 and 404 (Server: nginx) keep Gcore', () => {
    expect(
      one(
        ex('https://cdn.example.net/hls/channel-7/index.m3u8?md5=abc&expires=1767225600', 410, {
          server: 'nginx',
          'x-id': 'fr5-up-gc38',
        }),
      ).vendor,
    ).toBe('gcore');
    expect(
      one(ex('https://demo-public.gvideo.io/videos/2675_x/master.m3u8', 404, { server: 'nginx' })).vendor,
    ).toBe('gcore');
  });

  it('"Access denied" yields to a block reason; a database’s or a path’s is no refusal of the viewer', () => {
    expect(
      json('https://api.example.com/x', 200, { code: 1, error: 'Access denied', blockReason: 'GEOBLOCK' })
        .layer,
    ).toBe('geo');
    expect(
      json('http://panel.example/player_api.php?username=u&password=p', 200, {
        success: false,
        error: "Access denied for user 'xtream'@'localhost' (using password: YES)",
      }).layer,
    ).not.toBe('app');
  });

  it('antivirus pages on a success, also under an empty title; OME’s abr and ts playlists; MediaTailor’s own 404', () => {
    const page = (body: string) =>
      one(
        ex('https://dl.example/file.zip', 200, { 'content-type': 'text/html' }, body, {
          mimeType: 'text/html',
        }),
      ).layer;
    expect(
      page(
        '<html><head><title></title></head><body><h1>Visiting a dangerous website has been prevented</h1></body></html>',
      ),
    ).toBe('device');
    expect(
      page('<html><body><h1>We blocked this dangerous page for your protection</h1></body></html>'),
    ).toBe('device');
    expect(
      one(ex('https://ome.example:3334/app/stream/abr.m3u8?policy=eyJ&signature=x', 401, {})).vendor,
    ).toBe('ovenmediaengine');
    expect(
      one(
        ex('https://1111.mediatailor.us-west-2.amazonaws.com/v1/master/1/Demo/index.m3u8', 404, {
          'x-amzn-ErrorType': 'NotFoundException',
        }),
      ).vendor,
    ).toBe('aws-mediatailor');
  });

  it('a redirect to another site’s /sorry/ is no bot check', () => {
    expect(
      one(ex('https://youtube.com/watch?v=x', 302, { location: 'https://google.example.com/sorry/thanks' }))
        .layer,
    ).toBe('none');
  });
});

describe('48. the forty-eighth held-out batch (feed readers, link checkers, home automation, downloaders, IPTV middleware, registries)', () => {
  it('Bad Behavior’s reason phrase and support-key link, Cloudflare’s CAPTCHA block quoted alone', () => {
    const bad = one(ex('https://blog.example/', 403, {}, '', { statusText: 'Bad Behavior' }));
    expect([bad.layer, bad.vendor]).toEqual(['waf', 'bad-behavior']);
    expect(
      one(
        ex(
          'https://blog.example/',
          403,
          { 'content-type': 'text/html' },
          '<p>Your technical support key is: <strong>1234-5678</strong></p><p>You can use this key to <a href="http://www.ioerror.us/bb2-support-key?key=1234-5678">fix this problem yourself</a>.</p>',
        ),
      ).vendor,
    ).toBe('bad-behavior');
    const captcha = one(
      ex(
        'https://tracker.example/search',
        403,
        {},
        '<div class="cf-column"><h2 data-translate="why_captcha_headline">Why do I have to complete a CAPTCHA?</h2></div>',
      ),
    );
    expect([captcha.layer, captcha.vendor]).toEqual(['waf', 'cloudflare']);
  });

  it('an API Management quota sentence, bilibili’s area refusal in both languages', () => {
    expect(
      json('https://api.example.com/vehicles', 403, {
        statusCode: 403,
        message: 'Out of call volume quota. Quota will be replenished in 02:26:24.',
      }).layer,
    ).toBe('rate-limit');
    expect(
      json('https://api.example.com/intl/gateway/v2/ogv/playurl', 200, {
        code: 10003003,
        message: '该地区无法访问',
        ttl: 1,
      }).layer,
    ).toBe('geo');
    expect(
      json('https://api.example.com/intl/gateway/v2/ogv/playurl', 200, {
        code: 10003003,
        message: 'The area is inaccessible',
      }).layer,
    ).toBe('geo');
  });

  it('HubSpot’s own missing page through Cloudflare; an origin’s nginx 502 carried by CloudFront', () => {
    expect(
      one(
        ex('https://info.example.com/blog/atom.xml', 404, {
          'x-hs-prerendered-error': 'Tue, 18 Mar 2025 12:40:01 GMT',
          'x-hs-reason': '404 predicted at edge',
          'set-cookie': '__cf_bm=x; path=/',
          nel: '{"report_to":"cf-nel"}',
        }),
      ).vendor,
    ).toBe('hubspot');
    const carried = one(
      ex('https://vo.example.co/assets/master.m3u8', 502, {
        'content-type': 'text/html',
        'content-length': '150',
        server: 'nginx',
        'x-cache': 'Error from cloudfront',
        via: '1.1 abc.cloudfront.net (CloudFront)',
        'x-amz-cf-pop': 'PNQ50-P4',
        'x-amz-cf-id': 'KEx2cYz3',
      }),
    );
    expect([carried.layer, carried.vendor]).toEqual(['server', null]);
  });
});

describe('48. Emby’s own refusal of a permission, and a media server’s parameter on a site’s script page', () => {
  const embyHeaders = {
    'content-type': 'text/plain',
    server: 'UPnP/1.0 DLNADOC/1.50',
    'access-control-allow-headers':
      'Accept, Authorization, X-MediaBrowser-Token, X-Emby-Token, X-Emby-Authorization',
  };
  it('Emby’s whole 403 sentence is the account’s permission; its CORS list names it', () => {
    const refused = one(
      ex(
        'http://nas.local:8096/Users',
        403,
        embyHeaders,
        'User tunarr does not have access to ManageServer feature.',
      ),
    );
    expect([refused.layer, refused.vendor]).toEqual(['account', 'emby']);
    expect(
      one(ex('http://nas.local:8096/Users/Me', 500, embyHeaders, 'Unrecognized Guid format.')).vendor,
    ).toBe('emby');
  });

  it('a key page in .aspx that carries wowzasessionid is the site’s, not Wowza’s', () => {
    expect(
      one(ex('https://site.example/player/embeded.aspx?wowzasessionid=1601358690&id=x', 403, {})).vendor,
    ).toBeNull();
  });
});

describe('48. review: where the forty-eighth batch’s readings must not reach', () => {
  it('Wowza’s own chunk list keeps its session parameter; a longer Emby sentence is not the whole answer', () => {
    expect(
      one(
        ex('https://media.example/live/stream/chunklist_w1601358690.m3u8?wowzasessionid=1601358690', 403, {}),
      ).vendor,
    ).toBe('wowza');
    expect(
      one(
        ex(
          'https://forum.example/t/1',
          403,
          { 'content-type': 'text/plain' },
          'Someone wrote: User tunarr does not have access to ManageServer feature. What does it mean?',
        ),
      ).layer,
    ).not.toBe('account');
  });

  it('CloudFront’s own 502 keeps CloudFront; a sentence that only mentions the quota or the area stays unread', () => {
    expect(
      one(
        ex('https://d1.example.net/video.m3u8', 502, {
          server: 'CloudFront',
          'x-cache': 'Error from cloudfront',
          via: '1.1 abc.cloudfront.net (CloudFront)',
        }),
      ).vendor,
    ).toBe('cloudfront');
    notReadAs(
      json('https://api.example.com/x', 403, {
        message: 'Contact support if you see: out of call volume quota',
      }),
      'rate-limit',
    );
    expect(
      json('https://api.example.com/x', 200, { code: 0, message: 'ok', data: { note: 'x' } }).layer,
    ).toBe('none');
  });

  it('a reason phrase that is not Bad Behavior’s names nobody', () => {
    expect(one(ex('https://blog.example/', 403, {}, '', { statusText: 'Forbidden' })).vendor).toBeNull();
  });
});

describe('49. the forty-ninth held-out batch (cameras, game platforms, AI APIs, maps, shops, chat platforms)', () => {
  it('services’ own words: a reseller’s country list, a gated model, a disabled login, a missing key, a token’s scope', () => {
    const cases: [unknown, number, string][] = [
      [
        {
          message:
            'Access to Anthropic models is not allowed from unsupported countries, regions, or territories. Please refer to https://www.anthropic.com/supported-countries for more information on the countries and regions Anthropic currently supports.',
        },
        400,
        'geo',
      ],
      [{ error: 'Your login is currently disabled' }, 403, 'account'],
      [
        {
          errors: [
            {
              errorId: 1100,
              domain: 'ACCESS',
              message: 'Access denied',
              longMessage: 'Insufficient permissions to fulfill the request.',
            },
          ],
        },
        403,
        'auth',
      ],
      [{ error: 'No user was provided as part of the bearer token.' }, 403, 'auth'],
      [{ code: 26006, msg: 'Email address or password incorrect.', data: null }, 200, 'auth'],
      [{ code: '2001', msg: 'access token is error', data: {} }, 200, 'auth'],
    ];
    for (const [body, status, layer] of cases)
      expect(json('https://api.example.com/x', status, body).layer, JSON.stringify(body)).toBe(layer);
    const page = (status: number, body: string, headers: Record<string, string> = {}) =>
      one(ex('https://www.example.com/p', status, { 'content-type': 'text/plain', ...headers }, body)).layer;
    expect(
      page(
        403,
        'Access to model google/gemma-3-4b-pt is restricted and you are not in the authorized list. Visit https://huggingface.co/google/gemma-3-4b-pt to ask for access.',
      ),
    ).toBe('account');
    expect(
      page(403, 'The Google Maps API server rejected your request. This service requires an API key.'),
    ).toBe('auth');
    expect(page(200, 'too many requests - try again later ')).toBe('rate-limit');
  });

  it('Amazon’s robot check, Shopify’s 430, and a Discord JSON limit that is not Cloudflare’s page', () => {
    expect(
      one(
        ex(
          'https://www.amazon.com/dp/B07',
          200,
          { 'content-type': 'text/html' },
          '<h4>Enter the characters you see below</h4><p class="a-last">Sorry, we just need to make sure you\'re not a robot. For best results, please make sure your browser is accepting cookies.</p><form method="get" action="/errors/validateCaptcha"></form>',
        ),
      ).layer,
    ).toBe('waf');
    expect(one(ex('https://shop.example/admin/api/graphql.json', 430, {})).layer).toBe('waf');
    const discord = json('https://discord.example/api/channels/1/messages', 429, {
      global: false,
      message: 'You are being rate limited.',
      retry_after: 226.591,
    });
    expect([discord.layer, discord.vendor]).toEqual(['rate-limit', null]);
  });

  it('cameras and recorders by their own marks; a squid spelled STABLE; Mashery’s other error shape', () => {
    const named = (exchange: Exchange) => one(exchange).vendor;
    expect(named(ex('http://192.168.1.3/ISAPI', 404, { Server: 'DNVRS-Webs', 'Content-Length': '20' }))).toBe(
      'hikvision',
    );
    expect(
      named(
        ex(
          'http://nvr.local/PSIA/Custom/SelfExt/userCheck',
          401,
          {},
          '<?xml version="1.0" encoding="UTF-8" ?>\n<userCheck>\n<statusValue>401</statusValue>\n<statusString>Unauthorized</statusString>\n</userCheck>\n',
        ),
      ),
    ).toBe('hikvision');
    expect(
      named(
        ex('http://10.0.0.94/cgi-bin/magicBox.cgi?action=getSystemInfo', 401, {
          'WWW-Authenticate': 'Basic realm="Device_CGI"',
        }),
      ),
    ).toBe('dahua');
    const zm = one(
      ex(
        'http://zm.example:8888/zm/api/configs/viewByName/ZM_AUTH_HASH_LOGINS.json',
        401,
        { 'content-type': 'application/json; charset=UTF-8', server: 'nginx' },
        '{"success":false,"data":{"name":"Not Authenticated","message":"Not Authenticated","url":"\\/zm\\/api\\/configs\\/viewByName\\/ZM_AUTH_HASH_LOGINS.json","exception":{"class":"UnauthorizedException","code":401,"message":"Not Authenticated"}}}',
        { mimeType: 'application/json' },
      ),
    );
    expect([zm.layer, zm.vendor]).toEqual(['auth', 'zoneminder']);
    const reolink = one(
      ex(
        'http://192.168.1.101/cgi-bin/api.cgi?cmd=Login&token=null',
        200,
        { 'Content-Type': 'text/html' },
        '[\n{\n"cmd" : "Login",\n"code" : 1,\n"error" : {\n"detail" : "max session",\n"rspCode" : -5\n}\n}\n]',
        { mimeType: 'text/html' },
      ),
    );
    expect([reolink.layer, reolink.vendor]).toEqual(['account', 'reolink']);
    expect(
      named(
        ex('http://tile.openstreetmap.org/15/1/2.png', 403, { Server: 'squid/2.7.STABLE9' }, '', {
          statusText: 'access denied',
        }),
      ),
    ).toBe('squid');
    expect(
      named(
        ex(
          'https://us.api.battle.net/wow/character/x/y',
          403,
          {},
          '{"code":403,"type":"Forbidden","detail":"Account Inactive"}',
        ),
      ),
    ).toBe('mashery');
  });
});

describe('49. review: where the forty-ninth batch’s readings must not reach', () => {
  it('a web server’s login page in front of ZoneMinder’s address is the server’s; Cloudflare’s 1015 page keeps Cloudflare', () => {
    expect(
      one(
        ex(
          'https://cams.example/zm/api/host/getVersion.json',
          401,
          { 'WWW-Authenticate': 'Basic realm="ZM"', server: 'Apache' },
          '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN"><html><head><title>401 Unauthorized</title></head><body><h1>Unauthorized</h1><p>This server could not verify that you are authorized to access the document requested.</p><hr><address>Apache Server at cams.example Port 443</address></body></html>',
        ),
      ).vendor,
    ).toBeNull();
    const page = one(
      ex(
        'https://discord.com/api/v9/x',
        429,
        { server: 'cloudflare' },
        '<html><head><title>Access denied | discord.com used Cloudflare to restrict access</title></head><body><span class="cf-error-code">1015</span> You are being rate limited</body></html>',
      ),
    );
    expect([page.layer, page.vendor]).toEqual(['rate-limit', 'cloudflare']);
  });

  it('an array of results that succeeded, a success whose text only mentions a limit, a titled article quoting the robot check', () => {
    expect(
      one(
        ex(
          'https://api.example.com/list',
          200,
          { 'content-type': 'text/html' },
          '[{"cmd":"Search","code":0,"value":{"n":1}}]',
          {
            mimeType: 'text/html',
          },
        ),
      ).layer,
    ).toBe('none');
    expect(
      one(
        ex(
          'https://api.example.com/x',
          200,
          { 'content-type': 'text/plain' },
          'ok, no more than 10 requests a minute',
        ),
      ).layer,
    ).toBe('none');
    expect(
      one(
        ex(
          'https://blog.example/post',
          200,
          { 'content-type': 'text/html' },
          '<html><head><title>How I scrape prices</title></head><body><p>Amazon answers "Sorry, we just need to make sure you\'re not a robot" when you go too fast.</p></body></html>',
        ),
      ).layer,
    ).toBe('none');
  });
});

describe('48. red-team review: Bad Behavior’s link on a success, both matchers on script pages, Chilli after a route, narrower phrases', () => {
  it('a page that links Bad Behavior’s support-key lookup on a success or a 404 is no block', () => {
    const body =
      '<html><head><title>Bad Behavior log - Admin</title></head><body><p>Blocked because <b>x</b>. More details <a href="http://www.ioerror.us/bb2-support-key?key=0102-0304-abcd">here</a>.</p></body></html>';
    expect(
      one(ex('https://forum.example.org/thread/1', 200, { 'content-type': 'text/html' }, body)).layer,
    ).toBe('none');
    expect(
      one(ex('https://forum.example.org/missing', 404, { 'content-type': 'text/html' }, body)).layer,
    ).toBe('not-found');
  });

  it('the fast and the naive matchers agree on a media server’s parameter on a script page', () => {
    for (const [url, status] of [
      ['https://www.example.com/key.aspx?wowzasessionid=12345', 403],
      ['https://example.com/plex.php?X-Plex-Token=abc', 401],
      ['https://media.example/live/chunklist.m3u8?wowzasessionid=12345', 403],
    ] as const) {
      const exchange = ex(url, status, {});
      expect(identifyVendorNaive(exchange)?.vendor ?? null, url).toBe(
        identifyVendor(exchange)?.vendor ?? null,
      );
    }
  });

  it('a hotspot whose portal address has a route after its query; phrases only where they are the whole message', () => {
    expect(
      one(
        ex('http://connectivitycheck.gstatic.com/generate_204', 302, {
          location:
            'https://portal.example.com/?lang=en#/login&res=notyet&uamip=10.1.0.1&uamport=3990&challenge=abc',
        }),
      ).layer,
    ).toBe('network');
    expect(
      one(
        ex(
          'https://api.example.com/me',
          401,
          { 'content-type': 'text/plain' },
          'User is not logged in and does not have access to this feature.',
        ),
      ).layer,
    ).toBe('auth');
    expect(
      json('https://api.example.com/x', 400, {
        code: 400,
        msg: '参数错误',
        tips: '若该地区无法访问，请切换线路',
      }).layer,
    ).not.toBe('geo');
  });
});

describe('49. red-team review: Amazon’s boilerplate, captcha titles, list endpoints, Reolink’s indentation, long help texts, Cloudflare’s text', () => {
  it('Amazon’s 404 with its "automated access" comment stays a missing page', () => {
    const body =
      '<!--\n To discuss automated access to Amazon data please contact api-services-support@amazon.com.\n-->\n<html><head><title>Page Not Found</title></head><body><img alt="Sorry! We couldn\'t find that page."></body></html>';
    expect(one(ex('https://www.amazon.com/dp/B000', 404, { 'content-type': 'text/html' }, body)).layer).toBe(
      'not-found',
    );
  });

  it('captcha services’ pages and an article quoting the robot check are no block; Amazon’s titled check is', () => {
    const page = (body: string) =>
      one(ex('https://www.example.com/p', 200, { 'content-type': 'text/html' }, body)).layer;
    expect(
      page(
        '<html><head><title>reCAPTCHA demo: Simple page</title></head><body><p>Protects against spam, abuse and malicious activity.</p></body></html>',
      ),
    ).toBe('none');
    expect(
      page(
        '<html><head><title>How to get past Amazon\'s Robot Check</title></head><body><p>It says:</p><blockquote>"Sorry, we just need to make sure you\'re not a robot."</blockquote><p>Then wait a day.</p></body></html>',
      ),
    ).toBe('none');
    expect(
      page(
        '<html><head><title dir="ltr">Robot Check</title></head><body><h4>Enter the characters you see below</h4><p class="a-last">Sorry, we just need to make sure you\'re not a robot. For best results, please make sure your browser is accepting cookies.</p><form method="get" action="/errors/validateCaptcha"></form></body></html>',
      ),
    ).toBe('waf');
  });

  it('a list endpoint’s single item is data; a refusal in JSON is still read after it', () => {
    const list = (body: unknown) =>
      one(
        ex(
          'https://api.example.com/list',
          200,
          { 'content-type': 'application/json' },
          JSON.stringify(body),
          {
            mimeType: 'application/json',
          },
        ),
      ).layer;
    expect(list([{ url: 'https://a.example/x', status_code: 429, message: 'Too Many Requests' }])).toBe(
      'none',
    );
    expect(list([{ id: 'gdrive', error: 'Access token is expired', connected: false }])).toBe('none');
    expect(list([{ urn: 'x', blockReason: 'GEOBLOCK', title: 'Film' }])).toBe('geo');
  });

  it('Reolink’s indented answer keeps its name; an error object whose code says success is no refusal', () => {
    const reolink = one(
      ex(
        'http://192.168.1.101/cgi-bin/api.cgi?cmd=Login',
        200,
        { 'Content-Type': 'text/html' },
        '[\n   {\n      "cmd" : "Login",\n      "code" : 1,\n      "error" : {\n         "detail" : "max session",\n         "rspCode" : -5\n      }\n   }\n]',
        { mimeType: 'text/html' },
      ),
    );
    expect([reolink.layer, reolink.vendor]).toEqual(['account', 'reolink']);
    expect(
      json('https://api.example.com/x', 200, { status: 'ok', error: { code: 0, detail: 'max session' } })
        .layer,
    ).toBe('none');
  });

  it('a long help text’s list of reasons is not the cause; Cloudflare’s pasted text with its period keeps Cloudflare', () => {
    notReadAs(
      json('https://api.example.com/play', 403, {
        code: 'ACCESS_DENIED',
        message: 'Access denied',
        help: 'Possible reasons: your subscription is not active, you are connecting while using a VPN or a proxy, or the stream limit was reached on your account; check each of them in the settings of the app and in your account page before contacting the support team about it',
      }),
      'account',
    );
    expect(
      one(ex('https://site.example/', 429, {}, 'Error 1015. You are being rate limited.\nWhat happened?'))
        .vendor,
    ).toBe('cloudflare');
    expect(
      json('https://api.example.com/x', 429, { error: 'Slow down, you are being rate limited, retry in 10s' })
        .vendor,
    ).toBeNull();
  });
});

describe('50. the fiftieth held-out batch (IPTV panels and players, set-top boxes, francophone, Germanic and sports services)', () => {
  it('a missing login token, a blackout code in a list of errors', () => {
    expect(
      json('https://f1tv.formula1.com/2.0/R/ENG/BIG_SCREEN_HLS/ALL/CONTENT/PLAY?contentId=1', 400, {
        message: 'Missing parameter Ascendon Token or Entitlement Token',
      }).layer,
    ).toBe('auth');
    expect(
      json('https://edge.svcs.mlb.com/media/1/scenarios/browser', 200, { errors: ['blackout'] }).layer,
    ).toBe('geo');
  });

  it('YinzCam’s and Red Bee’s own services by their hosts and answers', () => {
    expect(
      one(
        ex(
          'https://signon-live-nrl.yinzcam.com/subscription/videotoken?embed_code=foo',
          403,
          {},
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<RestErrorResponse>\n  <ErrorCode>SECURITY_EXCEPTION</ErrorCode>\n</RestErrorResponse>\n',
        ),
      ).vendor,
    ).toBe('yinzcam');
    expect(
      one(
        ex(
          'https://exposure.api.redbee.live/v2/customer/RTBF/businessunit/Auvio/entitlement/x/play',
          403,
          {},
        ),
      ).vendor,
    ).toBe('redbee');
  });
});

describe('50. review: where the fiftieth batch’s readings must not reach', () => {
  it('a token named in a longer sentence, "blackout" inside a title, an errors list of objects without a cause', () => {
    notReadAs(
      json('https://api.example.com/x', 400, {
        message: 'Please send the missing token information with your form',
      }),
      'auth',
    );
    expect(json('https://api.example.com/x', 200, { title: 'Blackout: the movie', errors: [] }).layer).toBe(
      'none',
    );
  });
});

describe('51. the fifty-first held-out batch (MENA, South Asia, Russian-speaking and East Asian services, object stores, small CDNs)', () => {
  it('a short page that is only a geo notice on a success; ivi’s platform refusal; JioTV’s expired token', () => {
    const page = (url: string, body: string) =>
      one(ex(url, 200, { 'content-type': 'text/html' }, body, { mimeType: 'text/html' })).layer;
    expect(
      page('https://www.mxplayer.in/show/x', 'Oops!!!\nWe are currently not available in your region.'),
    ).toBe('geo');
    expect(
      page(
        'https://rutube.ru/video/1/',
        'Увы! Правообладатель ограничил доступ к данному видео в вашем регионе',
      ),
    ).toBe('geo');
    expect(
      one(
        ex(
          'https://api.ivi.ru/light/',
          200,
          { 'content-type': 'text/plain' },
          'Контент 137070 недоступен для просмотра на площадке s183',
          {
            mimeType: 'text/plain',
          },
        ),
      ).layer,
    ).toBe('app');
    expect(json('https://jiotv.example/api', 419, { code: 419, message: 'Token is expired' }).layer).toBe(
      'auth',
    );
  });

  it('stores by their own marks: Aliyun Drive’s data host, Azure’s reason and detail, SlowDown, Tigris, Firebase, Scaleway, OCI', () => {
    const aliyun = one(
      ex(
        'https://bj29.example/file',
        403,
        { 'content-type': 'application/xml' },
        '<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n  <Code>AccessDenied</Code>\n  <Message>Request has expired.</Message>\n  <RequestId>61EC2787DD6CDE3330F6A7BF</RequestId>\n  <HostId>bj29.cn-beijing.data.alicloudccp.com</HostId>\n  <Expires>2022-01-22T15:49:20.000Z</Expires>\n  <ServerTime>2022-01-22T15:49:27.000Z</ServerTime>\n</Error>',
      ),
    );
    expect([aliyun.layer, aliyun.vendor]).toEqual(['app', 'aliyun-oss']);
    expect(
      one(
        ex(
          'https://acct.example/c/b',
          403,
          { 'content-type': 'application/xml' },
          'Time:2024-04-18T12:36:13.5825223Z</Message><AuthenticationErrorDetail>Signed expiry time [Thu, 18 Apr 2024 12:24:00 GMT] must be after signed start time</AuthenticationErrorDetail></Error>',
          {
            statusText:
              'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.',
          },
        ),
      ).vendor,
    ).toBe('azure-blob');
    const slow = one(
      ex(
        'https://bucket.sfo2.digitaloceanspaces.com/?prefix=x',
        503,
        { 'content-type': 'application/xml' },
        '<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n<Code>SlowDown</Code>\n<Message>Reduce your request rate.</Message>\n</Error>',
        { statusText: 'Slow Down' },
      ),
    );
    expect([slow.layer, slow.vendor]).toEqual(['rate-limit', 'digitalocean-spaces']);
    expect(
      one(
        ex(
          'https://fly.storage.example/b/k.m4s',
          403,
          { Server: 'Tigris OS', 'Content-Type': 'application/xml' },
          '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied.</Message></Error>',
        ),
      ).vendor,
    ).toBe('tigris');
    expect(
      json('https://firebasestorage.googleapis.com/v0/b/x.appspot.com/o/seg.ts?alt=media', 403, {
        error: { code: 403, message: 'Permission denied.' },
      }).vendor,
    ).toBe('firebase-storage');
    expect(one(ex('https://bucket-1.s3.nl-ams.scw.cloud/', 403, { 'X-Amz-Request-Id': 'txg1' })).vendor).toBe(
      'scaleway-object-storage',
    );
    expect(
      one(
        ex(
          'https://objectstorage.example/n/ns/b/bk/o',
          401,
          { 'opc-request-id': '651A4773BFD745919585A7FC2E4CBC00', 'content-type': 'application/json' },
          '{"code": "NotAuthenticated", "message": "The required information to complete authentication was not provided.", "status": 401}',
        ),
      ).vendor,
    ).toBe('oracle-cloud');
  });

  it('Baidu Yunjiasu’s CAPTCHA page by its stylesheet', () => {
    const page = one(
      ex(
        'https://site.example/',
        403,
        { 'content-type': 'text/html' },
        '<!DOCTYPE html><html><head><title>安全检查! | 百度云加速</title><link rel="stylesheet" href="/cdn-cgi/styles/baidu.errors.css" /></head><body></body></html>',
      ),
    );
    expect([page.layer, page.vendor]).toEqual(['waf', 'yunjiasu']);
  });
});

describe('51. review: where the fifty-first batch’s readings must not reach', () => {
  it('a longer page that mentions a region, an S3-compatible "Access Denied." without its store’s marks', () => {
    expect(
      one(
        ex(
          'https://blog.example/post',
          200,
          { 'content-type': 'text/html' },
          `<html><head><title>Travel tips</title></head><body><p>${'Streaming abroad is tricky. '.repeat(12)}Some apps say the show is not available in your region when you travel; a VPN at home fixes it.</p></body></html>`,
        ),
      ).layer,
    ).toBe('none');
    expect(
      one(
        ex(
          'https://media.example/k.png',
          403,
          { 'content-type': 'application/xml' },
          '<Error><Code>AccessDenied</Code><Message>Access Denied.</Message><Resource>/k.png</Resource></Error>',
        ),
      ).vendor,
    ).not.toBe('minio');
  });
});

describe('50. red-team review: "blackout" as data, other tokens, long messages, Spring’s error root, partial failures, titles, 1015', () => {
  it('"blackout" is a code only as a bare item of an errors list; a missing CSRF or captcha token is no login', () => {
    for (const [status, body] of [
      [403, { message: 'You need a subscription to watch this match', match: { a: 'MATES', b: 'BLACKOUT' } }],
      [400, { error: 'Slot not available', state: 'blackout', reason: 'Dia no operativo' }],
      [200, { code: 'blackout', message: 'Scene activated' }],
    ] as const)
      expect(json('https://api.example.com/x', status, body).layer, JSON.stringify(body)).not.toBe('geo');
    for (const message of ['Missing CSRF token', 'Missing reCAPTCHA token', 'Missing next page token'])
      notReadAs(json('https://api.example.com/x', 400, { error: message }), 'auth', message);
    expect(
      json('https://api.example.com/x', 200, {
        data: { channels: [{ id: 1 }] },
        errors: ['Authentication failed'],
      }).layer,
    ).toBe('none');
  });

  it('a long message whose lead is a few words is read by the sentence after it; a model id with dots', () => {
    expect(
      json('https://api.example.com/play', 403, {
        code: 'ERR_403',
        message: `Error 403. User is not entitled to view this content because the account has no active package. ${'Please check your plan in the account settings before trying again. '.repeat(3)}`,
      }).layer,
    ).toBe('account');
    expect(
      json('https://bedrock.example/model/x/invoke', 400, {
        message:
          'Access to Anthropic models is not allowed from unsupported countries, regions, or territories. Please refer to https://www.anthropic.com/supported-countries for more information on the countries and regions Anthropic currently supports.',
      }).layer,
    ).toBe('geo');
  });

  it('a Spring app’s RestErrorResponse names nobody', () => {
    expect(
      one(
        ex(
          'https://shop.example.org/api/me',
          401,
          { 'content-type': 'application/xml' },
          '<RestErrorResponse><status>401</status><error>Unauthorized</error><message>Invalid email or password</message></RestErrorResponse>',
        ),
      ).vendor,
    ).toBeNull();
  });

  it('Cloudflare’s 1015 sentence on its own indented line or after its number keeps Cloudflare', () => {
    expect(
      one(
        ex(
          'https://x.tv/',
          429,
          { 'content-type': 'text/html' },
          '<h2>\n    You are being rate limited\n</h2><p>The owner of this website (x.tv) has banned you temporarily.</p>',
        ),
      ).vendor,
    ).toBe('cloudflare');
    expect(one(ex('https://x.tv/', 429, {}, 'Error 1015 You are being rate limited')).vendor).toBe(
      'cloudflare',
    );
  });
});

describe('51. red-team review: geo notices only as the whole page, empty placeholders, a bare missing token, a gateway’s header, 1015’s number', () => {
  it('an app shell, a script’s strings, a hidden element, a badge or a tip that mention a region are no geo refusal', () => {
    const page = (body: string) =>
      one(ex('https://tv.example/', 200, { 'content-type': 'text/html' }, body, { mimeType: 'text/html' }))
        .layer;
    for (const body of [
      '<!doctype html><html><head><title>ExampleTV</title></head><body><div id="root"></div><a href="/help/why-is-content-geo-restricted">Help</a><script src="/main.js"></script></body></html>',
      '<script>window.__I18N__={"errors":{"geo":"Sorry, this video is not available in your location."}}</script><div id="root"></div>',
      '<div style="display:none">We are currently not available in your region.</div><div id="app"></div>',
      '<div class="card"><span>Sky Sports 1</span><span class="badge">Not available in your location</span></div>',
      '<div class="tip"><b>Tip:</b> If playback stutters, turn off your VPN/proxy and reload.</div>',
    ])
      expect(page(body), body).toBe('none');
  });

  it('a failed answer with an empty data placeholder is still read; a bare "Missing token" is the login’s', () => {
    expect(
      json('https://api.example.com/x', 200, {
        success: false,
        data: [],
        errors: ['This content is not available in your location'],
      }).layer,
    ).toBe('geo');
    expect(json('https://api.example.com/x', 200, { data: {}, errors: ['blackout'] }).layer).toBe('geo');
    expect(json('https://api.example.com/x', 403, { message: 'Missing token' }).layer).toBe('auth');
  });

  it('Oracle’s gateway header on a backend’s own refusal names nobody; a plain 429 line is not Cloudflare’s', () => {
    expect(
      json('https://api.example.com/login', 401, { message: 'Invalid username or password' }).vendor,
    ).toBeNull();
    expect(
      one(
        ex(
          'https://gw.example/api',
          401,
          { 'opc-request-id': 'ABC123', 'content-type': 'application/json' },
          '{"message":"Invalid username or password"}',
        ),
      ).vendor,
    ).toBeNull();
    expect(
      one(ex('https://api.example/x', 429, { server: 'nginx' }, 'HTTP 429 You are being rate limited'))
        .vendor,
    ).toBeNull();
  });
});

describe('52. the fifty-second held-out batch (recorded cassettes, committed HAR files, SDK test data, IPTV fixtures)', () => {
  it('YouTube’s player verdict deep in a watch page and in a watch answer; listings and upload services’ own words', () => {
    const filler = `<script>var ytcfg=${'{"k":"v"},'.repeat(9000)}1;</script>`;
    const rental = one(
      ex(
        'https://www.youtube.com/watch?v=SyKPsFRP_Oc',
        200,
        { 'content-type': 'text/html' },
        `<!DOCTYPE html><html><head>${filler}</head><body><script>var ytInitialPlayerResponse={"playabilityStatus":{"status":"UNPLAYABLE","reason":"This video requires payment to watch."}};</script></body></html>`,
        { mimeType: 'text/html' },
      ),
    );
    expect([rental.layer, rental.vendor]).toEqual(['account', 'youtube']);
    const gone = json('https://www.youtube.com/watch?v=99999999999&pbj=1', 200, [
      { page: 'watch' },
      {
        playerResponse: {
          playabilityStatus: {
            status: 'ERROR',
            reason: 'Video unavailable',
            errorScreen: {
              playerErrorMessageRenderer: { reason: { simpleText: 'Video unavailable' }, thumbnail: {} },
            },
          },
        },
      },
    ]);
    expect([gone.layer, gone.vendor]).toEqual(['not-found', 'youtube']);
    expect(
      json('https://json.schedulesdirect.org/20141201/lineups', 403, {
        code: 4006,
        response: 'TOKEN_EXPIRED',
      }).layer,
    ).toBe('auth');
    expect(
      json('https://json.schedulesdirect.org/20141201/token', 200, {
        code: 4010,
        message: 'Exceeded maximum number of unique IP addresses in 24 hours.',
      }).layer,
    ).toBe('account');
    const upload = one(
      ex(
        'https://upload.uploadcare.com/from_url/',
        403,
        { Server: 'nginx', 'Content-Type': 'text/plain; charset=utf-8' },
        'pub_key is required.',
      ),
    );
    expect([upload.layer, upload.vendor]).toEqual(['auth', 'uploadcare']);
    expect(
      one(
        ex(
          'https://x.ucarecdn.com/u/-/crop/',
          400,
          { Server: 'Uploadcare', 'Content-Type': 'text/html' },
          '<title>400: Bad Request</title>',
        ),
      ).vendor,
    ).toBe('uploadcare');
  });

  it('a login endpoint’s failed answer, a recorder’s status line as a header, an app’s own limit through Google’s front end', () => {
    expect(
      json('https://services.bigpond.com/rest/v1/AuthenticationService/authenticate', 200, {
        responseCode: 1,
        responseMessage: 'Failure',
      }).layer,
    ).toBe('auth');
    expect(
      one(
        ex('http://int-promos.nytimes.com/hp-watching/serves', 503, {
          'HTTP/1.1 503 Service Unavailable': 'Back-end server is at capacity',
          'Content-Length': '0',
        }),
      ).vendor,
    ).toBe('aws-elb');
    expect(
      one(
        ex(
          'https://webapp.example/token/json/2/user/new',
          429,
          {
            server: 'Google Frontend',
            via: '1.1 google',
            'x-ratelimit-limit': '5',
            'x-ratelimit-remaining': '0',
          },
          'Too many requests\n',
        ),
      ).vendor,
    ).toBeNull();
  });
});

describe('52. review: where the fifty-second batch’s readings must not reach', () => {
  it('a playable watch page, a login endpoint that succeeded, Cloudflare’s own rate limit, a 404 Cloudflare answered itself', () => {
    const filler = `<script>var ytcfg=${'{"k":"v"},'.repeat(9000)}1;</script>`;
    expect(
      one(
        ex(
          'https://www.youtube.com/watch?v=ok',
          200,
          { 'content-type': 'text/html' },
          `<html><head>${filler}</head><body><script>var r={"playabilityStatus":{"status":"OK","playableInEmbed":true}};</script></body></html>`,
          { mimeType: 'text/html' },
        ),
      ).layer,
    ).toBe('none');
    expect(
      json('https://api.example.com/auth/login', 200, {
        responseCode: 0,
        responseMessage: 'Success',
        token: 'x',
      }).layer,
    ).toBe('none');
    expect(
      one(
        ex(
          'https://x.tv/',
          429,
          { server: 'cloudflare', 'content-type': 'text/html' },
          '<title>Access denied | x.tv used Cloudflare to restrict access</title><span>1015</span> You are being rate limited',
        ),
      ).vendor,
    ).toBe('cloudflare');
  });
});

describe('52. red-team review: a login’s failure with a cause, YouTube’s other unavailable screens, other pages’ player data, a stream’s expired token', () => {
  it('a login endpoint’s "failed" beside an error, a code or a reason is not read as a refused login', () => {
    for (const body of [
      { status: 'fail', code: 429 },
      { status: 'failed', error: 'Database connection error' },
      { status: 'fail', error: 'geo_blocked' },
      { status: 'failed', error: 'max_connections' },
    ])
      expect(json('https://api.example-tv.com/api/v2/login', 200, body).layer, JSON.stringify(body)).not.toBe(
        'auth',
      );
  });

  it('YouTube’s session limit and captcha wall are not "unavailable"; a portal’s trailer data and a later verdict are not the page’s', () => {
    const limited = json('https://www.youtube.com/youtubei/v1/player', 200, {
      playabilityStatus: {
        status: 'ERROR',
        reason: 'Video unavailable',
        errorScreen: {
          playerErrorMessageRenderer: {
            subreason: { runs: [{ text: 'This content isn’t available, try again later.' }] },
          },
        },
      },
    });
    expect(limited.layer).not.toBe('not-found');
    const filler = `<script>var cfg=${'{"k":"v"},'.repeat(9000)}1;</script>`;
    const verdict =
      '{"playabilityStatus":{"status":"ERROR","reason":"Video unavailable","errorScreen":{"playerErrorMessageRenderer":{"reason":{"simpleText":"Video unavailable"},"thumbnail":{}}}}}';
    expect(
      one(
        ex(
          'https://portal.example-iptv.tv/vod/movie/55',
          200,
          { 'content-type': 'text/html' },
          `<html><head>${filler}</head><body><script>var trailer=${verdict};</script></body></html>`,
          { mimeType: 'text/html' },
        ),
      ).layer,
    ).toBe('none');
    expect(
      one(
        ex(
          'https://www.youtube.com/watch?v=ok',
          200,
          { 'content-type': 'text/html' },
          `<html><head>${filler}</head><body><script>var r={"playabilityStatus":{"status":"OK","playableInEmbed":true}}; var other=${verdict};</script></body></html>`,
          { mimeType: 'text/html' },
        ),
      ).layer,
    ).toBe('none');
  });

  it('an expired token on a stream link that carries its own is the link’s rule; a channel "not found" on a refusal is not a missing file', () => {
    expect(
      json('https://cdn.example.com/live/ch1/index.m3u8?token=abc', 403, { error: 'token_expired' }).layer,
    ).toBe('app');
    expect(
      json('https://json.example.org/20141201/lineups', 403, { code: 4006, response: 'TOKEN_EXPIRED' }).layer,
    ).toBe('auth');
    expect(
      json('https://panel.example/live/u/p/123.ts', 403, { message: 'Channel not found' }).layer,
    ).not.toBe('not-found');
  });
});

describe('credential words read as a grammar, not one service’s sentence (kind 6’s lesson for logins and keys)', () => {
  it('a refused or missing credential in words no table lists is the caller’s credentials (auth)', () => {
    // Keycloak's words for a client secret (https://github.com/code-specialist/fastapi-keycloak/issues/65), alone.
    expect(
      json('https://sso.example.org/token', 403, { error_description: 'Invalid client secret' }).layer,
    ).toBe('auth');
    // MediaCMS's login refusal (https://github.com/mediacms-io/mediacms/issues/979).
    expect(
      json('https://media.example.org/api/v1/login', 403, { detail: 'Invalid username/password.' }).layer,
    ).toBe('auth');
    // The same families in another order and another field: what the grammar is for.
    expect(json('https://api.example.org/v2/items', 403, { message: 'The API key is missing.' }).layer).toBe(
      'auth',
    );
    expect(json('https://api.example.org/v2/items', 400, { msg: 'Password is incorrect' }).layer).toBe(
      'auth',
    );
    expect(
      json('https://api.example.org/v2/items', 403, { error: 'Unable to verify your credentials' }).layer,
    ).toBe('auth');
    expect(
      one(ex('https://tv.example.org/account', 403, { 'content-type': 'text/plain' }, 'Not signed in')).layer,
    ).toBe('auth');
  });

  it('what says more keeps its word: a stream’s token, an account, a rate limit, a help page, a server error, a 404', () => {
    // A stream's refused token is the provider's link rule (the token readings), not the viewer's login.
    expect(
      json('https://kinesis.example.com/hls/getHLSMasterPlaylist.m3u8?SessionToken=x', 403, {
        message: 'Streaming session token is expired',
      }).layer,
    ).not.toBe('auth');
    expect(
      json('https://social.example/api/v1/accounts', 403, { error: 'Your login is currently disabled' })
        .layer,
    ).toBe('account');
    expect(
      json('https://api.example.org/v2/items', 403, { message: 'Too many requests for this API key' }).layer,
    ).toBe('rate-limit');
    // A site's long page that explains its login form is help text, not the refusal.
    const help = `<html><body><h1>Forbidden</h1><p>${'This portal lists the channels of your package and the guide. '.repeat(12)}</p><p>If your password is incorrect, reset it.</p></body></html>`;
    expect(one(ex('https://tv.example.org/page', 403, { 'content-type': 'text/html' }, help)).layer).not.toBe(
      'auth',
    );
    // A server error or a missing object stays what its status says.
    expect(json('https://api.example.org/v2/items', 500, { message: 'Authentication failed' }).layer).toBe(
      'server',
    );
    expect(json('https://api.example.org/v2/items/9', 404, { message: 'username is required' }).layer).toBe(
      'not-found',
    );
    // Words about a password that refuse nothing: a form's rule, a reset link.
    notReadAs(
      json('https://api.example.org/v2/users', 400, { message: 'The password must contain 8 characters' }),
      'auth',
    );
  });
});

describe('a CAPTCHA widget in a refusal’s page is a bot check, whoever runs it (kind 6)', () => {
  const page = (status: number, head: string, body = '') =>
    one(
      ex(
        'https://shop.example.org/item/1',
        status,
        { 'content-type': 'text/html' },
        `<!DOCTYPE html><html><head><title>Attention</title>${head}</head><body>${body}</body></html>`,
        { mimeType: 'text/html' },
      ),
    );
  // The scripts as the vendors' own pages tell sites to load them (CAPTCHA_WIDGETS).
  const recaptcha = '<script src="https://www.google.com/recaptcha/api.js" async defer></script>';
  const hcaptcha = '<script src="https://js.hcaptcha.com/1/api.js" async defer></script>';
  const turnstile =
    '<script src="https://challenges.cloudflare.com/turnstile/v0/api.js" async defer></script>';

  it('reCAPTCHA, hCaptcha and Turnstile on a 403: waf, no vendor named, the script quoted as evidence', () => {
    for (const [head, div] of [
      [recaptcha, '<div class="g-recaptcha" data-sitekey="k"></div>'],
      [hcaptcha, '<div class="h-captcha" data-sitekey="k"></div>'],
      [turnstile, '<div class="cf-turnstile" data-sitekey="k"></div>'],
    ] as const) {
      const verdict = page(403, head, `<form method="POST">${div}<input type="submit"></form>`);
      expect(verdict.layer).toBe('waf');
      expect(verdict.vendor).toBeNull();
      expect(verdict.evidence.join(' ')).toContain('embeds a CAPTCHA');
    }
    // 403 only: another 4xx with a widget is a site's own form re-rendered (red-team review).
    notReadAs(page(406, recaptcha, '<div class="g-recaptcha"></div>'), 'waf');
  });

  it('not a login form, a missing page, a rate limit, a success or an API that names the script', () => {
    const login = `<form method="POST"><input name="user"><input type="password" name="pass"><div class="g-recaptcha"></div></form>`;
    notReadAs(page(403, recaptcha, login), 'waf');
    expect(page(404, recaptcha, '<h1>Page not found</h1><form action="/search"></form>').layer).toBe(
      'not-found',
    );
    expect(page(429, recaptcha).layer).toBe('rate-limit');
    expect(page(200, recaptcha).layer).toBe('none');
    expect(
      json('https://api.example.org/v1/config', 403, { captcha: 'https://www.google.com/recaptcha/api.js' })
        .layer,
    ).not.toBe('waf');
  });
});

describe('53. the fifty-third held-out batch (IPTV tools, live TV, social APIs, forges, news and archives, travel and finance)', () => {
  it('services’ own words: a token’s scope, an app’s permission, failed tries, a suspended user, a plan’s limit, a checkpoint', () => {
    const cases: [unknown, number, string][] = [
      [
        {
          message: 'token does not have at least one of required scope(s): [read:issue]',
          url: 'https://code.example.org/api/swagger',
        },
        403,
        'auth',
      ],
      [{ message: 'Resource not accessible by integration' }, 403, 'auth'],
      [{ errors: [{ code: 215, message: 'Bad Authentication data.' }] }, 400, 'auth'],
      [{ code: 107, error: 'Too many attempts' }, 403, 'rate-limit'],
      [
        { detail: 'The user used for authentication is suspended', title: 'Forbidden', status: 403 },
        403,
        'account',
      ],
      [
        {
          status: 'error',
          code: 'maximumResultsReached',
          message:
            'You have requested too many results. Developer accounts are limited to a max of 100 results.',
        },
        426,
        'account',
      ],
      [
        { message: 'challenge_required', status: 'fail', error_type: 'checkpoint_challenge_required' },
        400,
        'account',
      ],
    ];
    for (const [body, status, layer] of cases)
      expect(json('https://api.example.org/v1/x', status, body).layer, JSON.stringify(body)).toBe(layer);
  });

  it('who answered: Forgejo’s API object and Codeberg’s server name, Jenkins’ crumb filter, Mediastream’s host', () => {
    expect(
      json('https://code.example.org/api/v1/repos/a/b/issues', 403, {
        message: 'token does not have at least one of required scope(s): [read:issue]',
        url: 'https://code.example.org/api/swagger',
      }),
    ).toMatchObject({ layer: 'auth', vendor: 'forgejo' });
    expect(
      one(
        ex('https://codeberg.org/v2/a/b/tags/list', 401, {
          'www-authenticate': 'Bearer realm="https://codeberg.org/v2/token",service="container_registry"',
          'x-server-name': 's_forgejo_secondary_aburayama',
        }),
      ),
    ).toMatchObject({ layer: 'auth', vendor: 'forgejo' });
    const crumb =
      '<html><head><title>Error 403 No valid crumb was included in the request</title></head><body><h2>HTTP ERROR 403</h2><pre>    No valid crumb was included in the request</pre><i><small>Powered by Jetty://</small></i></body></html>';
    expect(
      one(
        ex('https://ci.example.org/job/a/build', 403, { 'content-type': 'text/html' }, crumb, {
          mimeType: 'text/html',
        }),
      ).vendor,
    ).toBe('jenkins');
    expect(
      one(
        ex(
          'https://mdstrm.com/live-stream-playlist/574463697b9817cf0886fc17.m3u8',
          403,
          {},
          'You are not authorized to use the live signal of Caracol Television.',
        ),
      ).vendor,
    ).toBe('mediastream');
  });

  it('a bot manager’s 401 is its block, Cloudflare’s older check as a 503, an OAuth challenge on a 400', () => {
    expect(
      one(
        ex('https://www.reuters.com/world/', 401, {
          Server: 'CloudFront',
          'x-datadome': 'protected',
          'x-datadome-cid': 'AHrlqAAAAAMA',
          'x-dd-b': '3',
        }),
      ),
    ).toMatchObject({ layer: 'waf', vendor: 'datadome' });
    const check = `<!DOCTYPE html><html><head><title>Checking your Browser - GitLab</title></head><body><div class="cf-error-details"></div><h1><span data-translate="checking_browser">Checking your browser before accessing</span> gitlab.com.</h1><form class="challenge-form" id="challenge-form" action="/users/sign_in?__cf_chl_jschl_tk__=x" method="POST"></form></body></html>`;
    expect(
      one(
        ex('https://gitlab.com/api/v4/projects', 503, { 'content-type': 'text/html' }, check, {
          mimeType: 'text/html',
        }),
      ),
    ).toMatchObject({ layer: 'waf', vendor: 'cloudflare' });
    expect(
      one(
        ex(
          'https://graph.example.com/oauth/access_token',
          400,
          {
            'content-type': 'application/json',
            'WWW-Authenticate':
              'OAuth "Facebook Platform" "invalid_code" "Error validating verification code."',
          },
          '{"error":{"message":"Error validating verification code.","type":"OAuthException","code":100}}',
          { mimeType: 'application/json' },
        ),
      ).layer,
    ).toBe('auth');
  });
});

describe('53. the fifty-third batch: a bank’s OFX sign-on and Pocket’s error header', () => {
  const ofx = (code: string, message: string) =>
    `<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>${code}<SEVERITY>ERROR\n<MESSAGE>${message}</STATUS><DTSERVER>20151203063424.779[-5:EST]<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1></OFX>`;
  const answer = (body: string) =>
    one(ex('https://ofx.bank.example/ofx', 200, { 'content-type': 'application/x-ofx' }, body)).layer;

  it('a refused sign-on on a success: the specification’s code where it has one, else the message, else credentials', () => {
    expect(answer(ofx('15510', 'Please verify your identity within the next 7 days.'))).toBe('account');
    expect(answer(ofx('15500', 'Invalid user.'))).toBe('auth');
    expect(answer(ofx('15501', 'Try later.'))).toBe('account');
    // OFX 2 closes its elements.
    expect(
      answer(
        '<?xml version="1.0"?><OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>15500</CODE><SEVERITY>ERROR</SEVERITY></STATUS></SONRS></SIGNONMSGSRSV1></OFX>',
      ),
    ).toBe('auth');
    expect(answer(ofx('15999', 'Something we do not list.'))).toBe('auth');
  });

  it('a successful sign-on is nothing refused; a statement’s own error below it is not the sign-on', () => {
    expect(
      answer(
        '<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS></SONRS></SIGNONMSGSRSV1><CREDITCARDMSGSRSV1><CCSTMTTRNRS><STATUS><CODE>2000<SEVERITY>ERROR</STATUS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>',
      ),
    ).toBe('none');
  });

  it('Pocket’s X-Error header states the cause its API gives every error', () => {
    expect(
      one(ex('https://getpocket.com/v3/get', 400, { 'X-Error': 'Missing API Key', 'X-Error-Code': '132' }))
        .layer,
    ).toBe('auth');
    expect(one(ex('https://getpocket.com/v3/get', 403, { 'X-Error-Code': '158' })).layer).not.toBe('auth');
  });
});

describe('53. red-team review: where the fifty-third batch’s readings must not reach', () => {
  const html = (url: string, status: number, body: string, headers: Record<string, string> = {}) =>
    one(ex(url, status, { 'content-type': 'text/html', ...headers }, body, { mimeType: 'text/html' }));
  const recaptcha = '<script src="https://www.google.com/recaptcha/api.js" async defer></script>';

  it('a site’s own form or page with a CAPTCHA: a re-rendered form (422, 400), a contact form on a 403, reCAPTCHA v3 on every page', () => {
    const contact = `<html><head>${recaptcha}</head><body><form method="post"><input type="email" name="email"><textarea name="m"></textarea><div class="g-recaptcha" data-sitekey="k"></div></form></body></html>`;
    expect(html('https://shop.example.org/contact', 422, contact).layer).not.toBe('waf');
    expect(html('https://shop.example.org/contact', 403, contact).layer).not.toBe('waf');
    const v3 = `<html><head><script src="https://www.google.com/recaptcha/api.js?render=6LcXXXX"></script></head><body><h1>Forbidden</h1></body></html>`;
    expect(html('https://blog.example.org/wp-admin/', 403, v3).layer).not.toBe('waf');
  });

  it('a GraphQL field that needs a login beside the data that came back is no refusal; an answer of nulls still is', () => {
    const partial = {
      data: { video: { id: '1', title: 'x' }, viewerLiked: null },
      errors: [{ message: 'You must be logged in to see this field', path: ['viewerLiked'] }],
    };
    expect(json('https://api.example.org/graphql', 200, partial).layer).toBe('none');
    expect(
      json('https://api.example.org/graphql', 200, {
        data: { viewer: null },
        errors: [{ message: 'Not authenticated', path: ['viewer'] }],
      }).layer,
    ).toBe('auth');
  });

  it('Cloudflare’s check parameter kept in an address is not its check; Jenkins’ sentence quoted on another page is not Jenkins', () => {
    const kept =
      '<html><head><link rel="canonical" href="https://site.example/login?__cf_chl_jschl_tk__=abc"></head><body>Welcome</body></html>';
    expect(html('https://site.example/login?__cf_chl_jschl_tk__=abc', 200, kept).layer).toBe('none');
    expect(html('https://site.example/login?__cf_chl_jschl_tk__=abc', 404, kept).vendor).not.toBe(
      'cloudflare',
    );
    const qa =
      '<html><head><title>Why does Jenkins say “No valid crumb was included in the request”?</title></head><body>Page not found</body></html>';
    expect(html('https://forum.example.org/q/123', 404, qa).vendor).toBeNull();
  });

  it('a server error’s X-Error is the server’s, a malformed request’s challenge is not a credential, another user suspended is not yours', () => {
    expect(
      one(ex('https://api.example.org/x', 500, { 'X-Error': "Login failed for user 'sa'." })).layer,
    ).toBe('server');
    expect(
      one(
        ex('https://api.example.org/v1/videos', 400, {
          'WWW-Authenticate':
            'Bearer error="invalid_request", error_description="Missing required parameter: channel_id"',
        }),
      ).layer,
    ).not.toBe('auth');
    expect(
      json('https://api.twitter.com/1.1/users/show.json', 403, {
        errors: [{ code: 63, message: 'User has been suspended.' }],
      }).layer,
    ).not.toBe('account');
    expect(
      json('https://api.twitter.com/1.1/statuses/update.json', 403, {
        errors: [
          { code: 64, message: 'Your account is suspended and is not permitted to access this feature.' },
        ],
      }).layer,
    ).toBe('account');
  });

  it('an OFX server’s general error is the server’s; a stream link’s token outranks loose credential words', () => {
    const ofx =
      '<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>2000<SEVERITY>ERROR<MESSAGE>General error</STATUS></SONRS></SIGNONMSGSRSV1></OFX>';
    expect(
      one(ex('https://ofx.bank.example/ofx', 200, { 'content-type': 'application/x-ofx' }, ofx)).layer,
    ).toBe('server');
    expect(
      one(ex('https://cdn.example.net/live/ch1/playlist.m3u8?wmsAuthSign=abc', 403, {}, 'Invalid access key'))
        .layer,
    ).toBe('app');
  });
});

describe('54. the fifty-fourth held-out batch (anime services, course platforms, SaaS APIs, betting, public data, francophone TV)', () => {
  it('services’ own codes and words: plans, an audit period, paid content, a missing token, a bot check, a sandbox, a blocked client', () => {
    const cases: [unknown, number, string][] = [
      [{ code: 'NO_API_ACCESS', message: 'Account not permitted to access the API' }, 403, 'account'],
      [
        [
          {
            message: 'The REST API is not enabled for this Organization.',
            errorCode: 'API_DISABLED_FOR_ORG',
          },
        ],
        403,
        'account',
      ],
      [
        { has_access: false, error_code: 'audit_expired', developer_message: 'User had access until …' },
        404,
        'account',
      ],
      [{ error: { code: 403, reason: 'challenge' } }, 403, 'waf'],
      [
        {
          message:
            'Domain DOMAIN.TEST is not allowed to send: Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.',
        },
        403,
        'account',
      ],
      [{ ok: false, error: 'not_authed' }, 200, 'auth'],
      [
        {
          Code: 81,
          Status: 'UpgradeApplication',
          Message: 'Update required. Visit the APP store for current HIDIVE app. Please try again.',
        },
        200,
        'app',
      ],
    ];
    for (const [body, status, layer] of cases)
      expect(json('https://api.example.org/v1/x', status, body).layer, JSON.stringify(body)).toBe(layer);
    const plain = (url: string, status: number, body: string, type = 'text/plain') =>
      one(ex(url, status, { 'content-type': type }, body, { mimeType: type })).layer;
    expect(plain('https://play.wetv.vip/getvinfo?vid=x&otype=json', 200, 'pay limit')).toBe('account');
    expect(
      plain(
        'https://us4.api.mailchimp.com/3.0/',
        503,
        'Request Blocked.\nWe had to block your request because of something that looked suspicious. Please reach out to support: help@mailchimp.com',
      ),
    ).toBe('waf');
    expect(
      plain(
        'https://moodle.example.org/webservice/rest/server.php?wsfunction=core_user_create_users',
        200,
        '<?xml version="1.0" encoding="UTF-8" ?>\n<EXCEPTION class="moodle_exception">\n<ERRORCODE>invalidtoken</ERRORCODE>\n<MESSAGE>Invalid token - token not found</MESSAGE>\n</EXCEPTION>',
        'application/xml',
      ),
    ).toBe('auth');
    const census =
      '<div class="flex-container content"><div class="content-wrap center"><h1>Invalid Key</h1><p>A valid <em>key</em> must be included with each data API request. You included a key with this request, however, it is not valid. Please check your key and try again.</p><p>If you do not have a key you may sign up for one <a href="key_signup.html">here</a>.</p></div></div>';
    expect(plain('https://api.census.gov/data/2023/acs/acs1?get=NAME&key=x', 200, census, 'text/html')).toBe(
      'auth',
    );
  });

  it('who answered: API Umbrella’s error object (api.data.gov, regulations.gov)', () => {
    expect(
      json('https://api.data.gov/x', 403, {
        error: {
          code: 'API_KEY_MISSING',
          message: 'No api_key was supplied. Get one at https://api.data.gov',
        },
      }),
    ).toMatchObject({ layer: 'auth', vendor: 'api-umbrella' });
    expect(
      json('https://api.regulations.gov/v4/documents', 429, {
        error: { code: 'OVER_RATE_LIMIT', message: 'You have exceeded your rate limit.' },
      }),
    ).toMatchObject({ layer: 'rate-limit', vendor: 'api-umbrella' });
  });

  it('where they must not reach: a 404’s help text, a notice inside an article or a form, Status words that are not codes', () => {
    expect(
      json('https://api.example.org/v1/items/9', 404, {
        message: 'Not found. Free accounts are for test purposes only.',
      }).layer,
    ).toBe('not-found');
    const article = `<html><body><article><h1>How to use the Census API</h1><p>${'Tables, geographies and variables explained. '.repeat(20)}</p><p>If the API says "You included a key with this request, however, it is not valid", request a new key.</p></article></body></html>`;
    expect(
      one(
        ex('https://blog.example.org/census', 200, { 'content-type': 'text/html' }, article, {
          mimeType: 'text/html',
        }),
      ).layer,
    ).toBe('none');
    expect(
      json('https://api.example.org/v1/job', 200, { Code: 0, Status: 'Completed', Message: 'ok' }).layer,
    ).toBe('none');
  });
});

describe('54. red-team review: where the fifty-fourth batch’s readings must not reach', () => {
  it('"challenge" is a bot check only as a 403 error’s own reason: not a login’s second step, a 422’s code, a 404’s resource', () => {
    expect(
      json('https://api.example.org/v1/seasons', 403, { error: { code: 403, reason: 'challenge' } }).layer,
    ).toBe('waf');
    expect(
      json('https://api.example.org/api/login', 403, {
        status: 'challenge',
        stateId: '1c6b',
        challenge: { message: 'Enter the code we sent', attemptsLeft: 3 },
      }).layer,
    ).not.toBe('waf');
    expect(json('https://api.example.org/v1/form', 422, { ok: false, code: 'challenge' }).layer).not.toBe(
      'waf',
    );
    expect(
      json('https://api.example.org/v1/challenges/9', 404, {
        message: 'Record Not Found',
        errors: [{ resource: 'Challenge', field: 'id', code: 'invalid' }],
      }).layer,
    ).toBe('not-found');
  });

  it('a 404 keeps a code only from its own error field, not from its data', () => {
    expect(
      json('https://api.example.org/v1/videos/123', 404, {
        error: 'not_found',
        message: 'Video 123 not found',
        related: [{ id: 5, title: 'Other', access: 'audit_expired' }],
      }).layer,
    ).toBe('not-found');
    expect(
      json('https://courses.example.org/api/mobile/v1/users/u/course_status_info/c', 404, {
        has_access: false,
        error_code: 'audit_expired',
      }).layer,
    ).toBe('account');
  });

  it('a page notice quoted, hidden or held for later is not the page; an order’s PascalCase Status is its data', () => {
    const sentence = 'You included a key with this request, however, it is not valid.';
    const page = (body: string) =>
      one(
        ex('https://app.example.org/x', 200, { 'content-type': 'text/html' }, body, {
          mimeType: 'text/html',
        }),
      ).layer;
    expect(page(`<div><p>The API told me “${sentence}” — any idea?</p></div>`)).toBe('none');
    expect(page(`<div><h1>Dashboard</h1><div hidden><p>${sentence}</p></div></div>`)).toBe('none');
    expect(page(`<div><h1>Dashboard</h1><div style="display:none"><p>${sentence}</p></div></div>`)).toBe(
      'none',
    );
    expect(
      json('https://shop.example.org/api/orders/A123', 200, {
        OrderId: 'A123',
        Status: 'UpgradeApplication',
        Amount: 12.5,
      }).layer,
    ).toBe('none');
  });

  it('API Umbrella’s codes say what refused: a disabled key is the account’s, HTTPS required is the service’s rule', () => {
    const umbrella = (code: string, status: number) =>
      json('https://api.data.gov/x', status, { error: { code, message: '…' } });
    expect(umbrella('API_KEY_DISABLED', 403)).toMatchObject({ layer: 'account', vendor: 'api-umbrella' });
    expect(umbrella('API_KEY_UNAUTHORIZED', 403)).toMatchObject({ layer: 'auth', vendor: 'api-umbrella' });
    expect(umbrella('HTTPS_REQUIRED', 400)).toMatchObject({ layer: 'app', vendor: 'api-umbrella' });
    expect(umbrella('API_KEY_DISABLED', 403).evidence.join(' ')).not.toContain('runs the service itself');
  });
});

describe('55. the fifty-fifth held-out batch (connected cars, image hosts, home routers, translation, music services, UK and ANZ TV)', () => {
  const text = (
    url: string,
    status: number,
    body: string,
    type: string,
    headers: Record<string, string> = {},
  ) => one(ex(url, status, { 'content-type': type, ...headers }, body, { mimeType: type }));

  it('services’ own words and codes, on a refusal or on a success', () => {
    const cases: [string, number, unknown, string][] = [
      [
        'https://api.fanyi.baidu.com/api/trans/vip/translate',
        200,
        { error_code: '54003', error_msg: 'Invalid Access Limit' },
        'rate-limit',
      ],
      [
        'https://api.flickr.com/services/rest',
        200,
        { stat: 'fail', code: 100, message: 'Invalid API Key (Key has invalid format)' },
        'auth',
      ],
      [
        'https://libretranslate.com/translate',
        403,
        { error: 'You need to set an API key to translate on this server.' },
        'auth',
      ],
      [
        'https://www.qobuz.com/api.json/0.2/album/get',
        400,
        { status: 'error', code: 400, message: 'Invalid or missing app_id parameter' },
        'auth',
      ],
      [
        'https://dl.example.org/api/file/x',
        403,
        {
          success: false,
          value: 'file_rate_limited_captcha_required',
          message: 'This file is using too much bandwidth.',
        },
        'rate-limit',
      ],
      [
        'https://api.redgifs.com/v2/gifs/x',
        410,
        {
          error: {
            code: 'MissingAuthorizationHeader',
            description: 'authorization required to access this service',
          },
        },
        'auth',
      ],
      [
        'https://api.example.org/v1/vehicles',
        403,
        {
          status: {
            messages: [
              {
                responseCode: 'APIGW-403',
                description: 'Unauthorized',
                detailedDescription: 'invalid token could not authorize',
              },
            ],
          },
        },
        'auth',
      ],
      [
        'http://192.168.0.1/',
        200,
        {
          errorcode: 'exceeded max attempts',
          success: false,
          data: { failureCount: 10, attemptsAllowed: 0 },
        },
        'rate-limit',
      ],
      [
        'http://192.168.0.1/',
        200,
        { errorcode: 'login failed', success: false, data: { failureCount: 2, attemptsAllowed: 8 } },
        'auth',
      ],
      [
        'https://media.deezer.com/v1/get_url',
        200,
        [{ code: 1002, message: 'License token has no sufficient rights on requested media.' }],
        'account',
      ],
      [
        'https://api.vk.com/method/audio.get',
        200,
        {
          response: {
            count: 1,
            items: [
              {
                id: 1,
                title: 'Аудио доступно на vk.com',
                url: 'https://vk.com/mp3/audio_api_unavailable.mp3',
              },
            ],
          },
        },
        'app',
      ],
    ];
    for (const [url, status, body, layer] of cases) expect(json(url, status, body).layer, url).toBe(layer);
    const firewall =
      '<br>\n\nThe request / response that are contrary to the Web firewall security policies have been blocked.\nDetect time\n2024-04-03 13:26:35\nDetect client IP\n<IP>';
    expect(text('https://mybluelink.ca/tods/api/lgn', 200, firewall, 'text/html').layer).toBe('waf');
  });

  it('who answered: home routers and modems, a login service, a video platform’s access policy', () => {
    expect(
      json('https://accounts.eu1.gigya.com/accounts.getJWT', 200, {
        callId: '0f34ac6540fa4da9adbb67e1a22f3fd4',
        errorCode: 403013,
        errorDetails: 'Unverified user',
        errorMessage: 'Unverified user',
        statusCode: 403,
        statusReason: 'Forbidden',
      }),
    ).toMatchObject({ layer: 'account', vendor: 'gigya' });
    expect(
      json('http://192.168.1.1/ubus', 200, {
        jsonrpc: '2.0',
        id: 1,
        error: { code: -32002, message: 'Access denied' },
      }),
    ).toMatchObject({
      layer: 'auth',
      vendor: 'openwrt',
    });
    expect(
      text(
        'http://192.168.8.1/api/webserver/token',
        200,
        '<?xml version="1.0" encoding="UTF-8"?>\n<error>\n<code>125002</code>\n<message></message>\n</error>',
        'text/xml',
      ),
    ).toMatchObject({ layer: 'auth', vendor: 'huawei-hilink' });
    const soap =
      '<?xml version="1.0" encoding="UTF-8"?>\n<soap-env:Envelope xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/">\n <soap-env:Body>\n <m:GetInfoResponse xmlns:m="urn:NETGEAR-ROUTER:service:DeviceInfo:1"></m:GetInfoResponse>\n <ResponseCode>401</ResponseCode>\n </soap-env:Body>\n</soap-env:Envelope>';
    expect(text('http://192.168.1.1/soap/server_sa/', 200, soap, 'text/xml')).toMatchObject({
      layer: 'auth',
      vendor: 'netgear',
    });
    expect(
      one(ex('http://router.local/', 401, { 'WWW-Authenticate': 'Basic realm="NETGEAR R8000"' })).vendor,
    ).toBe('netgear');
    expect(
      one(
        ex('http://192.168.88.1/link.b', 401, {
          'www-authenticate': 'Digest realm="CSS328-24P-4S+", qop="auth", nonce="97eaf5dd"',
        }),
      ).vendor,
    ).toBe('mikrotik');
    expect(
      json('https://unifi.local:8443/api/s/default/cmd/stamgr', 401, {
        data: [],
        meta: { msg: 'api.err.LoginRequired', rc: 'error' },
      }).vendor,
    ).toBe('ubiquiti-unifi');
    expect(
      json('https://unifi.local/api/auth/login', 429, {
        message: "You've reached the login attempt limit",
        code: 'AUTHENTICATION_FAILED_LIMIT_REACHED',
      }),
    ).toMatchObject({ layer: 'rate-limit', vendor: 'ubiquiti-unifi' });
    expect(
      json('http://pi.hole:8080/api/auth', 429, {
        error: {
          key: 'api_seats_exceeded',
          message: 'API seats exceeded',
          hint: 'increase webserver.api.max_sessions',
        },
        took: 2.2,
      }),
    ).toMatchObject({ layer: 'rate-limit', vendor: 'pi-hole' });
    expect(
      json('http://192.168.0.1/cgi-bin/luci', 200, { errorcode: 'login failed', success: false, data: {} })
        .vendor,
    ).toBe('tp-link');
    expect(
      text(
        'http://fritz.box:49000/upnp/control/deviceinfo',
        401,
        '<HTML><HEAD><TITLE>401 Unauthorized (ERR_NONE)</TITLE></HEAD><BODY><H1>401 Unauthorized</H1><BR>ERR_NONE<HR><B>Webserver</B> Sat, 01 Oct 2022 09:46:22 GMT</BODY></HTML>',
        'text/html',
      ),
    ).toMatchObject({ layer: 'auth', vendor: 'avm-fritzbox' });
    expect(
      text(
        'https://playback.example.org/v1/videos/1',
        403,
        'access to this resource is forbidden by access policy.',
        'text/plain',
      ).vendor,
    ).toBe('brightcove');
  });

  it('where they must not reach: JSON-RPC codes off /ubus, a stub word in a catalogue of tracks, a middleware’s access-policy words', () => {
    expect(
      json('https://rpc.example.org/api', 200, {
        jsonrpc: '2.0',
        id: 1,
        error: { code: -32002, message: 'Access denied' },
      }).vendor,
    ).not.toBe('openwrt');
    expect(
      json('https://api.example.org/tracks', 200, {
        items: [{ title: 'audio api unavailable (live)', url: 'https://cdn.example.org/a.mp3' }],
      }).layer,
    ).toBe('none');
    expect(
      json('https://app.example.org/admin', 403, {
        error: 'Forbidden by access policy.',
        permission: 'users.edit',
      }).vendor,
    ).not.toBe('brightcove');
  });
});

describe('55. red-team review: where the fifty-fifth batch’s readings must not reach', () => {
  it('"could not authorize", "get an API key", "app id" and "exceeded max attempts" only where a service meant its credentials or its tries', () => {
    expect(
      json('https://api.example.org/play', 403, {
        message: 'Could not authorize stream, concurrent stream limit reached',
      }).layer,
    ).toBe('account');
    notReadAs(
      json('https://pay.example.org/v1/charges', 402, {
        error: { type: 'card_error', message: 'We could not authorize your card.' },
      }),
      'auth',
    );
    notReadAs(
      json('https://api.example.org/v1/x', 400, {
        message: 'Invalid date format. See docs to get an API key and examples.',
      }),
      'auth',
    );
    notReadAs(json('https://apps.example.org/lookup', 400, { error: 'Invalid app id' }), 'auth');
    expect(
      json('https://hooks.example.org/deliveries/1', 200, {
        success: false,
        status: 'failed',
        error: 'Exceeded max attempts',
      }).layer,
    ).toBe('none');
  });

  it('a lone list item that is a log line or an API’s catalogue, a payment’s ResponseCode, a stub mentioned in a post', () => {
    expect(
      json('https://app.example.org/api/events', 200, [
        { code: 4001, message: 'Login failed for user admin from 10.0.0.5' },
      ]).layer,
    ).toBe('none');
    const txn =
      '<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><Txn><ResponseCode>401</ResponseCode><ResponseText>Card declined</ResponseText></Txn></soap:Body></soap:Envelope>';
    expect(one(ex('https://pay.example.org/soap', 200, { 'content-type': 'text/xml' }, txn)).layer).toBe(
      'none',
    );
    expect(
      json('https://forum.example.org/api/posts/1', 200, {
        post: {
          text: 'VK now returns https://vk.com/mp3/audio_api_unavailable.mp3 for every track, any idea?',
        },
      }).layer,
    ).toBe('none');
  });

  it('vendor rows keep to their own answers: a callId alone, another API’s XML error on a 404, any JSON-RPC 429', () => {
    expect(
      json('https://api.example.org/x', 403, {
        callId: '0f34ac6540fa4da9adbb67e1a22f3fd4',
        error: 'Forbidden',
      }).vendor,
    ).not.toBe('gigya');
    expect(
      one(
        ex(
          'https://api.example.org/items/9',
          404,
          { 'content-type': 'application/xml' },
          '<?xml version="1.0"?><error><code>404001</code><message>Not found</message></error>',
        ),
      ).vendor,
    ).not.toBe('huawei-hilink');
    const rpc = json('https://eth.example.org/v3/key', 429, {
      jsonrpc: '2.0',
      id: 1,
      error: { code: -32005, message: 'limit exceeded' },
    });
    expect(rpc.vendor).not.toBe('openwrt');
    expect(rpc.evidence.join(' ')).not.toContain('jsonrpc');
  });
});

describe('56. the fifty-sixth held-out batch (property and job portals, food and retail apps, ticketing, blockchain APIs, free TV, operators’ TV)', () => {
  it('services’ own words and codes, on a refusal or on a success', () => {
    const cases: [string, number, unknown, string][] = [
      [
        'https://eth-mainnet.g.alchemy.com/v2/k',
        403,
        {
          jsonrpc: '2.0',
          id: 46,
          error: {
            code: -32600,
            message:
              'Monthly capacity limit exceeded. Visit https://dashboard.alchemyapi.io/settings/billing to upgrade.',
          },
        },
        'rate-limit',
      ],
      [
        'https://api.etherscan.io/api',
        200,
        {
          status: '0',
          message: 'NOTOK',
          result: 'Max rate limit reached, please use API Key for higher rate limit',
        },
        'rate-limit',
      ],
      [
        'https://cardano-mainnet.blockfrost.io/api/v0/epochs/latest',
        403,
        { error: 'Forbidden', message: 'Invalid project token.', status_code: 403 },
        'auth',
      ],
      [
        'https://capi.9c9media.com/destinations/x/contents/10',
        403,
        { ErrorCode: '403.72', Message: 'Access denied. Geo Constraint Restrictions' },
        'geo',
      ],
      [
        'https://gateway.thegraph.com/api/subgraphs/id/x',
        200,
        { errors: [{ message: 'auth error: malformed API key' }] },
        'auth',
      ],
      [
        'https://api.example.sk/v2/auth/login',
        200,
        {
          success: false,
          errorCode: 'BENEFIT_DEVICE_MAX_LIMIT',
          errorMessage: 'Prekročený limit počtu pripojených zariadení.',
        },
        'account',
      ],
      [
        'https://api.ziprecruiter.com/jobs-app/jobs',
        403,
        { status_code: 403, error_code: 'forbidden cf-waf', error_message: 'Forbidden' },
        'waf',
      ],
      [
        'https://www.ebay-kleinanzeigen.de/s-xbox/k0',
        403,
        { title: 'IP-Bereich vorrübergehend gesperrt.', message: 'In dem IP-Bereich … ausgeschlossen.' },
        'waf',
      ],
    ];
    for (const [url, status, body, layer] of cases) expect(json(url, status, body).layer, url).toBe(layer);
    expect(
      one(
        ex(
          'https://www.craigslist.org/about/sites',
          403,
          { 'content-type': 'text/plain' },
          'This IP has been automatically blocked.\nIf you have questions, please email: blocks@craigslist.org\n',
        ),
      ).layer,
    ).toBe('waf');
    const zillow =
      '<?xml version="1.0" encoding="utf-8"?><RegionChildren:regionchildren xmlns:RegionChildren="http://www.zillow.com/static/xsd/RegionChildren.xsd"><request></request><message><text>Error: this account is not authorized to execute this API call</text><code>6</code></message></RegionChildren:regionchildren>';
    expect(
      one(
        ex(
          'https://www.zillow.com/webservice/GetRegionChildren.htm',
          200,
          { 'content-type': 'text/xml' },
          zillow,
        ),
      ).layer,
    ).toBe('account');
  });

  it('who answered: Apigee’s fault object, Cloudflare’s Waiting Room, Fastly’s spelling of a Varnish page', () => {
    expect(
      json('https://app.ticketmaster.com/discovery/v2/events.json', 401, {
        fault: { faultstring: 'Invalid ApiKey', detail: { errorcode: 'oauth.v2.InvalidApiKey' } },
      }),
    ).toMatchObject({ layer: 'auth', vendor: 'apigee' });
    expect(
      json('https://app.example.org/api/queue', 200, {
        cfWaitingRoom: { inWaitingRoom: true, waitTime: 5, waitTimeKnown: true },
      }),
    ).toMatchObject({ layer: 'rate-limit', vendor: 'cloudflare' });
    expect(
      one(
        ex(
          'https://livestartover.example.com/',
          503,
          { 'content-type': 'text/html' },
          'Error 503 backend read error\nbackend read error\nGuru Mediation:\nVarnish cache server',
        ),
      ).vendor,
    ).toBe('fastly');
  });

  it('where they must not reach: a Waiting Room that lets the visitor in, a NOTOK beside a success, another XML message’s code 0', () => {
    expect(
      json('https://app.example.org/api/queue', 200, { cfWaitingRoom: { inWaitingRoom: false } }).layer,
    ).toBe('none');
    expect(
      json('https://api.etherscan.io/api', 200, {
        status: '1',
        message: 'OK',
        result: 'Max rate limit reached is a phrase',
      }).layer,
    ).toBe('none');
    const ok =
      '<?xml version="1.0"?><x><message><text>Error: this account is not authorized to execute this API call</text><code>0</code></message></x>';
    expect(
      one(ex('https://www.zillow.com/webservice/X.htm', 200, { 'content-type': 'text/xml' }, ok)).layer,
    ).toBe('none');
  });
});

describe('56. red-team review: where the fifty-sixth batch’s readings must not reach', () => {
  it('Apigee’s rate limits by their code even on a 500, and only its whole fault envelope names it', () => {
    expect(
      json('https://api.example.org/v1/x', 500, {
        fault: {
          faultstring:
            'Spike arrest violation. Allowed rate : MessageRate{messagesPerPeriod=1, periodInMicroseconds=1000000}',
          detail: { errorcode: 'policies.ratelimit.SpikeArrestViolation' },
        },
      }),
    ).toMatchObject({ layer: 'rate-limit', vendor: 'apigee' });
    expect(
      json('https://app.example.org/api/partner', 500, {
        error: 'Upstream call to partner API failed',
        upstream: {
          status: 401,
          body: { fault: { faultstring: 'Invalid ApiKey', detail: { errorcode: 'oauth.v2.InvalidApiKey' } } },
        },
      }).vendor,
    ).not.toBe('apigee');
  });

  it('Etherscan’s per-second limit; Zillow’s message only as its own XML answer; a malformed username is a form’s check', () => {
    expect(
      json('https://api.etherscan.io/api', 200, {
        status: '0',
        message: 'NOTOK',
        result: 'Max calls per sec rate limit reached (5/sec)',
      }).layer,
    ).toBe('rate-limit');
    expect(
      json('https://api.github.example/comments/1', 200, {
        id: 123,
        body: 'I get <request></request><message><text>Error: this account is not authorized to execute this API call</text><code>6</code></message>',
      }).layer,
    ).toBe('none');
    notReadAs(json('https://app.example.org/api/register', 400, { error: 'Malformed username' }), 'auth');
    notReadAs(
      json('https://api.example.org/v1/catalogue', 400, {
        note: 'Subject to geo constraint restrictions in some regions',
        error: 'bad sort',
      }),
      'geo',
    );
  });
});

describe('57. the fifty-seventh held-out batch (wikis, publishers, search engines, Central European TV, African services)', () => {
  it('services’ own words and codes, and redirects to CAPTCHA pages kept as their body', () => {
    expect(
      json('https://google.serper.dev/search', 403, { message: 'Unauthorized.', statusCode: 403 }).layer,
    ).toBe('auth');
    expect(
      one(ex('https://cdn.example.net/live/index.m3u8', 403, {}, undefined, { statusText: 'Unauthorized' }))
        .layer,
    ).not.toBe('auth');
    expect(
      json('https://api.flutterwave.com/v3/x', 400, {
        status: 'error',
        message: 'Merchant requires approval to use resource, please contact support',
        data: null,
      }).layer,
    ).toBe('account');
    expect(
      one(
        ex(
          'https://sandbox.safaricom.co.ke/mpesa/stkpush/v1/processrequest',
          404,
          { 'content-type': 'application/json' },
          '{\n  "requestId": "5031-1921185-1",\n  "errorCode": "404.001.03",\n  "errorMessage": "Invalid Access Token"\n}',
          {
            statusText: 'Resource not found',
            mimeType: 'application/json',
          },
        ),
      ).layer,
    ).toBe('auth');
    expect(
      json('https://en.wikipedia.org/w/api.php', 200, {
        error: {
          code: 'globalblocking-ipblocked-range',
          info: 'Your IP address is in a range which has been blocked on all wikis. … Webhost …',
        },
      }).layer,
    ).toBe('geo');
    expect(
      one(
        ex(
          'https://query.wikidata.org/sparql',
          200,
          { 'content-type': 'text/plain' },
          'Please set a user-agent and respect our robot policy https://w.wiki/4wJS. See also https://phabricator.wikimedia.org/T400119.',
        ),
      ).layer,
    ).toBe('app');
    const baidu =
      '<a href="https://wappass.baidu.com/static/captcha/tuxing.html?&amp;ak=x&amp;backurl=https%3A%2F%2Fwww.baidu.com%2Fs">Found</a>.\n';
    expect(
      one(ex('https://www.baidu.com/s?ie=utf8', 302, { 'content-type': 'text/html' }, baidu)).layer,
    ).toBe('waf');
    const startpage =
      '<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n<p>You should be redirected automatically to the target URL: <a href="https://www.startpage.com/sp/captcha-block#?bc=DE">https://www.startpage.com/sp/captcha-block</a>. If not, click the link.';
    expect(
      one(ex('https://www.startpage.com/sp/search', 302, { 'content-type': 'text/html' }, startpage)).layer,
    ).toBe('waf');
  });

  it('who answered: API Gateway refusing the key a request carried, Azure API Management, Apigee’s service callout, Mangomolo', () => {
    const apigw = one(
      ex(
        'https://api.semanticscholar.org/graph/v1/paper/x',
        403,
        {
          'x-amzn-ErrorType': 'ForbiddenException',
          'x-amz-apigw-id': 'Cc3IMHWTPHcEDDQ=',
          'content-type': 'application/json',
        },
        '{"message":"Forbidden"}',
        { requestHeaders: [{ name: 'x-api-key', value: 'k' }], mimeType: 'application/json' },
      ),
    );
    expect(apigw).toMatchObject({ layer: 'auth', vendor: 'aws-api-gateway' });
    expect(
      one(
        ex(
          'https://api.example.org/x',
          403,
          { 'x-amzn-ErrorType': 'ForbiddenException', 'x-amz-apigw-id': 'x' },
          '{"message":"Forbidden"}',
        ),
      ).layer,
    ).not.toBe('auth');
    expect(
      json('https://sandbox.momodeveloper.mtn.com/collection/token/', 401, {
        statusCode: 401,
        message:
          'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.',
      }).vendor,
    ).toBe('azure-api-management');
    expect(
      json('https://sandbox.safaricom.co.ke/x', 500, {
        Envelope: {
          Body: {
            Fault: {
              faultcode: 'soap:Server',
              faultstring: 'Execution of ServiceCallout SCO-AddURLVault failed.',
              detail: { source: { errorcode: 'steps.servicecallout.ExecutionFailed' } },
            },
          },
        },
      }).vendor,
    ).toBe('apigee');
    expect(
      one(
        ex(
          'https://sabctreta.cdn.mangomolo.com/sabc3/smil:sabc3.stream.smil/master.m3u8',
          403,
          { 'content-type': 'text/plain' },
          'Sorry, our service is currently not available in your region',
        ),
      ).vendor,
    ).toBe('mangomolo');
  });
});

describe('57. red-team review: where the fifty-seventh batch’s readings must not reach', () => {
  const apigw = (status: number, type: string, body: string, key = 'k') =>
    one(
      ex(
        'https://api.example.org/v1/play/1',
        status,
        { 'x-amzn-ErrorType': type, 'x-amz-apigw-id': 'x', 'content-type': 'application/json' },
        body,
        { requestHeaders: [{ name: 'x-api-key', value: key }], mimeType: 'application/json' },
      ),
    );
  it('API Gateway’s refused key only from its bare 403 ForbiddenException, never sure, and not a resource policy nor an empty key', () => {
    const bare = apigw(403, 'ForbiddenException', '{"message":"Forbidden"}');
    expect(bare.layer).toBe('auth');
    expect(bare.confidence).toBeLessThanOrEqual(0.6);
    expect(
      apigw(
        403,
        'AccessDeniedException',
        '{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:x with an explicit deny"}',
      ).layer,
    ).not.toBe('auth');
    expect(apigw(403, 'ForbiddenException', '{"message":"Forbidden"}', ' ').layer).not.toBe('auth');
    expect(
      apigw(403, 'ForbiddenException', '{"message":"This content is not available in your country"}').layer,
    ).not.toBe('auth');
  });

  it('Azure API Management only on its own 401; Apigee’s rate-limit fault quoted once', () => {
    expect(
      json('https://app.example.org/api/pay', 502, {
        detail:
          'MoMo API said: Access denied due to invalid subscription key. Make sure to provide a valid key.',
      }).vendor,
    ).not.toBe('azure-api-management');
    const quota = json('https://api.example.org/x', 429, {
      fault: {
        faultstring: 'Rate limit quota violation.',
        detail: { errorcode: 'policies.ratelimit.QuotaViolation' },
      },
    });
    expect(quota.vendor).toBe('apigee');
    expect(new Set(quota.evidence).size).toBe(quota.evidence.length);
  });
});

describe('58. the fifty-eighth held-out batch (crypto exchanges, Nordic and Latin TV, messaging APIs, radio and podcasts, fitness services)', () => {
  it('mail and message senders’ account states and calling permissions, a client outside its country', () => {
    const cases: [number, unknown, string][] = [
      [
        403,
        {
          errors: [
            {
              message:
                'The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved.',
              field: 'from',
              help: null,
            },
          ],
        },
        'account',
      ],
      [
        422,
        {
          ErrorCode: 412,
          Message:
            "While your account is pending approval, all recipient addresses must share the same domain as the 'From' address.",
        },
        'account',
      ],
      [
        400,
        {
          error: {
            message: '(#131030) Recipient phone number not in allowed list',
            type: 'OAuthException',
            code: 131030,
          },
        },
        'account',
      ],
      [
        403,
        {
          error: {
            statusCode: 403,
            errorCode: 1004,
            name: 'InvalidCountryError',
            description: 'Client is not in a valid country',
          },
        },
        'geo',
      ],
    ];
    for (const [status, body, layer] of cases)
      expect(json('https://api.example.org/v3/send', status, body).layer, JSON.stringify(body)).toBe(layer);
    const ses =
      '<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"> <Error> <Type>Sender</Type> <Code>MessageRejected</Code> <Message>Email address is not verified. The following identities failed the check in region US-WEST-2: a@b.example</Message> </Error> </ErrorResponse>';
    expect(one(ex('https://email.us-west-2.amazonaws.com', 400, {}, ses)).layer).toBe('account');
    const twilio =
      "<?xml version='1.0' encoding='UTF-8'?>\n<TwilioResponse><RestException><Code>21215</Code><Message>Account not authorized to call +5491100000000. Perhaps you need to enable some international permissions: https://www.twilio.com/user/account/settings/international</Message></RestException></TwilioResponse>";
    expect(
      one(
        ex(
          'https://api.twilio.com/2010-04-01/Accounts/x/Calls',
          400,
          { 'content-type': 'application/xml' },
          twilio,
        ),
      ).layer,
    ).toBe('account');
  });

  it('refusals on HTTP 200 in their services’ envelopes: a list of errors, ret_code, resultCode KO, a code as status, per-message results, resultData', () => {
    expect(json('https://api.kraken.com/0/private/Balance', 200, { error: ['EAPI:Invalid key'] }).layer).toBe(
      'auth',
    );
    expect(
      json('https://api.kraken.com/0/public/Time', 200, { error: [], result: { unixtime: 1 } }).layer,
    ).toBe('none');
    expect(
      json('https://api.bybit.com/v2/private/wallet/balance', 200, {
        ret_code: 10010,
        ret_msg: 'unmatched ip.',
        result: null,
      }).layer,
    ).toBe('auth');
    expect(
      json('https://api.bybit.com/v2/public/time', 200, { ret_code: 0, ret_msg: 'OK', result: {} }).layer,
    ).toBe('none');
    expect(
      json('https://www.nowonline.com.br/AGL/1.0/R/x/refresh', 200, {
        resultCode: 'KO',
        errorDescription: 'ACN_3000',
        message:
          '400 - "{\\"error\\": \\"invalid_grant\\", \\"error_description\\": \\"Refresh token doesn\'t exist or it\'s expired\\"}"',
      }).layer,
    ).toBe('auth');
    expect(
      json('https://www.nowonline.com.br/avsclient/1.0/x', 200, {
        status: 'ACN_3034',
        message: 'User has no rights',
      }).layer,
    ).toBe('account');
    expect(
      json('https://rest.nexmo.com/sms/json', 200, {
        'message-count': '1',
        messages: [{ to: 'x', status: '29', 'error-text': 'Non White-listed Destination - rejected' }],
      }).layer,
    ).toBe('account');
    expect(
      json('https://rest.nexmo.com/sms/json', 200, {
        'message-count': '1',
        messages: [{ to: 'x', status: '0', 'message-id': 'abc' }],
      }).layer,
    ).toBe('none');
    // Withings' limit on repeated calls as its JSON says it (the batch's capture kept only a client's rendering of it).
    expect(
      json('https://wbsapi.withings.net/v2/oauth2', 200, {
        status: 601,
        body: { wait_seconds: 188 },
        error: 'Same arguments in less than 10 seconds',
      }).layer,
    ).toBe('rate-limit');
    const atres = '<resultData>\n<result>3</result>\n<resultDes>Hash no válido</resultDes>\n</resultData>';
    expect(one(ex('https://servicios.atresplayer.com/api/urlVideo/x', 200, {}, atres)).layer).toBe('app');
    expect(
      one(ex('https://servicios.atresplayer.com/api/urlVideo/x', 200, {}, atres.replace('>3<', '>0<'))).layer,
    ).toBe('none');
  });

  it('a CDN that carried an API’s unchallenged 401 is not its author; Cloudflare’s block sentence alone; Kaltura’s session message', () => {
    const binance = one(
      ex('https://fapi.binance.com/fapi/v1/order', 401, {
        'Content-Type': 'application/json',
        Server: 'Tengine',
        'X-MBX-USED-WEIGHT-1M': '7',
        'X-Cache': 'Error from cloudfront',
        Via: '1.1 e5438140b3bc19de0435cd47ff9426dc.cloudfront.net (CloudFront)',
        'X-Amz-Cf-Pop': 'CPH50-C1',
        'X-Amz-Cf-Id': 'sZcqHRRMeGeceaSEEVhKdDugcrkwFrZwprfzb_B',
      }),
    );
    expect(binance).toMatchObject({ layer: 'auth', vendor: null });
    const podcastindex = one(
      ex(
        'https://api.podcastindex.org/api/1.0/search/byterm?q=x',
        403,
        {},
        'This website is using a security service to protect itself from online attacks. The action you just performed triggered the security solution.',
      ),
    );
    expect(podcastindex).toMatchObject({ layer: 'waf', vendor: 'cloudflare' });
    const kaltura = one(
      ex(
        'https://cdnapisec.kaltura.com/p/1955031/embedPlaykitJs/uiconf_id/1',
        200,
        {},
        "No KS where KS is required\nWe're sorry, access to this content is restricted.",
      ),
    );
    expect(kaltura.vendor).toBe('kaltura');
  });

  it('a public page sent by a meta refresh to a box on the network: its block page is a filter’s', () => {
    const page = (target: string) =>
      one(
        ex(
          'http://open.live.bbc.co.uk/mediaselector/6/redir/version/2.0/mediaset/audio-nondrm-download-low/proto/http/vpid/p09n58lr.mp3',
          200,
          { 'content-type': 'text/html' },
          `<html><head><noscript><meta http-equiv=Refresh Content="0; URL=${target}"></noscript></head><body></body></html>`,
          { mimeType: 'text/html' },
        ),
      ).layer;
    expect(page('http://192.168.1.1/ui/dynamic/internet-blocked.html')).toBe('waf');
    expect(page('http://192.168.1.1/portal/welcome.html')).toBe('network');
    // A refresh to a public address is the site's own page.
    expect(page('http://open.live.bbc.co.uk/other.html')).toBe('none');
  });
});

describe('58. red-team review: where the fifty-eighth batch’s readings must not reach', () => {
  const leansOnWords = (verdict: { evidence: readonly string[] }) =>
    verdict.evidence.some((line) => line.includes('a guess from words'));

  it('a validation error’s words, a code that says what it refuses, French glue: no lean', () => {
    const cases: [number, unknown][] = [
      [422, { message: 'The given data was invalid.', errors: { email: ['The email field is required.'] } }],
      [400, { error: 'Invalid date format, expected YYYY-MM-DD' }],
      [400, { message: 'Playlist not found' }],
      [400, { error: 'Missing required parameter: channel_id' }],
      [400, { message: 'Password is too short' }],
      [413, { message: 'Request entity too large' }],
      [419, { message: 'CSRF token mismatch.' }],
      [402, { error: 'Payment required' }],
      [400, { message: 'Missing region in request' }],
      [403, { message: "Cette action n'est pas autorisée" }],
      [400, { erreur: "Le format de la date n'est pas correct, vérifiez votre saisie" }],
    ];
    for (const [status, body] of cases) {
      const verdict = json('https://api.example.com/v1/items', status, body);
      expect(leansOnWords(verdict), JSON.stringify(body)).toBe(false);
    }
    const page = (body: string) =>
      one(
        ex('https://www.example.org/admin', 403, { 'content-type': 'text/html' }, body, {
          mimeType: 'text/html',
        }),
      );
    const whitelabel =
      '<html><body><h1>Whitelabel Error Page</h1><p>This application has no explicit mapping for /error, so you are seeing this as a fallback.</p><div id="created">Thu Mar 14 10:00:00 UTC 2024</div><div>There was an unexpected error (type=Forbidden, status=403).</div><div>Access Denied</div></body></html>';
    expect(leansOnWords(page(whitelabel))).toBe(false);
    expect(
      leansOnWords(page('<html><body><p>Sorry, you are not allowed to access this page.</p></body></html>')),
    ).toBe(false);
  });

  it('a login whose words only lean to auth does not take the root from the firewall that blocked what followed', () => {
    const cloudflare =
      '<!DOCTYPE html><html><head><title>Attention Required! | Cloudflare</title></head><body><h1>Sorry, you have been blocked</h1><p>Cloudflare Ray ID: 8f1e2d3c4b5a6978</p></body></html>';
    const blocked = (n: number): Exchange =>
      ex(
        `https://api.example.tv/v1/live/${n}`,
        403,
        { server: 'cloudflare', 'cf-ray': '8f1e2d3c4b5a6978-CDG' },
        cloudflare,
        {
          mimeType: 'text/html',
          startedAt: T0 + n * 1000,
        },
      );
    const login = ex(
      'https://api.example.tv/v1/token',
      400,
      { 'content-type': 'application/json' },
      '{"message":"Unauthorized"}',
      { method: 'POST', mimeType: 'application/json' },
    );
    expect(leansOnWords(analyze([login]).verdict)).toBe(true);
    const verdict = analyze([login, blocked(1), blocked(2), blocked(3)]).verdict;
    expect(verdict.layer).toBe('waf');
    expect(verdict.vendor).toBe('cloudflare');
  });

  it('a meta refresh to a private address: at once and from a page that shows nothing, not a home server’s', () => {
    const page = (url: string, content: string, text = '') =>
      one(
        ex(
          url,
          200,
          { 'content-type': 'text/html' },
          `<html><head><meta http-equiv="refresh" content="${content}"></head><body>${text}</body></html>`,
          {
            mimeType: 'text/html',
          },
        ),
      ).layer;
    expect(
      page('http://www.example.com/feed.mp3', '0; URL=http://192.168.1.1/ui/dynamic/internet-blocked.html'),
    ).toBe('waf');
    // An unblock request form is not a block.
    expect(page('http://www.example.com/feed.mp3', '0; URL=http://192.168.1.1/unblock-request.html')).toBe(
      'network',
    );
    // A home server reached by a dynamic name, on its own port; a dashboard that refreshes in minutes; the router's own name.
    expect(page('http://myhome.duckdns.org:8096/', '0; url=http://192.168.1.20:8096/web/index.html')).toBe(
      'none',
    );
    expect(page('http://status.example.com/', '300; url=http://10.0.0.5/overview')).toBe('none');
    expect(page('http://fritz.box/', '0; url=http://192.168.178.1/login.lua')).toBe('none');
  });

  it('Cloudflare’s sentence on a 200 is a quotation; CloudFront’s own function and Cloudflare Stream keep their 401', () => {
    const quoted = one(
      ex(
        'https://help.example.org/why-blocked',
        200,
        { 'content-type': 'text/html' },
        '<html><head><title>Why was I blocked?</title></head><body><p>If you see "This website is using a security service to protect itself from online attacks", write to us.</p></body></html>',
        { mimeType: 'text/html' },
      ),
    );
    expect(quoted.layer).toBe('none');
    const fn = one(
      ex('https://d1.cloudfront.net/live/master.m3u8?jwt=abc', 401, {
        server: 'CloudFront',
        'x-cache': 'FunctionGeneratedResponse from cloudfront',
        via: '1.1 abc.cloudfront.net (CloudFront)',
      }),
    );
    expect(fn.vendor).toBe('cloudfront');
    const stream = one(
      ex(
        'https://customer-abc123.cloudflarestream.com/0123456789abcdef0123456789abcdef/manifest/video.m3u8',
        401,
        {
          server: 'cloudflare',
          'cf-ray': '8f1e2d3c4b5a6978-CDG',
        },
      ),
    );
    expect(stream.vendor).toBe('cloudflare-stream');
  });

  it('a status the code tables know is a refusal’s only beside its message: not an item’s status, not a pairing poll', () => {
    expect(
      json('https://api.example.tv/device/poll', 200, {
        status: 'not_paired',
        device_code: 'abc',
        interval: 5,
      }).layer,
    ).toBe('none');
    expect(
      json('https://api.example.tv/items/sm1', 200, { id: 'sm1', status: 'premium_only', title: 'x' }).layer,
    ).toBe('none');
    // Twilio's international permissions are the account's setting of where it may call.
    const twilio =
      "<?xml version='1.0' encoding='UTF-8'?>\n<TwilioResponse><RestException><Code>21215</Code><Message>Account not authorized to call +5491100000000. Perhaps you need to enable some international permissions</Message></RestException></TwilioResponse>";
    expect(one(ex('https://api.twilio.com/2010-04-01/Accounts/x/Calls', 400, {}, twilio)).layer).toBe(
      'account',
    );
  });
});

describe('59. the fifty-ninth held-out batch (e-books, data APIs, Balkan and South-East Asian TV, file sync, identity providers)', () => {
  it('services’ own words: a loan, a licence’s location, a plan, a blocked user, an account not set up, a missing chip', () => {
    const cases: [string, number, unknown, string][] = [
      [
        'https://archive.org/services/loans/loan/',
        400,
        { error: 'You do not currently have this book borrowed.' },
        'account',
      ],
      [
        'https://newsapi.org/v2/everything?q=x',
        426,
        {
          status: 'error',
          code: 'corsNotAllowed',
          message: 'Requests from the browser are not allowed on the Developer plan, except from localhost.',
        },
        'account',
      ],
      [
        'https://tenant.auth0.com/oauth/token',
        401,
        { error: 'unauthorized', error_description: 'user is blocked' },
        'account',
      ],
      [
        'https://sso.example.org/realms/x/protocol/openid-connect/token',
        400,
        { error: 'invalid_grant', error_description: 'Account is not fully set up' },
        'account',
      ],
      ['https://sentry.libbyapp.com/chip/sync', 403, { result: 'missing_chip' }, 'auth'],
      ['https://api.pcloud.com/userinfo', 200, { result: 2000, error: 'Log in failed.' }, 'auth'],
      [
        'https://www.alphavantage.co/query?function=TIME_SERIES_DAILY',
        200,
        {
          Note: 'Thank you for using Alpha Vantage! Our standard API call frequency is 5 calls per minute and 500 calls per day.',
        },
        'rate-limit',
      ],
    ];
    for (const [url, status, body, layer] of cases)
      expect(json(url, status, body).layer, JSON.stringify(body)).toBe(layer);
    // The words of those values elsewhere are not the answer's cause.
    expect(json('https://api.example.org/x', 200, { user: { bio: 'My user is blocked, help' } }).layer).toBe(
      'none',
    );
    const text = (url: string, status: number, body: string, mime = 'text/plain') =>
      one(ex(url, status, { 'content-type': mime }, body, { mimeType: mime })).layer;
    expect(
      text(
        'https://www.mewatch.sg/api/items/1/videos?delivery=stream',
        403,
        'You are accessing this item from a location that is not permitted by the license',
      ),
    ).toBe('geo');
    expect(
      text('https://www.iq.com/play/x', 200, 'This video is not available in your region.', 'text/html'),
    ).toBe('geo');
    expect(
      text(
        'https://auth.example.org/oauth2/callback?code=x',
        403,
        '403 Permission Denied\nInvalid Account',
        'text/html',
      ),
    ).toBe('account');
  });

  it('pages kept in part: Google Drive’s quota page by its title, Akamai’s denial without its reference', () => {
    const drive =
      '<!DOCTYPE html><html><head><title>Google Drive - Quota exceeded</title><meta http-equiv="content-type" content="text/html; charset=utf-8"/></head>';
    expect(
      one(
        ex('https://drive.google.com/uc?export=download&id=x', 200, { 'content-type': 'text/html' }, drive, {
          mimeType: 'text/html',
        }),
      ).layer,
    ).toBe('rate-limit');
    const akamai =
      'Access Denied\n\nYou don\'t have permission to access "http://stats.nba.com/stats/scoreboard/?" on this server.';
    expect(one(ex('https://stats.nba.com/stats/scoreboard/', 403, {}, akamai))).toMatchObject({
      layer: 'waf',
      vendor: 'akamai',
    });
    // Apache's stock 403 says it of a bare path, under "Forbidden".
    const apache =
      "<html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1><p>You don't have permission to access /x/ on this server.</p></body></html>";
    expect(one(ex('https://www.example.org/x/', 403, {}, apache)).vendor).not.toBe('akamai');
  });

  it('Adobe’s ADEPT licence server refusing an expired fulfilment on HTTP 200', () => {
    const adept =
      '<error xmlns="http://ns.adobe.com/adept" data="E_ADEPT_REQUEST_EXPIRED http://acs4.kobo.com/fulfillment/Fulfill 2024-10-27T20:48:44-04:00%20(1730076524000)%20is%20before%202024-10-28T11:27:17-04:00%20(1730129237995)"/>';
    const verdict = one(
      ex(
        'http://acs4.kobo.com/fulfillment/Fulfill',
        200,
        { 'content-type': 'application/vnd.adobe.adept+xml' },
        adept,
        {
          method: 'POST',
          mimeType: 'application/vnd.adobe.adept+xml',
        },
      ),
    );
    expect(verdict).toMatchObject({ layer: 'app', vendor: 'adobe-content-server' });
  });
});

describe('59. red-team review: where the fifty-ninth batch’s readings must not reach', () => {
  it('a CDN’s customer host on a 401 is not the CDN’s own; Cloudflare Stream is a platform', () => {
    const edge = one(
      ex('https://d111111abcdef8.cloudfront.net/live/ch1/index.m3u8?token=abc', 401, {
        'x-cache': 'Error from cloudfront',
        via: '1.1 abc.cloudfront.net (CloudFront)',
        'x-amz-cf-pop': 'CDG50-C1',
      }),
    );
    expect(edge.vendor).toBeNull();
    const stream = one(
      ex(
        'https://customer-abc123.cloudflarestream.com/0123456789abcdef0123456789abcdef/manifest/video.m3u8',
        401,
        {
          server: 'cloudflare',
          'cf-ray': '8f1e2d3c4b5a6978-CDG',
        },
      ),
    );
    expect(stream.vendor).toBe('cloudflare-stream');
  });

  it('a title that mentions a notice, a note beside data, "user is blocked" inside a sentence or on another status', () => {
    const blog = one(
      ex(
        'https://blog.example.com/posts/drive-quota',
        200,
        { 'content-type': 'text/html' },
        '<html><head><title>Google Drive - Quota exceeded? How to fix the download limit | TechBlog</title></head><body><div id="root"></div></body></html>',
        { mimeType: 'text/html' },
      ),
    );
    expect(blog.layer).toBe('none');
    expect(
      json('https://api.github.com/repos/a/b/issues/12', 200, {
        number: 12,
        body: 'Fixed: we now wait when AV says "Our standard API call frequency is 5 calls per minute".',
      }).layer,
    ).toBe('none');
    expect(
      json('https://api.example.com/login', 429, {
        error: 'User is blocked for 15 minutes after too many failed attempts',
      }).layer,
    ).toBe('rate-limit');
    expect(
      json('https://api.example.com/token', 401, {
        error: 'token_expired',
        message: 'Token expired. (Note: if the user is blocked, refresh will fail)',
      }).layer,
    ).toBe('auth');
  });

  it('Akamai’s sentence on a 401 or a 404 is another server’s page; a refresh to a local app’s port or a "blockchain" path', () => {
    const page =
      '<h1>Access Denied</h1>You don\'t have permission to access "http://www.example.com/x" on this server.';
    expect(one(ex('https://www.example.com/x', 401, { 'content-type': 'text/html' }, page)).vendor).not.toBe(
      'akamai',
    );
    expect(one(ex('https://www.example.com/x', 404, { 'content-type': 'text/html' }, page)).layer).toBe(
      'not-found',
    );
    const refresh = (url: string, target: string) =>
      one(
        ex(
          url,
          200,
          { 'content-type': 'text/html' },
          `<html><head><meta http-equiv="refresh" content="0; url=${target}"></head></html>`,
          {
            mimeType: 'text/html',
          },
        ),
      ).layer;
    expect(refresh('http://tv.myhome.duckdns.org/', 'http://192.168.1.20:8096/web/index.html')).toBe('none');
    expect(refresh('http://www.example.com/x', 'http://192.168.1.1/blockchain/status.html')).toBe('network');
  });

  it('the lean does not read a field’s name as a word', () => {
    for (const body of [
      { error: 'account_id must be an integer' },
      { statusCode: 400, message: ['accountNumber should not be empty'], error: 'Bad Request' },
    ])
      expect(json('https://api.example.com/v1/transfer', 400, body).layer, JSON.stringify(body)).not.toBe(
        'account',
      );
  });
});

describe('60. the sixtieth held-out batch (VPN blocks, IP data APIs, scraping services, marketplaces, smaller CDNs, payments)', () => {
  it('proxy networks by their own headers, and what their words say', () => {
    const brightdata = one(
      ex('https://example.invalid/', 400, {
        'Proxy-Status':
          'brd.brighdata.io; received-status=400; error=destination_ip_unroutable; details="client-10060: Requested IP is not allocated to this zone."',
      }),
    );
    expect(brightdata.vendor).toBe('brightdata');
    expect(
      one(
        ex('http://lumtest.com/myip.json', 502, { 'x-lpm-error': 'connect ECONNREFUSED 44.44.44.44:22225' }),
      ).vendor,
    ).toBe('brightdata');
    const oxylabs = one(
      ex('https://example.invalid/', 403, {
        'X-Error-Description':
          'Access denied: restricted target. Please contact support or your account manager if you have any questions.',
      }),
    );
    expect(oxylabs.vendor).toBe('oxylabs');
    expect(
      one(ex('https://example.invalid/', 500, { 'Content-Type': 'text/plain' }, 'error in proxy request'))
        .vendor,
    ).toBe('scrapoxy');
  });

  it('services’ own words and codes: a spent quota, a plan, a restricted merchant, a missing key on a 200', () => {
    const cases: [number, unknown, string][] = [
      [
        200,
        {
          success: false,
          message:
            'You have exceeded your request quota of 200 per day. Please upgrade to increase your request quota.',
        },
        'rate-limit',
      ],
      [
        200,
        {
          success: false,
          error: { code: 101, type: 'missing_access_key', info: 'You have not supplied an API Access Key.' },
        },
        'auth',
      ],
      [401, { error: 'Please upgrade your API plan to use filters or paging.' }, 'account'],
      [403, { status: 403, message: 'PaymentsPolicyCreditRestriction', eventId: '2105' }, 'account'],
      [
        422,
        {
          name: 'UNPROCESSABLE_ENTITY',
          details: [
            { issue: 'PAYEE_ACCOUNT_RESTRICTED', description: 'The merchant account is restricted.' },
          ],
        },
        'account',
      ],
      [500, { error: 'If you wish to scrape Google, use the custom_google=True parameter.' }, 'app'],
    ];
    for (const [status, body, layer] of cases)
      expect(json('https://api.example.com/v1/x', status, body).layer, JSON.stringify(body)).toBe(layer);
    const text = (status: number, body: string) =>
      one(
        ex('https://example.invalid/x', status, { 'content-type': 'text/plain' }, body, {
          mimeType: 'text/plain',
        }),
      ).layer;
    expect(text(403, 'You do not have permission to use this service interface')).toBe('account');
    expect(
      text(
        500,
        'findCompletedItems: Internal Server Error, Domain: Security, Severity: Error, errorId: 10001, Service call has exceeded the number of times the operation is allowed to be called',
      ),
    ).toBe('rate-limit');
    const cloudinary = one(
      ex('http://res.cloudinary.com/x/image/fetch/http://upload.example.org/a.jpg', 401, {
        'X-Cld-Error': 'Images of type fetch are restricted in this account',
      }),
    );
    expect(cloudinary).toMatchObject({ layer: 'app', vendor: 'cloudinary' });
  });

  it('who answered: an origin’s framework behind a load balancer, Distil’s interstitial, Google’s, Netlify’s and imgix’s own pages', () => {
    const ipinfo = one(
      ex(
        'http://ipinfo.io/1.2.3.4/json',
        429,
        {
          'content-type': 'text/html; charset=utf-8',
          'x-powered-by': 'Express',
          via: '1.1 google',
          'x-cloud-trace-context': 'e6/24;o=0',
        },
        'Rate limit exceeded. Subscribe to a paid plan to increase your usage limits at http://ipinfo.io/pricing\n',
      ),
    );
    expect(ipinfo).toMatchObject({ layer: 'rate-limit', vendor: null });
    const distil =
      '<!doctype html><html><head><meta http-equiv="refresh" content="10; url=/distil_r_captcha.html?requestId=98a3a58d&amp;httpReferrer=%2Fsignin%2F"></head></html>';
    expect(
      one(
        ex('https://signin.ebay.com/signin/', 200, { 'content-type': 'text/html' }, distil, {
          mimeType: 'text/html',
        }),
      ),
    ).toMatchObject({
      layer: 'waf',
      vendor: 'distil',
    });
    const gfe =
      '<html><head>\n<title>500 Server Error</title>\n</head>\n<body><h1>Error: Server Error</h1>\n<h2>The server encountered an error and could not complete your request.<p>Please try again in 30 seconds.</h2></body></html>';
    expect(one(ex('http://time.jsontest.com/', 500, {}, gfe))).toMatchObject({
      layer: 'server',
      vendor: 'google-cloud',
    });
    const netlify =
      'Page not found\nLooks like you’ve followed a broken link or entered a URL that doesn’t exist on this site.\n\nIf this is your site, and you weren’t expecting a 404 for this path, please visit Netlify’s “page not found” support guide';
    expect(one(ex('https://site.example/x', 404, {}, netlify)).vendor).toBe('netlify');
    expect(one(ex('https://source.imgix.net/a.pdf?page=2', 403, {})).vendor).toBe('imgix');
  });
});

describe('60. red-team review: where the sixtieth batch’s readings must not reach', () => {
  it('a login whose words only lean never hides what followed it: a name that did not resolve', () => {
    const login = ex(
      'https://api.example-tv.com/v1/login',
      400,
      { 'content-type': 'application/json' },
      '{"message":"Unauthorized"}',
      { method: 'POST', mimeType: 'application/json' },
    );
    const dns = (n: number): Exchange =>
      ex('https://cdn.example-tv.com/live/ch1/index.m3u8', 0, {}, undefined, {
        error: 'net::ERR_NAME_NOT_RESOLVED',
        startedAt: T0 + n * 1000,
      });
    expect(analyze([login, dns(1), dns(2)]).verdict.layer).toBe('network');
  });

  it('a 401’s message names the account only whole; Bright Data’s Proxy-Status only with its own error', () => {
    expect(
      json('https://api.example.com/token', 401, {
        error: 'invalid_token',
        error_description: 'Please verify your identity. Your session has expired.',
      }).layer,
    ).toBe('auth');
    const relayed = one(
      ex(
        'https://api.example.com/x',
        429,
        { 'Proxy-Status': 'brd.brightdata.io; received-status=429' },
        'Too Many Requests',
      ),
    );
    expect(relayed.vendor).not.toBe('brightdata');
    const other = one(
      ex('https://api.example.com/x', 403, {
        'X-Error-Description':
          'Access denied: invalid API key. Please contact support or your account manager.',
      }),
    );
    expect(other.vendor).not.toBe('oxylabs');
  });

  it('a filter’s block page by name, a portal on its own port; a proxy’s X-Powered-By does not take an edge’s page', () => {
    const redirect = (location: string) =>
      one(ex('http://live.example-iptv.com/get.php?username=a&password=b', 302, { location })).layer;
    expect(redirect('http://192.168.1.1/web-filter/blockpage?nonce=abc&appid=5')).toBe('waf');
    const refresh = (target: string) =>
      one(
        ex(
          'http://www.example.com/feed.mp3',
          200,
          { 'content-type': 'text/html' },
          `<html><head><meta http-equiv="refresh" content="0; url=${target}"></head></html>`,
          {
            mimeType: 'text/html',
          },
        ),
      ).layer;
    // A login on its own port is a local application's as often as a portal's: only a block page counts there (review).
    expect(refresh('http://10.0.0.1:8002/index.php?zone=guest&redirurl=login')).toBe('none');
    expect(refresh('http://192.168.1.1:8080/blocked.html')).toBe('waf');
    const cloudflare =
      '<!DOCTYPE html><html><head><title>Attention Required! | Cloudflare</title></head><body><h1>Sorry, you have been blocked</h1><p>Cloudflare Ray ID: 8f1e2d3c4b5a6978</p></body></html>';
    const page = one(
      ex(
        'https://restream.example.com/live/1.m3u8',
        403,
        { server: 'cloudflare', 'cf-ray': '8f1e2d3c4b5a6978-CDG', 'x-powered-by': 'PHP/8.1' },
        cloudflare,
        {
          mimeType: 'text/html',
        },
      ),
    );
    expect(page.vendor).toBe('cloudflare');
    expect(page.confidence).toBeGreaterThan(0.8);
  });

  it('a note that advises is data; an error’s info beside its message is a hint; a code joined by underscores is read as words', () => {
    expect(
      json('https://api.example.com/x', 200, {
        Information: 'Login required for full access; showing sample data.',
      }).layer,
    ).toBe('none');
    expect(
      json('https://api.example.com/x', 200, { Note: 'Too many requests will result in a temporary ban.' })
        .layer,
    ).toBe('none');
    expect(
      json('https://api.example.com/x', 200, {
        success: false,
        error: { code: 'E1', message: 'Bad parameter', info: 'Too many requests' },
      }).layer,
    ).not.toBe('rate-limit');
    expect(
      json('https://www.alphavantage.co/query', 400, {
        'Error Message': 'Invalid API call. Our standard API call frequency is 5 calls per minute; see docs.',
      }).layer,
    ).not.toBe('rate-limit');
  });
});

describe('61. red-team review of the sixtieth review’s fixes', () => {
  it('a 401 names the account with words around it, not beside a credential’s cause', () => {
    for (const message of [
      'Your account has been suspended. Please contact your provider.',
      'Error: Your account has been suspended',
    ]) {
      const verdict = json('https://api.tv.example/v1/me', 401, { message });
      expect(verdict.layer, message).toBe('account');
    }
    expect(
      json('https://api.example.com/token', 401, {
        error: 'invalid_token',
        error_description: 'Please verify your identity. Your session has expired.',
      }).layer,
    ).toBe('auth');
  });

  it('a field’s name given as a value stays whole; a leaned login leads the bare 403s after it', () => {
    expect(
      json('https://api.example.com/v1/transfer', 400, { error: 'validation_failed', field: 'account_id' })
        .layer,
    ).not.toBe('account');
    const login = ex(
      'https://panel.example/api/login',
      400,
      { 'content-type': 'application/json' },
      '{"message":"Unauthorized"}',
      { method: 'POST', mimeType: 'application/json' },
    );
    const stream = (n: number): Exchange =>
      ex(`https://panel.example/live/u/p/${n}.m3u8`, 403, {}, undefined, { startedAt: T0 + n * 1000 });
    expect(analyze([login, stream(1), stream(2)]).verdict.layer).toBe('auth');
  });

  it('a local app’s login on its own port is no portal; "block" only as a word', () => {
    const refresh = (target: string) =>
      one(
        ex(
          'http://media.example.com/',
          200,
          { 'content-type': 'text/html' },
          `<html><head><meta http-equiv="refresh" content="0; url=${target}"></head></html>`,
          {
            mimeType: 'text/html',
          },
        ),
      ).layer;
    expect(refresh('http://192.168.1.5:8123/auth/authorize?client_id=x')).toBe('none');
    expect(refresh('http://192.168.1.5:8096/web/index.html#!/login.html')).toBe('none');
    const redirect = (location: string) =>
      one(ex('http://tv.example.com/live/1.m3u8', 302, { location })).layer;
    for (const path of ['/nonblocking/', '/captive/blockquote.html', '/roadblock.html'])
      expect(redirect(`http://192.168.1.1${path}`), path).toBe('network');
    for (const path of ['/BlockedPage.aspx', '/blocklist.html', '/web-filter/blockpage?nonce=1'])
      expect(redirect(`http://192.168.1.1${path}`), path).toBe('waf');
  });
});

describe('61. the sixty-first held-out batch (IPTV recorders and proxies, Kodi’s IPTV stack, Chinese services, live platforms, Japanese and Korean TV, Italian TV)', () => {
  it('API Gateway’s complaint about an unsigned Authorization header names it: the wrong credential, auth', () => {
    const goplay = one(
      ex(
        'https://api.viervijfzes.be/content/7723475b-1ec0-43e4-8fd8-08becfb2affe',
        403,
        {},
        JSON.stringify({
          message:
            "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=eyJraWQ...*redacted*",
        }),
      ),
    );
    expect([goplay.layer, goplay.vendor]).toEqual(['auth', 'aws-api-gateway']);
    // The same words quoted inside another answer are not the gateway's (only the answer's own message).
    const quoted = one(
      ex(
        'https://api.example.com/v1/help',
        403,
        {},
        JSON.stringify({ error: 'forbidden', hint: "Authorization header requires 'Credential' parameter." }),
      ),
    );
    expect(quoted.vendor).not.toBe('aws-api-gateway');
  });

  it('platforms’ own APIs name themselves: Mux’s host, YouTube’s error domain', () => {
    const mux = json('https://api.mux.com/video/v1/assets', 401, {
      error: { type: 'unauthorized', messages: ['Unauthorized request'] },
    });
    expect([mux.layer, mux.vendor]).toEqual(['auth', 'mux']);
    const youtube = json('https://example.invalid/youtube/v3/liveBroadcasts/transition', 403, {
      code: 403,
      errors: [
        { domain: 'youtube.liveBroadcast', message: 'Stream is inactive', reason: 'errorStreamInactive' },
      ],
      message: 'Stream is inactive',
    });
    expect(youtube.vendor).toBe('youtube');
    // Google's common error object names no service.
    const google = json('https://example.invalid/v3/x', 401, {
      error: {
        code: 401,
        errors: [{ message: 'Invalid Credentials', domain: 'global', reason: 'authError' }],
        status: 'UNAUTHENTICATED',
      },
    });
    expect(google.vendor).not.toBe('youtube');
  });

  it('Livepeer’s playback gate: an error playlist on 200, then 401 for the segment — the stream’s rule', () => {
    const playlist = ex(
      'https://example.invalid/asset/hls/dbe3q3g6q2kia036/index.m3u8?accessKey=REDACTED',
      200,
      { 'content-type': 'application/vnd.apple.mpegurl' },
      '#EXTM3U\n#EXT-X-ERROR: Shutting down since this session is not allowed to view this stream\n#EXT-X-ENDLIST',
    );
    const segment = ex(
      'https://example.invalid/asset/hls/dbe3q3g6q2kia036/foo.ts?accessKey=REDACTED',
      401,
      {},
      '{"error":"unauthorised","error_detail":"access control denied"}',
    );
    const verdict = analyze([playlist, segment]).verdict;
    expect([verdict.layer, verdict.vendor]).toEqual(['app', 'livepeer']);
    expect([one(segment).layer, one(segment).vendor]).toEqual(['app', 'livepeer']);
    // An #EXT-X-ERROR line of some other server's wording is not Livepeer's gate.
    expect(
      one(
        ex(
          'https://example.invalid/live/index.m3u8',
          200,
          { 'content-type': 'application/vnd.apple.mpegurl' },
          '#EXTM3U\n#EXT-X-ERROR: Stream not found\n#EXT-X-ENDLIST',
        ),
      ).vendor,
    ).not.toBe('livepeer');
  });

  it('Tencent Video’s failed play answer on a 200 says where ("cannot play outside"); a good one says nothing', () => {
    const outside = json('https://example.invalid/?vid=s0026ltd8v8', 200, {
      em: 100,
      exem: 2,
      s: 'f',
      msg: 'cannot play outside',
      ip: 'x.xx.xxx.xxxx',
    });
    expect(outside.layer).toBe('geo');
    expect(
      json('https://example.invalid/?vid=x', 200, {
        em: 80,
        s: 'f',
        msg: '您所在区域暂无此内容版权（如设置VPN请关闭后重试）',
      }).layer,
    ).toBe('geo');
    expect(json('https://example.invalid/?vid=x', 200, { s: 'o', msg: 'cannot play outside' }).layer).toBe(
      'none',
    );
    // A short "s" with no reason beside it is data, not Tencent's failure.
    expect(json('https://example.invalid/api', 200, { s: 'f', n: 2 }).layer).toBe('none');
  });

  it('a key named between its word and its verdict is refused (JW Player’s 400); a required field is not', () => {
    const jw = json('https://example.invalid/jwplatform/v1/players/list', 400, {
      status: 'error',
      code: 'ParameterInvalid',
      title: 'Invalid Parameter',
      message: 'api_key: API key tivcast-player is invalid',
    });
    expect(jw.layer).toBe('auth');
    const form = json('https://example.invalid/api/signup', 400, {
      status: 'error',
      message: 'password field reset is required',
    });
    // The credential rule does not read it; the learned lean may guess from its words, unsure.
    notReadAs(form, 'auth');
  });

  it('signed links: Cloud CDN’s token in the path, Vimeo’s expiry in the path', () => {
    const dplus = one(
      ex(
        'https://dplus-it-google-v2.prod-vod.h264.io/1db40d1a/0025c82f/dash_clear_fmp4/x-goog-token=Expires=1662201810&KeyName=prod-sign-url-key-eu&Signature=REDACTED/fragment-1.m4s',
        403,
      ),
    );
    expect([dplus.layer, dplus.vendor]).toEqual(['app', 'google-cloud']);
    const url =
      'https://skyfire.vimeocdn.com/1582488944-REDACTED/e6cb794f-eac2-44a3-b16f-24bca6c97b56/sep/video/231fa43c/master.json?base64_init=1';
    const late = one(ex(url, 410, {}, undefined, { startedAt: Date.UTC(2020, 1, 24, 14, 26, 39) }));
    expect([late.layer, late.vendor]).toEqual(['app', 'vimeo']);
    expect(late.evidence.join('\n')).toMatch(/signed link expired/);
    // Before its time the same 410 is "gone".
    const early = one(ex(url, 410, {}, undefined, { startedAt: Date.UTC(2020, 1, 23, 12, 0, 0) }));
    expect(early.layer).toBe('not-found');
  });

  it('Youku’s mainland-only note is read as geo where a message states it', () => {
    expect(
      json('https://example.invalid/youku/x', 403, {
        error: {
          code: -8,
          message:
            '抱歉，此视频只限于中国内地播放。 Sorry, this video can only be streamed within Mainland China.',
        },
      }).layer,
    ).toBe('geo');
  });
});

describe('62. the sixty-second held-out batch (bot managers, Iberian TV, US broadcast and TV-provider sign-in, IPTV apps, cloud platforms, Benelux and Alpine TV)', () => {
  it('402 Payment Required is a plan that does not include it', () => {
    const npo = one(ex('https://example.invalid/npo-plus-content', 402));
    expect(npo.layer).toBe('account');
  });

  it('Adobe Pass: its hosts, its error object on a 200 decision and on a 403, what each code asks for', () => {
    const decisions = {
      decisions: [
        { resource: 'REF30', mvpd: 'Cablevision', source: 'mvpd', authorized: true },
        {
          resource: 'REF40',
          mvpd: 'Cablevision',
          source: 'mvpd',
          authorized: false,
          error: {
            action: 'none',
            status: 403,
            code: 'authorization_denied_by_mvpd',
            message:
              'The MVPD has returned a "Deny" decision when requesting authorization for the specified resource',
            details: 'Your subscription package does not include the "Live" channel',
            helpUrl:
              'https://experienceleague.adobe.com/docs/pass/authentication/auth-features/error-reportn/enhanced-error-codes.html',
          },
        },
      ],
    };
    const denied = json(
      'https://example.invalid/api/v2/REF30/decisions/authorize/Cablevision',
      200,
      decisions,
    );
    expect([denied.layer, denied.vendor]).toEqual(['account', 'adobe-pass']);
    const preview = json('https://example.invalid/api/v2/REF30/profiles/TempPass_TEST40', 403, {
      status: 403,
      code: 'temporary_access_duration_limit_exceeded',
      message: 'The temporary access duration limit has been exceeded.',
      helpUrl:
        'https://experienceleague.adobe.com/docs/pass/authentication/auth-features/error-reportn/enhanced-error-codes.html',
      action: 'authentication',
    });
    expect([preview.layer, preview.vendor]).toEqual(['account', 'adobe-pass']);
    const expired = json('https://api.auth.adobe.com/api/v2/x/profiles', 403, {
      status: 403,
      code: 'authenticated_profile_expired',
      message: 'The authenticated profile associated with this request has expired.',
    });
    expect([expired.layer, expired.vendor]).toEqual(['auth', 'adobe-pass']);
    // A decision that is all "authorized": true refuses nothing.
    const granted = json('https://example.invalid/api/v2/REF30/decisions/authorize/Cablevision', 200, {
      decisions: [{ resource: 'REF30', authorized: true }],
    });
    expect(granted.layer).toBe('none');
    // The same code words in another service's answer are not Adobe's.
    expect(
      json('https://api.example.org/v1/play', 403, { code: 'authorization_denied_by_mvpd' }).vendor,
    ).not.toBe('adobe-pass');
  });

  it('cloud platforms’ own answers name them: Azure’s stopped app, Kong’s missing route, Netlify’s plain 404, Render’s router', () => {
    const azure = one(
      ex(
        'https://example.invalid/',
        403,
        { 'content-type': 'text/html' },
        'Error 403 - This web app is stopped.\n\nThe web app you have attempted to reach is currently stopped and does not accept any requests. Please try to reload the page or visit it again soon.',
      ),
    );
    expect([azure.layer, azure.vendor]).toEqual(['server', 'azure-app-service']);
    const kong = one(
      ex(
        'http://localhost:8000/v1/accounts',
        404,
        {},
        '{\n    "message": "no Route matched with those values"\n}',
      ),
    );
    expect([kong.layer, kong.vendor]).toEqual(['not-found', 'kong']);
    const netlify = one(
      ex(
        'https://doesnotexistt5t.netlify.app/',
        404,
        {},
        'Not Found - Request ID: 01FH76GABCDEFGHJKMNPQRSTVW',
      ),
    );
    expect(netlify.vendor).toBe('netlify');
    // A "Not Found" with some other id is nobody's in particular.
    expect(one(ex('https://example.invalid/x', 404, {}, 'Not Found - Request ID: 42')).vendor).toBeNull();
    const render = one(
      ex('https://veritas-engine-zae0.onrender.com/test/status', 503, {
        'x-render-routing': 'dynamic-hibernate-error-503',
      }),
    );
    expect([render.layer, render.vendor]).toEqual(['server', 'render']);
    const envoy = one(
      ex(
        'http://fortioserver:8080/echo',
        503,
        { server: 'envoy', 'content-type': 'text/plain' },
        'upstream connect error or disconnect/reset before headers. reset reason: connection failure',
      ),
    );
    expect(envoy.evidence.join('\n')).toMatch(/upstream connect error/);
  });

  it('video platforms’ APIs: Anvato’s host; API Gateway’s complaint printed as its message alone', () => {
    const anvato = one(
      ex(
        'https://tkx.apis.anvato.net/rest/v2/mcp/video/10270705?anvack=REDACTED',
        404,
        {},
        '{"exception":{"type":"exception","code":10,"user_msg":"Failed to retrieve content.","cause":{"dev_msg":"Failed to retrieve the video public URLs."}}}',
      ),
    );
    expect(anvato.vendor).toBe('anvato');
    const goplay = one(
      ex(
        'https://api.viervijfzes.be/',
        403,
        {},
        "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter.",
      ),
    );
    expect([goplay.layer, goplay.vendor]).toEqual(['auth', 'aws-api-gateway']);
  });
});

describe('61. red-team review of the batch’s rules: where they must reach, and where not', () => {
  it('Livepeer’s error playlist alone (a player asks for no segment after it) is its gate’s refusal', () => {
    const playlist = one(
      ex(
        'https://example.invalid/asset/hls/dbe3q3g6q2kia036/index.m3u8?accessKey=REDACTED',
        200,
        { 'content-type': 'application/vnd.apple.mpegurl' },
        '#EXTM3U\r\n#EXT-X-ERROR: Shutting down since this session is not allowed to view this stream\r\n#EXT-X-ENDLIST',
      ),
    );
    expect([playlist.layer, playlist.vendor]).toEqual(['app', 'livepeer']);
  });

  it('Tencent’s envelope assigned to a name (otype=json) is read; its English words only whole', () => {
    const wrapped = one(
      ex(
        'https://vv.video.qq.com/getinfo?vid=x&otype=json',
        200,
        { 'content-type': 'application/javascript' },
        'QZOutputJson={"em":100,"exem":2,"s":"f","msg":"cannot play outside"};',
      ),
    );
    expect(wrapped.layer).toBe('geo');
    for (const message of [
      'This video cannot play outside of example.tv',
      'Live channels cannot play outside the official app',
      'You cannot play outside the board',
    ])
      expect(json('https://api.example.org/v1/play', 403, { message }).layer, message).not.toBe('geo');
    expect(
      json('https://api.example.org/v1/match', 200, {
        success: false,
        msg: 'cannot play outside the tournament window',
      }).layer,
    ).not.toBe('geo');
    // A short "s":"f" without Tencent's error numbers is someone else's data.
    expect(
      json('https://chat.example.org/v1/poll', 200, { s: 'f', msg: 'too many requests from the fans today' })
        .layer,
    ).toBe('none');
  });

  it('a key’s name must look like a key: a form’s check, a plan, an app version are not a refused key', () => {
    for (const [status, message] of [
      [422, 'The api key format is invalid.'],
      [403, 'API key subscription is expired'],
      [403, 'App key version is invalid. Please update the app'],
    ] as const)
      expect(json('https://api.example.org/v1/x', status, { message }).layer, message).not.toBe('auth');
    expect(
      json('https://api.example.org/v1/x', 400, { message: 'API key tivcast-player is invalid' }).layer,
    ).toBe('auth');
  });

  it('a signed link’s vendor yields to a cause the answer states; Vimeo’s path expiry only on its own host and time', () => {
    const geo = json(
      'https://dplus.example.io/a/x-goog-token=Expires=1962201810&KeyName=k&Signature=abc/master.mpd',
      403,
      { message: 'This content is not available in your region' },
    );
    expect(geo.layer).toBe('geo');
    const clip = json('https://skyfire.vimeocdn.com/1012345678-0xabcdef0123/x/master.json', 403, {
      message: 'This video is not available in your country',
    });
    expect(clip.layer).toBe('geo');
    const inner = json(
      'https://proxy.example/fetch?u=https://skyfire.vimeocdn.com/1702345678-abcdef12/x/master.json',
      401,
      { error: 'invalid_token' },
    );
    expect(inner.evidence.join('\n')).not.toMatch(/signed link expired/);
    // Akamai's token as a path segment (Vimeo's links on Akamai) is read for its time.
    const akamai = one(
      ex(
        'https://vod-progressive.akamaized.net/exp=1624452918~acl=%2Fvimeo-prod-skyfire-std-us%2F01%2F2400%2F14%2F362003850%2F1486625955.mp4~hmac=REDACTED/vimeo-prod-skyfire-std-us/01/2400/14/362003850/1486625955.mp4',
        403,
      ),
    );
    expect(akamai.layer).toBe('app');
    expect(akamai.evidence.join('\n')).toMatch(/signed link expired/);
  });

  it('a site named youtube.com in some API’s data is not YouTube’s error', () => {
    const preview = json('https://api.linkpreview.example/v1', 403, {
      error: 'forbidden',
      message: 'Domain not allowed for your plan',
      domain: 'youtube.com',
    });
    expect(preview.vendor).not.toBe('youtube');
    const listed = json('https://api.analytics.example/v1/sites', 401, {
      errors: [{ domain: 'youtube.com', reason: 'unauthorized' }],
    });
    expect(listed.vendor).not.toBe('youtube');
  });
});

describe('63. the sixty-third held-out batch (DRM licence services, captive portals and proxies, web filters, state-ordered blocks, sports passes, British and Irish TV)', () => {
  const page = (url: string, status: number, body: string, headers: Record<string, string> = {}) =>
    one(ex(url, status, { 'content-type': 'text/html', ...headers }, body, { mimeType: 'text/html' }));

  it('web filters by their own pages: Zscaler’s signed logo, Cisco Umbrella’s block record, Cisco WSA’s reason, iboss, Cradlepoint', () => {
    const zscaler = page(
      'http://localhost:9731/get_available_target',
      403,
      '<div class="pg red"><img src="https://login.zscaler.net:443/__zsig/vZTknqrJVr33F" /><div>Sorry, you don\'t have permission to visit this site.</div><b>Web access control</b> Denied</div>',
    );
    expect([zscaler.layer, zscaler.vendor]).toEqual(['waf', 'zscaler']);
    const umbrella = page(
      'https://bootstrap.pypa.io/get-pip.py',
      403,
      '<html><head><title>Site Blocked</title></head><body><script>var blockData = { domain: "bootstrap.pypa.io", blockType: "ftc", bundleid: 13602145, bundleidhash: "b5e2751e2fe446404f228a0ce4e8542cc6587542dacc3da872c3a3c98ef00392", preview: false };</script></body></html>',
    );
    expect([umbrella.layer, umbrella.vendor]).toEqual(['waf', 'cisco-umbrella']);
    const wsa = page(
      'http://example.invalid/l.js',
      403,
      '<html><head><title>Notification: Policy: URL Filtering</title></head><body><div class="details"><p> Date: Wed, 04 Dec 2013<br /> URL: GET http://example.invalid/l.js<br /> Category: Streaming Video<br /> Reason: BLOCK-WEBCAT<br /> Notification: WEBCAT </p></div></body></html>',
    );
    expect([wsa.layer, wsa.vendor]).toEqual(['waf', 'cisco-wsa']);
    const iboss = page(
      'https://example.invalid/pinit.js',
      200,
      '<HTML><HEAD><TITLE>Phantom Technologies</TITLE></HEAD><BODY>Page Blocked<TD class="copyright">&copy; 2012 Phantom Technologies Inc. All rights reserved.</TD></BODY></HTML>',
    );
    expect([iboss.layer, iboss.vendor]).toEqual(['waf', 'iboss']);
    const cradlepoint = page(
      'http://ajax.googleapis.com/',
      200,
      '<html><head><title>Content Filter :: MBR95</title></head><body><h3><b>ajax.googleapis.com</b> is restricted and can not be viewed.</h3><span class="copyright">Copyright &copy; CradlePoint Technology, Inc. 2013</span></body></html>',
    );
    expect([cradlepoint.layer, cradlepoint.vendor]).toEqual(['waf', 'cradlepoint']);
    const netsweeper = one(
      ex('http://example.invalid/', 302, {
        location: 'http://www.safeinternet.cytanet.com.cy:8080/webadmin/deny',
      }),
    );
    expect([netsweeper.layer, netsweeper.vendor]).toEqual(['waf', 'netsweeper']);
    // A login redirect on the same software's admin pages is no deny page.
    expect(
      one(ex('http://example.invalid/', 302, { location: 'http://filter.example:8080/webadmin/login' }))
        .vendor,
    ).not.toBe('netsweeper');
  });

  it('the network in the middle: Squid’s own 400, a captive portal’s 511, an antivirus’s notice', () => {
    const squid = one(
      ex('http://www.bbc.com/', 400, {
        Server: 'squid/3.4.8',
        'X-Squid-Error': 'ERR_INVALID_URL 0',
        'Content-Type': 'text/html',
      }),
    );
    expect([squid.layer, squid.vendor]).toEqual(['network', 'squid']);
    expect(
      one(ex('http://example.com/', 511, {}, 'Network Authentication Required\n\nRefresh\n\nPortal Login'))
        .layer,
    ).toBe('network');
    const eset = one(
      ex(
        'https://example.invalid/',
        200,
        {},
        'Threat found -- This web page may contain dangerous content.\n\nThreat: GenScript.AHWI trojan\n\nAccess to the web page has been blocked. Your device is safe.',
      ),
    );
    expect(eset.layer).toBe('device');
  });

  it('DRM licence services: Widevine’s revoked device, PallyCon’s codes, a PlayReady fault, Red Bee’s and NAGRA’s hosts', () => {
    const revoked = json('https://license.uat.widevine.com/cenc/getlicense', 200, {
      status: 'ACCESS_DENIED',
      status_message: 'drm-serial-number-has-been-individually-revoked',
      supported_tracks: [],
      internal_status: 175,
    });
    expect([revoked.layer, revoked.vendor]).toEqual(['device', 'widevine']);
    const token = json('https://license.pallycon.com/ri/licenseManager.do', 200, {
      errorCode: '7011',
      message: 'Token is expired.',
    });
    expect([token.layer, token.vendor]).toEqual(['app', 'pallycon']);
    const pallyRevoked = json('https://license.pallycon.com/ri/licenseManager.do', 200, {
      errorCode: '7110',
      message: 'DRM device certificate revoked from Widevine DRM Proxy',
    });
    expect(pallyRevoked.layer).toBe('device');
    const fault = one(
      ex(
        'https://example.invalid/rightsmanager.asmx',
        500,
        { 'content-type': 'text/xml; charset=utf-8' },
        '<?xml version="1.0" encoding="UTF-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault><faultcode>soap:Server</faultcode><faultstring>PFS_LICENSE_CREATION_FAILURE</faultstring><detail><Exception><StatusCode>0x8004C600</StatusCode></Exception></detail></soap:Fault></soap:Body></soap:Envelope>',
      ),
    );
    expect([fault.layer, fault.vendor]).toEqual(['server', 'playready']);
    expect(
      json('https://c4.eme.lp.aws.redbeemedia.com/wvlicenceproxy-service/widevine/acquire', 400, {
        status: { success: false, type: 'The JSON message of the request is invalid' },
      }).vendor,
    ).toBe('redbee');
    expect(
      one(ex('https://ssolab1.nagra.com/netssp/x/wvls/contentlicenseservice/v1/licenses', 415)).vendor,
    ).toBe('nagra');
  });

  it('sign-ins refused in a service’s own words, and JSON served as a script', () => {
    const gigya = one(
      ex(
        'https://accounts.us1.gigya.com/accounts.login',
        200,
        { 'Content-Type': 'text/javascript; charset=utf-8' },
        '{"callId": "297c5e2a1dbf4492967459e9c03ac4a5", "errorCode": 403042, "errorDetails": "invalid loginID or password", "errorMessage": "Invalid LoginID", "statusCode": 403}',
        { mimeType: 'text/javascript' },
      ),
    );
    expect([gigya.layer, gigya.vendor]).toEqual(['auth', 'gigya']);
    expect(
      json('https://www.nflgamepass.com/api/user/oauth/token', 400, {
        code: 'UR_10006',
        message: 'error_unauthorised',
        httpStatusCode: 401,
      }).layer,
    ).toBe('auth');
    expect(
      json('https://ovp.skyshowtime.com/auth/throttled/tokens', 400, {
        errorCode: 'OVP_00001',
        description: 'Missing mandatory data: authToken',
      }).layer,
    ).toBe('auth');
    expect(
      json('https://dce-frontoffice.imggaming.com/api/v2/login', 401, {
        status: 401,
        code: 'UNAUTHORIZED',
        messages: ['API Key is invalid'],
      }).vendor,
    ).toBe('dice');
  });

  it('where a service says where: the BBC’s media selector, Docker Hub’s export rule', () => {
    const bbc = one(
      ex(
        'http://open.live.bbc.co.uk/mediaselector/5/select/version/2.0/mediaset/pc/vpid/x',
        403,
        { 'content-type': 'text/xml' },
        '<?xml version="1.0" encoding="UTF-8"?><mediaSelection xmlns="http://bbc.co.uk/2008/mp/mediaselection"><error id="geolocation"/></mediaSelection>',
      ),
    );
    expect(bbc.layer).toBe('geo');
    const unavailable = one(
      ex(
        'http://open.live.bbc.co.uk/mediaselector/5/select/version/2.0/mediaset/pc/vpid/x',
        403,
        { 'content-type': 'text/xml' },
        '<mediaSelection xmlns="http://bbc.co.uk/2008/mp/mediaselection"><error id="selectionunavailable"/></mediaSelection>',
      ),
    );
    expect(unavailable.layer).not.toBe('geo');
    const docker = page(
      'https://registry-1.docker.io/v2/library/x/manifests/latest',
      403,
      '<html><body><h1>403 Forbidden</h1> Since Docker is a US company, we must comply with US export control regulations. In an effort to comply with these, we now block all IP addresses that are located in Cuba, Iran, North Korea, Republic of Crimea, Sudan, and Syria.</body></html>',
    );
    expect(docker.layer).toBe('geo');
  });
});

describe('63. red-team review: where the sixty-second and sixty-third batches’ readings must not reach', () => {
  const page = (url: string, status: number, body: string) =>
    one(ex(url, status, { 'content-type': 'text/html' }, body, { mimeType: 'text/html' }));

  it('an Adobe Pass preauthorize list with one channel locked is not a refusal', () => {
    const list = json('https://api.auth.adobe.com/api/v2/espn/decisions/preauthorize/Comcast_SSO', 200, {
      decisions: [
        { resource: 'ESPN', authorized: true },
        {
          resource: 'ESPNU',
          authorized: false,
          error: {
            status: 403,
            code: 'preauthorization_denied_by_mvpd',
            helpUrl:
              'https://experienceleague.adobe.com/docs/pass/authentication/auth-features/error-reportn/enhanced-error-codes.html',
            action: 'none',
          },
        },
      ],
    });
    expect(list.layer).toBe('none');
  });

  it('a small JSON file behind a signed store link is data, not the store’s refusal', () => {
    const settings = json(
      'https://storage.googleapis.com/app-cfg/settings.json?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Signature=abc',
      200,
      { status: 'live', errors: [] },
    );
    expect(settings.layer).toBe('none');
  });

  it('Zscaler’s logo names it on all its clouds, only on a refusal', () => {
    const two = page(
      'https://example.invalid/',
      403,
      '<div class="pg red"><img src="https://login.zscalertwo.net:443/__zsig/abc" /> Sorry, you don\'t have permission to visit this site.</div>',
    );
    expect(two.vendor).toBe('zscaler');
    const report = page(
      'https://ci.example.org/report.html',
      404,
      '<html><head><link rel="icon" href="https://login.zscloud.net/__zsig/f167WqMcrS45r"></head><body>Not found</body></html>',
    );
    expect([report.layer, report.vendor]).toEqual(['not-found', null]);
  });

  it('a filter’s words alone, a company’s title, a site’s own deny page name no filter', () => {
    expect(
      json('https://api.stream.example/v1/video/1', 401, {
        message: 'This video is restricted and can not be viewed. Please sign in.',
      }).vendor,
    ).not.toBe('cradlepoint');
    expect(
      page(
        'https://phantom.example/missing',
        404,
        '<html><head><title>Phantom Technologies</title></head><body>Page not found</body></html>',
      ).vendor,
    ).not.toBe('iboss');
    expect(
      one(
        ex('https://shop.example.com/webadmin/orders/1', 302, {
          location: 'https://shop.example.com/webadmin/deny',
        }),
      ).vendor,
    ).not.toBe('netsweeper');
  });

  it('Kong’s missing route with its request id or as text; PallyCon’s other licence hosts', () => {
    expect(
      json('http://localhost:8000/x', 404, {
        message: 'no Route matched with those values',
        request_id: '6bfd2e0d2b6c5d3a1c0e9f8a7b6c5d4e',
      }).vendor,
    ).toBe('kong');
    expect(one(ex('http://localhost:8000/x', 404, {}, 'no Route matched with those values\n')).vendor).toBe(
      'kong',
    );
    const global = json('https://license-global.pallycon.com/ri/licenseManager.do', 200, {
      errorCode: '7011',
      message: 'Token is expired.',
    });
    expect([global.layer, global.vendor]).toEqual(['app', 'pallycon']);
  });
});

describe('64. the sixty-fourth held-out batch (IPTV panels’ own routes, streaming servers, players’ logs, app versions, rate limits, CDNs’ documented errors)', () => {
  it('a retired API’s 410 in its own words is the service refusing this client, not a missing object', () => {
    expect(
      json('https://mycompany.atlassian.net/rest/api/3/search', 410, {
        errorMessages: [
          'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API.',
        ],
        errors: {},
      }).layer,
    ).toBe('app');
    expect(
      json('https://api.twitch.tv/api/channels/x/access_token', 410, {
        error: 'Gone',
        message: 'this API has been removed.',
        status: 410,
      }).layer,
    ).toBe('app');
    // A video that is gone stays gone.
    expect(
      json('https://api.example.tv/v1/videos/1', 410, { message: 'This video has been removed.' }).layer,
    ).toBe('not-found');
  });

  it('services’ own codes and phrases: S3’s Slow Down, PyPI’s TLS rule, Google’s over-limit status, Slack’s and WhatsApp’s', () => {
    const s3 = one(
      ex(
        'http://bucket.s3.ap-southeast-1.amazonaws.com/x',
        503,
        { server: 'AmazonS3', 'content-type': 'application/xml' },
        undefined,
        {
          statusText: 'Slow Down',
        },
      ),
    );
    expect(s3.layer).toBe('rate-limit');
    const pypi = one(
      ex(
        'https://pypi.python.org/simple/',
        403,
        { Server: 'Varnish', 'X-Served-By': 'cache-ewr18139-EWR' },
        undefined,
        {
          statusText: 'TLSv1.2+ is required',
        },
      ),
    );
    expect(pypi.layer).toBe('app');
    expect(
      json('https://example.invalid/maps/api/geocode/json', 200, { status: 'OVER_QUERY_LIMIT', results: [] })
        .layer,
    ).toBe('rate-limit');
    expect(
      json('https://slack.com/api/channels.list', 200, { ok: false, error: 'method_deprecated' }).layer,
    ).toBe('app');
    expect(json('https://v.whatsapp.net/v2/code', 200, { status: 'fail', reason: 'old_version' }).layer).toBe(
      'app',
    );
  });

  it('IPTV panels: a proxy refused is the network’s rule, XUI.one’s Enigma2 code is read, JSON under PHP’s text/html', () => {
    const debug = (code: string, message: string) =>
      `<html><head><title>XC_VM - Debug Mode</title></head><body><div id="notfound"><div class="notfound"><div class="notfound-404"><h1>XC_VM</h1><h2>${code}</h2><br/></div><p>${message}</p></div></div></body></html>`;
    const proxy = one(
      ex(
        'https://example.invalid/live/u/p/1.ts',
        200,
        { 'content-type': 'text/html' },
        debug('PROXY_DETECT', 'Proxy has been detected.'),
        {
          mimeType: 'text/html',
        },
      ),
    );
    expect([proxy.layer, proxy.vendor]).toEqual(['geo', 'xtream']);
    const e2 = one(
      ex(
        'https://example.invalid/enigma2.php?username=u&password=p',
        200,
        { 'content-type': 'text/html' },
        '<html><head><title>XUI.one - Debug Mode</title></head><body><h1>XUI.ONE</h1><h2>E2_DISABLED</h2><p>Device has been disabled.</p></body></html>',
        { mimeType: 'text/html' },
      ),
    );
    expect([e2.layer, e2.vendor]).toEqual(['app', 'xtream']);
    const key = one(
      ex(
        'https://example.invalid/api.php?action=user&sub=info',
        200,
        { 'content-type': 'text/html' },
        '{"result":false,"0":"KEY WRONG"}',
        {
          mimeType: 'text/html',
        },
      ),
    );
    expect(key.layer).toBe('auth');
    const ministra = one(
      ex(
        'https://example.invalid/stalker_portal/api/accounts/',
        401,
        { 'WWW-Authenticate': 'Basic realm="Ministra API"', 'content-type': 'application/json' },
        '{"status":"ERROR","results":"","error":"401 Unauthorized request"}',
      ),
    );
    expect([ministra.layer, ministra.vendor]).toEqual(['auth', 'stalker']);
  });

  it('Azure Storage’s own authorisation code names it, even in a trimmed body', () => {
    expect(
      one(
        ex(
          'https://cdn.example.org/et.json',
          403,
          {},
          '<Error>   <Code>AuthenticationFailed</Code>   ... </Error>',
        ),
      ).vendor,
    ).toBe('azure-blob');
  });
});

describe('64. red-team review: where the sixty-fourth batch’s readings must not reach', () => {
  const debug = (code: string) =>
    `<html><head><title>XC_VM - Debug Mode</title></head><body><div class="notfound-404"><h1>XC_VM</h1><h2>${code}</h2></div></body></html>`;
  const panel = (code: string) =>
    one(
      ex('https://example.invalid/live/u/p/1.ts', 200, { 'content-type': 'text/html' }, debug(code), {
        mimeType: 'text/html',
      }),
    );

  it('a MAG client’s /stalker_portal/ path names no portal software by itself', () => {
    const asked = one(
      ex('http://line.example.tv:8080/stalker_portal/server/load.php?type=stb&action=handshake', 401, {
        server: 'nginx',
      }),
    );
    expect(asked.vendor).toBeNull();
  });

  it('a restreaming panel’s header and the admin API’s list are rules about the client; the other XC_VM codes are read', () => {
    expect(panel('RESTREAM_DETECT').layer).toBe('app');
    expect(panel('E2_WATCHDOG_TIMEOUT').layer).toBe('rate-limit');
    expect(panel('STALKER_INVALID_KEY').layer).toBe('app');
    expect(panel('HLS_DISABLED').layer).toBe('app');
    expect(
      one(
        ex(
          'https://example.invalid/api.php?action=user',
          200,
          { 'content-type': 'text/html' },
          '{"result":false,"0":"IP FORBIDDEN"}',
          { mimeType: 'text/html' },
        ),
      ).layer,
    ).toBe('app');
  });

  it('a status beside empty results is read only as Google’s own upper-case code', () => {
    expect(json('https://api.tv.example/pair', 200, { status: 'not_paired', results: [] }).layer).toBe(
      'none',
    );
    expect(json('https://api.tv.example/list', 200, { status: 'premium_only', results: [] }).layer).toBe(
      'none',
    );
  });

  it('a retired API in its XML and other words; not an API removed from a plan, nor a page’s prose', () => {
    expect(
      one(
        ex(
          'http://gdata.youtube.com/feeds/api/videos/x',
          410,
          { 'content-type': 'application/vnd.google.gdata.error+xml' },
          "<errors xmlns='http://schemas.google.com/g/2005'><error><domain>GData</domain><code>NoLongerAvailableException</code><internalReason>No longer available</internalReason></error></errors>",
        ),
      ).layer,
    ).toBe('app');
    expect(
      json('https://api.bitbucket.org/1.0/repositories/x', 410, {
        type: 'error',
        error: { detail: 'This API is no longer supported.' },
      }).layer,
    ).toBe('app');
    expect(
      json('https://api.example.org/v1/x', 410, {
        error: 'Your subscription has expired. This API has been removed from your plan.',
      }).layer,
    ).not.toBe('app');
    expect(
      one(
        ex(
          'https://hub.example.org/apis/x',
          410,
          { 'content-type': 'text/html' },
          '<html><body><h1>Gone</h1><p>This API is no longer active: the provider has removed this API from the Hub.</p></body></html>',
        ),
      ).layer,
    ).toBe('not-found');
  });

  it('thePlatform’s own geo refusal on a 200 is still read through the small-envelope gate', () => {
    const platform = json('https://link.theplatform.eu/s/PR1GhC/media/guid/x?format=SMIL', 200, {
      title: 'Unavailable',
      description: 'This content is not available in your location.',
      isException: true,
      exception: 'GeoLocationBlocked',
      responseCode: '403',
    });
    expect(platform.layer).toBe('geo');
  });
});

describe('65. the sixty-fifth held-out batch (French ISPs’ TV, age and consent gates, set-top boxes, API gateways, transport failures, browsers’ cross-origin refusals)', () => {
  it('a player configuration’s own error code that is a geo code (TF1’s, Arte’s), inside a larger answer', () => {
    const tf1 = json('https://mediainfo.tf1.fr/mediainfocombo/L_x', 200, {
      delivery: {
        code: 403,
        error: 'Désolé, cette vidéo n’est pas accessible depuis votre zone géographique',
        country: 'CA',
      },
      media: { title: 'x', description: 'y'.repeat(2400) },
      error_code: 'GEOBLOCKED',
    });
    expect(tf1.layer).toBe('geo');
    const arte = json('https://api.arte.tv/api/player/v2/config/fr/LIVE', 200, {
      data: {
        attributes: {
          restriction: { restrictedArea: true },
          error: { code: 'ERROR_GEOLOCATION', title: 'Direct non disponible.' },
        },
      },
      padding: 'z'.repeat(2400),
    });
    expect(arte.layer).toBe('geo');
  });

  it('a login wall: a redirect to the service’s own sign-in page that comes back to the asked path', () => {
    const wall = one(
      ex('https://www.instagram.com/api/v1/media/3522122766361061245/info/', 302, {
        location: 'https://www.instagram.com/accounts/login/?next=/api/v1/media/3522122766361061245/info/',
      }),
    );
    expect(wall.layer).toBe('auth');
    // Another host’s sign-in, or one that does not come back, is not this service’s wall.
    expect(
      one(ex('https://www.example.org/watch', 302, { location: 'https://id.example.net/login?next=/watch' }))
        .layer,
    ).not.toBe('auth');
    expect(
      one(ex('https://www.example.org/watch', 302, { location: 'https://www.example.org/login' })).layer,
    ).not.toBe('auth');
  });

  it('gateways and boxes by their own marks: Tyk, WSO2, Apigee’s steps, Enigma2’s stream server, OpenWebif, the Freebox', () => {
    expect(
      one(
        ex(
          'http://localhost:8080/httpbin/get',
          401,
          { 'X-Generator': 'tyk.io' },
          '{"error": "Authorization field missing"}',
        ),
      ).vendor,
    ).toBe('tyk');
    expect(
      one(
        ex(
          'https://api.example.org/x',
          401,
          {},
          '<ams:fault xmlns:ams="http://wso2.org/apimanager/security"><ams:code>900900</ams:code><ams:message>Unclassified Authentication Failure</ams:message></ams:fault>',
        ),
      ).vendor,
    ).toBe('wso2');
    const apigee = one(
      ex(
        'http://org-test.apigee.net/x',
        401,
        {},
        '{"fault":{"faultstring":"Failed to resolve API Key variable request.queryparam.apikey","detail":{"errorcode":"steps.oauth.v2.FailedToResolveAPIKey"}}}',
      ),
    );
    expect([apigee.layer, apigee.vendor]).toEqual(['auth', 'apigee']);
    expect(
      one(ex('http://192.168.1.29:8001/1:0:19', 401, { 'WWW-Authenticate': 'Basic realm="streamserver"' }))
        .vendor,
    ).toBe('enigma2');
    expect(
      one(ex('http://10.0.0.4/grab', 401, { 'WWW-authenticate': 'Basic realm="OpenWebif"' })).vendor,
    ).toBe('openwebif');
    expect(
      json('http://mafreebox.freebox.fr/api/v4/login/session/', 403, {
        msg: "Erreur d'authentification de l'application",
        success: false,
        error_code: 'invalid_token',
      }).vendor,
    ).toBe('freebox');
  });

  it('a tool’s transport message that says more: HTTP/2’s ENHANCE_YOUR_CALM, a DNS filter’s block-page certificate', () => {
    const calm = one(
      ex('https://fcm.example.invalid/', 0, {}, undefined, {
        error: 'Got GOAWAY, ENHANCE_YOUR_CALM, Last Stream: 727, Rest: too_many_pings',
      }),
    );
    expect(calm.layer).toBe('rate-limit');
    const nextdns = one(
      ex('https://freegeoip.app/', 0, {}, undefined, {
        error:
          'verify error:num=20:unable to get local issuer certificate (certificate CN = blockpage.nextdns.io, issuer NextDNS Blockpage Edge CA)',
      }),
    );
    expect(nextdns.layer).toBe('waf');
  });

  it('YouTube’s channel age gate on a 200 names YouTube', () => {
    const gate = jsonText(
      'https://www.youtube.com/youtubei/v1/browse?prettyPrint=false',
      200,
      '{"responseContext":{},"contents":{"channelAgeGateRenderer":{"channelTitle":"x","mainText":"This channel may be inappropriate for some users"}}}',
    );
    expect(gate.vendor).toBe('youtube');
  });
});

describe('65. red-team review: where the sixty-fifth batch’s readings must not reach', () => {
  it('a geo code on one item of a list, in a dictionary or as a permission’s name is not this request’s refusal', () => {
    expect(
      json('https://api.tv.example/v1/home', 200, {
        rails: [
          { id: 1, availability: { code: 'GEO_BLOCKED' } },
          { id: 2, availability: { code: 'OK' } },
        ],
      }).layer,
    ).toBe('none');
    expect(
      json('https://app.example/v1/permissions', 200, {
        permissions: [{ code: 'camera' }, { code: 'geolocation', state: 'prompt' }],
      }).layer,
    ).toBe('none');
    expect(
      json('https://app.example/v1/flags', 200, { code: 'GEO_RESTRICTED_CATALOG', enabled: true }).layer,
    ).toBe('none');
  });

  it('a login wall ranks below a real failure in the same capture, and only at a segment’s edge', () => {
    const wall = ex('https://www.example.org/api/user/favorites', 302, {
      location: '/accounts/login/?next=/api/user/favorites',
    });
    const refused = ex('https://www.example.org/v1/play/ep3', 502, { server: 'nginx' });
    expect(analyze([wall, refused]).verdict.layer).toBe('server');
    expect(one(ex('https://www.example.org/a', 302, { location: '/login?next=/about-us' })).layer).not.toBe(
      'auth',
    );
    // Other spellings of the return address and of the sign-in path.
    expect(
      one(
        ex('https://gitlab.example.com/group/project', 302, {
          location: 'https://gitlab.example.com/users/sign_in?redirect_to=%2Fgroup%2Fproject',
        }),
      ).layer,
    ).toBe('auth');
  });

  it('Apigee’s OAuth setup faults on a 500 stay the server’s; transport words only in their own form', () => {
    const fault = one(
      ex(
        'http://org-test.apigee.net/token',
        500,
        {},
        '{"fault":{"faultstring":"Invalid value for parameter expires_in","detail":{"errorcode":"steps.oauth.v2.InvalidParameter"}}}',
      ),
    );
    expect(fault.layer).toBe('server');
    expect(
      one(
        ex('https://api.example.org/', 0, {}, undefined, {
          error: 'Stream closed with error code NGHTTP2_ENHANCE_YOUR_CALM',
        }),
      ).layer,
    ).toBe('rate-limit');
    expect(
      one(
        ex('https://api.example.org/', 0, {}, undefined, {
          error: 'getaddrinfo ENOTFOUND blockpage.nextdns.io',
        }),
      ).layer,
    ).not.toBe('waf');
  });
});

describe('66. the sixty-sixth held-out batch (playlist hosts, EPG sources, cloud video, European hosting, radio servers, file hosts)', () => {
  it('509 is a host’s transfer allowance used up', () => {
    expect(one(ex('https://mega.example/file', 509)).layer).toBe('rate-limit');
  });

  it('hosts’ and APIs’ own words: 1fichier’s premium network rule, OVH’s ungranted call, Uptobox’s wait, netcup’s and Plesk’s missing zone, Scaleway’s offer', () => {
    expect(
      one(
        ex(
          'https://1fichier.com/?x',
          403,
          { 'content-type': 'text/plain' },
          'Premium status is only allowed to be used on residential private and dedicated - internet connexion - 2a09:bac5::19c:15f -. Use CDN credits. #913',
        ),
      ).layer,
    ).toBe('geo');
    expect(
      json('https://eu.api.ovh.com/1.0/ip/x/antihack/x', 403, {
        message: 'This call has not been granted',
        httpCode: '403 Forbidden',
        errorCode: 'NOT_GRANTED_CALL',
      }).layer,
    ).toBe('auth');
    expect(
      one(
        ex(
          'https://uptobox.com/x',
          200,
          { 'content-type': 'text/plain' },
          'You need a PREMIUM account to download new files immediatly without waiting, or you can wait 1 hour, 51 minutes, 46 seconds to launch a new download',
        ),
      ).layer,
    ).toBe('rate-limit');
    expect(
      json('https://ccp.netcup.net/run/webservice/servers/endpoint.php?JSON', 200, {
        action: 'infoDnsZone',
        status: 'error',
        statuscode: 5031,
        shortmessage: 'Getting DNS zone failed',
        longmessage: 'Can not get DNS records for zone.  Domain not found.',
      }).layer,
    ).toBe('not-found');
    const plesk = one(
      ex(
        'https://host.example:8443/enterprise/control/agent.php',
        200,
        { 'content-type': 'text/xml;charset=UTF-8' },
        '<?xml version="1.0" encoding="UTF-8"?><packet version="1.6.9.1"><site><get><result><status>error</status><errcode>1013</errcode><errtext>Site does not exist</errtext></result></get></site></packet>',
      ),
    );
    expect([plesk.layer, plesk.vendor]).toEqual(['not-found', 'plesk']);
    expect(
      json('https://api.scaleway.com/baremetal/v1/zones/fr-par-2/servers', 503, {
        message: 'cloud-init is not supported on this offer',
      }).layer,
    ).toBe('app');
    expect(
      json('https://api4.thetvdb.com/v4/login', 400, {
        status: 'failure',
        message: 'InvalidValueType: pin required',
      }).layer,
    ).toBe('auth');
  });

  it('hosting panels and video platforms by their own marks: cPanel’s suspended page, Amazon IVS’s token, Imunify360’s check, MediaFire’s removed file', () => {
    const suspended = one(
      ex(
        'https://site.example/',
        200,
        { 'content-type': 'text/html' },
        'This Account has been suspended. Contact your hosting provider for more information.',
        { mimeType: 'text/html' },
      ),
    );
    expect([suspended.layer, suspended.vendor]).toEqual(['account', 'cpanel']);
    const ivs = json('https://example.invalid/api/video/v1/us-west-2.x.m3u8', 403, [
      {
        url: '/api/video/v1/x.m3u8',
        error: 'token contains an invalid number of segments',
        error_code: 'invalid_playback_auth_token',
        type: 'error',
      },
    ]);
    expect([ivs.layer, ivs.vendor]).toEqual(['app', 'aws-ivs']);
    const shield = one(
      ex(
        'https://site.example/',
        200,
        { Server: 'imunify360-webshield/1.21', 'content-type': 'text/html' },
        '<!doctype html><html><head><title>One moment, please...</title></head><body><h1>Please wait while your request is being verified...</h1></body></html>',
        { mimeType: 'text/html' },
      ),
    );
    expect([shield.layer, shield.vendor]).toEqual(['waf', 'imunify360']);
    const gone = one(
      ex('http://www.mediafire.com/?dq61jppml00kxae', 302, {
        Location: '/error.php?errno=320&origin=download',
      }),
    );
    expect(gone.layer).toBe('not-found');
  });
});

describe('66. red-team review: where the sixty-sixth batch’s readings must reach, and where not', () => {
  it('geo codes in their usual shapes: an errors list, a top-level code, an error object with nested members, the table’s spellings', () => {
    expect(
      json('https://api.tv.example/v1/play', 200, {
        errors: [{ code: 'ERROR_GEOLOCATION', title: 'This video is not available in your area' }],
      }).layer,
    ).toBe('geo');
    expect(json('https://api.tv.example/v1/play', 200, { success: false, code: 'GEO_BLOCKED' }).layer).toBe(
      'geo',
    );
    expect(json('https://api.tv.example/v1/play', 200, { errorCode: 'VPNORPROXYDETECTED' }).layer).toBe(
      'geo',
    );
    expect(
      json('https://api.tv.example/v1/play', 200, { error: { details: { at: 'edge' }, code: 'GEO_BLOCKED' } })
        .layer,
    ).toBe('geo');
    expect(
      json('https://api.tv.example/v1/play', 200, {
        title: 'Live [HD',
        playback: { error_code: 'GEO_BLOCKED' },
      }).layer,
    ).toBe('geo');
  });

  it('a subdomain, a proxy’s upstream or a licence’s domain is not a missing zone; a postal PIN is no credential', () => {
    expect(
      one(ex('https://shop.example/', 503, { 'content-type': 'text/html' }, '<h1>Subdomain not found.</h1>'))
        .layer,
    ).toBe('server');
    expect(
      json('https://lic.example/v1/check', 401, {
        message: 'License key is valid but domain not found. Please add this domain in your account.',
      }).layer,
    ).not.toBe('not-found');
    expect(
      json('https://api.post.example/v1/pincode', 400, {
        message: 'Invalid PIN code. Please enter a valid 6-digit PIN code',
      }).layer,
    ).not.toBe('auth');
    expect(json('https://api.example.org/v1/signup', 422, { message: 'pin is required' }).layer).not.toBe(
      'auth',
    );
  });

  it('cPanel’s page with its heading and any case; Imunify360 by its page’s title, not its sentence quoted', () => {
    const page = one(
      ex(
        'https://site.example/',
        200,
        { 'content-type': 'text/html' },
        '<html><head><title>Account Suspended</title></head><body><h1>Account Suspended</h1><h2>This Account Has Been Suspended</h2><p>Contact your hosting provider for more information.</p></body></html>',
        { mimeType: 'text/html' },
      ),
    );
    expect([page.layer, page.vendor]).toEqual(['account', 'cpanel']);
    const article = one(
      ex(
        'https://blog.example/imunify-loop',
        200,
        { 'content-type': 'text/html' },
        '<html><head><title>How to fix the Imunify360 loop</title></head><body><p>If you see "Please wait while your request is being verified..." forever, clear your cookies.</p></body></html>',
        { mimeType: 'text/html' },
      ),
    );
    expect(article.vendor).not.toBe('imunify360');
  });

  it('a sign-out’s redirect to sign in is no wall; Apigee’s OAuth fault on a 429 still names it', () => {
    expect(
      one(ex('https://www.example.org/logout', 302, { location: '/login?redirect=/logout' })).layer,
    ).not.toBe('auth');
    // A relative Location on an address with no path of its own is read against its origin.
    expect(one(ex('https://app.example.org', 302, { location: '/login?next=/feed' })).layer).not.toBe('auth');
    expect(one(ex('https://app.example.org/feed', 302, { location: '/login?next=/feed' })).layer).toBe(
      'auth',
    );
    expect(
      one(
        ex(
          'http://org-test.apigee.net/x',
          429,
          {},
          '{"fault":{"faultstring":"Invalid ApiKey","detail":{"errorcode":"oauth.v2.InvalidApiKey"}}}',
        ),
      ).vendor,
    ).toBe('apigee');
  });
});

describe('67. the sixty-seventh held-out batch (ingress controllers, service meshes, web servers, Canadian TV, map tiles, download mirrors)', () => {
  it('Google’s front end: its load balancer’s 502 page as well as its 500; IAP’s refused sign-in', () => {
    const page = (title: string, words: string) =>
      `<html><head><title>${title}</title></head><body><h1>Error: Server Error</h1><h2>The server encountered ${words} and could not complete your request.<p>Please try again in 30 seconds.</h2></body></html>`;
    const lb = one(
      ex(
        'https://api.app.example/v2/info',
        502,
        { 'content-type': 'text/html' },
        page('502 Server Error', 'a temporary error'),
        {
          mimeType: 'text/html',
        },
      ),
    );
    expect([lb.layer, lb.vendor]).toEqual(['server', 'google-cloud']);
    const iap = one(
      ex(
        'https://pipelines.corp.example/oauth2/token',
        401,
        { 'content-type': 'text/plain' },
        'Invalid IAP credentials: JWT signature is invalid',
      ),
    );
    expect([iap.layer, iap.vendor]).toEqual(['auth', 'google-cloud']);
  });

  it('Fastly named by a cache node header of the service’s own spelling; Kong by its rate-limit body alone', () => {
    const mirror = one(
      ex('https://dl.mirror.example/repo/summary', 503, {
        'fastly-pop': 'cache-fra19146-FRA',
        server: 'Varnish',
      }),
    );
    expect([mirror.layer, mirror.vendor]).toEqual(['server', 'fastly']);
    const limited = one(
      ex(
        'https://gw.example/orders',
        429,
        { 'content-type': 'application/json' },
        '{ "message": "API rate limit exceeded" }',
      ),
    );
    expect([limited.layer, limited.vendor]).toEqual(['rate-limit', 'kong']);
  });

  it('keys and tokens in the words APIs use: a required key, a whole "Invalid key", a missing login token', () => {
    expect(
      one(
        ex(
          'https://maps.example/api/static?center=1,2',
          403,
          { 'content-type': 'text/plain' },
          'The server rejected your request. You must provide a valid API key to use this service.',
        ),
      ).layer,
    ).toBe('auth');
    expect(one(ex('https://tiles.example/v3/tiles.json?key=x', 401, {}, 'Invalid key.')).layer).toBe('auth');
    expect(
      json('https://gis.example/arcgis/rest/services/Roads/MapServer?f=json', 200, {
        error: { code: 499, message: 'Token Required', details: [] },
      }).layer,
    ).toBe('auth');
  });

  it('a timestamp refused against the server’s time is the device’s clock, even on a 401', () => {
    expect(
      one(
        ex(
          'https://account.example/oauth2/token',
          401,
          { 'content-type': 'application/json' },
          '{"errorId":"x","message":"Signature rejected: timestamp doesn\'t match server time."}',
        ),
      ).layer,
    ).toBe('device');
  });

  it('a mirror’s volume block and an organisation’s acceptable-use notice', () => {
    expect(
      one(
        ex(
          'https://mirrors.example/pypi/simple/',
          403,
          { 'content-type': 'text/html' },
          '<html><body><p>Hello! We have detected enormous traffic from your network or client and have blocked your requests.</p></body></html>',
          { mimeType: 'text/html' },
        ),
      ).layer,
    ).toBe('rate-limit');
    expect(
      one(
        ex(
          'https://cran.example/src/contrib/pkg.tar.gz',
          403,
          { 'content-type': 'text/html' },
          '<html><body><h1>Website blocked</h1><p>This website is not in compliance with the Corporate Acceptable Use Policy.</p></body></html>',
          { mimeType: 'text/html' },
        ),
      ).layer,
    ).toBe('waf');
  });
});

describe('67. red-team review: where the sixty-seventh batch’s readings must reach, and where not', () => {
  it('a fastly- header names Fastly only by a cache node’s name; an origin’s own Fastly module header does not', () => {
    const origin = one(
      ex(
        'https://shop.example/checkout',
        403,
        { 'fastly-module-enabled': '1.2.150', server: 'nginx', 'cf-cache-status': 'DYNAMIC' },
        'Forbidden',
      ),
    );
    expect(origin.vendor).not.toBe('fastly');
    const node = one(ex('https://dl.example/x', 503, { 'fastly-node': 'cache-lhr-klhr1230045-LHR' }));
    expect(node.vendor).toBe('fastly');
  });

  it('a stream link’s token outranks "Token required" and "Invalid key"; an API’s whole answer does not need one', () => {
    expect(
      one(
        ex(
          'https://cdn.example/live/ch1/index.m3u8?token=9f8e7d6c&expires=1900000000',
          403,
          {},
          'Token required',
        ),
      ).layer,
    ).toBe('app');
    expect(one(ex('https://cdn.example/hls/ch1/key.key?token=9f8e7d6c', 403, {}, 'Invalid key')).layer).toBe(
      'app',
    );
    expect(one(ex('https://tiles.example/v3/tiles.json', 403, {}, 'Invalid key')).layer).toBe('auth');
  });

  it('an acceptable-use policy named by a host, an account or a content policy is the service’s; a filter’s page is a firewall', () => {
    for (const [status, text] of [
      [404, 'Page not found. Hosting that violates our Acceptable Use Policy is removed.'],
      [403, 'Your account has been suspended because it is in violation of our Acceptable Use Policy.'],
      [400, '{"error":{"message":"Your prompt violates the acceptable use policy."}}'],
    ] as const)
      expect(one(ex('https://svc.example/x', status, {}, text)).layer, text).not.toBe('waf');
  });

  it('a sign-up form’s "must provide a valid username" is no refused credential; Kong 3’s limit with its request_id is Kong', () => {
    notReadAs(
      json('https://app.example/api/signup', 400, { message: 'You must provide a valid username' }),
      'auth',
    );
    const limited = one(
      ex(
        'https://gw.example/orders',
        429,
        { 'content-type': 'application/json' },
        '{"message":"API rate limit exceeded","request_id":"5e1c0e5b2f7d4a1c9a0b3e2d1f4c5b6a"}',
      ),
    );
    expect(limited.vendor).toBe('kong');
  });

  it('Google’s front-end page in another case still names it; a bare "Request blocked" is a firewall’s', () => {
    const page = one(
      ex(
        'https://app.example/',
        500,
        { 'content-type': 'text/html' },
        '<h2>The server encountered an error and could not complete your request.<P>Please try again in 30 seconds.</h2>',
        { mimeType: 'text/html' },
      ),
    );
    expect(page.vendor).toBe('google-cloud');
    expect(
      one(ex('https://api.example/v2/search', 403, { 'content-type': 'text/plain' }, 'Request blocked.'))
        .layer,
    ).toBe('waf');
  });
});

describe('68. the sixty-eighth held-out batch (debrid services, Stremio add-ons, mail and messaging APIs, weather and data APIs, live ingest, webhooks and tunnels)', () => {
  it('envelopes: JSend’s error with its message, a rate-limit flag beside an error, a status inside a success', () => {
    expect(
      json('https://api.debrid.example/transfer/list', 200, {
        status: 'error',
        message: 'Not logged in. Please log in first.',
      }).layer,
    ).toBe('auth');
    expect(
      json('https://idx.example/api.php?mode=search', 200, {
        error: 'Too many requests in a short time',
        error_code: 5,
        rate_limit: 1,
      }).layer,
    ).toBe('rate-limit');
    expect(
      json('https://api.weather.example/data/2.5/weather?q=Atlantis', 200, {
        cod: '404',
        message: 'city not found',
      }).layer,
    ).toBe('not-found');
    // A success's own status is no failure.
    expect(
      json('https://api.weather.example/data/2.5/weather?q=Paris', 200, {
        cod: 200,
        name: 'Paris',
        main: { temp: 280 },
      }).layer,
    ).toBe('none');
  });

  it('sandboxes and unverified senders are the account’s; a banned tunnel owner too; a key never sent is the key', () => {
    expect(
      json('https://api.mail.example/v3/messages', 400, {
        message: 'Sandbox subdomains are for test purposes only. Add the address to authorized recipients.',
      }).layer,
    ).toBe('account');
    expect(
      one(
        ex(
          'https://email.example/',
          400,
          { 'content-type': 'text/xml' },
          '<ErrorResponse><Error><Type>Sender</Type><Code>MessageRejected</Code><Message>Email address is not verified. The following identities failed the check: a@b.example</Message></Error></ErrorResponse>',
        ),
      ).layer,
    ).toBe('account');
    const banned = one(
      ex(
        'https://abcd-1-2.ngrok-free.app/',
        403,
        { 'content-type': 'text/plain' },
        'ERR_NGROK_3208\nThe account associated with this hostname has been banned.',
      ),
    );
    expect([banned.layer, banned.vendor]).toEqual(['account', 'ngrok']);
    expect(
      json('https://mandrillapp.example/api/1.0/messages/send.json', 500, {
        status: 'error',
        code: -1,
        name: 'ValidationError',
        message: 'You must specify a key value',
      }).layer,
    ).toBe('auth');
  });

  it('services’ own words: a note of spent free calls, a live channel blocked, a VPN refused in free mode, a message not found, [auth failed]', () => {
    expect(
      json('https://www.alphavantage.example/query?function=X', 200, {
        Information:
          'Please consider spreading out your free API requests more sparingly (25 requests per day).',
      }).layer,
    ).toBe('rate-limit');
    expect(
      json('https://www.googleapis.example/youtube/v3/liveBroadcasts', 403, {
        error: { code: 403, errors: [{ reason: 'livePermissionBlocked', domain: 'youtube.liveBroadcast' }] },
      }).layer,
    ).toBe('account');
    expect(
      one(
        ex(
          'https://files.example/file/download/x',
          200,
          { 'content-type': 'text/plain' },
          'You cannot download files using a VPN in free mode.',
        ),
      ).layer,
    ).toBe('geo');
    expect(
      json('https://api.mail.example/messages/outbound/1/details', 422, {
        ErrorCode: 701,
        Message: 'This message was not found.',
      }).layer,
    ).toBe('not-found');
    expect(
      json('https://media.example/index/api/webrtc?app=live&stream=a&type=push', 200, {
        code: -400,
        msg: '[auth failed]: code:401 msg:"Unauthorized"',
      }).layer,
    ).toBe('auth');
  });

  it('products by their own marks: Cloudflare’s block template and challenge sentence, Jenkins’ anonymous caller, LiveKit’s route, Twitch’s GraphQL host, localtunnel', () => {
    const block = one(
      ex(
        'https://tracker.example/',
        403,
        { 'content-type': 'text/html' },
        '<div class="cf-error-description"><p>You do not have access to tracker.example.</p></div><span class="cf-code-label">Error code <span>1020</span></span>',
        { mimeType: 'text/html' },
      ),
    );
    expect([block.layer, block.vendor]).toEqual(['waf', 'cloudflare']);
    const check = one(
      ex(
        'https://video.example/',
        403,
        { 'content-type': 'text/html' },
        '<p>video.example needs to review the security of your connection before proceeding.</p>',
        { mimeType: 'text/html' },
      ),
    );
    expect([check.layer, check.vendor]).toEqual(['waf', 'cloudflare']);
    const jenkins = one(
      ex(
        'https://ci.example/job/x/build?token=t',
        403,
        { 'x-jenkins': '2.426.1', 'x-you-are-authenticated-as': 'anonymous', 'content-type': 'text/html' },
        '<html><body>Authentication required</body></html>',
        { mimeType: 'text/html' },
      ),
    );
    expect([jenkins.layer, jenkins.vendor]).toEqual(['auth', 'jenkins']);
    const room = one(
      ex(
        'https://rtc.example/twirp/livekit.RoomService/ListRooms',
        401,
        {},
        'invalid token: signature is invalid',
      ),
    );
    expect([room.layer, room.vendor]).toEqual(['auth', 'livekit']);
    expect(
      one(
        ex(
          'https://gql.twitch.tv/gql',
          401,
          {},
          '{"error":"Unauthorized","status":401,"message":"The \\"Authorization\\" token is invalid."}',
        ),
      ).vendor,
    ).toBe('twitch');
    expect(one(ex('https://quiet-fox-12.loca.lt/hook', 503, {}, '503 - Tunnel Unavailable')).vendor).toBe(
      'localtunnel',
    );
  });
});

describe('68. red-team review: where the sixty-eighth batch’s readings must reach, and where not', () => {
  it('a framework’s crash quoting Mandrill’s sentence is a server error; Mandrill’s own envelope is its key', () => {
    const crash = one(
      ex(
        'https://shop.example/cart.do',
        500,
        { 'content-type': 'text/html' },
        '<html><body><h1>HTTP Status 500</h1><p>java.lang.IllegalArgumentException: You must specify a key value</p></body></html>',
        { mimeType: 'text/html' },
      ),
    );
    expect(crash.layer).toBe('server');
    expect(
      json('https://mandrillapp.example/api/1.0/users/ping.json', 500, {
        status: 'error',
        code: -1,
        name: 'ValidationError',
        message: 'You must specify a key value',
      }).layer,
    ).toBe('auth');
  });

  it('a status another server answered, inside a record, is no refusal; nor a shipment’s cash on delivery', () => {
    expect(
      json('https://api.example.com/repos/a/b/hooks/1/deliveries/2', 200, {
        id: 2,
        event: 'push',
        status: 'Not Found',
        status_code: 404,
        redelivery: false,
      }).layer,
    ).toBe('none');
    expect(
      json('https://checker.example/api/links', 200, {
        url: 'https://x.example/',
        status_code: 429,
        checked_at: '2024-01-01',
      }).layer,
    ).toBe('none');
    expect(
      json('https://ship.example/api/orders/7', 200, { order: 7, cod: 429, message: 'ready', weight: 2 })
        .layer,
    ).toBe('none');
  });

  it('JSend’s envelope only: a job’s, a build’s or a health check’s own "status":"error" is its data', () => {
    expect(
      json('https://ci.example/api/jobs/9', 200, {
        id: 9,
        status: 'error',
        message: 'authentication failed for registry',
        started: '2024-01-01',
      }).layer,
    ).toBe('none');
    expect(
      json('https://app.example/health', 200, {
        status: 'error',
        message: 'redis: auth failed',
        uptime: 1234,
      }).layer,
    ).toBe('none');
    expect(
      json('https://api.example/v1/transfer/list', 200, { status: 'error', message: 'Not logged in.' }).layer,
    ).toBe('auth');
  });

  it('"Request blocked." on a 429 stays a limit; a quoted ERR_NGROK in a page is not ngrok’s; "auth failed" in a mail log is not a refusal', () => {
    expect(one(ex('https://api.example/v1/x', 429, { 'retry-after': '30' }, 'Request blocked.')).layer).toBe(
      'rate-limit',
    );
    const quoted = one(
      ex(
        'https://blog.example/ngrok',
        404,
        { 'content-type': 'text/html' },
        '<p>If you see <code>ERR_NGROK_8012</code>, start your local server.</p>',
        { mimeType: 'text/html' },
      ),
    );
    expect(quoted.vendor).not.toBe('ngrok');
    expect(
      json('https://app.example/api/mail/test', 200, {
        ok: true,
        log: 'SMTP auth failed, retried with STARTTLS, sent',
      }).layer,
    ).toBe('none');
  });

  it('Fastly’s node names with the airport’s four letters, and chains of them; LiveKit’s other Twirp services', () => {
    expect(one(ex('https://x.example/a', 503, { 'fastly-node': 'cache-fra-eddf8230060-FRA' })).vendor).toBe(
      'fastly',
    );
    expect(
      one(
        ex('https://x.example/a', 503, {
          'fastly-node': 'cache-lhr-eglc8600041-LHR, cache-fra-eddf8230060-FRA',
        }),
      ).vendor,
    ).toBe('fastly');
    expect(
      one(ex('https://rtc.example/twirp/livekit.Egress/StartRoomCompositeEgress', 401, {}, 'invalid token'))
        .vendor,
    ).toBe('livekit');
  });
});

describe('69. the sixty-ninth held-out batch (cast devices, audiobooks, stream tokens, South Asian and Ukrainian TV, ad insertion)', () => {
  it('a licence refused with its list of reasons, a patron’s hold limit', () => {
    expect(
      json('https://api.audible.example/1.0/content/B01/licenserequest', 200, {
        license_denial_reasons: [
          {
            message: 'Customer is not part of any plans',
            rejectionReason: 'RequesterEligibility',
            validationType: 'Membership',
          },
        ],
      }).layer,
    ).toBe('account');
    expect(
      one(
        ex(
          'https://library.example/cirrus/library/x/placehold',
          400,
          { 'content-type': 'application/xml' },
          '<Error><Code>Gen-001</Code><Message>Patron cannot have more than 10 loans</Message></Error>',
        ),
      ).layer,
    ).toBe('account');
  });

  it('a UPnP renderer’s 716 is a resource not found, its 701 and 714 decide nothing; Google’s ad insertion by its host', () => {
    const fault = (code: number, text: string) =>
      `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault><faultcode>s:Client</faultcode><faultstring>UPnPError</faultstring><detail><UPnPError xmlns="urn:schemas-upnp-org:control-1-0"><errorCode>${code}</errorCode><errorDescription>${text}</errorDescription></UPnPError></detail></s:Fault></s:Body></s:Envelope>`;
    expect(
      one(
        ex(
          'http://192.168.1.20:9197/upnp/control/AVTransport1',
          500,
          { 'content-type': 'text/xml' },
          fault(716, 'Resource not found'),
        ),
      ).layer,
    ).toBe('not-found');
    expect(
      one(
        ex(
          'http://192.168.1.20:9197/upnp/control/AVTransport1',
          500,
          { 'content-type': 'text/xml' },
          fault(701, 'Transition not available'),
        ),
      ).layer,
    ).not.toBe('not-found');
    expect(
      one(ex('https://dai.google.com/linear/hls/pa/event/abc/stream/def/variant/1/bandwidth/2.m3u8', 404))
        .vendor,
    ).toBe('google-dai');
  });

  it('an Amazon service’s own error type through a gateway-less front names no API Gateway', () => {
    const carried = one(
      ex(
        'https://api.audible.example/1.0/content/B01/licenserequest',
        400,
        {
          'x-amzn-errortype':
            'ValidationException:http://internal.amazon.com/coral/com.amazon.coral.validate/',
          'content-type': 'application/json',
        },
        '',
      ),
    );
    expect(carried.vendor).not.toBe('aws-api-gateway');
    expect(
      one(
        ex(
          'https://abc.execute-api.us-east-1.amazonaws.com/prod/x',
          403,
          { 'x-amzn-errortype': 'ForbiddenException' },
          '{"message":"Forbidden"}',
        ),
      ).vendor,
    ).toBe('aws-api-gateway');
  });
});

describe('69. red-team review: where the sixty-ninth batch’s readings must reach, and where not', () => {
  it('UPnP’s 716 is a resource not found only with its description; a router’s port mapping fault is not', () => {
    const fault = (code: number, text: string, prefix = '') =>
      `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault><faultcode>s:Client</faultcode><faultstring>UPnPError</faultstring><detail><${prefix}UPnPError xmlns="urn:schemas-upnp-org:control-1-0"><${prefix}errorCode> ${code} </${prefix}errorCode><${prefix}errorDescription>${text}</${prefix}errorDescription></${prefix}UPnPError></detail></s:Fault></s:Body></s:Envelope>`;
    expect(
      one(
        ex(
          'http://192.168.1.1:5000/ctl/IPConn',
          500,
          { 'content-type': 'text/xml' },
          fault(716, 'WildCardNotPermittedInExtPort'),
        ),
      ).layer,
    ).not.toBe('not-found');
    expect(
      one(
        ex(
          'http://192.168.1.20:9197/upnp/control/AVTransport1',
          500,
          { 'content-type': 'text/xml' },
          fault(716, 'Resource not found', 'u:'),
        ),
      ).layer,
    ).toBe('not-found');
  });

  it('a playlist’s size limit is no account’s; OpenWeatherMap’s status inside a success is read', () => {
    expect(
      json('https://api.example/v1/playlists', 422, { error: 'A playlist cannot have more than 100 titles' })
        .layer,
    ).not.toBe('account');
    // Only OpenWeatherMap's two fields (review "70."): another small envelope's own status is not its cause.
    expect(
      json('https://api.weather.example/data/2.5/weather?q=Nowhere', 200, {
        cod: '404',
        message: 'city not found',
      }).layer,
    ).toBe('not-found');
  });

  it('Audible’s denial reasons where its answer puts them; "auth failed" as a service says it, not a mail server’s login', () => {
    expect(
      json('https://api.audible.example/1.0/content/B02/licenserequest', 200, {
        content_license: {
          status_code: 'Denied',
          license_denial_reasons: [
            { message: 'Customer is not part of any plans', rejectionReason: 'RequesterEligibility' },
          ],
        },
      }).layer,
    ).toBe('account');
    expect(json('https://media.example/api/push', 200, { code: -1, msg: 'auth failed' }).layer).toBe('auth');
    expect(
      one(
        ex(
          'https://app.example/api/notify',
          200,
          { 'content-type': 'text/plain' },
          'queued; SMTP auth failed, will retry',
        ),
      ).layer,
    ).not.toBe('auth');
  });
});

describe('70. the seventieth held-out batch (Smart DNS and proxies, self-hosted media servers, anti-piracy blocks, blockers, transport failures, IPTV panels)', () => {
  it('a failure written as a status text with no answer is read; a blocker’s redirects do not outvote a block page', () => {
    // As a log turned into HAR writes it: no answer (status 0), the failure as its status text.
    const har = statusZeroHar(
      'Received a GOAWAY with error code ENHANCE_YOUR_CALM and debug data equal to "too_many_pings"',
      'http://10.0.0.5:50051/',
    );
    const goaway = analyze(parseHar(har)).verdict;
    expect(goaway.layer).toBe('rate-limit');
    // A blocker's redirects to its own stand-ins are no refusal to weigh (review "70."): beside a block page, the page's.
    const stub = (n: number) =>
      ex(`https://ads.example/tag${n}.js`, 307, {
        location: `chrome-extension://abcd/web_accessible_resources/noop.js?secret=${n}`,
      });
    const block = analyze([
      stub(1),
      stub(2),
      stub(3),
      ex(
        'https://video.example/live/index.m3u8',
        403,
        { 'cf-ray': '8a1b2c3d4e5f6a7b-CDG', server: 'cloudflare' },
        'error code: 1020',
      ),
    ]).verdict;
    expect([block.layer, block.vendor]).toEqual(['waf', 'cloudflare']);
  });

  it('an unblocker named by the service, a location refused at sign-in', () => {
    expect(
      one(
        ex(
          'https://www.netflix.example/watch/1',
          200,
          { 'content-type': 'text/plain' },
          'You seem to be using an unblocker or proxy.\nError Code: M7111-5059',
          { mimeType: 'text/plain' },
        ),
      ).layer,
    ).toBe('geo');
    expect(
      one(
        ex(
          'https://global.edge.example/idp/login',
          400,
          { 'content-type': 'text/plain' },
          'Forbidden location',
        ),
      ).layer,
    ).toBe('geo');
  });

  it('a Subsonic server named by its own envelope; its 70 (nothing there) is no refusal (review "70.")', () => {
    const envelope = (code: number, message: string) => ({
      'subsonic-response': {
        status: 'failed',
        version: '1.16.1',
        type: 'navidrome',
        serverVersion: '0.54.0',
        openSubsonic: true,
        error: { code, message },
      },
    });
    const login = json(
      'https://music.example/rest/stream?id=1',
      200,
      envelope(40, 'Wrong username or password'),
    );
    expect([login.layer, login.vendor]).toEqual(['auth', 'navidrome']);
    expect(
      json('https://music.example/rest/getCoverArt?id=1', 200, envelope(70, 'Artwork not found')).layer,
    ).toBe('none');
  });
});

describe('70. red-team review: where the seventieth batch’s readings must reach, and where not', () => {
  it('a status text on a status-0 entry is a failure only in a transport failure’s words', () => {
    const entry = (statusText: string) => statusZeroHar(statusText);
    for (const text of ['(pending)', 'canceled', 'OK', 'blocked:other'])
      expect(parseHar(entry(text))[0]?.error, text).toBeUndefined();
    expect(parseHar(entry('net::ERR_CONNECTION_RESET'))[0]?.error).toBe('net::ERR_CONNECTION_RESET');
  });

  it('UPnP’s description by its letters; "auth failed" only as a message’s start; "Forbidden location" whole only', () => {
    const fault = (text: string) =>
      `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault><faultcode>s:Client</faultcode><faultstring>UPnPError</faultstring><detail><UPnPError xmlns="urn:schemas-upnp-org:control-1-0"><errorCode>716</errorCode><errorDescription>${text}</errorDescription></UPnPError></detail></s:Fault></s:Body></s:Envelope>`;
    for (const text of [
      'Resource not found.',
      'ResourceNotFound',
      'Resource Not Found: http://192.168.1.5/a.mp4',
    ])
      expect(
        one(
          ex(
            'http://192.168.1.20:1400/MediaRenderer/AVTransport/Control',
            500,
            { 'content-type': 'text/xml' },
            fault(text),
          ),
        ).layer,
        text,
      ).toBe('not-found');
    for (const message of ['Redis auth failed', 'Widevine license server auth failed', 'no auth required'])
      expect(json('https://app.example/api/status', 200, { code: -1, msg: message }).layer, message).not.toBe(
        'auth',
      );
    expect(json('https://media.example/api/push', 200, { code: -1, msg: 'auth failed' }).layer).toBe('auth');
    notReadAs(
      one(
        ex(
          'https://site.example/admin/',
          403,
          { 'content-type': 'text/plain' },
          'Forbidden location /admin/ for this client',
        ),
      ),
      'geo',
    );
  });

  it('a small envelope’s own status does not override its words, nor name their cause', () => {
    expect(
      json('https://api.example/v1/play', 200, { status_code: 404, message: 'not available in your country' })
        .layer,
    ).not.toBe('not-found');
    expect(
      json('https://shop.example/api/orders/7', 200, { order: 7, cod: 429, message: 'ready' }).layer,
    ).toBe('none');
  });
});

describe('71. the seventy-first held-out batch (HbbTV and catch-up, peer-to-peer engines, live events, chat media, parliaments and lecture capture)', () => {
  it('Wowza Video’s billing refusal is the account’s', () => {
    expect(
      json('https://api.video.wowza.example/api/v1.9/live_streams/abc/start', 401, {
        meta: {
          status: 401,
          code: 'ERR-401-TrialExceeded',
          title: 'Bad Billing Status Error',
          message:
            "Your billing status needs attention. You can't start or add live streams until your billing status is updated.",
        },
      }).layer,
    ).toBe('account');
  });
});

describe('71. red-team review: a status-0 status text, "Forbidden location" and "auth failed" where they must reach', () => {
  const statusZero = (statusText: string) =>
    parseHar(statusZeroHar(statusText, 'https://cdn.example/live.m3u8'))[0];

  it('the error families the engine knows and a failure’s verbs are read; a handshake that went well is not', () => {
    for (const text of [
      'SEC_ERROR_EXPIRED_CERTIFICATE',
      'NS_BINDING_ABORTED',
      'NGHTTP2_ENHANCE_YOUR_CALM',
      'Connection reset by peer',
      'read ECONNRESET',
    ])
      expect(statusZero(text)?.error, text).toBe(text);
    for (const text of ['OK (TLS 1.3)', 'SSL', 'INTERNAL_ERROR: category=analytics', 'Service Worker (TLS)'])
      expect(statusZero(text)?.error, text).toBeUndefined();
  });

  it('"Forbidden location" with a trailing line break or CRLF; "auth failed" and "auth required" at a message’s start', () => {
    expect(
      one(ex('https://global.edge.example/idp/login', 400, {}, "Forbidden location\r\nupstream: '0idp'\n"))
        .layer,
    ).toBe('geo');
    for (const message of [
      'Request auth failed',
      'auth required',
      'Auth failed, please login',
      'Error: auth failed',
    ])
      expect(json('https://media.example/api/push', 200, { code: -1, msg: message }).layer, message).toBe(
        'auth',
      );
  });
});

describe('72. the seventy-second held-out batch (Stalker portals, FAST channels, broadcast-TV servers, the fediverse, video meetings, carrier and family filters)', () => {
  const xml = (url: string, body: string) =>
    one(ex(url, 200, { 'content-type': 'text/xml' }, body, { mimeType: 'text/xml' }));

  it('a meeting API’s failed XML answer says which refusal by its key; a failure about the request is none', () => {
    const failed = (key: string, message: string) =>
      `<response>\n  <returncode>FAILED</returncode>\n  <messageKey>${key}</messageKey>\n  <message>${message}</message>\n</response>`;
    const api = 'https://meet.school.example/bigbluebutton/api/getRecordings?meetingID=x&checksum=REDACTED';
    expect(xml(api, failed('checksumError', 'Checksums do not match')).layer).toBe('auth');
    expect(xml(api, failed('notFound', 'We could not find recordings')).layer).toBe('not-found');
    expect(xml(api, failed('internalError', 'Could not find any available servers.')).layer).toBe('server');
    // Its older form, the key in an error element; and a balancer's own key with the checksum in its message.
    expect(
      xml(
        api,
        "<response><returncode>FAILED</returncode><errors><error key='checksumError' message='You did not pass the checksum security check'/></errors></response>",
      ).layer,
    ).toBe('auth');
    expect(
      xml(
        api,
        '<response><returncode>ERROR</returncode><message>invalid checksum</message><messageKey>balancer_error</messageKey></response>',
      ).layer,
    ).toBe('auth');
    // The calling program's own mistakes, and a success.
    expect(xml(api, failed('idNotUnique', 'A meeting already exists with that meeting ID.')).layer).toBe(
      'none',
    );
    expect(xml(api, failed('missingParamMeetingID', 'You must specify a meeting ID.')).layer).toBe('none');
    expect(
      xml(api, '<response><returncode>SUCCESS</returncode><messageKey>notFound</messageKey></response>')
        .layer,
    ).toBe('none');
  });

  it('a family resolver’s DNS answer that filtered the name is its filter; an ordinary answer or another code is none', () => {
    const doh = (host: string, comment: string) =>
      one(
        ex(
          `https://${host}/dns-query?name=tv.example&type=A`,
          200,
          { 'content-type': 'application/dns-json' },
          `{"Status":0,"TC":false,"RD":true,"RA":true,"AD":false,"CD":false,"Question":[{"name":"tv.example","type":1}],"Answer":[{"name":"tv.example","type":1,"TTL":60,"data":"0.0.0.0"}],"Comment":${comment}}`,
          { mimeType: 'application/dns-json' },
        ),
      );
    const filtered = doh('family.cloudflare-dns.com', '["EDE(17): Filtered"]');
    expect([filtered.layer, filtered.vendor]).toEqual(['waf', 'cloudflare']);
    const blocked = doh('dns.resolver.example', '"EDE(15): Blocked"');
    expect([blocked.layer, blocked.vendor]).toEqual(['waf', null]);
    expect(doh('dns.resolver.example', '["EDE(16): Censored"]').layer).toBe('geo');
    expect(doh('dns.resolver.example', '["EDE(3): Stale Answer"]').layer).toBe('none');
    expect(doh('dns.resolver.example', '["Response from 192.0.2.1."]').layer).toBe('none');
  });

  it('a provider’s parental filter that redirects to its own notice is that filter; its court-order notice stays ordered', () => {
    const redirect = (location: string) => one(ex('http://tv.example/', 302, { location }));
    expect(redirect('http://assets.o2.co.uk/18plusaccess/').layer).toBe('waf');
    expect(
      redirect('http://block.nb.sky.com/?domain=tv.example&categories=ANONYMIZERS&match_user_blacklist=false')
        .layer,
    ).toBe('waf');
    expect(redirect('http://assets.virginmedia.com/site-blocked.html').layer).toBe('geo');
    // Another host that only starts like the notice's is not it.
    expect(redirect('http://block.nb.sky.com.evil.example/').layer).not.toBe('waf');
  });

  it('BT’s parental notice, held in the page until its script shows it, is the filter’s; a service’s own parental control is not read so', () => {
    const page = (text: string) =>
      one(ex('http://tv.example/', 200, { 'content-type': 'text/html' }, text, { mimeType: 'text/html' }));
    expect(
      page(
        '<html><body><div id="strict" style="display:none">&nbsp; has been blocked by BT Parental Controls because the account holder has Strict filters on.</div></body></html>',
      ).layer,
    ).toBe('waf');
    notReadAs(
      page(
        '<html><body><p>This programme is blocked by parental controls on your profile.</p></body></html>',
      ),
      'waf',
    );
  });

  it('PeerTube’s ActivityPub signature refusal is the signing server’s credential', () => {
    expect(
      json('https://video.example/video-channels/a/inbox', 403, {
        type: 'about:blank',
        title: 'Forbidden',
        detail: 'ActivityPub signature could not be checked',
        status: 403,
      }).layer,
    ).toBe('auth');
  });

  it('minisatip names itself in its Server header', () => {
    expect(one(ex('http://10.0.0.5:8080/satip.xml', 503, { server: 'minisatip/1.3.4' })).vendor).toBe(
      'minisatip',
    );
    expect(one(ex('http://10.0.0.5:8080/satip.xml', 503, { server: 'satip-proxy' })).vendor).not.toBe(
      'minisatip',
    );
  });
});

describe('73. the seventy-third held-out batch (TV Everywhere, internet pay-TV, device integrity, clocks, Israeli and Iranian TV, mobile networks)', () => {
  it('a signed request refused for its time is the caller’s clock, in each service’s words', () => {
    for (const [status, body] of [
      [
        401,
        {
          error: 'invalid_client',
          error_description: 'AADSTS50012: Client assertion is not within its valid time range.',
        },
      ],
      [
        400,
        {
          error: 'invalid_grant',
          error_description:
            'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values.',
        },
      ],
      [400, { code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' }],
      [401, { statusCode: 401, error: 'Unauthorized', message: 'Error: Stale timestamp' }],
    ] as const)
      expect(json('https://api.example/v1/orders', status, body).layer, JSON.stringify(body)).toBe('device');
    // On a success, in a failed envelope.
    expect(
      json('https://openapi.example/v1.0/token', 200, {
        code: 1013,
        msg: 'request time is invalid',
        success: false,
      }).layer,
    ).toBe('device');
  });

  it('a store’s own detail that the request date is too old outranks its one word for a refused signature', () => {
    const verdict = one(
      ex(
        'https://acct.blob.core.windows.net/c/b',
        403,
        { 'content-type': 'application/xml', server: 'Windows-Azure-Blob/1.0 Microsoft-HTTPAPI/2.0' },
        '<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code><Message>Server failed to authenticate the request.</Message><AuthenticationErrorDetail>Request date header too old: \'Fri, 04 Oct 2019 18:02:12 GMT\'</AuthenticationErrorDetail></Error>',
      ),
    );
    expect(verdict.layer).toBe('device');
    // The same store's refusal without the detail stays its own.
    expect(
      one(
        ex(
          'https://acct.blob.core.windows.net/c/b',
          403,
          { 'content-type': 'application/xml', server: 'Windows-Azure-Blob/1.0 Microsoft-HTTPAPI/2.0' },
          '<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code><Message>Server failed to authenticate the request.</Message><AuthenticationErrorDetail>Signature did not match.</AuthenticationErrorDetail></Error>',
        ),
      ).layer,
    ).not.toBe('device');
  });

  it('a directory that must know the device, and the TV provider’s refusals in Adobe Pass’s words', () => {
    expect(
      json('https://login.example/token', 401, {
        error: 'invalid_grant',
        error_description: 'AADSTS50097: Device authentication is required.',
      }).layer,
    ).toBe('device');
    const xml = (status: number, body: string) =>
      one(
        ex(
          'https://api.auth.adobe.com/api/v1/authorize?requestor=X',
          status,
          { 'content-type': 'application/xml' },
          body,
          { mimeType: 'application/xml' },
        ),
      );
    expect(
      xml(
        403,
        '<error><status>403</status><message>User not authorized</message><details>Your subscription package does not include the "ABC" channel.</details></error>',
      ).layer,
    ).toBe('account');
    expect(
      xml(403, '<error><status>403</status><message>Authentication token expired</message></error>').layer,
    ).toBe('auth');
    const old = one(
      ex(
        'https://sp.auth.adobe.com/adobe-services/authorize',
        200,
        { 'content-type': 'application/xml' },
        '<error><notAuthorized/></error><details>0033:The customer is not authorized for the content requested</details>',
        {
          mimeType: 'application/xml',
        },
      ),
    );
    expect([old.layer, old.vendor]).toEqual(['account', 'adobe-pass']);
  });

  it('an operator-only login is the subscription; a category filter’s notice is the filter; WhatsApp’s bad_token is its rule about the app', () => {
    expect(
      json('https://api.example/login/otp', 400, {
        code: 1002,
        message: 'Please login with a Jio phone number',
      }).layer,
    ).toBe('account');
    expect(
      one(
        ex(
          'http://news.example/story',
          200,
          { 'content-type': 'text/html' },
          'The page you tried to visit cannot be accessed because it contains content belonging to the category of: Adult. The network blocks access to selected sites.',
          { mimeType: 'text/html' },
        ),
      ).layer,
    ).toBe('waf');
    expect(
      json('https://v.example/v2/code', 200, { login: '100', status: 'fail', reason: 'bad_token' }).layer,
    ).toBe('app');
    expect(
      json('https://v.example/v2/code', 200, { login: '100', status: 'fail', reason: 'old_version' }).layer,
    ).toBe('app');
  });

  it('Iran’s filter redirecting to its own address, OSS’s troubleshooting link and Akamai’s copied reference name who answered', () => {
    expect(
      one(ex('http://shop.example/_next/static/chunks/a.js', 302, { location: 'http://10.10.34.35:80' }))
        .layer,
    ).toBe('geo');
    const oss = one(
      ex(
        'https://cdn.example/object',
        403,
        { 'content-type': 'application/xml' },
        '<Error><Code>RequestTimeTooSkewed</Code><Message>The difference between the request time and the current time is too large.</Message><RequestId>66F1</RequestId><HostId>cdn.example</HostId><EC>0002-00000504</EC><RecommendDoc>https://api.aliyun.com/troubleshoot?q=0002-00000504</RecommendDoc></Error>',
      ),
    );
    expect([oss.layer, oss.vendor]).toEqual(['device', 'aliyun-oss']);
    expect(
      one(
        ex(
          'http://vod.example/master.m3u8',
          503,
          {},
          'An error occurred while processing your request. Reference #199.86c9a652.1440277182.3332196',
        ),
      ).vendor,
    ).toBe('akamai');
    // The sentence alone, without the reference's shape, names nobody.
    expect(
      one(
        ex(
          'http://vod.example/master.m3u8',
          503,
          {},
          'An error occurred while processing your request. Please retry.',
        ),
      ).vendor,
    ).not.toBe('akamai');
  });
});

describe('72. red-team review: a meeting API only on its path, the same providers’ other notices, a port that is a number', () => {
  const xml = (url: string, body: string) =>
    one(ex(url, 200, { 'content-type': 'text/xml' }, body, { mimeType: 'text/xml' }));

  it('a join link for a meeting that does not exist is not found; another API’s returncode is its own', () => {
    expect(
      xml(
        'https://class.example/bigbluebutton/api/join?meetingID=x&checksum=REDACTED',
        '<response><returncode>FAILED</returncode><messageKey>invalidMeetingIdentifier</messageKey><message>The meeting ID that you supplied did not match any existing meetings</message></response>',
      ).layer,
    ).toBe('not-found');
    for (const body of [
      '<response><returncode>ERROR</returncode><message>Invalid checksum for uploaded file chunk 3</message></response>',
      '<response><returncode>FAILED</returncode><messageKey>checksumError</messageKey></response>',
    ])
      expect(xml('https://files.example/upload/api/chunk', body).layer, body).toBe('none');
  });

  it('the UK and Irish providers’ other filter notices are their filters, only on a plain request and a real port', () => {
    const redirect = (from: string, location: string) => one(ex(from, 302, { location }));
    for (const location of [
      'http://block.cf.sky.com/?u=tv.example',
      'http://blocked.nb.sky.com/',
      'http://www.vodafone.co.uk/restricted-content?url=tv.example',
      'https://m.three.ie/adult-content',
      'http://block.nb.sky.com:8080/',
    ])
      expect(redirect('http://tv.example/', location).layer, location).toBe('waf');
    // A user part that only starts like the notice's names another host; an HTTPS request no provider could redirect.
    expect(redirect('http://tv.example/', 'http://block.nb.sky.com:x@evil.example/').layer).not.toBe('waf');
    expect(redirect('https://tv.example/', 'http://block.nb.sky.com/').layer).not.toBe('waf');
  });
});

describe('74. the seventy-fourth held-out batch (Balkan, Romanian, Hungarian and Bulgarian TV, sports data, webcasts, institutional proxies, client rules)', () => {
  it('proxies on the way name themselves: Squid unable to resolve, Tinyproxy refusing a client, Forefront TMG asking for a login', () => {
    const dns = one(
      ex('http://tv.example/', 503, {
        server: 'squid/5.7',
        'x-squid-error': 'ERR_DNS_FAIL 0',
        'content-type': 'text/html',
      }),
    );
    expect([dns.layer, dns.vendor]).toEqual(['network', 'squid']);
    const tiny = one(
      ex(
        'http://tv.example/',
        403,
        { 'content-type': 'text/html' },
        '<html><body><h1>Access denied</h1><p>The administrator of this proxy has not configured it to service requests from your host.</p><hr /><p><em>Generated by <a href="https://tinyproxy.github.io/">tinyproxy</a> version 1.11.1.</em></p></body></html>',
      ),
    );
    expect(tiny.vendor).toBe('tinyproxy');
    const tmg = one(
      ex('https://mail.example/owa/', 401, {}, undefined, {
        statusText:
          'Unauthorized ( The server requires authorization to fulfill the request. Access to the Web server is denied. Contact the server administrator.  )',
      }),
    );
    expect([tmg.layer, tmg.vendor]).toEqual(['auth', 'isaserver']);
  });

  it('edges’ own refusals: Akamai’s referer check, Cloudflare’s newer challenge headline; a copied headline on a success is no challenge', () => {
    const referral = one(
      ex(
        'http://stats.example/stats/scoreboard',
        403,
        { 'content-type': 'text/html' },
        '<HTML><HEAD><TITLE>Referral Denied</TITLE></HEAD><BODY><H1>Referral Denied</H1>You don\'t have permission to access "http&#58;&#47;&#47;stats.example&#47;stats&#47;scoreboard" on this server.</BODY></HTML>',
      ),
    );
    expect(referral.vendor).toBe('akamai');
    const page =
      '<div class="ch-title-zone"><h1>site.example</h1></div><h2 id="RREuc7" class="ch-title">Performing security verification</h2>';
    const challenge = one(ex('https://site.example/', 403, { 'content-type': 'text/html' }, page));
    expect([challenge.layer, challenge.vendor]).toEqual(['waf', 'cloudflare']);
    expect(one(ex('https://site.example/', 200, { 'content-type': 'text/html' }, page)).vendor).not.toBe(
      'cloudflare',
    );
  });

  it('a subscription, an organisation’s restriction, a domain rule and YouTube’s refusal of the app, each in its own words', () => {
    expect(
      json('https://api.example/streams', 200, {
        error: 'Pentru acces la acest continut trebuie sa aveti abonament la acest serviciu. (304)',
      }).layer,
    ).toBe('account');
    expect(
      one(
        ex(
          'https://login.example/',
          403,
          { 'content-type': 'text/html' },
          '<p>Sorry, access to this resource has been restricted by your organisation</p><p>Code: OA-AP-4032-01</p>',
        ),
      ).layer,
    ).toBe('account');
    expect(
      one(ex('https://backend.dna-delivery.com/eu/distributor/v1/', 403, {}, 'domain name not allowed'))
        .layer,
    ).toBe('app');
    const app = jsonText(
      'https://www.youtube.com/youtubei/v1/player',
      200,
      '{"playabilityStatus":{"errorScreen":{"playerErrorMessageRenderer":{"reason":{"runs":[{"text":"The following content is not available on this app."}]}}},"status":"UNPLAYABLE"}}',
    );
    expect([app.layer, app.vendor]).toEqual(['app', 'youtube']);
  });
});

describe('73. red-team review: a clock or a device inside a server error, the short clock words whole, notices only where a filter could answer', () => {
  it('a server error that relays its upstream’s clock or device refusal is the server’s', () => {
    expect(
      json('https://api.example/v1/report', 500, {
        error:
          'invalid_grant: Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values',
      }).layer,
    ).toBe('server');
    expect(
      json('https://api.example/v1/orders', 400, {
        code: -1021,
        msg: 'Timestamp for this request is outside of the recvWindow.',
      }).layer,
    ).toBe('device');
  });

  it('"stale timestamp" and "request time is invalid" only as the whole message or Hawk’s own forms; "device authentication" only with Azure AD’s code', () => {
    notReadAs(
      json('https://wiki.example/api/edit', 409, { error: 'Edit conflict: stale timestamp on revision 42' }),
      'device',
    );
    notReadAs(
      json('https://book.example/api/slot', 422, {
        message: 'The request time is invalid for this booking form',
      }),
      'device',
    );
    expect(
      json('https://hawk.example/resource', 401, {
        statusCode: 401,
        error: 'Unauthorized',
        message: 'Error: Stale timestamp',
      }).layer,
    ).toBe('device');
    expect(
      json('https://iot.example/v1.0/token', 200, {
        code: 1013,
        msg: 'request time is invalid',
        success: false,
      }).layer,
    ).toBe('device');
    notReadAs(
      json('https://bank.example/api/login', 401, {
        message: 'Device authentication is required. Enter the code we sent you.',
      }),
      'device',
    );
  });

  it('a meeting API under a balancer’s prefix; a provider’s own host names; a hotspot on the filter’s address; a CSRF bad_token', () => {
    expect(
      one(
        ex(
          'https://b3scale.example/bbb/frontend1/bigbluebutton/api/getMeetings?checksum=REDACTED',
          200,
          { 'content-type': 'text/xml' },
          '<response><returncode>ERROR</returncode><message>invalid checksum</message><messageKey>b3scale_server_error</messageKey></response>',
          { mimeType: 'text/xml' },
        ),
      ).layer,
    ).toBe('auth');
    expect(
      one(
        ex('http://giffgaff.com/mobile/over18', 301, { location: 'https://www.giffgaff.com/mobile/over18' }),
      ).layer,
    ).not.toBe('waf');
    expect(
      one(
        ex('http://www.nowtv.com/help', 302, {
          location: 'https://account.nowtv.com/broadband-buddy/blocked-pages/',
        }),
      ).layer,
    ).not.toBe('waf');
    expect(
      one(
        ex('http://tv.example/', 302, {
          location: 'http://10.10.34.34/login?dst=http%3A%2F%2Ftv.example%2F',
        }),
      ).layer,
    ).not.toBe('geo');
    expect(one(ex('https://tv.example/', 302, { location: 'http://10.10.34.35:80' })).layer).not.toBe('geo');
    expect(one(ex('http://tv.example/', 302, { location: 'http://10.10.34.35:80' })).layer).toBe('geo');
    expect(json('https://forum.example/post', 200, { status: 'fail', reason: 'bad_token' }).layer).toBe(
      'none',
    );
  });

  it('Adobe Pass’s notAuthorized element only on its own hosts', () => {
    const body = '<error><notAuthorized/></error><details>Internal error while processing</details>';
    expect(
      one(
        ex('https://api.other.example/authorize', 200, { 'content-type': 'application/xml' }, body, {
          mimeType: 'application/xml',
        }),
      ).layer,
    ).toBe('none');
  });
});

describe('74. red-team review: a referer rule, a TV delivery’s own lock, a domain rule whole, YouTube’s app refusal only in its error screen', () => {
  it('Akamai’s Referral Denied is the site’s referer rule; a bare 403 on CDN.bg is its own lock, not a firewall', () => {
    expect(
      one(
        ex(
          'http://stats.example/stats/x',
          403,
          { 'content-type': 'text/html' },
          '<HTML><BODY><H1>Referral Denied</H1>You don\'t have permission to access "http&#58;&#47;&#47;stats.example&#47;" on this server.</BODY></HTML>',
        ),
      ).layer,
    ).toBe('app');
    const bg = one(ex('http://i.cdn.bg/aes/bnt1.php?wowzasessionid=REDACTED', 403));
    expect([bg.layer, bg.vendor]).toEqual(['app', 'cdn-bg']);
  });

  it('"domain name not allowed" only as the whole answer; YouTube’s sentence only as its error screen’s reason', () => {
    expect(one(ex('https://backend.dna-delivery.com/eu/v1/', 403, {}, 'domain name not allowed')).layer).toBe(
      'app',
    );
    notReadAs(
      json('https://api.registrar.example/v1/check', 502, {
        error: 'Upstream failed: domain name not allowed by policy',
      }),
      'app',
    );
    const titled = jsonText(
      'https://www.youtube.com/youtubei/v1/search',
      200,
      '{"contents":[{"videoRenderer":{"title":{"runs":[{"text":"The following content is not available on this app."}]}}}]}',
    );
    expect(titled.layer).toBe('none');
  });
});

describe('75. the seventy-fifth held-out batch (household and device rules, VPN providers, TV operators’ middleware, Korean and Taiwanese live, children’s video)', () => {
  it('device allowances in each service’s words are the account’s', () => {
    expect(
      json('https://api.warp.example/v0a/reg/x/account/devices', 400, {
        result: null,
        success: false,
        errors: [{ code: 1056, message: 'Too many connected devices.' }],
        messages: [],
      }).layer,
    ).toBe('account');
    expect(
      one(
        ex(
          'https://api.vpn.example/WgConfigs',
          400,
          {},
          'You have reached your limit of WireGuard keys. Please reuse the existing key pairs.',
        ),
      ).layer,
    ).toBe('account');
  });

  it('a proxy network’s code for an unverified account; Kaltura’s scheduling message on a success', () => {
    const brd = one(
      ex('https://site.example/path', 400, {
        'x-brd-error':
          'Request Failed (bad_endpoint): Requested site is not available for immediate access mode in accordance with robots.txt.',
        'x-brd-error-code': 'ub_bad_endpoint_robots',
      }),
    );
    expect([brd.layer, brd.vendor]).toEqual(['account', 'brightdata']);
    const kaltura = json('https://cdnapi.kaltura.example/api_v3/service/multirequest', 200, [
      { objects: [], objectType: 'KalturaBaseEntryListResponse' },
      {
        sources: [],
        messages: [
          {
            message: "Out of scheduling\nWe're sorry, this content is currently unavailable.",
            code: 'SCHEDULED_RESTRICTED',
            objectType: 'KalturaAccessControlMessage',
          },
        ],
        objectType: 'KalturaPlaybackContext',
      },
    ]);
    expect([kaltura.layer, kaltura.vendor]).toEqual(['app', 'kaltura']);
  });

  it('YouTube’s Restricted Mode imposed on the way; Naver TV’s right-holder notice as the whole page', () => {
    const restricted = one(
      ex(
        'https://www.youtube.com/watch?v=abc',
        200,
        { 'content-type': 'text/html' },
        'Video unavailable This video is restricted. Please check the Google Workspace administrator and/or the network administrator restrictions.',
        { mimeType: 'text/html' },
      ),
    );
    expect([restricted.layer, restricted.vendor]).toEqual(['waf', 'youtube']);
    expect(
      one(
        ex(
          'http://tv.naver.com/v/1',
          200,
          { 'content-type': 'text/html' },
          'According to the request of the right holder, the clip is not available in your country.',
          {
            mimeType: 'text/html',
          },
        ),
      ).layer,
    ).toBe('geo');
  });
});

describe('75. red-team review: quoted notices are not refusals, a device allowance whole, codes that name their cause whatever else the page carries', () => {
  it('YouTube’s Restricted Mode sentence quoted in an article or a forum’s page is not YouTube refusing', () => {
    const quoted =
      '<html><head><title>How to turn off Restricted Mode</title></head><body><p>If you see "This video is restricted. Please check the Google Workspace administrator and/or the network administrator restrictions." ask your admin.</p></body></html>';
    expect(
      one(ex('https://blog.example/restricted-mode', 200, { 'content-type': 'text/html' }, quoted)).vendor,
    ).not.toBe('youtube');
    const player = json('https://www.youtube.com/youtubei/v1/player', 200, {
      playabilityStatus: {
        status: 'UNPLAYABLE',
        errorScreen: {
          playerErrorMessageRenderer: {
            subreason: {
              runs: [
                {
                  text: 'This video is restricted. Please check the Google Workspace administrator and/or the network administrator restrictions.',
                },
              ],
            },
          },
        },
      },
    });
    expect([player.layer, player.vendor]).toEqual(['waf', 'youtube']);
  });

  it('"too many connected devices" only as the whole message: a router’s server error is its own', () => {
    expect(
      json('https://192.168.1.1/api/clients', 503, {
        error: 'Server busy: too many connected devices on this access point',
      }).layer,
    ).toBe('server');
  });

  it('Akamai’s Referral Denied with its reference line is still the referer rule; Kaltura’s country restriction is geo; Bright Data’s header on a page it fetched whole names nobody', () => {
    expect(
      one(
        ex(
          'http://stats.example/stats/x',
          403,
          { 'content-type': 'text/html' },
          '<HTML><HEAD><TITLE>Referral Denied</TITLE></HEAD><BODY><H1>Referral Denied</H1>You don\'t have permission to access "http&#58;&#47;&#47;stats.example&#47;" on this server.<P>Reference&#32;&#35;18&#46;2a1e1bb8&#46;1588888888&#46;2c0e9d1</BODY></HTML>',
        ),
      ).layer,
    ).toBe('app');
    const geo = json('https://cdnapisec.kaltura.example/api_v3/service/multirequest', 200, [
      { objects: [], objectType: 'KalturaBaseEntryListResponse' },
      {
        sources: [],
        actions: [{ type: 'BLOCK', objectType: 'KalturaAccessControlBlockAction' }],
        messages: [
          {
            message:
              "Un authorized country\nWe're sorry, this content is only available in certain countries.",
            code: 'COUNTRY_RESTRICTED',
            objectType: 'KalturaAccessControlMessage',
          },
        ],
        objectType: 'KalturaPlaybackContext',
      },
    ]);
    expect(geo.layer).toBe('geo');
    const fetched = one(
      ex(
        'https://site.example/page',
        200,
        { 'content-type': 'text/html', 'x-brd-error-code': 'ub_bad_endpoint_robots' },
        '<html><body><h1>Welcome</h1></body></html>',
      ),
    );
    expect(fetched.vendor).not.toBe('brightdata');
  });
});

describe('75. quick review of its review: the bot check’s obfuscated cookie forms, YouTube’s reason key, Kaltura’s rule listings', () => {
  const challenge = (setter: string) =>
    one(
      ex(
        'https://shop.example/',
        200,
        { 'content-type': 'text/html' },
        `<html><head><script>var _0x1=['cookie'];${setter}'__tst_status=1; path=/';location.reload();</script></head><body></body></html>`,
        { mimeType: 'text/html' },
      ),
    ).layer;

  it('a decoder’s call with its key, an escaped or spaced name still set the check’s cookie', () => {
    for (const setter of [
      "document[_0x3c5b('0x0','Qh!T')]=",
      "document['\\x63\\x6f\\x6f\\x6b\\x69\\x65']=",
      "document[ 'cookie' ] =",
      "document[_0x1(0x1a4, 'abcd')]=",
      "document['cookie']=",
    ])
      expect(challenge(setter), setter).toBe('waf');
  });

  it('YouTube’s restricted sentence as its player answer’s reason; Kaltura’s country code in a rule listing is a setting', () => {
    const reason = json('https://www.youtube.com/youtubei/v1/player', 200, {
      playabilityStatus: {
        status: 'UNPLAYABLE',
        reason:
          'This video is restricted. Please check the Google Workspace administrator and/or the network administrator restrictions.',
      },
    });
    expect([reason.layer, reason.vendor]).toEqual(['waf', 'youtube']);
    const listing = json(
      'https://admin.kaltura.example/api_v3/service/accesscontrolprofile/action/list',
      200,
      {
        objects: [
          {
            rules: [
              {
                message: 'Un authorized country',
                code: 'COUNTRY_RESTRICTED',
                actions: [{ type: 1, objectType: 'KalturaAccessControlBlockAction' }],
                objectType: 'KalturaRule',
              },
            ],
            objectType: 'KalturaAccessControlProfile',
          },
        ],
        objectType: 'KalturaAccessControlProfileListResponse',
      },
    );
    expect(listing.layer).not.toBe('geo');
  });
});

describe('77. the seventy-seventh held-out batch (indexers, sign-in gateways, name and school filters, eastern CDNs and firewalls, embed rules, Baltic and Finnish TV)', () => {
  it('an indexer’s error element on a success: its key, its limit, else its words; never inside a feed', () => {
    // Sonarr's recorded Newznab answer for a bad key; Prowlarr's grab limit on a 200 (cross-seed's curl -v).
    expect(
      xmlAnswer(
        'https://indexer.example/api?t=search&q=x',
        200,
        '<?xml version="1.0" encoding="utf-8" ?> \n<error code="100" description="Incorrect user credentials"/>',
      ).layer,
    ).toBe('auth');
    expect(
      xmlAnswer(
        'https://indexer.example/prowlarr/3/download?link=x',
        200,
        '<?xml version="1.0" encoding="UTF-8"?>\n<error code="429" description="Grab limit reached (5)" />',
      ).layer,
    ).toBe('rate-limit');
    expect(
      xmlAnswer(
        'https://indexer.example/api?t=tvsearch',
        200,
        '<error code="500" description="Request limit reached"/>',
      ).layer,
    ).toBe('rate-limit');
    const feed = xmlAnswer(
      'https://indexer.example/api?t=search',
      200,
      '<?xml version="1.0"?><rss><channel><item><title>x</title></item><error code="100" description="Incorrect user credentials"/></channel></rss>',
    );
    expect(feed.layer).not.toBe('auth');
  });

  it('Squid’s pages for a fetch it could not make, by their code; Sophos’ gateway page on a server error', () => {
    const connect = one(
      ex('http://site.example/', 502, { server: 'squid/5.7', 'x-squid-error': 'ERR_CONNECT_FAIL 111' }),
    );
    expect([connect.layer, connect.vendor]).toEqual(['network', 'squid']);
    const timeout = one(
      ex('http://site.example/', 504, { server: 'squid/4.13', 'x-squid-error': 'ERR_READ_TIMEOUT 0' }),
    );
    expect([timeout.layer, timeout.vendor]).toEqual(['network', 'squid']);
    const sophos = one(
      ex(
        'https://site.example/store/product_thumb.php',
        504,
        { 'content-type': 'text/html; charset=utf-8' },
        '<!DOCTYPE html><html><head><!-- NOTIFICATION PAGE TEMPLATE: ERROR PAGES --><title>Sophos Web Appliance: Remote server not responding</title></head><body><p>The server did not respond.</p></body></html>',
      ),
    );
    expect([sophos.layer, sophos.vendor]).toEqual(['network', 'sophos-web-appliance']);
  });

  it('Pi-hole named by its own header, on its block answer and on its own address', () => {
    const pihole = { 'x-pi-hole': 'A black hole for Internet advertisements.', server: 'lighttpd/1.4.35' };
    expect(one(ex('http://10.10.10.48/', 404, { ...pihole, 'content-length': '0' })).vendor).toBe('pi-hole');
    const blocked = one(ex('http://ads.example/', 200, { ...pihole, 'content-type': 'text/html' }, ''));
    expect([blocked.layer, blocked.vendor]).toEqual(['network', 'pi-hole']);
    // Its admin pages' header is not a block.
    expect(
      one(ex('http://pi.hole/admin/', 404, { 'x-pi-hole': 'The Pi-hole Web interface is working!' })).vendor,
    ).not.toBe('pi-hole');
  });

  it('firewalls in their own words: EdgeOne’s notice, an unbranded cloud firewall’s page; Upyun’s edge', () => {
    const edgeone = one(
      ex(
        'https://site.example/',
        403,
        {},
        '您的请求已被该站点的安全策略拦截，由Tencent Cloud EdgeOne提供防护',
      ),
    );
    expect([edgeone.layer, edgeone.vendor]).toEqual(['waf', 'tencent']);
    expect(
      one(
        ex(
          'https://site.example/',
          461,
          { 'content-type': 'text/html' },
          '<div class="err-tips-cn"><span id="err_code">461</span><span id="tpis_cn">请求被WEB防火墙拦截</span></div><div class="err-tips-en">Blocked by Cloud WAF</div>',
        ),
      ).layer,
    ).toBe('waf');
    expect(
      one(
        ex('https://gems-mirror.b0.upaiyun.com/gems', 403, {
          server: 'marco/0.25',
          'content-type': 'application/xml',
        }),
      ).vendor,
    ).toBe('upyun');
  });

  it('platform APIs’ words: a token’s scopes (with apostrophes in the message), a key not allowed, a plan’s limit, a day’s quota', () => {
    expect(
      jsonText(
        'https://api.dailymotion.com/video/x7lni3?fields=id,owner.address',
        403,
        '{"error":{"more_info":"https:\\/\\/developer.dailymotion.com\\/api#error-codes","code":403,"message":"Insufficient rights for the `fields\' parameter of route `GET \\/video\\/<id>\' with value `owner.address\'. Required scopes: userinfo","type":"access_forbidden"}}',
      ).layer,
    ).toBe('auth');
    const jw = json('https://api.jwplayer.com/v2/sites/S/advertising/schedules/A/', 403, {
      error: { code: 403, description: 'Forbidden, this API token is not authorized to make this call' },
    });
    expect([jw.layer, jw.vendor]).toEqual(['auth', 'jwplayer']);
    expect(
      json('https://upload.video.example/', 400, {
        error: 'This account has exceeded its video limit. Please upgrade to upload more videos.',
      }).layer,
    ).toBe('account');
    expect(
      json('https://api.subtitles.example/api/v1/download', 406, {
        requests: 5,
        remaining: 0,
        message:
          'You have downloaded your allowed 5 subtitles for 24h.Your quota will be renewed in 09 hours and 57 minutes (2024-04-23 23:59:59 UTC) ts=1713880932 ',
      }).layer,
    ).toBe('rate-limit');
  });

  it('sign-in gateways: a redirect to the site’s sign-in host with the whole address to come back to, Vouch’s login, Pomerium’s signature, Cloudflare Access’ answer', () => {
    const signIn = ex('https://app.example.com/', 302, {
      location: 'https://auth.example.com/?rd=https%3A%2F%2Fapp.example.com%2F',
    });
    expect(one(signIn).layer).toBe('auth');
    // The gateway refusing the HEAD that followed is the sign-in's consequence.
    const then = ex('https://auth.example.com/?rd=https%3A%2F%2Fapp.example.com%2F', 405, {
      allow: 'GET, OPTIONS',
    });
    expect(analyze([signIn, then]).verdict.layer).toBe('auth');
    // Not a server's failure in the same capture: that is its own.
    expect(
      analyze([signIn, ex('https://app.example.com/api/live', 502, { server: 'nginx' })]).verdict.layer,
    ).toBe('server');
    // Not to another site, nor back to another page.
    expect(
      one(
        ex('https://app.example.com/', 302, {
          location: 'https://auth.other.example/?rd=https%3A%2F%2Fapp.example.com%2F',
        }),
      ).layer,
    ).not.toBe('auth');
    expect(
      one(
        ex('https://app.example.com/news', 302, {
          location: 'https://www.example.com/?url=https%3A%2F%2Fapp.example.com%2Fsport',
        }),
      ).layer,
    ).not.toBe('auth');
    const vouch = one(
      ex('https://zabbix.example.org/', 302, {
        server: 'nginx/1.14.0 (Ubuntu)',
        location:
          'https://vouch.example.org/login?url=https://zabbix.example.org/&vouch-failcount=&X-Vouch-Token=&error=',
      }),
    );
    expect([vouch.layer, vouch.vendor]).toEqual(['auth', 'vouch']);
    expect(
      one(
        ex(
          'https://app.example.com/',
          404,
          { 'content-type': 'text/plain' },
          'Bad Request: internal/urlutil: hmac failed',
        ),
      ).vendor,
    ).toBe('pomerium');
    expect(
      jsonText(
        'https://app.example.com/',
        403,
        '{\n    "message": "Forbidden. You don\'t have permission to view this. Please contact your system administrator.",\n    "status_code": 403,\n    "aud": "78ccb3aa7b28b647cd8862a27e498ed9d0944456dd3352111d5797f466137384",\n    "ray_id": "9927494edd3304f4"\n  }',
      ).vendor,
    ).toBe('cloudflare');
  });
});

describe('78. the seventy-eighth held-out batch (media tools’ logs, origin packagers, scholarly publishers, shared addresses, interception proxies, shared hosting)', () => {
  it('hosting’s own answers: Imunify360’s sentence as the whole success, CloudLinux’s limit page, cPanel’s refused login, Plesk’s system error', () => {
    const imunify = json('https://blog.example/wp-json/wp/v2/posts', 200, {
      message: 'Access denied by Imunify360 bot-protection. IPs used for automation should be whitelisted',
    });
    expect([imunify.layer, imunify.vendor]).toEqual(['waf', 'imunify360']);
    // Its name beside data is the data's.
    expect(
      json('https://blog.example/wp-json/wp/v2/posts', 200, {
        message: 'Access denied by Imunify360 bot-protection',
        posts: [{ id: 1, title: 'Why our host blocks bots' }],
      }).layer,
    ).toBe('none');
    expect(
      one(
        ex(
          'https://site.example/',
          508,
          { 'content-type': 'text/html' },
          '<h1>Resource Limit Is Reached</h1>The website is temporarily unable to service your request as it exceeded resource limit. Please try again later.',
          { statusText: 'Resource Limit Is Reached' },
        ),
      ).vendor,
    ).toBe('cloudlinux');
    const cpanel = one(
      ex(
        'https://host.example:2083/json-api/cpanel',
        403,
        { 'content-type': 'text/plain; charset="utf-8"' },
        '{"cpanelresult":{"apiversion":"2","error":"Access denied","data":{"reason":"Access denied","result":"0"},"type":"text"}}',
        { statusText: 'Forbidden Access denied' },
      ),
    );
    expect([cpanel.layer, cpanel.vendor]).toEqual(['auth', 'cpanel']);
    const plesk = xmlAnswer(
      'https://host.example:8443/api',
      200,
      '<?xml version="1.0"?>\n<packet version="1.6.9.1">\n  <system>\n    <status>error</status>\n    <errcode>1029</errcode>\n    <errtext>Authentication method is not specified</errtext>\n  </system>\n</packet>',
    );
    expect([plesk.layer, plesk.vendor]).toEqual(['auth', 'plesk']);
  });

  it('filters and shields in their words: a router filter’s warning redirect, a provider’s whole network flagged, a country in a playback API', () => {
    const safebrowse = one(ex('http://safehome.example/', 302, { location: 'safebrowse.io/warn.html' }));
    expect([safebrowse.layer, safebrowse.vendor]).toEqual(['waf', 'safebrowse']);
    expect(
      one(
        ex(
          'https://docs.example/',
          403,
          {},
          '87% of connections from your network have been flagged as abusive',
        ),
      ).layer,
    ).toBe('waf');
    expect(
      jsonText(
        'https://apis.tv.example/playback/v5/3780463',
        474,
        '{\n"code":474,\n"message":"Service Unavailable",\n"error_description":"JioCinema is unavailable at your location.Learn more by visiting the link below."\n}',
      ).layer,
    ).toBe('geo');
  });

  it('streaming servers named by their own answers and addresses: OvenMediaEngine’s API error, an Enigma2 box’s stream address', () => {
    expect(
      json('https://ome.example:8082/v1/managers/api:reloadCertificate', 500, {
        message: '[HTTP] Failed to create a certificate for API Server (500)',
        statusCode: 500,
      }).vendor,
    ).toBe('ovenmediaengine');
    expect(
      json('https://ome.example:8082/v1/vhosts', 401, {
        message: '[HTTP] Authorization header is required to call API (401)',
        statusCode: 401,
      }).vendor,
    ).toBe('ovenmediaengine');
    expect(one(ex('http://192.168.1.20:8002/1:0:19:2E9B:411:1:C00000:0:0:0', 502)).vendor).toBe('enigma2');
  });
});

describe('77. red-team review: a consent page is not a sign-in, the bot check first, a sign-in explains only its page’s 405, codes quoted inside a message, data with apostrophes', () => {
  it('a consent or language redirect carrying the whole address is not a sign-in; Google’s /sorry/ on a sibling host stays the bot check', () => {
    expect(
      one(
        ex('https://www.youtube.com/watch?v=abc', 302, {
          location:
            'https://consent.youtube.com/m?continue=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3Dabc%26cbrd%3D1&gl=FR',
        }),
      ).layer,
    ).not.toBe('auth');
    expect(
      one(
        ex('https://www.tv.example/news', 302, {
          location: 'https://fr.tv.example/setlang?next=https%3A%2F%2Fwww.tv.example%2Fnews',
        }),
      ).layer,
    ).not.toBe('auth');
    expect(
      one(
        ex('https://www.google.com/search?q=x', 302, {
          location:
            'https://ipv4.google.com/sorry/index?continue=https://www.google.com/search%3Fq%3Dx&q=EhAg',
        }),
      ).layer,
    ).toBe('waf');
    // A gateway's own host or path still reads, in capitals or scheme-relative too.
    expect(
      one(
        ex('https://app.example.com/', 302, {
          location: '//login.example.com/?RD=https%3A%2F%2Fapp.example.com%2F',
        }),
      ).layer,
    ).toBe('auth');
  });

  it('a sign-in redirect explains only the 405 of its page after it, never a CDN’s bare 403s', () => {
    const signIn = ex('https://app.example.com/', 302, {
      location: 'https://auth.example.com/?rd=https%3A%2F%2Fapp.example.com%2F',
    });
    const cdn = (n: number) => ex(`https://cdn.example.com/live/ch1/seg${n}.ts?token=x`, 403);
    expect(analyze([signIn, cdn(1), cdn(2), cdn(3)]).verdict.layer).not.toBe('auth');
    // Before the redirect either.
    const earlier = ex('https://auth.example.com/?rd=https%3A%2F%2Fapp.example.com%2F', 405, {}, undefined, {
      startedAt: T0 - 60_000,
    });
    expect(analyze([earlier, signIn]).verdict.rootEntry).not.toBe(1);
  });

  it('a code quoted inside a message is read again; an apostrophe in a programme’s synopsis is data', () => {
    expect(
      jsonText('https://api.tv.example/play', 403, '{"detail":"Error code: \'LOCATION_ISSUE\'"}').layer,
    ).toBe('geo');
    expect(
      json('https://api.tv.example/channels/1', 403, {
        message: 'Forbidden',
        channel: { now: { synopsis: "Tonight’s big game, live for subscribers only. Don't miss it." } },
      }).layer,
    ).not.toBe('account');
    // Under an error's own key it is the refusal's words, and under a data key the same words are not.
    const scopes =
      "Insufficient rights for the `fields' parameter of route `GET /video/<id>' with value `owner.address'. Required scopes: userinfo";
    expect(json('https://api.video.example/video/x1', 403, { error: { message: scopes } }).layer).toBe(
      'auth',
    );
    notReadAs(json('https://api.video.example/video/x1', 403, { title: scopes }), 'auth');
  });

  it('Cloudflare Access is the identity rule; Pi-hole’s header on a real playlist is not a sinkhole; an indexer’s account words; the quota sentence only as a value', () => {
    expect(
      jsonText(
        'https://app.example.com/',
        403,
        '{"message": "Forbidden. You don\'t have permission to view this. Please contact your system administrator.", "status_code": 403, "aud": "78ccb3aa7b28b647cd8862a27e498ed9d0944456dd3352111d5797f466137384", "ray_id": "9927494edd3304f4"}',
      ).layer,
    ).toBe('auth');
    const playlist = one(
      ex(
        'http://192.168.1.5/iptv/list.m3u',
        200,
        { 'x-pi-hole': 'A black hole for Internet advertisements.', 'content-type': 'audio/x-mpegurl' },
        '#EXTM3U\n#EXTINF:-1,Channel\nhttp://example.com/1.ts\n',
      ),
    );
    expect(playlist.layer).not.toBe('network');
    expect(
      xmlAnswer(
        'https://indexer.example/api?t=search',
        200,
        '<error code="101" description="Account suspended"/>',
      ).layer,
    ).toBe('account');
    // A page's help text saying it: at most the words lean that way.
    notReadAs(
      one(
        ex(
          'https://site.example/files',
          403,
          { 'content-type': 'text/html' },
          '<html><body><h1>Your IP is blocked</h1><p>FAQ: when you reach the daily cap, your quota will be renewed in 24 hours.</p></body></html>',
        ),
      ),
      'rate-limit',
    );
  });
});

describe('78. red-team review: a firewall’s sentence quoted in a page, apostrophes in French refusals, the same host’s refusals after a sign-in, gateways’ names', () => {
  it('Imunify360’s sentence only as the answer itself: a forum page or a help page quoting it is not its block', () => {
    const forum = one(
      ex(
        'https://forum.example/t/wordpress-api-blocked/123',
        200,
        { 'content-type': 'text/html' },
        '<html><body><h1>REST API returns: Access denied by Imunify360 bot-protection</h1><p>My host says the sentence "Access denied by Imunify360 bot-protection. IPs used for automation should be whitelisted" comes from their firewall. How do I fix it?</p></body></html>',
      ),
    );
    expect(forum.vendor).not.toBe('imunify360');
    expect(forum.layer).toBe('none');
  });

  it('a French refusal with apostrophes is read under any error key; only data keys are left unread', () => {
    expect(
      json('https://api.tv.example/play', 403, {
        error_code: 'E_VPN',
        error_desc: "Ce contenu ne peut pas être lu avec un VPN ou un proxy, désactivez-le s'il vous plaît.",
      }).layer,
    ).toBe('geo');
    expect(
      json('https://api.video.example/video/x1', 403, {
        ok: false,
        description:
          "Insufficient rights for the `fields' parameter of route `GET /video/<id>' with value `owner.address'. Required scopes: userinfo",
      }).layer,
    ).toBe('auth');
  });

  it('after a sign-in redirect, neither the same host’s bare 403s nor another host’s follow from it (the review of "79." settled it)', () => {
    const wall = ex('https://tv.example.com/watch/1', 302, { location: '/login?next=/watch/1' });
    const same = (path: string) => ex(`https://tv.example.com${path}`, 403);
    expect(analyze([wall, same('/live/1/index.m3u8'), same('/live/1/seg1.ts')]).verdict.layer).not.toBe(
      'auth',
    );
    const cdn = ex('https://cdn.example.com/live/1/seg1.ts?token=x', 403);
    expect(analyze([wall, cdn, cdn]).verdict.layer).not.toBe('auth');
  });

  it('gateways under their other names; a consent page on an accounts host is not a sign-in; the asked scheme for a scheme-relative address', () => {
    const back = 'rd=https%3A%2F%2Ftv.example.com%2F';
    for (const host of ['authenticate', 'logon', 'keycloak'])
      expect(
        one(ex('https://tv.example.com/', 302, { location: `https://${host}.example.com/?${back}` })).layer,
      ).toBe('auth');
    expect(
      one(
        ex('https://tv.example.com/', 302, {
          location: 'https://accounts.example.com/consent?continue=https%3A%2F%2Ftv.example.com%2F',
        }),
      ).layer,
    ).not.toBe('auth');
    expect(
      one(
        ex('http://tv.example.com/', 302, {
          location: '//auth.example.com/?rd=http%3A%2F%2Ftv.example.com%2F',
        }),
      ).layer,
    ).toBe('auth');
  });

  it('narrower rows: a shop’s delivery sentence, another app’s "[HTTP] … (502)" log line, an SMS gateway’s packet, Pi-hole on its own address', () => {
    // At most its words lean that way.
    notReadAs(
      json('https://shop.example/api/cart', 400, {
        success: false,
        error: 'Currently delivery is unavailable at your location. Please try with a different Postal',
      }),
      'geo',
    );
    expect(
      json('https://app.example/api/stream', 502, {
        message: '[HTTP] GET https://upstream/live.m3u8 failed (502)',
      }).vendor,
    ).not.toBe('ovenmediaengine');
    expect(
      xmlAnswer(
        'https://sms.example/api',
        403,
        '<?xml version="1.0"?><packet version="1.0"><result><status>error</status><errtext>Forbidden</errtext></result></packet>',
      ).vendor,
    ).not.toBe('plesk');
    expect(
      one(
        ex(
          'http://192.168.1.5/player.html',
          200,
          { 'x-pi-hole': 'A black hole for Internet advertisements.', 'content-type': 'text/html' },
          '<html><body><video src="/live.m3u8"></video></body></html>',
        ),
      ).layer,
    ).not.toBe('network');
  });
});

describe('79. the seventy-ninth held-out batch (job boards, media databases, music metadata, live webcams, short video, IPTV list reports)', () => {
  it('LinkedIn’s 999 is its robot rule; its CSRF check is the session; a missing API-key header is the key', () => {
    expect(
      one(
        ex('http://www.linkedin.com/in/someone', 999, { 'cache-control': 'no-cache, no-store' }, '', {
          statusText: 'Request Denied',
        }),
      ).layer,
    ).toBe('waf');
    expect(
      one(
        ex(
          'https://www.linkedin.com/voyager/api/typeahead',
          403,
          { 'content-type': 'text/plain' },
          'CSRF check failed.',
        ),
      ).layer,
    ).toBe('auth');
    expect(
      one(ex('https://api.webcams.example/webcams/api/v3/webcams', 403, {}, 'Missing Header x-windy-api-key'))
        .layer,
    ).toBe('auth');
  });

  it('a signature refused in Kuaishou’s words; Medianova, Mediastream and Axway’s gateway by their own hosts and faults', () => {
    expect(
      jsonText(
        'https://m.shortvideo.example/rest/wd/photo/info',
        200,
        '{"result":50,"ab8d":true,"error_msg":"签名验证失败"}',
      ).layer,
    ).toBe('app');
    expect(one(ex('https://mn-nl.mncdn.com/ch/ch.smil/playlist.m3u8?st=x&e=1', 404)).vendor).toBe(
      'medianova',
    );
    expect(
      json('https://next.platform.mediastre.am/graphql', 401, {
        status: 'ERROR',
        error: 'UNAUTHORIZED_REQUEST',
      }).vendor,
    ).toBe('mediastream');
    expect(
      one(
        ex(
          'https://api.example/oauth/gettoken_cc',
          500,
          { 'content-type': 'application/soap+xml' },
          '<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Body><env:Fault><env:Code><env:Value>env:Receiver</env:Value><env:Subcode><env:Value xmlns:fault="http://www.vordel.com/soapfaults">fault:MessageBlocked</env:Value></env:Subcode></env:Code></env:Fault></env:Body></env:Envelope>',
        ),
      ).vendor,
    ).toBe('axway-api-gateway');
  });
});

describe('80. the eightieth held-out batch (GraphQL answers, gRPC and Connect statuses, WebSocket handshakes, MAC-activated players, licence servers, network tuners)', () => {
  const rpc = (headers: Record<string, string>) =>
    one(
      ex(
        'https://api.example/pkg.Service/Method',
        200,
        { 'content-type': 'application/grpc-web+proto', ...headers },
        '',
      ),
    );

  it('a gRPC status in the headers of a 200: its code names the layer, its message says more, 0 is a success', () => {
    expect(rpc({ 'grpc-status': '16', 'grpc-message': 'Jwt is missing' }).layer).toBe('auth');
    expect(
      rpc({ 'grpc-status': '9', 'grpc-message': 'loyalty not applied: ACTION_INVALID_CONDITION' }).layer,
    ).toBe('app');
    expect(rpc({ 'grpc-status': '8', 'grpc-message': 'quota' }).layer).toBe('rate-limit');
    // A service's own number says only that the call failed: its words decide.
    expect(rpc({ 'grpc-status': '100', 'grpc-message': 'Wrong password', server: 'envoy' }).layer).toBe(
      'auth',
    );
    expect(rpc({ 'grpc-status': '0' }).layer).toBe('none');
    // Connect's end-of-stream error in a streamed success.
    expect(
      one(
        ex(
          'https://demo.connect.example/greet.v1.GreetService/GreetIndividuals',
          200,
          { 'content-type': 'application/connect+proto' },
          '<flags: 2><length: 58>{"error": {"code": "unavailable", "message": "overloaded"}}',
        ),
      ).layer,
    ).toBe('server');
  });

  it('GraphQL errors by their code or type when nothing else came back; beside data they are the data’s', () => {
    expect(
      json('https://shop.example/admin/api/graphql.json', 200, {
        errors: [
          {
            message: 'Throttled',
            extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' },
          },
        ],
      }).layer,
    ).toBe('rate-limit');
    expect(
      json('https://api.github.com/graphql', 200, {
        errors: [
          {
            type: 'RATE_LIMIT',
            code: 'graphql_rate_limit',
            message: 'API rate limit already exceeded for user ID 1.',
          },
        ],
      }).layer,
    ).toBe('rate-limit');
    expect(
      json('https://api.github.com/graphql', 200, {
        data: { node: null },
        errors: [
          {
            type: 'NOT_FOUND',
            path: ['node'],
            message: "Could not resolve to a node with the global id of 'x'",
          },
        ],
      }).layer,
    ).toBe('not-found');
    expect(
      json('https://hasura.example/v1/graphql', 200, {
        errors: [{ extensions: { path: '$', code: 'jwt-invalid-claims' }, message: 'claims key not found' }],
      }).layer,
    ).toBe('auth');
    const twitch = json('https://gql.twitch.tv/gql', 200, {
      errors: [{ message: 'PersistedQueryNotFound' }],
      extensions: {
        durationMilliseconds: 3,
        operationName: 'StreamMetadata',
        requestID: '01KR0BXAJQTN84B2YR2BB2YXYG',
      },
    });
    expect([twitch.layer, twitch.vendor]).toEqual(['app', 'twitch']);
    // A field refused while the rest of the answer came back is a partial answer.
    expect(
      json('https://api.github.com/graphql', 200, {
        data: { viewer: { login: 'me' }, secret: null },
        errors: [{ type: 'NOT_FOUND', path: ['secret'] }],
      }).layer,
    ).toBe('none');
  });

  it('a socket upgrade refused in ByteDance’s handshake headers; a socket server’s own refusal through CloudFront', () => {
    expect(
      one(
        ex(
          'wss://webcast.example/ws',
          200,
          { 'handshake-status': '415', 'handshake-msg': 'DEVICE_BLOCKED', server: 'TLB' },
          '',
        ),
      ).layer,
    ).toBe('app');
    const kalshi = one(
      ex(
        'wss://api.exchange.example/trade-api/ws/v2',
        403,
        {
          'content-type': 'text/plain; charset=utf-8',
          'sec-websocket-version': '13',
          'x-cache': 'Error from cloudfront',
          via: '1.1 102c2ce84f6702e1add78e397cea7b84.cloudfront.net (CloudFront)',
          'x-amz-cf-pop': 'ORD53-C1',
        },
        'Forbidden\n',
      ),
    );
    expect(kalshi.vendor).not.toBe('cloudfront');
    expect(kalshi.layer).not.toBe('waf');
  });

  it('licences and accounts in services’ words; a tuner maker’s guide service; a service mesh is the service’s own', () => {
    expect(
      json('https://licensing.example/v1/accounts/x/machines', 422, {
        errors: [
          {
            title: 'Unprocessable resource',
            detail: 'machine count has exceeded maximum allowed for license (1)',
            code: 'MACHINE_LIMIT_EXCEEDED',
          },
        ],
      }).layer,
    ).toBe('account');
    expect(
      json('https://tm.example/rest-api/pub/api/v2/login', 200, {
        code: 3016,
        message: 'Please enter valid OTP.',
      }).layer,
    ).toBe('auth');
    expect(
      json('https://graph.microsoft.com/v1.0/users/x', 400, {
        error: { code: 'BadRequest', message: 'Tenant does not have a SPO license.' },
      }).layer,
    ).toBe('account');
    expect(one(ex('https://api.hdhomerun.com/api/guide.php?DeviceAuth=x', 400)).vendor).toBe('hdhomerun');
    expect(
      one(
        ex('http://mesh.example:4140/api/v1/app', 502, {
          'l5d-err': 'Unable+to+establish+connection+to+127.0.0.1%3A4149',
        }),
      ).vendor,
    ).toBeNull();
  });
});

describe('79. red-team review: a visitor cookie bounce is not a sign-in, a sign-in explains only its page’s 405, one host of a platform, words only in their own form', () => {
  it('Weibo’s visitor bounce and age gates on a gate host are not sign-ins', () => {
    expect(
      one(
        ex('https://weibo.com/u/123', 302, {
          location:
            'https://passport.weibo.com/visitor/visitor?entry=miniblog&a=enter&url=https%3A%2F%2Fweibo.com%2Fu%2F123',
        }),
      ).layer,
    ).not.toBe('auth');
    expect(
      one(
        ex('https://www.tv.example/show', 302, {
          location: 'https://gate.tv.example/?url=https%3A%2F%2Fwww.tv.example%2Fshow',
        }),
      ).layer,
    ).not.toBe('auth');
  });

  it('a platform’s API host is its own, a CDN’s answer on its other hosts keeps the CDN’s name', () => {
    const cdn = one(
      ex('https://mdstrm-cdn.mediastre.am/live/x.m3u8', 403, {
        server: 'cloudflare',
        'cf-ray': '8a1b2c3d4e5f6a7b-MIA',
      }),
    );
    expect(cdn.vendor).not.toBe('mediastream');
  });

  it('words in their own form only: a CSRF check without LinkedIn’s period, a shop’s shipping, a payment API’s signature error on a 401', () => {
    notReadAs(
      one(ex('https://app.example/api/save', 403, { 'content-type': 'text/plain' }, 'CSRF check failed')),
      'auth',
    );
    notReadAs(
      json('https://shop.example/api/cart', 400, {
        error: 'Express shipping is currently unavailable at your location',
      }),
      'geo',
    );
    expect(
      json('https://api.tv.example/play', 403, { message: 'Paramount+ is unavailable at your location.' })
        .layer,
    ).toBe('geo');
    expect(
      json('https://api.pay.example/v3/pay', 401, { code: 'SIGN_ERROR', message: '签名验证失败，请检查签名' })
        .layer,
    ).not.toBe('app');
    expect(one(ex('https://api.example/v1/items', 403, {}, 'Missing Header x-api-key')).layer).toBe('auth');
  });
});

describe('80. red-team review: protocol steps that are not refusals, GraphQL codes only where GraphQL puts them, gRPC status only on a gRPC answer', () => {
  it('Apollo’s persisted-query miss and a client’s own deadline are steps of the protocol, not refusals', () => {
    expect(
      json('https://api.tv.example/graphql', 200, {
        errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }],
      }).layer,
    ).toBe('none');
    const deadline = one(
      ex('https://api.tv.example/events.v1.Events/Subscribe', 200, {
        'content-type': 'application/grpc-web+proto',
        'grpc-status': '4',
        'grpc-message': 'context deadline exceeded',
      }),
    );
    expect(deadline.layer).not.toBe('server');
  });

  it('GraphQL’s codes as values elsewhere say nothing: a pairing poll waiting, an account’s state beside a country refusal', () => {
    expect(
      json('https://tv.example/api/pair/status', 200, {
        status: 'not_found',
        message: 'Waiting for activation',
      }).layer,
    ).toBe('none');
    expect(
      json('https://api.tv.example/play', 403, {
        state: 'unauthenticated',
        message: 'This channel is not available in your country',
      }).layer,
    ).toBe('geo');
  });

  it('grpc-status read only on a gRPC answer; a socket header on an empty CDN refusal keeps the CDN', () => {
    expect(
      one(
        ex(
          'https://www.tv.example/',
          200,
          { 'content-type': 'text/html', 'grpc-status': '14' },
          '<html><body>Welcome</body></html>',
        ),
      ).layer,
    ).toBe('none');
    const cf = one(
      ex(
        'wss://api.exchange.example/ws',
        403,
        {
          'sec-websocket-version': '13',
          'x-cache': 'Error from cloudfront',
          via: '1.1 abc.cloudfront.net (CloudFront)',
          'x-amz-cf-pop': 'ORD53-C1',
        },
        '',
      ),
    );
    expect(cf.vendor).toBe('cloudfront');
  });
});
