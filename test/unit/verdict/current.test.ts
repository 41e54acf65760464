/**
 * The current verdict as a pure function: the engine's reading until the tests decide, then theirs; hedged
 * only below the calibrated threshold; concrete where the evidence is (the panel's expiry date, the
 * connections in use, the reference id to give the provider); nothing at all without a refusal.
 */
import { describe, expect, it } from 'vitest';
import { UNSURE_BELOW } from '../../../src/diagnosis/calibration.ts';
import type { ProofResult, ProofSession } from '../../../src/proofs/types.ts';
import type { Analysis, Exchange, Finding, Verdict } from '../../../src/types.ts';
import { currentVerdict } from '../../../src/verdict/current.ts';
import { referenceOf } from '../../../src/verdict/reference.ts';
import { wordVerdict } from '../../../src/verdict/wording.ts';
import { verdictWords } from '../../../src/verdict/words.ts';
import { frenchTypography } from '../../../src/wording/typography.ts';

const NOW = Date.UTC(2026, 5, 1);
const URL = 'https://cdn.example.tv/live/1/2/3.m3u8';

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    entry: 0,
    status: 403,
    url: URL,
    startedAt: NOW - 60_000,
    layer: 'waf',
    vendor: 'cloudflare',
    role: 'playlist',
    confidence: 0.9,
    evidence: ['server: cloudflare'],
    errorClass: 'refusal',
    basis: 'vendor',
    ...overrides,
  };
}

function analysis(root: Finding, verdict: Partial<Verdict> = {}): Analysis {
  return {
    verdict: {
      layer: root.layer,
      scope: 'network',
      confidence: 0.92,
      vendor: root.vendor,
      probable: true,
      scopeProven: false,
      evidence: root.evidence,
      rootEntry: root.entry,
      ...verdict,
    },
    findings: [root],
    totals: { entries: 1, failures: 1, successes: 0 },
  };
}

function exchange(headers: Exchange['responseHeaders'] = []): Exchange {
  return {
    url: URL,
    method: 'GET',
    status: 403,
    startedAt: NOW,
    requestHeaders: [],
    responseHeaders: headers,
  };
}

function result(step: ProofResult['step'], label: string, outcome: ProofResult['outcome']): ProofResult {
  return {
    step,
    label,
    startedAt: NOW,
    endedAt: NOW,
    outcome,
    context: { network: label },
    failures: 0,
    successes: 0,
    statuses: [],
  };
}

const session = (...results: ProofResult[]): ProofSession => ({ id: 'p', startedAt: NOW, results });
const headline = (verdict: ReturnType<typeof currentVerdict>, lang: 'en' | 'fr' = 'en') =>
  wordVerdict(verdict, verdictWords(lang), lang).headline;

describe('currentVerdict', () => {
  it('is empty without a refusal: no verdict built from nothing', () => {
    expect(currentVerdict({ analysis: null, proof: null, now: NOW })).toMatchObject({
      source: 'none',
      layer: 'none',
      doNow: 'nothing',
      hedged: false,
    });
  });

  it('gives the engine’s reading with who answered and the reference id to quote', () => {
    const root = finding();
    const verdict = currentVerdict({
      analysis: analysis(root),
      proof: null,
      exchanges: [exchange([{ name: 'CF-RAY', value: '8f1e2d3c4b5a6978-CDG' }])],
      now: NOW,
    });
    expect(verdict).toMatchObject({
      source: 'engine',
      layer: 'waf',
      vendor: 'cloudflare',
      vendorName: 'Cloudflare',
      status: 403,
      reference: { kind: 'ray', value: '8f1e2d3c4b5a6978-CDG' },
      doNow: 'run-test',
    });
    expect(headline(verdict)).toBe('Refused by Cloudflare’s firewall — this is not an outage.');
    expect(headline(verdict, 'fr')).toBe('Refusé par le pare-feu de Cloudflare — ce n’est pas une panne.');
  });

  it('hedges exactly below the calibrated threshold', () => {
    const root = finding();
    const at = (confidence: number) =>
      currentVerdict({ analysis: analysis(root, { confidence }), proof: null, now: NOW });
    expect(at(UNSURE_BELOW).hedged).toBe(false);
    expect(at(UNSURE_BELOW - 0.01).hedged).toBe(true);
    expect(headline(at(UNSURE_BELOW - 0.01))).toMatch(/^Probably: refused by Cloudflare’s firewall/);
  });

  it('says the panel’s expiry date and the connections in use, plainly', () => {
    const reply = { panel: 'xtream' as const, layer: 'account' as const, evidence: ['status=Expired'] };
    const expired = finding({
      status: 200,
      layer: 'account',
      vendor: null,
      basis: 'panel',
      panelReply: { ...reply, accountStatus: 'Expired', expiresAt: Date.UTC(2026, 0, 12) },
    });
    const verdict = currentVerdict({
      analysis: analysis(expired, { confidence: 0.8 }),
      proof: null,
      now: NOW,
    });
    expect(verdict).toMatchObject({ doNow: 'renew', hedged: false, scopeProven: true });
    expect(headline(verdict)).toBe('Your subscription expired on 12 January 2026.');
    expect(headline(verdict, 'fr')).toBe('Votre abonnement a expiré le 12 janvier 2026.');
    // A date no calendar holds (stored through JSON, an Infinity is null): the plain "expired", never 1970.
    for (const impossible of [null, 1e20, Number.NaN]) {
      const stored = { ...verdict, account: { ...verdict.account, expiresAt: impossible as number } };
      expect(headline(stored)).not.toMatch(/1970|Invalid|NaN/);
      expect(wordVerdict(stored, verdictWords('en'), 'en').doNow).not.toMatch(/1970|Invalid|NaN/);
    }
    const full = finding({
      layer: 'account',
      vendor: null,
      basis: 'panel',
      panelReply: {
        ...reply,
        evidence: ['active_cons 2 >= max_connections 2'],
        activeConnections: 2,
        maxConnections: 2,
      },
    });
    const busy = currentVerdict({ analysis: analysis(full, { confidence: 0.8 }), proof: null, now: NOW });
    expect(busy.doNow).toBe('free-connection');
    expect(wordVerdict(busy, verdictWords('en'), 'en').doNow).toBe(
      'Stop playback on another device: 2 of 2 connections are in use.',
    );
  });

  it('takes the tests’ verdict once they decided, with their labels, and drops the engine’s guess', () => {
    const root = finding({ confidence: 0.6 });
    const engine = analysis(root, { confidence: 0.6 });
    const one = currentVerdict({
      analysis: engine,
      proof: session(result('hotspot', '4G', 'works')),
      now: NOW,
    });
    expect(one).toMatchObject({ source: 'proofs', side: 'network', hedged: true, worksOn: ['4G'] });
    expect(one.nextTest).toBeDefined();
    const two = currentVerdict({
      analysis: engine,
      proof: session(result('wifi-vs-mobile', 'Wi-Fi box', 'same-refusal'), result('hotspot', '4G', 'works')),
      now: NOW,
    });
    expect(two).toMatchObject({
      source: 'proofs',
      side: 'network',
      scope: 'network',
      hedged: false,
      doNow: 'fix-network',
      refusedOn: ['Wi-Fi box'],
      worksOn: ['4G'],
    });
    expect(two.nextTest).toBeUndefined();
    const words = wordVerdict(two, verdictWords('en'), 'en');
    expect(words.headline).toBe('Your network is the cause, not your account.');
    expect(words.tests).toBe('works on 4G; refused on Wi-Fi box');
    // The untested "a try on mobile data will tell" is gone once the try was made.
    expect(words.where).not.toMatch(/will tell/);
  });

  it('keeps the engine’s reading while no test has answered', () => {
    const verdict = currentVerdict({
      analysis: analysis(finding()),
      proof: session(result('dns', 'dns', 'no-traffic')),
      now: NOW,
    });
    expect(verdict.source).toBe('engine');
    expect(verdict.nextTest).toBe('wifi-vs-mobile');
  });
});

describe('referenceOf', () => {
  it('reads the edge’s id from its header, or the block page’s id the engine read', () => {
    expect(referenceOf(finding(), exchange([{ name: 'x-amz-cf-id', value: 'abcDEF123_-==' }]))).toEqual({
      kind: 'request',
      value: 'abcDEF123_-==',
    });
    expect(
      referenceOf(
        finding({ vendor: 'akamai', vendorErrorCode: '18.2a1b3c4d.1700000000.5e6f7a8' }),
        exchange(),
      ),
    ).toEqual({ kind: 'reference', value: '18.2a1b3c4d.1700000000.5e6f7a8' });
    expect(referenceOf(finding({ vendor: 'imperva', vendorErrorCode: '123-456789' }), exchange())).toEqual({
      kind: 'incident',
      value: '123-456789',
    });
  });

  it('ignores a Cloudflare error number and anything that is not an id', () => {
    expect(referenceOf(finding({ vendorErrorCode: '1020' }), exchange())).toBeUndefined();
    expect(
      referenceOf(finding(), exchange([{ name: 'cf-ray', value: '<script>alert(1)</script> with spaces' }])),
    ).toBeUndefined();
  });
});

describe('French typography', () => {
  it('sets no-break spaces before : ; ! ? and inside « », once, leaving times and URLs alone', () => {
    expect(frenchTypography('Réseau: 4G ; ok ! « test »')).toBe(
      'Réseau\u00a0: 4G\u00a0; ok\u00a0! «\u00a0test\u00a0»',
    );
    expect(frenchTypography('à 21:14 sur https://x.fr/a?b=1')).toBe('à 21:14 sur https://x.fr/a?b=1');
    const once = frenchTypography('Quoi ? «oui»');
    expect(frenchTypography(once)).toBe(once);
  });

  it('is already applied to every French message and every French verdict word', async () => {
    const { default: fr } = await import('../../../_locales/fr/messages.json');
    for (const [key, entry] of Object.entries(fr as Record<string, { message: string }>))
      expect(frenchTypography(entry.message), key).toBe(entry.message);
    const words = verdictWords('fr');
    for (const text of [...Object.values(words.headline), ...Object.values(words.doNow), words.probably])
      expect(frenchTypography(text)).toBe(text);
  });
});
