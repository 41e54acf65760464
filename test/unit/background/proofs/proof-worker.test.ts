/**
 * A guided session through the worker, against a fake browser: the traffic of each step is labelled and
 * counted, get-state carries the decision and its reading, the exported HAR keeps the working step (as a
 * summary of the counted successes), and the CLI's report of that HAR tells the same proofs.
 */
import { describe, expect, it } from 'vitest';
import en from '../../../../_locales/en/messages.json';
import fr from '../../../../_locales/fr/messages.json';
import { analyze } from '../../../../src/diagnosis/analyze.ts';
import { harExportText, reportExportText } from '../../../../src/outputs/exports.ts';
import { parseHar } from '../../../../src/outputs/har/read.ts';
import { SIDE_NAMES, supportReport } from '../../../../src/outputs/report/report.ts';
import { proofsFromExchanges, SIDE_ROWS } from '../../../../src/proofs/verdict.ts';
import type { Lang } from '../../../../src/types.ts';
import { bootWorker } from '../../helpers/worker-boot.ts';
import { completed } from '../fake-browser.ts';

const CDN = 'cdn.example.tv';
const PASSWORD = 'Pw0rd-7781';
const PLAYLIST = `http://${CDN}/live/marie.l/${PASSWORD}/101.m3u8`;
const LOGIN = `http://${CDN}/player_api.php?username=marie.l&password=${PASSWORD}`;
const CLOUDFLARE_1020 = [
  { name: 'Server', value: 'cloudflare' },
  { name: 'CF-RAY', value: '8f1e2d3c4b5a6978-CDG' },
  { name: 'Content-Type', value: 'text/html; charset=UTF-8' },
];

async function boot() {
  const { fake, worker, send } = await bootWorker([CDN]);
  const refused = (url = PLAYLIST) =>
    fake.fire('onCompleted', completed(url, 403, { tabId: 3, responseHeaders: CLOUDFLARE_1020 }));
  const served = (url: string) =>
    fake.fire(
      'onCompleted',
      completed(url, 200, {
        tabId: 3,
        responseHeaders: [{ name: 'Content-Type', value: 'application/vnd.apple.mpegurl' }],
      }),
    );
  return { fake, worker, send, refused, served };
}

/** Wi-Fi refused (a working login does not make it "works"), then 4G plays. */
async function guidedSession() {
  const booted = await boot();
  const { worker, send, refused, served } = booted;
  await refused();
  await worker.idle();
  const first = await send('proof-start', {
    step: 'wifi-vs-mobile',
    context: { network: 'Wi-Fi box', vpn: true, dns: 'box' },
    tabId: 3,
  });
  expect(first.proof.baseline).toMatchObject({ status: 403, role: 'playlist' });
  expect(first.proof.host).toBe(CDN);
  await served(LOGIN);
  await served(LOGIN);
  await refused();
  await worker.idle();
  await send('proof-finish', {});
  await send('proof-start', { step: 'hotspot', context: { network: '4G' }, tabId: 3 });
  await served(PLAYLIST);
  for (let i = 0; i < 3; i++) await served(`http://${CDN}/live/marie.l/${PASSWORD}/101_${i}.ts`);
  await worker.idle();
  await send('proof-finish', {});
  return booted;
}

describe('a guided session in the worker', () => {
  it('records each step from its own traffic and reads the decision with the engine', async () => {
    const { send } = await guidedSession();
    const state = await send('get-state', { tabId: 3 });
    expect(state.proof?.results.map((r) => [r.step, r.label, r.outcome])).toEqual([
      ['wifi-vs-mobile', 'Wi-Fi box', 'same-refusal'],
      ['hotspot', '4G', 'works'],
    ]);
    // The login's successes were not the channel: they did not turn the Wi-Fi step into "works".
    expect(state.proof?.results[0]).toMatchObject({ failures: 1, successes: 0 });
    // The tests decided: the current verdict is theirs, proven, with the labels they ran on.
    expect(state.verdict).toMatchObject({
      source: 'proofs',
      side: 'network',
      scope: 'network',
      situation: 'one-network',
      hedged: false,
      doNow: 'fix-network',
      worksOn: ['4G'],
      refusedOn: ['Wi-Fi box'],
    });
    // The engine sees the same thing from the labels: refused on "Wi-Fi box", served on "4G".
    expect(state.analysis?.verdict.situation).toBe('one-network');
    // The whole records, with the step's labels filled in: the options log and the exports alike.
    const { records } = await send('get-log', {});
    expect((await send('export-data', { tabId: 3 })).records.map((r) => r.exchange.context)).toEqual(
      records.filter((r) => r.exchange.context?.tabId === 3).map((r) => r.exchange.context),
    );
    const duringStep = records.filter((r) => r.exchange.context?.proofStep === 'wifi-vs-mobile');
    expect(duringStep).toHaveLength(1);
    expect(duringStep[0]?.exchange.context).toMatchObject({ network: 'Wi-Fi box', vpn: true, dns: 'box' });
  });

  it('a step with no new traffic says so, and a skipped step is recorded as skipped', async () => {
    const { send } = await boot();
    await send('proof-start', { step: 'dns', context: { dns: '1.1.1.1' } });
    const { proof } = await send('proof-finish', {});
    expect(proof.results[0]).toMatchObject({ step: 'dns', label: '1.1.1.1', outcome: 'no-traffic' });
    const skipped = await send('proof-skip', { step: 'vpn' });
    expect(skipped.proof.results.map((r) => [r.step, r.outcome])).toEqual([
      ['dns', 'no-traffic'],
      ['vpn', 'skipped'],
    ]);
    const state = await send('get-state', {});
    // Nothing captured, nothing decided: no verdict.
    expect(state.verdict).toMatchObject({ source: 'none' });
  });

  it('records the outcome of a test on another device as told, and decides with it', async () => {
    const { send } = await guidedSession();
    const told = await send('proof-skip', {
      step: 'other-device',
      told: { outcome: 'same-refusal', context: { device: 'Fire TV' } },
    });
    expect(told.proof.results.at(-1)).toMatchObject({
      step: 'other-device',
      label: 'Fire TV',
      outcome: 'same-refusal',
      byHand: true,
    });
    expect((await send('get-state', { tabId: 3 })).verdict.source).toBe('proofs');
  });

  it('has no tests without a session: the verdict is the engine’s', async () => {
    const { send } = await boot();
    expect(await send('get-state', {})).toMatchObject({ proof: null, verdict: { source: 'none' } });
  });
});

describe('the exported HAR and the report made from it', () => {
  it('keeps the working step as a summary entry, with its labels and no credentials', async () => {
    const { send } = await guidedSession();
    const text = harExportText(await send('export-data', { tabId: 3 }));
    expect(text).not.toContain(PASSWORD);
    const har = JSON.parse(text) as {
      log: { entries: { comment?: string; response: { status: number } }[] };
    };
    const summaries = har.log.entries.filter((entry) => entry.comment?.startsWith('Summary'));
    expect(summaries.map((entry) => entry.response.status)).toEqual([200]);
    const exchanges = parseHar(text);
    const worked = exchanges.find((exchange) => exchange.status === 200);
    expect(worked?.context).toMatchObject({ proofStep: 'hotspot', network: '4G' });
    const session = proofsFromExchanges(exchanges);
    expect(session?.results.map((r) => [r.step, r.label, r.outcome])).toEqual([
      ['wifi-vs-mobile', 'Wi-Fi box', 'same-refusal'],
      ['hotspot', '4G', 'works'],
    ]);
  });

  it('the CLI report of that HAR shows the same proofs and conclusion as the extension’s, in both languages', async () => {
    const { send } = await guidedSession();
    const snapshot = await send('export-data', { tabId: 3 });
    const exchanges = parseHar(harExportText(snapshot));
    for (const lang of ['en', 'fr'] as Lang[]) {
      const fromExtension = reportExportText(snapshot, lang, 'text');
      const analysis = analyze(exchanges);
      const fromHar = supportReport(
        {
          exchanges,
          analysis,
          proof: null,
          environment: { generatedAt: Date.now(), timeZone: snapshot.environment.timeZone },
        },
        lang,
        'text',
      );
      const section = (report: string, heading: RegExp) => {
        const lines = report.split('\n');
        const start = lines.findIndex((line) => heading.test(line));
        return lines.slice(start, lines.indexOf('', start));
      };
      const tests = /^(TESTS DONE|TESTS EFFECTUÉS)$/;
      const diagnosis = /^(DIAGNOSIS|DIAGNOSTIC)$/;
      // The summary lines (minus the report's own time) and the verdict read the same from both.
      const summary = (report: string) => report.split('\n').slice(2, 5);
      expect(summary(fromHar)).toEqual(summary(fromExtension));
      expect(section(fromHar, diagnosis)).toEqual(section(fromExtension, diagnosis));
      expect(section(fromHar, tests)).toEqual(section(fromExtension, tests));
      const proofs = section(fromHar, tests).join('\n');
      expect(proofs).toContain('Wi-Fi box');
      expect(proofs).toContain('4G');
      expect(proofs).toContain(lang === 'en' ? 'same refusal' : 'même refus');
      // The proven side, not an untested "probably" under the tests' results.
      expect(summary(fromHar)[1]).toContain(lang === 'en' ? 'works on 4G' : 'fonctionne sur 4G');
      expect(fromHar).not.toMatch(/Probably|Probablement/);
      expect(fromHar).not.toContain(PASSWORD);
    }
  });
});

describe('the report’s side names', () => {
  it('are the ones the UI shows (_locales), in both languages', () => {
    for (const [side, row] of Object.entries(SIDE_ROWS)) {
      expect(SIDE_NAMES[side as keyof typeof SIDE_NAMES], side).toEqual({
        en: en[row.name].message,
        fr: fr[row.name].message,
      });
    }
  });
});
