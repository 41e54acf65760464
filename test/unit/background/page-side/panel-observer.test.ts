/**
 * The worker side of panel replies read in the page: page-script registration kept in step with the
 * watched hosts, and reports turned into records on the same pipeline as webRequest — one record per
 * request whichever path (or both) saw it, in Chrome and in Firefox.
 */
import { describe, expect, it } from 'vitest';
import {
  PANEL_HOOK_ID,
  PANEL_RELAY_ID,
  PanelMeetingPoint,
  panelPageScripts,
} from '../../../../background/page-side/panel-observer.ts';
import type { MessageSender, PageScript } from '../../../../background/port.ts';
import { startWorker } from '../../../../background/worker.ts';
import type { PanelReplyReport } from '../../../../src/knowledge/panels/page-reply.ts';
import type { CapturedRecord, StateReply, SuccessCount } from '../../../../src/messages.ts';
import { completed, EXTENSION_ID, FakeBrowser } from '../fake-browser.ts';

const HOST = 'panel.example.tv';
const ORIGIN = `*://${HOST}/*`;
const LOGIN = `http://${HOST}/player_api.php?username=alice&password=Sup3r-Secret`;
const PAGE = 'http://player.example.tv/watch?token=PAGE-TOKEN-123';
const TAB = 7;
const quiet = () => {};

type Listener = (message: unknown, senderId: string | undefined, sender?: MessageSender) => unknown;

/** The fake browser plus what this feature needs: registered page scripts and messages with a sender. */
class PageScriptsBrowser extends FakeBrowser {
  readonly scripts = new Map<string, PageScript>();
  replaceCalls = 0;
  failReplace = false;
  readonly #listeners: Listener[] = [];

  override onMessage(listener: Listener & Parameters<FakeBrowser['onMessage']>[0]): void {
    this.#listeners.push(listener);
    super.onMessage(listener);
  }

  /** A message as the relay content script sends it from a tab. */
  async fromPage(message: unknown, tabId = TAB, url = PAGE): Promise<unknown> {
    const sender: MessageSender = { fromContentScript: true, tabId, frameId: 0, url };
    for (const listener of this.#listeners) {
      const reply = listener(message, EXTENSION_ID, sender);
      if (reply) return reply;
    }
    return undefined;
  }

  async replacePageScripts(ids: readonly string[], scripts: readonly PageScript[]): Promise<void> {
    this.replaceCalls += 1;
    if (this.failReplace) throw new Error('Could not load file');
    for (const id of ids) this.scripts.delete(id);
    for (const script of scripts) {
      // Chrome refuses a second registration under the same id.
      if (this.scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      this.scripts.set(script.id, structuredClone(script));
    }
  }
}

function browser(kind: 'chrome' | 'firefox' = 'chrome', origins: string[] = [ORIGIN]): PageScriptsBrowser {
  const fake = new PageScriptsBrowser(undefined, kind);
  fake.profile.granted.push(...origins);
  return fake;
}

async function boot(fake: PageScriptsBrowser) {
  const worker = startWorker(fake, { log: quiet });
  await worker.ready;
  await worker.idle();
  return worker;
}

let counter = 0;
function report(
  fields: PanelReplyReport['fields'],
  overrides: Partial<PanelReplyReport> = {},
): PanelReplyReport {
  counter += 1;
  return {
    id: `0123456789ab${String(counter).padStart(8, '0')}`,
    url: LOGIN,
    method: 'GET',
    status: 200,
    startedAt: Date.now() - 50,
    durationMs: 40,
    via: 'fetch',
    fields,
    ...overrides,
  };
}

const EXPIRED = { user_info: { auth: 1, status: 'Expired', exp_date: '1600000000' } };
const ACTIVE = { user_info: { auth: 1, status: 'Active', active_cons: '0', max_connections: '1' } };

/** webRequest's view of the same login: Chrome calls it a success (headers only). */
function loginSeen(fake: FakeBrowser, url = LOGIN, tabId = TAB): Promise<boolean> {
  return fake.fire(
    'onCompleted',
    completed(url, 200, {
      tabId,
      responseHeaders: [
        { name: 'Content-Type', value: 'text/html; charset=UTF-8' },
        { name: 'Server', value: 'nginx' },
        { name: 'Date', value: new Date().toUTCString() },
      ],
    }),
  );
}

function panelReply(reportToSend: PanelReplyReport, extra: Record<string, unknown> = {}) {
  return { type: 'panel-reply', payload: { report: reportToSend, ...extra } };
}

async function log(fake: FakeBrowser) {
  return (await fake.send({ type: 'get-log', payload: {} })) as {
    records: CapturedRecord[];
    successes: SuccessCount[];
  };
}

describe('page scripts follow the watched hosts', () => {
  it('registers the relay (isolated) before the hook (page world), at document_start, in every frame', () => {
    expect(panelPageScripts([])).toEqual([]);
    const scripts = panelPageScripts(['b.example.tv', '*.a.example.tv']);
    expect(scripts.map((script) => [script.id, script.world, script.file])).toEqual([
      [PANEL_RELAY_ID, 'ISOLATED', 'panel-relay.js'],
      [PANEL_HOOK_ID, 'MAIN', 'panel-page-hook.js'],
    ]);
    for (const script of scripts) {
      expect(script).toMatchObject({ runAt: 'document_start', allFrames: true });
      expect(script.matches).toEqual(['*://*.a.example.tv/*', '*://b.example.tv/*']);
    }
  });

  it('registers on start for the granted hosts, again on a grant, and removes them on revocation', async () => {
    const fake = browser();
    const worker = await boot(fake);
    expect([...fake.scripts.keys()]).toEqual([PANEL_RELAY_ID, PANEL_HOOK_ID]);
    expect(fake.scripts.get(PANEL_HOOK_ID)?.matches).toEqual([ORIGIN]);

    fake.grant('*://cdn.example.tv/*');
    await worker.idle();
    expect(fake.scripts.get(PANEL_HOOK_ID)?.matches).toEqual(['*://cdn.example.tv/*', ORIGIN]);

    fake.revoke('*://cdn.example.tv/*');
    fake.revoke(ORIGIN);
    await worker.idle();
    expect(fake.scripts.size).toBe(0);
  });

  it('does not touch the registration when the hosts did not change', async () => {
    const fake = browser();
    const worker = await boot(fake);
    const calls = fake.replaceCalls;
    await fake.send({ type: 'hosts-changed', payload: {} });
    await fake.send({ type: 'hosts-changed', payload: {} });
    await worker.idle();
    expect(fake.replaceCalls).toBe(calls);
  });

  it('retries after a failed registration, and a worker restart over persisted scripts does not duplicate them', async () => {
    const fake = browser();
    fake.failReplace = true;
    const worker = await boot(fake);
    expect(fake.scripts.size).toBe(0);
    fake.failReplace = false;
    await fake.send({ type: 'hosts-changed', payload: {} });
    await worker.idle();
    expect(fake.scripts.size).toBe(2);
    // Chrome keeps registered scripts across worker restarts; a fresh worker replaces, never adds.
    const again = startWorker(fake, { log: quiet });
    await again.ready;
    await again.idle();
    expect(fake.scripts.size).toBe(2);
  });
});

describe('a refusing reply behind HTTP 200 (Chrome: webRequest saw headers only)', () => {
  it("becomes one record on the tab the browser names, with webRequest's view of it; its success count stays", async () => {
    const fake = browser();
    const worker = await boot(fake);
    await loginSeen(fake);
    const reply = await fake.fromPage(
      panelReply(report(EXPIRED), { tabId: 99, pageUrl: 'http://evil.example/' }),
    );
    await worker.idle();
    expect(reply).toEqual({ recorded: true });

    const { records, successes } = await log(fake);
    expect(successes.reduce((sum, count) => sum + count.count, 0)).toBe(1);
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record?.finding).toMatchObject({ status: 200, layer: 'account', role: 'auth' });
    expect(record?.finding.evidence.join(' ')).toMatch(/user_info\.status=Expired/);
    // The kept fields as a JSON body; the real response headers, address and clock from webRequest.
    expect(record?.exchange).toMatchObject({ status: 200, mimeType: 'application/json', method: 'GET' });
    expect(JSON.parse(record?.exchange.body ?? '{}')).toEqual(EXPIRED);
    expect(record?.exchange.responseHeaders).toContainEqual({ name: 'Server', value: 'nginx' });
    expect(record?.exchange.context).toMatchObject({
      tabId: TAB,
      headersOnly: false,
      resourceType: 'xmlhttprequest',
      serverIp: '203.0.113.10',
    });
    expect(Math.abs(record?.exchange.context?.clockSkewSeconds ?? Number.NaN)).toBeLessThanOrEqual(2);
    expect(JSON.stringify(records)).not.toMatch(/alice|Sup3r-Secret|PAGE-TOKEN/);
    // A refusal inside a 200: no code worth showing, "!" and a tooltip that says who.
    expect(fake.profile.badges.get(TAB)?.text).toBe('!');
  });

  it('waits for webRequest when the report comes first', async () => {
    const fake = browser();
    await boot(fake);
    const reply = fake.fromPage(panelReply(report(EXPIRED)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await loginSeen(fake);
    expect(await reply).toEqual({ recorded: true });
    const [record] = (await log(fake)).records;
    expect(record?.exchange.context?.serverIp).toBe('203.0.113.10');
  });

  it('refuses a reply about a host the tab was never seen reaching (a page speaks of its own and those only)', async () => {
    const fake = browser();
    await boot(fake);
    expect(await fake.fromPage(panelReply(report(EXPIRED)))).toEqual({ recorded: false });
    expect((await log(fake)).records).toEqual([]);
  });

  it('stands alone after a second when webRequest never saw the reply (the page origin is its initiator)', async () => {
    const fake = browser();
    await boot(fake);
    // webRequest saw the tab reach the panel before (its logo), not this reply.
    await fake.fire('onSendHeaders', completed(`http://${HOST}/logo.png`, 200, { tabId: TAB }));
    const sent = report(EXPIRED);
    const started = Date.now();
    expect(await fake.fromPage(panelReply(sent))).toEqual({ recorded: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    const [record] = (await log(fake)).records;
    expect(record?.exchange).toMatchObject({ status: 200, startedAt: sent.startedAt, durationMs: 40 });
    expect(record?.exchange.responseHeaders).toEqual([{ name: 'Content-Type', value: 'application/json' }]);
    expect(record?.exchange.context).toMatchObject({ tabId: TAB, initiator: 'http://player.example.tv' });
    expect(JSON.stringify(record)).not.toContain('PAGE-TOKEN');
  });

  it('explains the stream refusals that follow: the verdict is the account, rooted on the login', async () => {
    const fake = browser();
    const worker = await boot(fake);
    await loginSeen(fake);
    await fake.fromPage(panelReply(report(EXPIRED)));
    for (let i = 0; i < 3; i += 1)
      await fake.fire('onCompleted', completed(`http://${HOST}/live/alice/Sup3r-Secret/10${i}.m3u8`, 403));
    await worker.idle();
    const state = (await fake.send({ type: 'get-state', payload: { tabId: TAB } })) as StateReply;
    expect(state.analysis?.verdict.layer).toBe('account');
    const root = state.analysis?.findings.find(
      (finding) => finding.entry === state.analysis?.verdict.rootEntry,
    );
    expect(root?.status).toBe(200);
    expect(state.headersOnly).toBe(false);
  });

  it('auth 0 is an auth record', async () => {
    const fake = browser();
    await boot(fake);
    await loginSeen(fake);
    await fake.fromPage(panelReply(report({ user_info: { auth: 0 } })));
    const [record] = (await log(fake)).records;
    expect(record?.finding.layer).toBe('auth');
  });

  it('stores nothing for a working account, a repeated report, an unwatched host or a tab-less sender', async () => {
    const fake = browser();
    await boot(fake);
    await loginSeen(fake);
    expect(await fake.fromPage(panelReply(report(ACTIVE)))).toEqual({ recorded: false });
    const once = report(EXPIRED);
    await loginSeen(fake);
    expect(await fake.fromPage(panelReply(once))).toEqual({ recorded: true });
    expect(await fake.fromPage(panelReply(once))).toEqual({ recorded: false });
    const elsewhere = report(EXPIRED, {
      url: 'http://other.example.tv/player_api.php?username=a&password=b',
    });
    expect(await fake.fromPage(panelReply(elsewhere))).toEqual({ recorded: false });
    expect(await fake.fromPage(panelReply(report(EXPIRED)), -1)).toEqual({ recorded: false });
    expect((await log(fake)).records).toHaveLength(1);
  });

  it('takes panel-reply from content scripts only, and nothing else from them', async () => {
    const fake = browser();
    await boot(fake);
    // An extension page (popup, options) cannot report: it has no page to report on.
    expect(await fake.send(panelReply(report(EXPIRED), { tabId: TAB }))).toBeUndefined();
    await loginSeen(fake);
    await fake.fromPage(panelReply(report(EXPIRED)));
    // A content script cannot clear the log or read it.
    expect(await fake.fromPage({ type: 'clear-log', payload: {} })).toBeUndefined();
    expect(await fake.fromPage({ type: 'get-log', payload: {} })).toBeUndefined();
    expect((await log(fake)).records).toHaveLength(1);
  });

  it('keeps what a forged report carries beyond the kept fields out of storage', async () => {
    const fake = browser();
    await boot(fake);
    await loginSeen(fake);
    const forged = report({
      user_info: { auth: 1, status: 'Banned', username: 'alice', password: 'Sup3r-Secret' },
    } as never);
    await fake.fromPage(panelReply({ ...forged, extra: 'Sup3r-Secret' } as never));
    const stored = JSON.stringify(fake.profile.local.snapshot());
    expect(stored).toContain('Banned');
    expect(stored).not.toMatch(/alice|Sup3r-Secret/);
  });
});

describe('a refusing reply with a failure status: both paths, one record', () => {
  const REFUSED = { user_info: { auth: 0 } };
  const json = { responseHeaders: [{ name: 'Content-Type', value: 'application/json' }] };

  it('Chrome, webRequest first: the report fills in the body of the headers-only record', async () => {
    const fake = browser();
    const worker = await boot(fake);
    await fake.fire('onCompleted', completed(LOGIN, 403, json));
    expect(await fake.fromPage(panelReply(report(REFUSED, { status: 403 })))).toEqual({ recorded: true });
    await worker.idle();
    const { records } = await log(fake);
    expect(records).toHaveLength(1);
    expect(records[0]?.exchange.context?.headersOnly).toBe(false);
    expect(records[0]?.finding.layer).toBe('auth');
    expect(records[0]?.finding.evidence.join(' ')).toContain('user_info.auth=0');
  });

  it('Chrome, report first: webRequest stores its record with the reported body', async () => {
    const fake = browser();
    const worker = await boot(fake);
    expect(await fake.fromPage(panelReply(report(REFUSED, { status: 403 })))).toEqual({ recorded: false });
    await fake.fire('onCompleted', completed(LOGIN, 403, json));
    await worker.idle();
    const { records } = await log(fake);
    expect(records).toHaveLength(1);
    expect(records[0]?.exchange.context?.headersOnly).toBe(false);
    expect(records[0]?.finding.layer).toBe('auth');
  });

  it('a report for another tab or status does not lend its body', async () => {
    const fake = browser();
    const worker = await boot(fake);
    await fake.fromPage(panelReply(report(REFUSED, { status: 401 })));
    await fake.fromPage(panelReply(report(REFUSED, { status: 403 })), 8);
    await fake.fire('onCompleted', completed(LOGIN, 403, json));
    await worker.idle();
    const { records } = await log(fake);
    expect(records).toHaveLength(1);
    expect(records[0]?.exchange.context?.headersOnly).toBe(true);
  });

  it('Firefox: filterResponseData read the body already; the report adds nothing', async () => {
    const fake = browser('firefox');
    const worker = await boot(fake);
    const details = completed(LOGIN, 403, json);
    fake.profile.bodies.set(details.requestId, '{"user_info":{"auth":0,"status":"Disabled"}}');
    await fake.fire('onHeadersReceived', details);
    await fake.fire('onCompleted', details);
    await worker.idle();
    expect(await fake.fromPage(panelReply(report(REFUSED, { status: 403 })))).toEqual({ recorded: false });
    await worker.idle();
    const { records } = await log(fake);
    expect(records).toHaveLength(1);
    expect(records[0]?.exchange.body).toContain('Disabled');
  });

  it('Firefox: a 200 is not a kept status there either, so the report makes its one record', async () => {
    const fake = browser('firefox');
    const worker = await boot(fake);
    const details = completed(LOGIN, 200, json);
    await fake.fire('onHeadersReceived', details);
    await fake.fire('onCompleted', details);
    await fake.fromPage(panelReply(report(EXPIRED)));
    await worker.idle();
    const { records } = await log(fake);
    expect(records).toHaveLength(1);
    expect(records[0]?.finding.status).toBe(200);
  });
});

describe('PanelMeetingPoint', () => {
  const url = 'http://panel.example.tv/player_api.php?username=REDACTED';

  it('lets a body and a record wait for each other ten seconds at most, for panel URLs only', () => {
    let now = 0;
    const meeting = new PanelMeetingPoint(() => now);
    expect(meeting.offer(TAB, 403, url, '{}')).toBeUndefined();
    now = 10_001;
    expect(meeting.take(TAB, 403, url)).toBeUndefined();
    meeting.stored(TAB, 403, url, 'r1');
    expect(meeting.offer(TAB, 403, url, '{}')).toBe('r1');
    expect(meeting.offer(TAB, 403, url, '{}')).toBeUndefined();
    meeting.stored(TAB, 403, 'http://cdn.example.tv/live.ts', 'r2');
    expect(meeting.offer(TAB, 403, 'http://cdn.example.tv/live.ts', '{}')).toBeUndefined();
  });

  it("hands webRequest's view of a success to one report, waiting for it when needed", async () => {
    const meeting = new PanelMeetingPoint();
    const seen = { details: completed(url, 200) };
    meeting.succeeded(TAB, 200, url, seen);
    expect(await meeting.seen(TAB, 200, url, 0)).toBe(seen);
    expect(await meeting.seen(TAB, 200, url, 0)).toBeUndefined();
    const waiting = meeting.seen(TAB, 200, url, 5_000);
    meeting.succeeded(TAB, 200, url, seen);
    expect(await waiting).toBe(seen);
    expect(await meeting.seen(TAB, 200, url, 20)).toBeUndefined();
    meeting.succeeded(8, 200, url, seen);
    expect(await meeting.seen(TAB, 200, url, 0)).toBeUndefined();
  });
});
