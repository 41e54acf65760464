/**
 * The MAIN-world hook against real HTTP on loopback: fetch is Node's WHATWG fetch (the page's fetch),
 * XMLHttpRequest, CustomEvent and the event target come from a happy-dom Window. The page must read every
 * reply exactly as without the hook; the hook must report only the kept fields of panel replies.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type HookScope, installPanelHook } from '../../background/panel-page-hook.ts';
import { PANEL_REPLY_CHANNEL, type PanelReplyReport, readPanelReport } from '../../src/panel-api.ts';

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
  else json('not found', 404, 'text/plain');
}

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
