import { describe, expect, it } from 'vitest';
import { startWorker } from '../../../background/worker.ts';
import { analyze } from '../../../src/diagnosis/analyze.ts';
import type { MessageType, ProofSession, Reply, Request, StateReply } from '../../../src/messages.ts';
import {
  exportFilename,
  harExportText,
  jsonExportText,
  reportExportText,
} from '../../../src/outputs/exports.ts';
import { parseHar } from '../../../src/outputs/har/read.ts';
import { completed, FakeBrowser } from './fake-browser.ts';

const HOST = 'cdn.example.tv';
const SECRET_URL = `http://${HOST}:8080/live/marie.l/Pw0rd-7781/5521.ts`;

async function boot() {
  const fake = new FakeBrowser();
  fake.profile.granted.push(`*://${HOST}/*`);
  const worker = startWorker(fake, { log: () => {} });
  await worker.ready;
  const send = <T extends MessageType>(type: T, payload: Request<T>) =>
    fake.send({ type, payload }) as Promise<Reply<T>>;
  return { fake, worker, send };
}

const CLOUDFLARE_403 = [
  { name: 'Server', value: 'cloudflare' },
  { name: 'CF-RAY', value: '8f1e2d3c4b5a6978-CDG' },
  { name: 'Content-Type', value: 'text/html; charset=UTF-8' },
];

async function capture(fake: FakeBrowser, worker: { idle(): Promise<void> }) {
  await fake.fire('onCompleted', completed(SECRET_URL, 403, { tabId: 3, responseHeaders: CLOUDFLARE_403 }));
  await fake.fire('onCompleted', completed(`https://${HOST}/hls/index.m3u8`, 200, { tabId: 3 }));
  await fake.fire(
    'onCompleted',
    completed(`https://${HOST}/get.php?username=marie.l&password=Pw0rd-7781`, 401, { tabId: 4 }),
  );
  await worker.idle();
}

describe('get-state', () => {
  it('answers for the tab with an analysis in the resolved language', async () => {
    const { fake, worker, send } = await boot();
    await capture(fake, worker);
    const state: StateReply = await send('get-state', { tabId: 3, url: `https://${HOST}/player` });
    expect(state).toMatchObject({ tabId: 3, recordCount: 1, recordHosts: [HOST] });
    const history = await send('get-history', { tabId: 3, url: `https://${HOST}/player` });
    expect(history.records.map((record) => record.finding.status)).toEqual([403]);
    expect(state.analysis?.findings).toHaveLength(1);
    expect(state.analysis?.verdict.layer).toBe('waf');
    expect(state.lang).toBe('fr'); // settings say "auto" and the fake browser speaks French
    expect(state).toMatchObject({ tabHost: HOST, tabWatched: true, headersOnly: true, watchedHosts: [HOST] });
  });

  it('answers nothing for a tab with nothing captured: no verdict from another site’s records', async () => {
    const { fake, worker, send } = await boot();
    expect((await send('get-state', { tabId: 9 })).analysis).toBeNull();
    await capture(fake, worker);
    const state = await send('get-state', { tabId: 9, url: 'https://news.example/' });
    expect(state.recordCount).toBe(0);
    expect((await send('get-history', { tabId: 9, url: 'https://news.example/' })).records).toEqual([]);
    expect(state.analysis).toBeNull();
    expect(state.verdict).toMatchObject({ source: 'none', layer: 'none' });
    expect(state.tabWatched).toBe(false);
    // The options page asks without a tab: the latest records of every tab.
    expect((await send('get-state', {})).recordCount).toBe(2);
    expect((await send('get-history', {})).records).toHaveLength(2);
  });

  it('looks the tab up itself: its URL when only the id is given, the active tab when the popup asks for it', async () => {
    const { fake, worker, send } = await boot();
    await capture(fake, worker);
    fake.profile.tabUrls.set(9, `https://${HOST}/player`);
    // Tab 9 captured nothing; its URL (read by the worker) leads to its site's records.
    const byId = await send('get-state', { tabId: 9 });
    expect(byId).toMatchObject({ tabId: 9, tabHost: HOST, tabWatched: true, recordCount: 2 });
    expect((await send('get-history', { tabId: 9 })).records).toHaveLength(2);
    fake.profile.tabUrls.set(3, 'https://news.example/');
    fake.profile.activeTab = 3;
    const active = await send('get-state', { activeTab: true });
    expect(active).toMatchObject({ tabId: 3, tabHost: 'news.example', tabWatched: false, recordCount: 1 });
    // No tab to read (a window without one): the latest records of every tab, as without a tab.
    fake.profile.activeTab = undefined;
    const none = await send('get-state', { activeTab: true });
    expect(none.tabId).toBeUndefined();
    expect(none.recordCount).toBe(2);
  });

  it('offers no host to watch on the browser’s own pages', async () => {
    const { send } = await boot();
    expect((await send('get-state', { tabId: 1, url: 'chrome://extensions/' })).tabHost).toBeUndefined();
    expect((await send('get-state', { tabId: 1, url: 'https://player.example/' })).tabHost).toBe(
      'player.example',
    );
  });

  it('gives the current verdict with the reference id to quote to the provider', async () => {
    const { fake, worker, send } = await boot();
    await capture(fake, worker);
    const state = await send('get-state', { tabId: 3 });
    expect(state.verdict).toMatchObject({
      source: 'engine',
      layer: 'waf',
      vendor: 'cloudflare',
      vendorName: 'Cloudflare',
      status: 403,
      reference: { kind: 'ray', value: '8f1e2d3c4b5a6978-CDG' },
    });
  });

  it("analyses the tab's own site when the refusals were captured in another tab of that site", async () => {
    const { fake, worker, send } = await boot();
    await capture(fake, worker);
    const state = await send('get-state', { tabId: 9, url: `https://${HOST}/player` });
    expect(state.recordCount).toBe(2);
    const history = await send('get-history', { tabId: 9, url: `https://${HOST}/player` });
    expect(history.records.map((record) => record.finding.status)).toEqual([403, 401]);
    expect(state.analysis?.totals.failures).toBe(2);
    // Every finding is on its record; the analysis repeats only the one the verdict rests on.
    expect(state.analysis?.findings.map((finding) => finding.entry)).toEqual([
      state.analysis?.verdict.rootEntry,
    ]);
  });
});

describe('exports (the worker hands over its records and analysis; the page writes the file)', () => {
  it('with nothing captured, hands over no record and a no-failure verdict', async () => {
    const { send } = await boot();
    const snapshot = await send('export-data', {});
    expect(snapshot.records).toEqual([]);
    expect(snapshot.analysis.verdict.layer).toBe('none');
  });

  it('hands over the full records with the analysis it made itself', async () => {
    const { fake, worker, send } = await boot();
    await capture(fake, worker);
    const snapshot = await send('export-data', { tabId: 3 });
    expect(snapshot.records.map((record) => record.exchange.status)).toEqual([403]);
    // Unlike get-state, an export needs the headers.
    expect(snapshot.records[0]?.exchange.responseHeaders.length).toBeGreaterThan(0);
    expect(snapshot.analysis.verdict.layer).toBe('waf');
    expect(snapshot.creator.name).toBe('IPTV Access Lens');
    expect(snapshot.environment.generatedAt).toBeGreaterThan(0);
    expect(JSON.stringify(snapshot)).not.toContain('Pw0rd-7781');
    expect(snapshot.verdict).toEqual((await send('get-state', { tabId: 3 })).verdict);
    // A tab with no record exports nothing: the popup showed nothing for it.
    const elsewhere = await send('export-data', { tabId: 99 });
    expect(elsewhere.records).toEqual([]);
    expect(elsewhere.verdict.source).toBe('none');
  });

  it('exports a redacted HAR 1.2 with our context and diagnosis', async () => {
    const { fake, worker, send } = await boot();
    await capture(fake, worker);
    const snapshot = await send('export-data', {});
    const text = harExportText(snapshot);
    expect(exportFilename('har', snapshot.environment.generatedAt)).toMatch(
      /^iptv-access-lens-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.har$/,
    );
    expect(text).not.toContain('marie.l');
    expect(text).not.toContain('Pw0rd-7781');
    const har = JSON.parse(text) as { log: { version: string; entries: Array<Record<string, unknown>> } };
    expect(har.log.version).toBe('1.2');
    expect(har.log.entries).toHaveLength(2);
    expect(har.log.entries[0]?._context).toMatchObject({ tabId: 3, sequence: 0 });
    expect(har.log.entries[0]?._diagnosis).toMatchObject({ status: 403, errorClass: 'refusal' });
  });

  it('exports the tab’s records and their hosts’ success counts as JSON', async () => {
    const { fake, worker, send } = await boot();
    await capture(fake, worker);
    const text = jsonExportText(await send('export-data', { tabId: 4 }));
    const document = JSON.parse(text) as {
      format: string;
      records: unknown[];
      successes: Array<{ count: number }>;
    };
    expect(document.format).toBe('iptv-access-lens/records');
    expect(document.records).toHaveLength(1);
    expect(document.successes.map((count) => count.count)).toEqual([1]);
    expect(text).not.toContain('Pw0rd-7781');
  });

  it('exports a HAR the core reads back; reading files is the options page’s job, not the worker’s', async () => {
    const { fake, worker, send } = await boot();
    await capture(fake, worker);
    const text = harExportText(await send('export-data', { tabId: 3 }));
    expect(analyze(parseHar(text)).findings).toHaveLength(1);
    // The HAR reader left the worker (options/har-analysis.tsx loads it on demand): the old message is
    // not one of ours any more, so it gets no answer.
    expect(await fake.send({ type: 'analyze-har', payload: { text, lang: 'en' } })).toBeUndefined();
  });

  it('writes a support report without the credentials', async () => {
    const { fake, worker, send } = await boot();
    await capture(fake, worker);
    const text = reportExportText(await send('export-data', { tabId: 3 }), 'en', 'markdown');
    expect(text).toContain('403');
    expect(text).toMatch(/refused by Cloudflare’s firewall/i);
    expect(text).toContain('Ray ID 8f1e2d3c4b5a6978-CDG');
    expect(text).not.toContain('Pw0rd-7781');
  });
});

describe('proofs', () => {
  it('tags traffic with the running step and counts it there', async () => {
    const { fake, worker, send } = await boot();
    await capture(fake, worker);
    const started = await send('proof-start', { step: 'hotspot', context: { network: 'phone hotspot' } });
    expect(started.proof.current).toBe('hotspot');
    expect(started.proof.baseline?.status).toBe(401);
    for (let i = 0; i < 3; i += 1)
      await fake.fire('onCompleted', completed(`https://${HOST}/hls/${i}.ts`, 200));
    await fake.fire('onCompleted', completed(`https://${HOST}/hls/x.ts`, 403));
    await worker.idle();
    const { proof } = await send('proof-finish', {});
    const result = proof.results.find((r) => r.step === 'hotspot');
    expect(result).toMatchObject({ successes: 3, failures: 1, statuses: [403], outcome: 'works' });
    const log = await send('get-log', {});
    const last = log.records.at(-1);
    expect(last?.exchange.context).toMatchObject({ proofStep: 'hotspot', network: 'phone hotspot' });
    expect(log.successes.some((count) => count.proofStep === 'hotspot' && count.count === 3)).toBe(true);
  });

  it('keeps the session across a restart and forgets it on reset', async () => {
    const { fake, worker, send } = await boot();
    await send('proof-start', { step: 'vpn', context: {} });
    await worker.idle();
    const second = fake.restart();
    const next = startWorker(second, { log: () => {} });
    await next.ready;
    const state = (await second.send({ type: 'get-state', payload: {} })) as StateReply;
    expect((state.proof as ProofSession).current).toBe('vpn');
    expect(await second.send({ type: 'proof-reset', payload: {} })).toEqual({ ok: true });
    expect(((await second.send({ type: 'get-state', payload: {} })) as StateReply).proof).toBeNull();
  });
});

describe('log and labels', () => {
  it('clears one tab’s records and its badge', async () => {
    const { fake, worker, send } = await boot();
    await capture(fake, worker);
    expect(fake.profile.badges.get(3)?.text).toBe('403');
    expect(await send('clear-log', { tabId: 3 })).toEqual({ cleared: 1 });
    expect(fake.profile.badges.has(3)).toBe(false);
    expect((await send('get-log', { limit: 10 })).records).toHaveLength(1);
    expect(await send('clear-log', {})).toEqual({ cleared: 1 });
    expect((await send('get-log', {})).successes).toEqual([]);
  });

  it('undoes the last clear: records and counts come back, once', async () => {
    const { fake, worker, send } = await boot();
    await capture(fake, worker);
    await send('clear-log', {});
    expect((await send('get-log', {})).records).toEqual([]);
    expect(await send('undo-clear', {})).toEqual({ restored: 2 });
    const log = await send('get-log', {});
    expect(log.records.map((record) => record.exchange.status).sort()).toEqual([401, 403]);
    expect(log.successes.length).toBeGreaterThan(0);
    expect(log.verdict.source).toBe('engine');
    expect(await send('undo-clear', {})).toEqual({ restored: 0 });
  });

  it('stores labels in the settings, trimmed', async () => {
    const { send } = await boot();
    await send('set-labels', { network: '  4G   Orange ', device: '' });
    const state = await send('get-state', {});
    expect(state.labels).toEqual({ network: '4G Orange' });
  });
});
