/**
 * The MAIN-world hook against real HTTP on loopback: fetch is Node's WHATWG fetch (the page's fetch),
 * XMLHttpRequest, CustomEvent and the event target come from a happy-dom Window. The page must read every
 * reply exactly as without the hook; the hook must report only the kept fields of panel replies.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { xhrEnded } from '../../../../background/page-side/page-failures.ts';
import { type HookScope, installPanelHook } from '../../../../background/page-side/page-hook.ts';
import { type FailureReport, PAGE_FAILURE_CHANNEL } from '../../../../src/capture/page-report.ts';
import {
  PANEL_REPLY_CHANNEL,
  type PanelReplyReport,
  readPanelReport,
} from '../../../../src/knowledge/panels/page-reply.ts';

const USER = 'viewer42';
const PASS = 'pa55-Word-9';
const CREDENTIALS = `username=${USER}&password=${PASS}`;

function loginReply(status: string): string {
  return JSON.stringify({
    user_info: {
      username: USER,
      password: PASS,
      message: `Hello ${USER}`,
      auth: 1,
      status,
      exp_date: '1600000000',
      is_trial: '0',
      active_cons: '1',
      max_connections: '1',
    },
    server_info: { url: 'panel.test', timestamp_now: 1717236000, time_now: '2024-06-01 10:00:00' },
  });
}

/** 100 KB of channels: a catalogue the hook must not read to the end. */
const CATALOGUE = JSON.stringify(
  Array.from({ length: 800 }, (_, i) => ({ stream_id: i, name: `Channel ${i} ${'x'.repeat(100)}` })),
);

function route(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const json = (body: string, status = 200, type = 'application/json') => {
    res.writeHead(status, { 'content-type': type, 'access-control-allow-origin': '*' });
    res.end(body);
  };
  if (url.pathname === '/player_api.php' && url.searchParams.get('action') === 'get_live_streams') {
    // Chunked, no content-length, as panels stream their catalogues.
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    for (let i = 0; i < CATALOGUE.length; i += 8192) res.write(CATALOGUE.slice(i, i + 8192));
    res.end();
  } else if (url.pathname === '/player_api.php') json(loginReply(url.searchParams.get('s') ?? 'Expired'));
  else if (url.pathname === '/portal.php')
    json('{"js":{"error":"limit","cmd":"ffmpeg http://x/?token=T0KEN1234"}}');
  else if (url.pathname === '/refused/player_api.php') json('{"user_info":{"auth":0}}', 403, 'text/html');
  else if (url.pathname === '/account.json') json(loginReply('Banned'));
  else if (url.pathname === '/video/player_api.php') json(loginReply('Banned'), 200, 'video/mp2t');
  else if (url.pathname === '/blocked.m3u8') json(BLOCK_PAGE, 403, 'text/html; charset=UTF-8');
  else if (url.pathname === '/huge-error')
    json(`<html><body>${'x'.repeat(100_000)}</body></html>`, 500, 'text/html');
  else if (url.pathname === '/segment.ts') json('\u0047'.repeat(2000), 403, 'video/mp2t');
  else json('not found', 404, 'text/plain');
}

/** A CDN block page: a title, a vendor error number, and the visitor's address the excerpt must drop. */
const BLOCK_PAGE = `<!DOCTYPE html><html><head><title>Access denied | used Cloudflare to restrict access</title>
<link rel="stylesheet" href="/cdn-cgi/styles/main.css" /><script>var ip = "203.0.113.77";</script></head>
<body><h1><span>Error</span> <span>1009</span></h1><p>Ray ID: 8a1b2c3d4e5f6071 &bull;</p>
<span>Your IP: 203.0.113.77</span></body></html>`;

let server: Server;
let origin: string;
let closedOrigin: string;

beforeAll(async () => {
  server = createServer(route);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedOrigin = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

interface Page {
  scope: HookScope;
  window: Window;
  /** Raw event details, as the relay would receive them. */
  details: unknown[];
  reports: () => PanelReplyReport[];
}

function newPage(): Page {
  const window = new Window({ url: 'http://player.test/' });
  const details: unknown[] = [];
  window.addEventListener(PANEL_REPLY_CHANNEL, (event) =>
    details.push((event as unknown as CustomEvent).detail),
  );
  const scope: HookScope = {
    fetch: globalThis.fetch,
    XMLHttpRequest: window.XMLHttpRequest as unknown as typeof XMLHttpRequest,
    CustomEvent: window.CustomEvent as unknown as typeof CustomEvent,
    dispatchEvent: (event) => window.dispatchEvent(event as never),
    crypto: globalThis.crypto,
  };
  return {
    scope,
    window,
    details,
    reports: () => details.map((detail) => JSON.parse(String(detail)) as PanelReplyReport),
  };
}

/** Resolves once `count` reports arrived, or after a pause when none should (to prove a negative). */
async function settle(page: Page, count: number, ms = 300): Promise<void> {
  const until = Date.now() + 3000;
  while (page.details.length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
  await new Promise((r) => setTimeout(r, count === 0 ? ms : 50));
}

function xhr(
  page: Page,
  url: string,
  responseType: XMLHttpRequestResponseType = '',
): Promise<XMLHttpRequest> {
  return new Promise((resolve, reject) => {
    const request = new page.scope.XMLHttpRequest!();
    request.open('GET', url);
    request.responseType = responseType;
    request.addEventListener('load', () => resolve(request));
    request.addEventListener('error', () => reject(new Error('xhr error')));
    request.send();
  });
}

let page: Page;
beforeEach(() => {
  page = newPage();
  expect(installPanelHook(page.scope)).toBe(true);
});

describe('fetch', () => {
  it('reports the kept fields of a panel login, and the page reads the whole reply as before', async () => {
    const originalFetch = globalThis.fetch;
    const response = await page.scope.fetch!(`${origin}/player_api.php?${CREDENTIALS}`);
    expect(response).toBeInstanceOf(Response);
    const body = (await response.json()) as { user_info: { username: string; password: string } };
    expect(body.user_info).toMatchObject({ username: USER, password: PASS, status: 'Expired' });
    await settle(page, 1);

    expect(page.scope.fetch).not.toBe(originalFetch);
    expect(page.scope.fetch?.name).toBe(originalFetch.name);
    const [report] = page.reports();
    expect(page.reports()).toHaveLength(1);
    expect(report).toMatchObject({ method: 'GET', status: 200, via: 'fetch' });
    expect(report?.fields).toEqual({
      user_info: {
        auth: 1,
        status: 'Expired',
        exp_date: '1600000000',
        is_trial: '0',
        active_cons: '1',
        max_connections: '1',
      },
      server_info: { timestamp_now: 1717236000 },
    });
    // The relay accepts it as it is.
    expect(readPanelReport(report)).toEqual(report);
  });

  it('lets no credential out of the page', async () => {
    await (await page.scope.fetch!(`${origin}/player_api.php?${CREDENTIALS}`)).text();
    await (
      await page.scope.fetch!(`${origin}/portal.php?type=itv&action=create_link&mac=00:1A:79:AB:CD:EF`)
    ).text();
    await settle(page, 2);
    const sent = page.details.join('\n');
    expect(page.details).toHaveLength(2);
    for (const secret of [USER, PASS, 'T0KEN1234', 'AB:CD:EF', 'ffmpeg']) expect(sent).not.toContain(secret);
    expect(page.reports()[1]?.fields).toEqual({ js: { error: 'limit' } });
  });

  it('reports a failed status too, with method and body fields, from a Request object', async () => {
    const request = new Request(`${origin}/refused/player_api.php?${CREDENTIALS}`, {
      method: 'POST',
      body: 'x',
    });
    const response = await page.scope.fetch!(request);
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('{"user_info":{"auth":0}}');
    await settle(page, 1);
    expect(page.reports()[0]).toMatchObject({
      method: 'POST',
      status: 403,
      fields: { user_info: { auth: 0 } },
    });
  });

  it('streams a large catalogue to the page in full, and reports nothing for it', async () => {
    const response = await page.scope.fetch!(
      `${origin}/player_api.php?${CREDENTIALS}&action=get_live_streams`,
    );
    const reader = response.body!.getReader();
    let received = '';
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += decoder.decode(value, { stream: true });
    }
    expect(received).toBe(CATALOGUE);
    await settle(page, 0);
    expect(page.details).toEqual([]);
  });

  it('ignores replies that are no panel API or no text', async () => {
    await (await page.scope.fetch!(`${origin}/account.json?${CREDENTIALS}`)).text();
    await (await page.scope.fetch!(`${origin}/video/player_api.php?${CREDENTIALS}`)).text();
    await settle(page, 0);
    expect(page.details).toEqual([]);
  });

  it('passes network errors through untouched', async () => {
    const original = await globalThis
      .fetch(`${closedOrigin}/player_api.php`)
      .catch((error: unknown) => error);
    const hooked = await page.scope.fetch!(`${closedOrigin}/player_api.php`).catch((error: unknown) => error);
    expect(hooked).toBeInstanceOf(TypeError);
    expect((hooked as Error).message).toBe((original as Error).message);
    await settle(page, 0);
    expect(page.details).toEqual([]);
  });

  it('does not get in the way when the page reads the body at once', async () => {
    const text = await page.scope.fetch!(`${origin}/player_api.php?${CREDENTIALS}&s=Banned`).then((r) =>
      r.text(),
    );
    expect(JSON.parse(text).user_info.status).toBe('Banned');
    await settle(page, 1);
    expect(page.reports()[0]?.fields).toMatchObject({ user_info: { status: 'Banned' } });
  });
});

describe('XMLHttpRequest', () => {
  it('reports text replies; the page still reads responseText in full; the class is the same', async () => {
    const request = await xhr(page, `${origin}/player_api.php?${CREDENTIALS}&s=Disabled`);
    expect(request).toBeInstanceOf(page.window.XMLHttpRequest);
    expect(JSON.parse(request.responseText).user_info).toMatchObject({ username: USER, status: 'Disabled' });
    await settle(page, 1);
    expect(page.reports()).toHaveLength(1);
    expect(page.reports()[0]).toMatchObject({
      via: 'xhr',
      status: 200,
      fields: { user_info: { status: 'Disabled' } },
    });
    expect(page.details.join('')).not.toContain(PASS);
  });

  it('reports responseType json replies, and the page gets its parsed object', async () => {
    const request = await xhr(page, `${origin}/player_api.php?${CREDENTIALS}`, 'json');
    expect(request.response.user_info.password).toBe(PASS);
    await settle(page, 1);
    expect(page.reports()[0]?.fields).toMatchObject({ user_info: { status: 'Expired' } });
  });

  it('keeps the arity, name and attributes of open(), so the page can wrap it in turn', async () => {
    const proto = page.window.XMLHttpRequest.prototype;
    expect(proto.open.name).toBe('open');
    expect(proto.open.length).toBe(2);
    expect(Object.getOwnPropertyDescriptor(proto, 'open')).toMatchObject({
      writable: true,
      configurable: true,
    });
    const hooked = proto.open;
    let seenByPage = '';
    proto.open = function (this: unknown, ...args: unknown[]) {
      seenByPage = String(args[1]);
      return Reflect.apply(hooked, this, args);
    } as typeof proto.open;
    await xhr(page, `${origin}/player_api.php?${CREDENTIALS}`);
    expect(seenByPage).toContain('/player_api.php');
    await settle(page, 1);
    expect(page.reports()).toHaveLength(1);
  });
});

describe('installed twice', () => {
  it('wraps once and reports each reply once', async () => {
    const wrapped = page.scope.fetch;
    const open = page.window.XMLHttpRequest.prototype.open;
    expect(installPanelHook(page.scope)).toBe(false);
    expect(page.scope.fetch).toBe(wrapped);
    expect(page.window.XMLHttpRequest.prototype.open).toBe(open);
    await (await page.scope.fetch!(`${origin}/player_api.php?${CREDENTIALS}`)).text();
    await xhr(page, `${origin}/player_api.php?${CREDENTIALS}`);
    await settle(page, 2);
    // A doubled wrapper would report each reply a second time, right after the first.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(page.reports().map((report) => report.via)).toEqual(['fetch', 'xhr']);
  });

  it('installs nothing on import where there is no window (this Node global)', () => {
    expect(globalThis.fetch.name).toBe('fetch');
    expect(Object.getOwnPropertySymbols(globalThis).map(String)).not.toContain(
      'Symbol(iptv-access-lens.panel-hook)',
    );
  });
});

describe('failed responses (every URL, not only panels)', () => {
  function failures(): FailureReport[] {
    return failureDetails.map((detail) => JSON.parse(String(detail)) as FailureReport);
  }
  let failureDetails: unknown[];
  beforeEach(() => {
    failureDetails = [];
    page.window.addEventListener(PAGE_FAILURE_CHANNEL, (event) =>
      failureDetails.push((event as unknown as CustomEvent).detail),
    );
  });
  /** Resolves at loadend, whatever the outcome. */
  function xhrLoadEnd(url: string, responseType: XMLHttpRequestResponseType = ''): Promise<XMLHttpRequest> {
    return new Promise((resolve) => {
      const request = new page.scope.XMLHttpRequest!();
      request.open('GET', url);
      request.responseType = responseType;
      request.addEventListener('loadend', () => resolve(request));
      request.send();
    });
  }
  async function settleFailures(count: number): Promise<void> {
    const until = Date.now() + 3000;
    while (failureDetails.length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 100));
  }

  it("fetch: a 403 block page is reported with its excerpt, and the page still reads the page's full text", async () => {
    const response = await page.scope.fetch!(`${origin}/blocked.m3u8?token=T0KEN-SECRET`);
    expect(await response.text()).toBe(BLOCK_PAGE);
    await settleFailures(1);
    const [report, ...rest] = failures();
    expect(rest).toEqual([]);
    expect(report).toMatchObject({ status: 403, via: 'fetch', method: 'GET' });
    expect(report?.url).not.toContain('T0KEN-SECRET');
    expect(report?.excerpt).toContain('Error 1009');
    expect(report?.excerpt).toContain('/cdn-cgi/styles/main.css');
    expect(report?.excerpt).not.toContain('203.0.113.77');
  });

  it('XHR (text and arraybuffer, as hls.js asks): the same excerpt', () => {
    // happy-dom's XHR turns an HTTP error status into a network error, which browsers do not: an XHR as a
    // browser leaves it at loadend stands in (the e2e suite drives hls.js's real XHR in Chromium).
    const ended = (responseType: XMLHttpRequestResponseType, response: unknown) =>
      ({
        status: 403,
        responseURL: `${origin}/blocked.m3u8`,
        responseType,
        response,
        responseText: responseType === '' ? response : '',
        getResponseHeader: (name: string) => (name === 'content-type' ? 'text/html' : null),
      }) as unknown as XMLHttpRequest;
    const start = { url: `${origin}/blocked.m3u8`, method: 'GET', startedAt: Date.now() };
    xhrEnded(page.scope, ended('', BLOCK_PAGE), start, false);
    xhrEnded(page.scope, ended('arraybuffer', new TextEncoder().encode(BLOCK_PAGE).buffer), start, false);
    xhrEnded(page.scope, { ...ended('', ''), status: 0 } as XMLHttpRequest, start, true);
    expect(
      failures().map((report) => [report.via, report.status, report.excerpt?.includes('Error 1009')]),
    ).toEqual([
      ['xhr', 403, true],
      ['xhr', 403, true],
    ]);
  });

  it('redacts the excerpt in the page: the account the raw URL holds, in any case, never leaves', () => {
    const url = `${origin}/live/${USER}/${PASS}/1.ts`;
    const page403 = `<html><head><title>Refused</title></head><body><h1>403 Forbidden</h1><p>Line ${USER.toUpperCase()} is banned (${PASS})</p></body></html>`;
    const ended = {
      status: 403,
      responseURL: url,
      responseType: '',
      response: page403,
      responseText: page403,
      getResponseHeader: (name: string) => (name === 'content-type' ? 'text/html' : null),
    } as unknown as XMLHttpRequest;
    xhrEnded(page.scope, ended, { url, method: 'GET', startedAt: Date.now() }, false);
    const [report] = failures();
    expect(report?.excerpt).toContain('403 Forbidden');
    expect(report?.excerpt).toContain('is banned');
    for (const secret of [USER, USER.toUpperCase(), PASS]) {
      expect(JSON.stringify(report)).not.toContain(secret);
    }
  });

  it('reports a large or binary error without reading it, a 404 with its text, and no success', async () => {
    await (await page.scope.fetch!(`${origin}/huge-error`)).text();
    await (await page.scope.fetch!(`${origin}/segment.ts`)).arrayBuffer();
    await (await page.scope.fetch!(`${origin}/missing`)).text();
    await (await page.scope.fetch!(`${origin}/account.json`)).text();
    await settleFailures(3);
    expect(failures().map((report) => [report.status, report.excerpt])).toEqual([
      [500, undefined],
      [403, undefined],
      [404, 'not found'],
    ]);
  });

  it('a transport failure is status 0 (fetch and XHR); an abort is the page’s own doing and is not reported', async () => {
    await expect(page.scope.fetch!(`${closedOrigin}/live.m3u8`)).rejects.toThrow();
    const controller = new AbortController();
    const aborted = page.scope.fetch!(`${origin}/blocked.m3u8`, { signal: controller.signal });
    controller.abort();
    await expect(aborted).rejects.toThrow();
    await xhrLoadEnd(`${closedOrigin}/live.m3u8`);
    await settleFailures(2);
    expect(failures().map((report) => [report.via, report.status, report.url])).toEqual([
      ['fetch', 0, `${closedOrigin}/live.m3u8`],
      ['xhr', 0, `${closedOrigin}/live.m3u8`],
    ]);
  });
});
