import { describe, expect, it } from 'vitest';
import type { ProofOutcome, ProofSession, ProofStepId } from '../../../src/messages.ts';
import {
  decide,
  finishStep,
  newProofSession,
  outcomeOf,
  recordTraffic,
  skipStep,
  startStep,
} from '../../../src/proofs/decide.ts';

const HOST = 'cdn.example.tv';
const base = () =>
  newProofSession('p1', 0, { status: 403, url: `http://${HOST}/live/x/y/1.ts`, role: 'stream', host: HOST });

/** Runs one step whose traffic produces the wanted outcome, as the worker would record it. */
function run(session: ProofSession, step: ProofStepId, outcome: ProofOutcome, at: number): ProofSession {
  let s = startStep(session, step, { network: `${step}-net` }, at);
  const event = (ok: boolean, status: number) => ({ at: at + 1, ok, status, host: HOST, role: 'stream' });
  if (outcome === 'works') s = recordTraffic(s, event(true, 200));
  if (outcome === 'same-refusal') s = recordTraffic(s, event(false, 403));
  if (outcome === 'different-error') s = recordTraffic(s, event(false, 503));
  return finishStep(s, at + 10);
}

describe('proof steps', () => {
  it('reads each outcome from the recorded traffic', () => {
    for (const outcome of ['works', 'same-refusal', 'different-error', 'no-traffic'] as const) {
      const session = run(base(), 'hotspot', outcome, 100);
      expect(session.results[0]?.outcome).toBe(outcome);
    }
  });

  it('ignores traffic to other hosts and traffic before the step', () => {
    let s = startStep(base(), 'dns', {}, 100);
    s = recordTraffic(s, { at: 101, ok: false, status: 403, host: 'other.tv', role: 'stream' });
    s = recordTraffic(s, { at: 50, ok: true, status: 200, host: HOST, role: 'stream' });
    expect(finishStep(s, 200).results[0]?.outcome).toBe('no-traffic');
  });

  it('closes the running step when another starts, and replaces a repeated step', () => {
    let s = startStep(base(), 'wifi-vs-mobile', {}, 0);
    s = recordTraffic(s, { at: 1, ok: true, status: 200, host: HOST, role: 'stream' });
    s = startStep(s, 'hotspot', {}, 10);
    expect(s.results.find((r) => r.step === 'wifi-vs-mobile')?.outcome).toBe('works');
    expect(s.current).toBe('hotspot');
    s = startStep(s, 'hotspot', {}, 20);
    expect(s.results.filter((r) => r.step === 'hotspot')).toHaveLength(1);
  });

  it('mixed traffic: mostly successes counts as works, mostly refusals as the same refusal', () => {
    const result = { step: 'dns' as const, label: '', startedAt: 0, context: {}, statuses: [403] };
    expect(outcomeOf({ ...result, failures: 1, successes: 5 }, 403)).toBe('works');
    expect(outcomeOf({ ...result, failures: 5, successes: 1 }, 403)).toBe('same-refusal');
    expect(outcomeOf({ ...result, statuses: [503], failures: 5, successes: 1 }, 403)).toBe('different-error');
  });

  it('a skipped step is recorded as skipped and does not count', () => {
    const s = skipStep(base(), 'vpn', 5);
    expect(s.results[0]?.outcome).toBe('skipped');
    expect(decide(s).strength).toBe('none');
  });
});

describe('decision table', () => {
  const cases: [string, [ProofStepId, ProofOutcome][], Partial<ReturnType<typeof decide>>][] = [
    [
      'nothing tried',
      [],
      { key: 'not-proven', scope: 'unknown', strength: 'none', nextStep: 'wifi-vs-mobile' },
    ],
    [
      'works on mobile data alone',
      [['wifi-vs-mobile', 'works']],
      { key: 'network-side', scope: 'network', strength: 'probable', nextStep: 'hotspot' },
    ],
    [
      'works on hotspot, fails on Wi-Fi',
      [
        ['wifi-vs-mobile', 'same-refusal'],
        ['hotspot', 'works'],
      ],
      { key: 'network-side', strength: 'proven', situation: 'one-network' },
    ],
    [
      'works with the VPN off',
      [['vpn', 'works']],
      { key: 'vpn-ip', scope: 'network', situation: 'after-network-change' },
    ],
    [
      'works with another DNS',
      [
        ['dns', 'works'],
        ['wifi-vs-mobile', 'same-refusal'],
      ],
      { key: 'dns-route', strength: 'proven' },
    ],
    [
      'works on another device only',
      [['other-device', 'works']],
      { key: 'device-side', scope: 'device', strength: 'probable', nextStep: 'wifi-vs-mobile' },
    ],
    [
      'other device works, networks fail',
      [
        ['hotspot', 'same-refusal'],
        ['other-device', 'works'],
      ],
      { key: 'device-side', strength: 'proven', situation: 'one-device' },
    ],
    [
      'fails everywhere',
      [
        ['wifi-vs-mobile', 'same-refusal'],
        ['hotspot', 'same-refusal'],
        ['other-device', 'same-refusal'],
      ],
      { key: 'account-side', scope: 'account', strength: 'proven', situation: 'everywhere' },
    ],
    [
      'fails on hotspot only tried',
      [['hotspot', 'same-refusal']],
      { key: 'account-side', strength: 'probable', nextStep: 'other-device' },
    ],
    [
      'fails on other device only tried',
      [['other-device', 'same-refusal']],
      { key: 'account-side', strength: 'probable' },
    ],
    [
      'different errors prove nothing',
      [['hotspot', 'different-error']],
      { key: 'not-proven', strength: 'none' },
    ],
  ];
  for (const [name, steps, expected] of cases) {
    it(name, () => {
      let s = base();
      steps.forEach(([step, outcome], i) => {
        s = run(s, step, outcome, 100 * (i + 1));
      });
      expect(decide(s)).toMatchObject(expected);
    });
  }

  it('a verdict from one proof is never "proven"', () => {
    for (const step of ['wifi-vs-mobile', 'hotspot', 'vpn', 'dns', 'other-device'] as const) {
      for (const outcome of ['works', 'same-refusal'] as const) {
        expect(decide(run(base(), step, outcome, 10)).strength).not.toBe('proven');
      }
    }
  });
});
