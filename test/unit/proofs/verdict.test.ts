/**
 * The proofs' decision read with the engine's situation: every combination of step outcomes (each of the
 * five steps untried, skipped, without traffic, working, refused the same way, or failing differently),
 * against every situation the engine can name, plus the guide's four typical situations one by one.
 */
import { describe, expect, it } from 'vitest';
import en from '../../../_locales/en/messages.json';
import fr from '../../../_locales/fr/messages.json';
import { STEPS } from '../../../src/knowledge/guide/advice.ts';
import type { ProofOutcome, ProofResult, ProofSession, ProofStepId } from '../../../src/messages.ts';
import { decide, PROOF_STEPS } from '../../../src/proofs/decide.ts';
import { type ProofSide, proofVerdict, SIDE_ROWS, TYPICAL_SITUATIONS } from '../../../src/proofs/verdict.ts';
import type { Situation } from '../../../src/types.ts';

const OUTCOMES: readonly (ProofOutcome | 'untried')[] = [
  'untried',
  'skipped',
  'no-traffic',
  'works',
  'same-refusal',
  'different-error',
];
const ENGINE: readonly (Situation | undefined)[] = [
  undefined,
  'one-network',
  'after-network-change',
  'one-device',
  'sudden',
  'one-channel',
  'everywhere',
];
const NETWORK_STEPS: readonly ProofStepId[] = ['wifi-vs-mobile', 'hotspot', 'vpn', 'dns'];

function result(step: ProofStepId, outcome: ProofOutcome, at: number): ProofResult {
  return {
    step,
    label: step,
    startedAt: at,
    endedAt: at + 1,
    context: {},
    outcome,
    failures: 0,
    successes: 0,
    statuses: [],
  };
}

function session(outcomes: readonly (ProofOutcome | 'untried')[]): ProofSession {
  const results = PROOF_STEPS.flatMap((step, i) => {
    const outcome = outcomes[i];
    return outcome && outcome !== 'untried' ? [result(step, outcome, i * 10)] : [];
  });
  return {
    id: 's',
    startedAt: 0,
    baseline: { status: 403, url: 'https://cdn.tv/a.m3u8', role: 'playlist' },
    results,
  };
}

/** All 6^5 assignments of an outcome to each step. */
function* everyCombination(): Generator<(ProofOutcome | 'untried')[]> {
  const total = OUTCOMES.length ** PROOF_STEPS.length;
  for (let n = 0; n < total; n++) {
    const combo: (ProofOutcome | 'untried')[] = [];
    let rest = n;
    for (let i = 0; i < PROOF_STEPS.length; i++) {
      combo.push(OUTCOMES[rest % OUTCOMES.length]!);
      rest = Math.floor(rest / OUTCOMES.length);
    }
    yield combo;
  }
}

describe('every outcome combination against every engine situation', () => {
  it('follows the guide: network success → network side, device-only success → device, refusals only → account', () => {
    // 54 432 verdicts: broken rules are collected and compared once, which keeps the loop fast.
    const broken: string[] = [];
    let checked = 0;
    for (const combo of everyCombination()) {
      const decision = decide(session(combo));
      const at = (step: ProofStepId) => combo[PROOF_STEPS.indexOf(step)];
      const answered = combo.filter((o) => o === 'works' || o === 'same-refusal' || o === 'different-error');
      const networkWorks = NETWORK_STEPS.some((step) => at(step) === 'works');
      const deviceWorks = at('other-device') === 'works';
      const refusedSomewhere = combo.includes('same-refusal');
      const untried = combo.some((o) => o === 'untried' || o === 'no-traffic');
      for (const engine of ENGINE) {
        const verdict = proofVerdict(decision, engine ? { situation: engine } : null);
        const rule = (ok: boolean, what: string) => {
          if (!ok)
            broken.push(`${combo.join(',')} / ${engine ?? 'none'}: ${what} (got ${JSON.stringify(verdict)})`);
        };
        // Never stronger than its proofs: "proven" takes two answered steps, a single one is at most "probable".
        rule(verdict.strength !== 'proven' || answered.length >= 2, 'proven with fewer than two answers');
        if (networkWorks) {
          rule(verdict.side === 'network' || verdict.side === 'anti-abuse', 'network success, other side');
          // Sudden and network-bound is scenario D, unless the step that worked was the VPN or the DNS (B).
          const antiAbuse = engine === 'sudden' && firstWinIsNetwork(combo);
          rule((verdict.side === 'anti-abuse') === antiAbuse, 'anti-abuse exactly when sudden');
        } else if (deviceWorks) {
          rule(verdict.side === 'device' && verdict.situation === 'one-device', 'device success, not device');
        } else if (refusedSomewhere) {
          const expected: ProofSide =
            engine === 'one-channel' ? 'channel' : engine === 'sudden' ? 'anti-abuse' : 'account';
          rule(verdict.side === expected, `refused everywhere tried, expected ${expected}`);
        } else {
          // Nothing answered (or only other errors): the engine's reading alone, always "probably".
          rule(verdict.fromEngine === (engine !== undefined), 'engine-only flag');
          rule(verdict.strength === (engine === undefined ? 'none' : 'probable'), 'engine-only strength');
          rule(engine !== undefined || verdict.side === 'unknown', 'nothing known, yet a side');
        }
        // A likely verdict names the test that would settle it while one is left, and never a done one.
        rule(
          verdict.strength !== 'probable' || !untried || verdict.fromEngine || verdict.nextStep !== undefined,
          'probable without a next test',
        );
        const next = verdict.nextStep ? at(verdict.nextStep) : 'untried';
        rule(next === 'untried' || next === 'no-traffic', 'next test already done');
        checked++;
      }
    }
    expect(broken.slice(0, 5)).toEqual([]);
    expect(checked).toBe(6 ** 5 * ENGINE.length);
  });
});

/** decide() names the first network step that worked: Wi-Fi/mobile or hotspot, rather than VPN or DNS. */
function firstWinIsNetwork(combo: readonly (ProofOutcome | 'untried')[]): boolean {
  const first = NETWORK_STEPS.find((step) => combo[PROOF_STEPS.indexOf(step)] === 'works');
  return first !== 'dns' && first !== 'vpn';
}

describe("the guide's four typical situations", () => {
  const cases: [Situation, (ProofOutcome | 'untried')[], Situation | undefined, ProofSide][] = [
    // A: 403 on the Wi-Fi box, fine through the phone's 4G hotspot.
    ['one-network', ['same-refusal', 'works', 'untried', 'untried', 'untried'], undefined, 'network'],
    // B: it worked until the VPN came on: fine with the VPN off.
    ['after-network-change', ['untried', 'untried', 'works', 'untried', 'untried'], undefined, 'network'],
    // B again, seen by the engine: the edge changed at the first failure, another network works.
    [
      'after-network-change',
      ['works', 'untried', 'untried', 'untried', 'untried'],
      'after-network-change',
      'network',
    ],
    // C: the TV stick is refused, the phone on the same Wi-Fi plays.
    ['one-device', ['same-refusal', 'untried', 'untried', 'untried', 'works'], undefined, 'device'],
    // D: suddenly, after a burst of retries; another network passes: a protection reacting, not an outage.
    ['sudden', ['same-refusal', 'works', 'untried', 'untried', 'untried'], 'sudden', 'anti-abuse'],
  ];
  for (const [situation, combo, engine, side] of cases) {
    it(`${situation}${engine ? ` (engine: ${engine})` : ''} → ${side}`, () => {
      const verdict = proofVerdict(decide(session(combo)), engine ? { situation: engine } : null);
      expect(verdict).toMatchObject({ situation, side });
      expect(TYPICAL_SITUATIONS).toContain(verdict.situation);
    });
  }

  it('names the other sides the guide separates: account, one channel, temporary anti-abuse', () => {
    const everywhere = session(['same-refusal', 'same-refusal', 'untried', 'untried', 'same-refusal']);
    expect(proofVerdict(decide(everywhere), null)).toMatchObject({
      side: 'account',
      situation: 'everywhere',
      strength: 'proven',
    });
    expect(proofVerdict(decide(everywhere), { situation: 'one-channel' }).side).toBe('channel');
    expect(proofVerdict(decide(everywhere), { situation: 'sudden' }).side).toBe('anti-abuse');
  });

  it('with one proof says "probably" and which test would settle it', () => {
    const verdict = proofVerdict(
      decide(session(['works', 'untried', 'untried', 'untried', 'untried'])),
      null,
    );
    expect(verdict).toMatchObject({ side: 'network', strength: 'probable', nextStep: 'hotspot' });
  });
});

describe('side texts', () => {
  it('every side has words in both languages and, except "not settled", known steps to follow', () => {
    for (const [side, row] of Object.entries(SIDE_ROWS)) {
      for (const key of [row.name, row.sentence, ...(row.own ? [row.own] : [])]) {
        expect(en[key]?.message, `${side}: ${key}`).toBeTruthy();
        expect(fr[key]?.message, `${side}: ${key}`).toBeTruthy();
      }
      expect(row.next.length + (row.own ? 1 : 0) > 0, side).toBe(side !== 'unknown');
      for (const step of row.next)
        expect(step in STEPS || PROOF_STEPS.includes(step as never), step).toBe(true);
    }
    expect(SIDE_ROWS.account.next).toContain('contact-support');
    expect(en[SIDE_ROWS.account.sentence].message).toMatch(/Contact the provider/);
  });
});
