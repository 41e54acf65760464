/** Proofs read back from exchanges (a HAR exported after a guided session), and what counts as an answer. */
import { describe, expect, it } from 'vitest';
import { finishStep, newProofSession, recordTraffic, startStep } from '../../../src/proofs/decide.ts';
import { proofsFromExchanges } from '../../../src/proofs/verdict.ts';
import type { CaptureContext, Exchange } from '../../../src/types.ts';

const CDN = 'cdn.example.tv';
let clock = 1_000;

function exchange(path: string, status: number, context: CaptureContext = {}): Exchange {
  clock += 1000;
  return {
    url: `https://${CDN}${path}`,
    method: 'GET',
    status,
    startedAt: clock,
    requestHeaders: [],
    responseHeaders: [],
    context,
  };
}

describe('proofsFromExchanges', () => {
  it('is null when no entry belongs to a step (a DevTools HAR)', () => {
    expect(proofsFromExchanges([exchange('/live/1.m3u8', 403)])).toBeNull();
  });

  it('replays each step in time order, with its labels and VPN/DNS state', () => {
    const session = proofsFromExchanges([
      exchange('/live/1.m3u8', 403),
      exchange('/live/1.m3u8', 403, { proofStep: 'wifi-vs-mobile', network: 'Wi-Fi box', vpn: true }),
      exchange('/live/1.m3u8', 503, { proofStep: 'dns', dns: '1.1.1.1' }),
      exchange('/live/1.m3u8', 200, { proofStep: 'other-device', device: 'Phone' }),
      exchange('/live/1_1.ts', 200, { proofStep: 'other-device', device: 'Phone' }),
    ]);
    expect(session?.baseline).toMatchObject({ status: 403, role: 'playlist' });
    expect(session?.results.map((r) => [r.step, r.label, r.outcome, r.context])).toEqual([
      ['wifi-vs-mobile', 'Wi-Fi box', 'same-refusal', { network: 'Wi-Fi box', vpn: true }],
      ['dns', '1.1.1.1', 'different-error', { dns: '1.1.1.1' }],
      ['other-device', 'Phone', 'works', { device: 'Phone' }],
    ]);
    expect(session?.current).toBeUndefined();
  });

  it('checks against the refusal it is given (the engine’s root), not the first failure', () => {
    const entries = [
      exchange('/player_api.php', 401),
      exchange('/live/1.m3u8', 403, { proofStep: 'hotspot', network: '4G' }),
    ];
    expect(proofsFromExchanges(entries)?.results[0]?.outcome).toBe('different-error');
    const root = { status: 403, url: `https://${CDN}/live/1.m3u8`, role: 'playlist', host: CDN };
    expect(proofsFromExchanges(entries, root)?.results[0]?.outcome).toBe('same-refusal');
  });
});

describe('what a step counts', () => {
  const baseline = { status: 403, url: `https://${CDN}/live/1.m3u8`, role: 'playlist', host: CDN };
  const running = () => startStep(newProofSession('p', 0, baseline), 'hotspot', { network: '4G' }, 10);
  const event = (ok: boolean, role: string) => ({ at: 11, ok, status: ok ? 200 : 403, host: CDN, role });

  it('successes count only when they are the kind of request that was refused', () => {
    let s = running();
    s = recordTraffic(s, event(true, 'auth'));
    s = recordTraffic(s, event(true, 'catalog'));
    expect(s.results[0]).toMatchObject({ successes: 0, failures: 0 });
    s = recordTraffic(s, event(true, 'stream'));
    s = recordTraffic(s, event(true, 'playlist'));
    expect(s.results[0]?.successes).toBe(2);
  });

  it('refusals of any kind on the host count', () => {
    const s = recordTraffic(running(), event(false, 'auth'));
    expect(s.results[0]).toMatchObject({ failures: 1, statuses: [403] });
  });
});

describe('a refusal hidden in an HTTP 200 (a panel reply saying "Expired")', () => {
  const baseline = { status: 200, url: `https://${CDN}/player_api.php`, role: 'auth', host: CDN };
  const running = () => startStep(newProofSession('p', 0, baseline), 'hotspot', { network: '4G' }, 10);
  const event = (ok: boolean, role: string, status: number) => ({ at: 11, ok, status, host: CDN, role });

  it('a login answered 200 again is not "works"; the stream refused again is the same refusal', () => {
    let s = recordTraffic(running(), event(true, 'auth', 200));
    s = recordTraffic(s, event(false, 'playlist', 403));
    expect(s.results[0]).toMatchObject({ successes: 0, failures: 1 });
    expect(finishStep(s, 20).results[0]?.outcome).toBe('same-refusal');
  });

  it('the channel playing answers it', () => {
    let s = recordTraffic(running(), event(true, 'playlist', 200));
    s = recordTraffic(s, event(true, 'stream', 200));
    expect(finishStep(s, 20).results[0]?.outcome).toBe('works');
  });

  it('a server error is still a different error', () => {
    const s = recordTraffic(running(), event(false, 'playlist', 503));
    expect(finishStep(s, 20).results[0]?.outcome).toBe('different-error');
  });
});
