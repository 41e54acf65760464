/**
 * Hostile answers: a tiny loopback server inside the test (raw TCP, because Node's http refuses control
 * characters in header values) plays a service whose refusals carry 10 KB header values, control
 * characters, and `<script>` / event-handler markup in headers, URLs and bodies. The popup and the options
 * log viewer (with a record's detail open) must show that text inert — no script runs (window.__pwned stays
 * undefined, no dialog opens) — and keep their layout (no horizontal overflow).
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  grantHosts,
  launchWithExtension,
  openExtensionPage,
  popupUrl,
  SIM_ORIGINS,
  sendFrom,
  tabIdOf,
  waitFor,
} from './harness.ts';

const PWN = 'window.__pwned=1;alert(1)';
const SCRIPT = `<script>${PWN}</script>`;
const IMG = `<img src=x onerror="${PWN}">`;
const LONG_VALUE = `${'A'.repeat(5_000)}${SCRIPT}${'B'.repeat(5_000)}`;
/** Bell, escape (a terminal colour sequence), DEL, other C0 controls, a right-to-left override. */
const CONTROLS = 'a\u0001b\u0007c\u001b[31mred\u001b[0m\u007fd\u0008e\u202Eevil';

/** Header lines of every hostile refusal (values are written as raw bytes, UTF-8). */
const HOSTILE_HEADERS: readonly [string, string][] = [
  ['Server', `nginx ${SCRIPT}`],
  ['CF-Ray', `${IMG}-CDG`],
  ['X-Long', LONG_VALUE],
  ['X-Controls', CONTROLS],
  ['Set-Cookie', `session=${IMG}; Path=/`],
  ['Retry-After', SCRIPT],
  ['Content-Type', 'text/html; charset=utf-8'],
];

const BODY = `<!doctype html><title>${SCRIPT}</title><h1>Access denied ${IMG}</h1>${SCRIPT}<p>${CONTROLS}</p>`;
/** A refused top-level page whose visible text itself reads as markup (the worker may read it). */
const VISIBLE_MARKUP_PAGE = `<!doctype html><title>blocked</title><p>&lt;script&gt;${PWN}&lt;/script&gt; ${LONG_VALUE.slice(0, 2_000)}</p>`;

function respond(socket: Socket, status: string, headers: readonly [string, string][], body: string): void {
  const bytes = Buffer.from(body, 'utf8');
  const head = [
    `HTTP/1.1 ${status}`,
    ...headers.map(([name, value]) => `${name}: ${value}`),
    `Content-Length: ${bytes.byteLength}`,
    'Access-Control-Allow-Origin: *',
    'Connection: close',
    '',
    '',
  ].join('\r\n');
  socket.end(Buffer.concat([Buffer.from(head, 'utf8'), bytes]));
}

/** One request per connection; the path decides the answer. Loopback only. */
function startHostileServer(): Promise<{ server: Server; port: number }> {
  const server = createServer((socket) => {
    let head = '';
    socket.on('data', (chunk) => {
      head += chunk.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      const path = head.split(' ')[1] ?? '/';
      if (path === '/' || path.startsWith('/?')) {
        respond(
          socket,
          '200 OK',
          [['Content-Type', 'text/html; charset=utf-8']],
          '<!doctype html><p>hostile service</p>',
        );
      } else if (path.startsWith('/blocked')) {
        respond(socket, '403 Forbidden', HOSTILE_HEADERS, VISIBLE_MARKUP_PAGE);
      } else {
        respond(socket, '403 Forbidden', HOSTILE_HEADERS, BODY);
      }
    });
    socket.on('error', () => undefined);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, port: (server.address() as { port: number }).port }),
    ),
  );
}

let hostile: { server: Server; port: number };
let browser: ExtensionBrowser;
let origin: string;
const dialogs: string[] = [];

beforeAll(async () => {
  hostile = await startHostileServer();
  origin = `http://hostile.iptv.test:${hostile.port}`;
  browser = await launchWithExtension();
  expect(await grantHosts(browser.context, browser.extensionId, SIM_ORIGINS)).toBe(true);
  browser.context.on('page', (page) =>
    page.on('dialog', (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`);
      void dialog.dismiss();
    }),
  );
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => hostile?.server.close(resolve));
});

/** Nothing ran, nothing overflows sideways. */
async function assertInertAndIntact(page: Page, where: string): Promise<void> {
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    scriptCount: document.querySelectorAll('script').length,
    injected: document.querySelectorAll('img[src="x"], svg[onload], [onerror]').length,
    scrollWidth: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
  }));
  expect(state.pwned, `${where}: a hostile script ran`).toBeUndefined();
  expect(state.injected, `${where}: hostile markup became elements`).toBe(0);
  // The extension's own module script is the only <script> in its pages.
  expect(state.scriptCount, `${where}: scripts in the document`).toBeLessThanOrEqual(1);
  expect(state.scrollWidth, `${where}: wider than its viewport`).toBeLessThanOrEqual(state.width);
  expect(dialogs, `${where}: a dialog opened`).toEqual([]);
}

describe('hostile headers and bodies', () => {
  it('are shown as inert text in the popup and the options log, with the layout intact', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/`);
    await page.evaluate(async (base) => {
      const paths = [
        '/evil/one',
        `/evil/two?q=${encodeURIComponent('<script>window.__pwned=1</script>')}`,
        '/evil/<svg onload=alert(1)>',
      ];
      for (const path of paths) await fetch(`${base}${path}`).catch(() => undefined);
    }, origin);
    // A refused top-level page too: its visible text may be read into the record.
    await page.goto(`${origin}/blocked`);
    const options = await openExtensionPage(browser.context, browser.extensionId);
    const tabId = await tabIdOf(browser.context, browser.extensionId, origin);
    const records = await waitFor('the hostile refusals stored', async () => {
      const { records } = await sendFrom(options, 'get-log', {});
      const ours = records.filter((r) => r.exchange.url.startsWith(origin));
      return ours.length >= 4 ? ours : undefined;
    });
    // The hostile values reached the record as they were sent (Chromium passes these bytes through).
    const headers = records.flatMap((r) => r.exchange.responseHeaders);
    expect(headers.some((h) => h.value.includes('<script>'))).toBe(true);
    expect(headers.some((h) => h.value.length >= 10_000)).toBe(true);
    const isControl = (c: string) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f;
    expect(headers.some((h) => [...h.value].some(isControl))).toBe(true);

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(popupUrl(browser.extensionId, tabId));
    await popup.waitForSelector('[data-verdict]');
    await assertInertAndIntact(popup, 'popup');
    const popupText = (await popup.textContent('body')) ?? '';
    // Shown, as text: the markup is on screen as characters, not as elements.
    expect(popupText).toContain(SCRIPT);
    await popup.screenshot({ path: 'test-results/screenshots/hostile-popup.png', fullPage: true });

    await options.reload();
    await options.waitForSelector('.log-table tbody tr');
    await assertInertAndIntact(options, 'options log');
    await options.locator('.log-table tbody tr').first().getByRole('button').click();
    await options.waitForSelector('.detail');
    await assertInertAndIntact(options, 'options record detail');
    const detail = (await options.textContent('.detail')) ?? '';
    expect(detail).toContain(SCRIPT);
    await options.screenshot({ path: 'test-results/screenshots/hostile-options.png', fullPage: true });
  });
});

describe('a hostile page forging reports', () => {
  it('cannot name other hosts, move time, flood the log, leak an echoed account or ask for a batch of sites', async () => {
    const page = await browser.context.newPage();
    const pageUrl = `${origin}/?forging`;
    await page.goto(pageUrl);
    const tabId = await tabIdOf(browser.context, browser.extensionId, pageUrl);
    // Genuine refusals first: webRequest sees the account in the path (its secrets are now known).
    await page.evaluate(async (base) => {
      for (const path of ['/live/martadeux/s3cr3tPw9/1.ts', '/evil/genuine-1', '/evil/genuine-2'])
        await fetch(`${base}${path}`).catch(() => undefined);
    }, origin);
    const options = await openExtensionPage(browser.context, browser.extensionId);
    const ofTab = async () =>
      (await sendFrom(options, 'get-log', { limit: 10_000 })).records.filter(
        (record) => record.exchange.context?.tabId === tabId,
      );
    const genuine = await waitFor('the genuine refusals', async () => {
      const records = await ofTab();
      return records.length >= 3 ? records.map((record) => record.id) : undefined;
    });

    // The forgeries, fired as the page hook's own event (the relay cannot tell them apart).
    await page.evaluate(
      ({ base, channel }) => {
        let n = 0;
        const fire = (report: Record<string, unknown>) =>
          window.dispatchEvent(
            new CustomEvent(channel, {
              detail: JSON.stringify({
                id: `forged${String(n++).padStart(10, '0')}`,
                method: 'GET',
                status: 403,
                startedAt: Date.now(),
                via: 'fetch',
                ...report,
              }),
            }),
          );
        // Another watched host this tab never reached.
        fire({ url: 'http://victim.iptv.test/live/a/b/1.ts', excerpt: 'Error 1020' });
        // A time no date can hold, and one far in the future.
        fire({ url: `${base}/forged/time-1`, startedAt: 8.64e15 });
        fire({ url: `${base}/forged/time-2`, startedAt: Date.now() + 365 * 86_400_000 });
        // The account webRequest saw, echoed in upper case by a "panel".
        fire({ url: `${base}/forged/echo`, excerpt: 'LINE MARTADEUX IS BANNED (S3CR3TPW9)' });
        // Hosts to watch: a player's CDN, and a sign-in page.
        fire({ url: 'http://edge.other-cdn.example/live/a/b/1.ts', status: 403 });
        fire({ url: 'https://accounts.google.com/signin', status: 403 });
        // A flood.
        for (let i = 0; i < 3000; i++) fire({ url: `${base}/forged/flood-${i}` });
      },
      { base: origin, channel: 'iptv-access-lens:page-failure:v1' },
    );

    const forged = await waitFor(
      'the forged reports handled',
      async () => {
        const records = await ofTab();
        return records.some((record) => record.exchange.url.includes('/forged/echo')) ? records : undefined;
      },
      60_000,
    );
    await page.waitForTimeout(3000);
    const after = await ofTab();
    // Nothing about the host the tab never reached.
    expect(after.some((record) => record.exchange.url.includes('victim.iptv.test'))).toBe(false);
    // Times clamped to arrival: none in the future.
    const now = Date.now();
    for (const record of after) expect(record.exchange.startedAt).toBeLessThanOrEqual(now);
    // The flood is cut by the relay (per frame) and the worker (per tab); genuine records stay.
    expect(after.length).toBeLessThan(1000);
    for (const id of genuine) expect(after.some((record) => record.id === id)).toBe(true);
    // The echoed account is scrubbed, in any case.
    expect(JSON.stringify(after)).not.toMatch(/martadeux|s3cr3tpw9/i);
    expect(forged.length).toBeGreaterThan(0);

    // The popup offers the player's CDN, alone, as the page's claim; never the sign-in page.
    const popup = await browser.context.newPage();
    await popup.goto(popupUrl(browser.extensionId, tabId));
    await popup.waitForSelector('[data-reported-by="page"]');
    const offered = await popup.$$eval('[data-unwatched-host]', (items) =>
      items.map((item) => item.getAttribute('data-unwatched-host')),
    );
    expect(offered).toEqual(['edge.other-cdn.example']);
    expect(await popup.getByRole('button', { name: /edge\.other-cdn\.example/ }).count()).toBe(1);
    await assertInertAndIntact(popup, 'popup after forgeries');
    await popup.close();
    await page.close();
  });
});
