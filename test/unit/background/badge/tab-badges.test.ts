import { describe, expect, it } from 'vitest';
import { keepsStateOnLoading, tabKey } from '../../../../background/badge/tab-badges.ts';
import { startWorker } from '../../../../background/worker.ts';
import { BADGE_COLORS } from '../../../../src/capture/badge-rules.ts';
import type { CapturedRecord } from '../../../../src/messages.ts';
import { completed, FakeBrowser } from '../fake-browser.ts';

const HOST = 'panel.example.tv';
const PAGE = `https://${HOST}/portal/`;
const TAB = 7;

async function boot(fake = new FakeBrowser()) {
  if (!fake.profile.granted.includes(`*://${HOST}/*`)) fake.profile.granted.push(`*://${HOST}/*`);
  const worker = startWorker(fake, { log: () => {} });
  await worker.ready;
  return { fake, worker };
}

/** Chromium's order for a refused page: response, then the commit that wipes the badge, then complete. */
async function refusedPage(fake: FakeBrowser, worker: { idle(): Promise<void> }, status = 403) {
  await fake.fire('onCompleted', completed(PAGE, status, { type: 'main_frame', tabId: TAB }));
  fake.commitDocument(TAB, PAGE);
  await worker.idle();
  fake.tabUpdated(TAB, { status: 'complete' });
  await worker.idle();
}

async function records(fake: FakeBrowser): Promise<CapturedRecord[]> {
  return ((await fake.send({ type: 'get-log', payload: {} })) as { records: CapturedRecord[] }).records;
}

async function setBadgeSettings(fake: FakeBrowser, worker: { idle(): Promise<void> }, badge: object) {
  const stored = (await fake.local.get('settings')).settings as Record<string, unknown>;
  await fake.local.set({ settings: { ...stored, badge } });
  await worker.idle();
}

describe('tab badge', () => {
  it('survives the commit of the refused page that wiped it, and counts later failures', async () => {
    const { fake, worker } = await boot();
    await refusedPage(fake, worker);
    expect(fake.profile.badges.get(TAB)).toMatchObject({ text: '403', color: BADGE_COLORS.refusal });
    await setBadgeSettings(fake, worker, { enabled: true, text: 'count' });
    await fake.fire('onCompleted', completed(`https://${HOST}/live/a/b/1.ts`, 403, { tabId: TAB }));
    await fake.fire('onCompleted', completed(`https://${HOST}/live/a/b/2.ts`, 503, { tabId: TAB }));
    await worker.idle();
    expect(fake.profile.badges.get(TAB)).toMatchObject({ text: '3', color: BADGE_COLORS.refusal });
  });

  it('clears when the tab goes to a new page, not before', async () => {
    const { fake, worker } = await boot();
    await refusedPage(fake, worker);
    fake.tabUpdated(TAB, { status: 'loading', url: 'https://elsewhere.example/' });
    await worker.idle();
    expect(fake.profile.badges.has(TAB)).toBe(false);
    expect(await fake.session.get(tabKey(TAB))).toEqual({});
  });

  it('starts over on a new top-level response of a watched host', async () => {
    const { fake, worker } = await boot();
    await refusedPage(fake, worker);
    await fake.fire('onCompleted', completed(PAGE, 200, { type: 'main_frame', tabId: TAB }));
    await worker.idle();
    expect(fake.profile.badges.has(TAB)).toBe(false);
  });

  it('follows the badge settings: code, narrowed classes, off', async () => {
    const { fake, worker } = await boot();
    await refusedPage(fake, worker);
    await setBadgeSettings(fake, worker, { enabled: true, text: 'code', classes: ['refusal'] });
    expect(fake.profile.badges.get(TAB)?.text).toBe('403');
    await setBadgeSettings(fake, worker, { enabled: true, text: 'count', classes: ['server'] });
    expect(fake.profile.badges.has(TAB)).toBe(false);
    await setBadgeSettings(fake, worker, { enabled: false });
    await fake.fire('onCompleted', completed(`https://${HOST}/x`, 500, { tabId: TAB }));
    await worker.idle();
    expect(fake.profile.badges.has(TAB)).toBe(false);
  });

  it('is re-applied by a restarted worker from storage.session', async () => {
    const { fake, worker } = await boot();
    await fake.fire('onCompleted', completed(PAGE, 403, { type: 'main_frame', tabId: TAB }));
    await worker.idle();
    const second = fake.restart();
    second.profile.badges.delete(TAB); // the commit happened while no worker was running
    const next = startWorker(second, { log: () => {} });
    second.tabUpdated(TAB, { status: 'complete' });
    await next.ready;
    await next.idle();
    expect(second.profile.badges.get(TAB)?.text).toBe('403');
  });

  it('gives the tab a tooltip naming the code and who refused', async () => {
    const { fake, worker } = await boot();
    await fake.fire(
      'onCompleted',
      completed(`https://${HOST}/live/a/b/1.ts`, 403, {
        tabId: TAB,
        responseHeaders: [
          { name: 'Server', value: 'cloudflare' },
          { name: 'CF-RAY', value: '8f1e2d3c4b5a6978-CDG' },
        ],
      }),
    );
    await worker.idle();
    expect(fake.profile.badges.get(TAB)?.tip).toEqual({ code: '403', layer: 'waf', vendor: 'Cloudflare' });
  });

  it('forgets a closed tab', async () => {
    const { fake, worker } = await boot();
    await refusedPage(fake, worker);
    fake.tabRemoved(TAB);
    await worker.idle();
    expect(await fake.session.get(null)).toEqual({});
  });

  it('keeps state on loading only for the pending commit of the same page', () => {
    const state = { failures: { counts: { refusal: 1 }, lastStatus: { refusal: 403 } }, pageUrl: PAGE };
    expect(keepsStateOnLoading({ ...state, commitPendingSince: 1000 }, PAGE, 2000)).toBe(true);
    expect(keepsStateOnLoading({ ...state, commitPendingSince: 1000 }, `${PAGE}other`, 2000)).toBe(false);
    expect(keepsStateOnLoading({ ...state, commitPendingSince: 1000 }, undefined, 2000)).toBe(true);
    expect(keepsStateOnLoading({ ...state, commitPendingSince: 1000 }, undefined, 60_000)).toBe(false);
    expect(keepsStateOnLoading(state, PAGE, 2000)).toBe(false);
  });
});

describe('page reader', () => {
  const CLOUDFLARE_PAGE = [
    '<title>Attention Required! | Cloudflare</title>',
    '/cdn-cgi/styles/cf.errors.css',
    'Sorry, you have been blocked',
    'Error 1020',
    'Cloudflare Ray ID: 8f1e2d3c4b5a6978',
  ].join('\n');

  it('reads the refused page once complete and re-diagnoses the record with its text', async () => {
    const { fake, worker } = await boot();
    fake.profile.pages.set(TAB, { excerpt: CLOUDFLARE_PAGE });
    await refusedPage(fake, worker);
    expect(fake.profile.injections).toEqual([TAB]);
    const [record] = await records(fake);
    expect(record?.exchange.body).toContain('Error 1020');
    expect(record?.exchange.context?.headersOnly).toBe(false);
    expect(record?.finding.vendor).toBe('cloudflare');
  });

  it('keeps the headers-only record when the page cannot be read', async () => {
    const { fake, worker } = await boot();
    await refusedPage(fake, worker);
    expect(fake.profile.injections).toEqual([TAB]);
    const [record] = await records(fake);
    expect(record?.exchange.body).toBeUndefined();
    expect(record?.exchange.context?.headersOnly).toBe(true);
  });

  it('does not inject when reading error pages is off, nor for sub-resources', async () => {
    const { fake, worker } = await boot();
    const stored = (await fake.local.get('settings')).settings as Record<string, unknown>;
    await fake.local.set({ settings: { ...stored, readErrorPages: false } });
    await worker.idle();
    await refusedPage(fake, worker);
    await fake.fire('onCompleted', completed(`https://${HOST}/api`, 403, { tabId: TAB }));
    fake.tabUpdated(TAB, { status: 'complete' });
    await worker.idle();
    expect(fake.profile.injections).toEqual([]);
  });
});
