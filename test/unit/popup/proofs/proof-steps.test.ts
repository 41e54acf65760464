/** The guided flow's data (which label each test asks, where the flow stands) and the timeline's spans. */
import { describe, expect, it } from 'vitest';
import { binByClass, stepSpans, timeRange } from '../../../../popup/events/timeline-bins.ts';
import {
  formOf,
  initialStep,
  nextOpenStep,
  STEP_FORMS,
  stepContext,
  stepStatus,
} from '../../../../popup/proofs/proof-steps.ts';
import type { ProofResult, ProofSession } from '../../../../src/messages.ts';
import { PROOF_STEPS } from '../../../../src/proofs/decide.ts';

const done = (step: ProofResult['step'], outcome: ProofResult['outcome'], at = 0): ProofResult => ({
  step,
  label: step,
  startedAt: at,
  endedAt: at + 10,
  context: {},
  failures: 0,
  successes: 0,
  statuses: [],
  ...(outcome ? { outcome } : {}),
});
const session = (results: ProofResult[], current?: ProofResult['step']): ProofSession => ({
  id: 's',
  startedAt: 0,
  results,
  ...(current ? { current } : {}),
});

describe('the step list', () => {
  it('covers the five tests in the guide’s order', () => {
    expect(STEP_FORMS.map((form) => form.step)).toEqual(PROOF_STEPS);
  });

  it('puts the label in the field the engine compares, trimmed and bounded, and the VPN state where asked', () => {
    expect(stepContext(formOf('wifi-vs-mobile'), '  Wi-Fi box ', false)).toEqual({ network: 'Wi-Fi box' });
    expect(stepContext(formOf('dns'), '1.1.1.1', true)).toEqual({ dns: '1.1.1.1' });
    expect(stepContext(formOf('other-device'), 'Fire TV', false)).toEqual({ device: 'Fire TV' });
    expect(stepContext(formOf('vpn'), '', true)).toEqual({ vpn: true });
    expect(stepContext(formOf('vpn'), 'box', false)).toEqual({ network: 'box', vpn: false });
    expect(stepContext(formOf('hotspot'), 'x'.repeat(60), false).network).toHaveLength(40);
  });

  it('opens on the running test, else the first not done; "next" skips the done ones', () => {
    expect(initialStep(null)).toBe('wifi-vs-mobile');
    expect(initialStep(session([done('wifi-vs-mobile', 'works')]))).toBe('hotspot');
    expect(initialStep(session([done('dns', undefined)], 'dns'))).toBe('dns');
    const s = session([done('wifi-vs-mobile', 'works'), done('vpn', 'skipped')]);
    expect(nextOpenStep(s, 'hotspot')).toBe('dns');
    expect(nextOpenStep(s, 'other-device')).toBeUndefined();
    expect(stepStatus(s, 'vpn')).toBe('skipped');
    expect(stepStatus(s, 'dns')).toBe('not-done');
    expect(stepStatus(session([], 'dns'), 'dns')).toBe('running');
  });
});

describe('test spans on the timeline', () => {
  it('widens the chart to the tests, numbers them in the order they ran and leaves skipped ones out', () => {
    const steps = [
      done('hotspot', 'works', 5_000),
      done('wifi-vs-mobile', 'same-refusal', 0),
      done('vpn', 'skipped', 5),
    ];
    const range = timeRange([9_000], steps);
    expect(range).toEqual({ first: 0, last: 9_000 });
    const spans = stepSpans(steps, range!);
    expect(spans.map((s) => [s.index, s.step, s.outcome])).toEqual([
      [1, 'wifi-vs-mobile', 'same-refusal'],
      [2, 'hotspot', 'works'],
    ]);
    expect(spans[1]!.from).toBeCloseTo(5_000 / 9_000);
    // A short test still gets a visible width, and one at the very end stays inside the chart.
    expect(spans[1]!.to - spans[1]!.from).toBeCloseTo(0.02);
    const last = stepSpans([done('dns', 'works', 9_000)], range!)[0]!;
    expect([last.from, last.to]).toEqual([0.98, 1]);
  });

  it('a running test ends at its start until it is done; bins follow the widened range', () => {
    const spans = stepSpans([{ step: 'dns', label: 'x', startedAt: 500 }], { first: 0, last: 1000 });
    expect(spans[0]).toMatchObject({ outcome: 'running', from: 0.5, to: 0.52 });
    const bins = binByClass([{ time: 0, errorClass: 'refusal' }], 10, { first: 0, last: 10_000 });
    expect(bins).toHaveLength(10);
    expect(bins[9]!.end).toBe(10_000);
    expect(bins[0]!.counts.refusal).toBe(1);
  });
});
