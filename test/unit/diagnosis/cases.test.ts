/**
 * Scores the engine on our own labelled case corpus (test/fixtures/cases/), the way the external team scores
 * it: verdict.layer, verdict.scope and verdict.vendor per HAR file. Every case is its own test so a regression
 * names its case; the aggregate test prints the mismatch table and holds the targets (layer ≥ 95 %,
 * scope ≥ 90 %, vendor ≥ 90 %). Labels come from public documentation, not from the engine: when they
 * disagree, the engine is what gets fixed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/diagnosis/analyze.ts';
import { parseHar } from '../../../src/outputs/har/read.ts';
import { LAYERS, SCOPES } from '../../../src/types.ts';
import { ALL_CASES } from '../../fixtures/cases/build/generate.ts';
import { harText, type Label } from '../../fixtures/cases/build/har.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/cases');
const LABELS = JSON.parse(readFileSync(join(DIR, 'labels.json'), 'utf8')) as Record<string, Label>;
const FILES = readdirSync(DIR)
  .filter((file) => file.endsWith('.har'))
  .sort();

interface Outcome {
  file: string;
  expected: Label;
  got: { layer: string; scope: string; vendor: string | null };
}

function run(file: string): Outcome {
  const expected = LABELS[file];
  if (!expected) throw new Error(`${file} has no label`);
  const { verdict } = analyze(parseHar(readFileSync(join(DIR, file), 'utf8')));
  return { file, expected, got: { layer: verdict.layer, scope: verdict.scope, vendor: verdict.vendor } };
}

const TARGETS = { layer: 0.95, scope: 0.9, vendor: 0.9 } as const;

/**
 * Cases built around one proof: the verdict's evidence must name it (the "a change of edge … reported
 * as evidence", the guide's network/device comparisons, the panel's own reply as root cause).
 */
const PROOFS: Record<string, { evidence: RegExp[]; rootEntry?: number }> = {
  'cloudflare-edge-change-then-1020.har': { evidence: [/CDG/, /AMS/] },
  'cloudflare-managed-challenge.har': { evidence: [/cf-mitigated/] },
  'aws-waf-captcha-405.har': { evidence: [/x-amzn-waf-action/] },
  'aws-waf-challenge-202.har': { evidence: [/x-amzn-waf-action/] },
  'sucuri-country-blocked.har': { evidence: [/GEO02/] },
  'clock-skew-date-hours-off.har': { evidence: [/\b6(\.0)? ?h/] },
  'retry-storm-403.har': { evidence: [/\b18\b/] },
  'ctx-wifi-403-4g-ok.har': { evidence: [/wifi-box/, /4g-hotspot/] },
  'ctx-vpn-cloudfront-geo.har': { evidence: [/vpn-amsterdam/, /home-fibre/] },
  'ctx-one-device-only.har': { evidence: [/firestick-salon/, /phone-julie/] },
  'ctx-two-networks-two-devices.har': { evidence: [/home-wifi/, /4g-orange/, /office-wifi/, /laptop-work/] },
  'xtream-auth0-then-stream-403.har': { evidence: [/auth\W{0,3}0/], rootEntry: 0 },
  'xtream-expired-then-403.har': { evidence: [/Expired/], rootEntry: 0 },
  'xtream-banned.har': { evidence: [/Banned/], rootEntry: 0 },
  'xtream-max-connections-403.har': {
    evidence: [/active_cons\D{0,4}2/, /max_connections\D{0,4}2/],
    rootEntry: 0,
  },
  'net-cert-date-invalid.har': { evidence: [/ERR_CERT_DATE_INVALID/] },
  'bunny-geo-dns-blocked.har': { evidence: [/127\.0\.0\.1/] },
};

describe('case corpus', () => {
  it('has at least 45 cases, one label per HAR file and one HAR file per label', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(45);
    expect(Object.keys(LABELS).sort()).toEqual(FILES);
  });

  it('labels use the shared vocabulary and cite their source', () => {
    for (const [file, label] of Object.entries(LABELS)) {
      expect(LAYERS, file).toContain(label.layer);
      expect(SCOPES, file).toContain(label.scope);
      expect(label.vendor === null || /^[a-z0-9-]+$/.test(label.vendor), file).toBe(true);
      expect(label.why.length, file).toBeGreaterThan(60);
    }
  });

  it('the committed HAR files are exactly what the case descriptions generate', () => {
    for (const spec of ALL_CASES) {
      expect(readFileSync(join(DIR, `${spec.name}.har`), 'utf8'), spec.name).toBe(harText(spec));
      expect(LABELS[`${spec.name}.har`], spec.name).toEqual(spec.label);
    }
  });

  it('every HAR file reads without warnings and has Chrome DevTools shape', () => {
    for (const file of FILES) {
      const warnings: string[] = [];
      const text = readFileSync(join(DIR, file), 'utf8');
      const exchanges = parseHar(text, { onWarning: (message) => warnings.push(message) });
      const log = JSON.parse(text).log;
      expect(warnings, file).toEqual([]);
      expect(log.version, file).toBe('1.2');
      expect(exchanges.length, file).toBe(log.entries.length);
      for (const entry of log.entries) {
        if (entry.response.status === 0) expect(entry.response._error, file).toMatch(/^net::ERR_/);
        expect(entry.timings, file).toBeDefined();
      }
    }
  });

  it.each(FILES)('%s', (file) => {
    const { expected, got } = run(file);
    expect(got).toEqual({ layer: expected.layer, scope: expected.scope, vendor: expected.vendor });
  });

  it.each(Object.entries(PROOFS))('%s: the verdict cites the proof the case is about', (file, proof) => {
    const { verdict } = analyze(parseHar(readFileSync(join(DIR, file), 'utf8')));
    const evidence = verdict.evidence.join('\n');
    for (const pattern of proof.evidence) expect(evidence).toMatch(pattern);
    if (proof.rootEntry !== undefined) expect(verdict.rootEntry).toBe(proof.rootEntry);
  });

  it('meets the accuracy targets (layer ≥ 95 %, scope ≥ 90 %, vendor ≥ 90 %)', () => {
    const outcomes = FILES.map(run);
    const rate = (key: 'layer' | 'scope' | 'vendor') =>
      outcomes.filter((outcome) => outcome.got[key] === outcome.expected[key]).length / outcomes.length;
    const accuracy = { layer: rate('layer'), scope: rate('scope'), vendor: rate('vendor') };
    const wrong = outcomes.filter(
      ({ expected, got }) =>
        got.layer !== expected.layer || got.scope !== expected.scope || got.vendor !== expected.vendor,
    );
    const cell = (want: string | null, have: string | null) =>
      want === have ? String(have) : `${String(have)} (want ${String(want)})`;
    const table = wrong.map(
      ({ file, expected, got }) =>
        `  ${file.padEnd(38)} ${cell(expected.layer, got.layer).padEnd(28)} ${cell(expected.scope, got.scope).padEnd(30)} ${cell(expected.vendor, got.vendor)}`,
    );
    const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
    process.stdout.write(
      [
        `case corpus: ${outcomes.length} cases — layer ${percent(accuracy.layer)}, scope ${percent(accuracy.scope)}, vendor ${percent(accuracy.vendor)}`,
        ...(table.length > 0
          ? [`  ${'case'.padEnd(38)} ${'layer'.padEnd(28)} ${'scope'.padEnd(30)} vendor`, ...table]
          : []),
        '',
      ].join('\n'),
    );
    expect(accuracy.layer).toBeGreaterThanOrEqual(TARGETS.layer);
    expect(accuracy.scope).toBeGreaterThanOrEqual(TARGETS.scope);
    expect(accuracy.vendor).toBeGreaterThanOrEqual(TARGETS.vendor);
  });
});
