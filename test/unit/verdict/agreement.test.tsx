// @vitest-environment happy-dom
/**
 * One verdict, four readers. The same records go through the real worker (a fake browser underneath), then
 * the popup, the options log, the popup's copied report and `iptv-lens report` (the built CLI, spawned, on
 * the HAR the popup exports) must say the same thing: the same headline, layer, vendor, scope and
 * confidence — before the guided tests, and after them, when the tests' verdict replaces the engine's.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MessageType } from '../../../src/messages.ts';
import { harExportText } from '../../../src/outputs/exports.ts';
import type { Lang } from '../../../src/types.ts';
import { wordVerdict } from '../../../src/verdict/wording.ts';
import { verdictWords } from '../../../src/verdict/words.ts';
import { completed } from '../background/fake-browser.ts';
import { buildCli } from '../helpers/build-cli.ts';
import { bootWorker } from '../helpers/worker-boot.ts';

const door = vi.hoisted(() => ({
  send: vi.fn(),
  requestHosts: vi.fn(),
  releaseHosts: vi.fn(),
  grantedHosts: vi.fn(async () => [] as string[]),
  openOptionsPage: vi.fn(),
  browserLanguages: vi.fn(() => ['en-US']),
  copyText: vi.fn(async (_text: string) => {}),
  downloadText: vi.fn(),
}));
vi.mock('../../../popup/browser.ts', async (original) => ({
  ...door,
  tabFromQuery: (await original<typeof import('../../../popup/browser.ts')>()).tabFromQuery,
}));

const { PopupApp } = await import('../../../popup/app.tsx');
const { LogViewer } = await import('../../../options/log-viewer.tsx');
const { I18nProvider, loadTextPack } = await import('../../../popup/text/i18n-context.tsx');

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const CDN = 'cdn.example.tv';
const PLAYLIST = `http://${CDN}/live/marie.l/Pw0rd-7781/101.m3u8`;
const CLOUDFLARE = [
  { name: 'Server', value: 'cloudflare' },
  { name: 'CF-RAY', value: '8f1e2d3c4b5a6978-CDG' },
  { name: 'Content-Type', value: 'text/html; charset=UTF-8' },
];

let work: string;
let cli: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'iptv-lens-agreement-'));
  cli = await buildCli(ROOT, work, 'test');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(cleanup);

async function boot() {
  const { fake, worker, send } = await bootWorker([CDN]);
  // The player's tab, as tabs.get tells the worker.
  fake.profile.tabUrls.set(3, 'http://cdn.example.tv/player');
  door.send.mockImplementation((type: MessageType, payload: unknown) => fake.send({ type, payload }));
  const refused = () =>
    fake.fire('onCompleted', completed(PLAYLIST, 403, { tabId: 3, responseHeaders: CLOUDFLARE }));
  const served = () =>
    fake.fire(
      'onCompleted',
      completed(PLAYLIST, 200, {
        tabId: 3,
        responseHeaders: [{ name: 'Content-Type', value: 'application/vnd.apple.mpegurl' }],
      }),
    );
  return { fake, worker, send, refused, served };
}

interface Reading {
  headline: string;
  data: Record<string, string | undefined>;
}

function readVerdict(root: ParentNode): Reading {
  const element = root.querySelector<HTMLElement>('[data-verdict]');
  if (!element) throw new Error('no verdict shown');
  const { layer, vendor, scope, confidence, source } = element.dataset;
  return {
    headline: element.querySelector('.headline-text')?.textContent ?? '',
    data: { layer, vendor, scope, confidence, source },
  };
}

async function popupReading(lang: Lang): Promise<{ reading: Reading; report: string }> {
  await loadTextPack(lang);
  const view = render(<PopupApp search="?tabId=3" initialLang={lang} />);
  await waitFor(() => expect(document.querySelector('[data-verdict]')).not.toBeNull());
  const reading = readVerdict(document);
  door.copyText.mockClear();
  fireEvent.click(
    screen.getByRole('button', {
      name: lang === 'en' ? 'Copy the report for support' : 'Copier le rapport pour le support',
    }),
  );
  await waitFor(() => expect(door.copyText).toHaveBeenCalledTimes(1));
  const report = door.copyText.mock.calls[0]?.[0] ?? '';
  view.unmount();
  return { reading, report };
}

async function logReading(lang: Lang): Promise<Reading> {
  const view = render(
    <I18nProvider lang={lang}>
      <LogViewer />
    </I18nProvider>,
  );
  await waitFor(() => expect(document.querySelector('[data-verdict]')).not.toBeNull());
  const reading = readVerdict(document);
  view.unmount();
  return reading;
}

function cliReport(har: string, lang: Lang): string {
  const file = join(work, `export-${lang}.har`);
  writeFileSync(file, har);
  const result = spawnSync(process.execPath, [cli, 'report', file, '--lang', lang], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

/** The summary lines and the diagnosis section: what a report says about the verdict. */
function verdictPart(report: string): string[] {
  const lines = report.split('\n');
  const diagnosis = lines.findIndex((line) => /^(DIAGNOSIS|DIAGNOSTIC)$/.test(line));
  return [...lines.slice(2, 5), ...lines.slice(diagnosis, lines.indexOf('', diagnosis))];
}

type Booted = Awaited<ReturnType<typeof boot>>;

/** The language picked in the options page: the worker answers in it from then on. */
async function pickLanguage({ fake, worker }: Booted, lang: Lang): Promise<void> {
  const stored = (await fake.local.get('settings')).settings as Record<string, unknown>;
  await fake.local.set({ settings: { ...stored, lang } });
  await worker.idle();
}

async function allAgree(booted: Booted) {
  const { send } = booted;
  const state = await send('get-state', { tabId: 3 });
  const har = harExportText(await send('export-data', { tabId: 3 }));
  for (const lang of ['en', 'fr'] as const) {
    await pickLanguage(booted, lang);
    const expected = wordVerdict(state.verdict, verdictWords(lang), lang).headline;
    const { reading: popup, report } = await popupReading(lang);
    const log = await logReading(lang);
    const fromCli = cliReport(har, lang);
    expect(popup.headline).toBe(expected);
    expect(log.headline).toBe(expected);
    expect(log.data).toEqual(popup.data);
    expect(popup.data).toEqual({
      layer: state.verdict.layer,
      vendor: state.verdict.vendor ?? '',
      scope: state.verdict.scope,
      confidence: String(state.verdict.confidence),
      source: state.verdict.source,
    });
    expect(report).toContain(expected);
    expect(verdictPart(fromCli)).toEqual(verdictPart(report));
  }
  return state.verdict;
}

// Sixteen readings and four CLI runs: the guard against a hang is generous, the test asserts no time.
describe('popup, options log, popup report and CLI report', { timeout: 120_000 }, () => {
  it('say the same verdict on the same records, before the tests and after them', async () => {
    const booted = await boot();
    const { worker, send, refused, served } = booted;
    await refused();
    await worker.idle();
    const before = await allAgree(booted);
    expect(before.source).toBe('engine');

    // Refused on the Wi-Fi box, plays on 4G: the tests decide, and every reader follows them.
    await send('proof-start', { step: 'wifi-vs-mobile', context: { network: 'Wi-Fi box' }, tabId: 3 });
    await refused();
    await worker.idle();
    await send('proof-finish', {});
    await send('proof-start', { step: 'hotspot', context: { network: '4G' }, tabId: 3 });
    for (let i = 0; i < 3; i += 1) await served();
    await worker.idle();
    await send('proof-finish', {});
    const after = await allAgree(booted);
    expect(after).toMatchObject({ source: 'proofs', side: 'network', hedged: false });
    expect(wordVerdict(after, verdictWords('en'), 'en').headline).toBe(
      'Your network is the cause, not your account.',
    );
  });
});
