/**
 * The three labelled corpora in one shape, for the tests that score across them (calibration): the cases
 * written from documentation, the independent set, and the real third-party captures. Each case says which
 * fields it scores; a field its evidence does not decide (the real corpus's `ambiguous`) is left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../../src/diagnosis/analyze.ts';
import { parseHar } from '../../../src/outputs/har/read.ts';
import type { Analysis, Layer, Scope } from '../../../src/types.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

export type CorpusName = 'cases' | 'cases-independent' | 'real';

export interface RealLabel {
  family: 'web' | 'iptv';
  layer: Layer;
  vendor: string | null;
  /** Fields the published evidence does not decide: not scored. */
  ambiguous: ('layer' | 'vendor')[];
  source: string;
  why: string;
  note?: string;
  /** Why this corpus's label differs from the collector's first reading. */
  review?: string;
}

export interface ScoredCase {
  corpus: CorpusName;
  file: string;
  want: { layer?: Layer; scope?: Scope; vendor?: string | null };
  analysis: Analysis;
}

export function realLabels(): Record<string, RealLabel> {
  return JSON.parse(readFileSync(join(FIXTURES, 'real/labels.json'), 'utf8')) as Record<string, RealLabel>;
}

export function harFiles(corpus: CorpusName): string[] {
  return readdirSync(join(FIXTURES, corpus))
    .filter((file) => file.endsWith('.har'))
    .sort();
}

export function analyzeFile(corpus: CorpusName, file: string): Analysis {
  return analyze(parseHar(readFileSync(join(FIXTURES, corpus, file), 'utf8')));
}

function labelsOf(corpus: 'cases' | 'cases-independent') {
  return JSON.parse(readFileSync(join(FIXTURES, corpus, 'labels.json'), 'utf8')) as Record<
    string,
    { layer: Layer; scope: Scope; vendor: string | null }
  >;
}

/** Every case of every corpus, analysed once, with the fields it scores. */
export function allScoredCases(): ScoredCase[] {
  const cases: ScoredCase[] = [];
  for (const corpus of ['cases', 'cases-independent'] as const) {
    const labels = labelsOf(corpus);
    for (const file of harFiles(corpus)) {
      const label = labels[file];
      if (!label) continue;
      cases.push({ corpus, file, want: label, analysis: analyzeFile(corpus, file) });
    }
  }
  const real = realLabels();
  for (const file of harFiles('real')) {
    const label = real[file];
    if (!label) continue;
    const want: ScoredCase['want'] = {};
    if (!label.ambiguous.includes('layer')) want.layer = label.layer;
    if (!label.ambiguous.includes('vendor')) want.vendor = label.vendor;
    cases.push({ corpus: 'real', file, want, analysis: analyzeFile('real', file) });
  }
  return cases;
}

/** Right when every field the case scores matches the verdict; null when it scores none. */
export function isRight(scored: ScoredCase): boolean | null {
  const { verdict } = scored.analysis;
  const checks: boolean[] = [];
  if (scored.want.layer !== undefined) checks.push(verdict.layer === scored.want.layer);
  if (scored.want.vendor !== undefined) checks.push(verdict.vendor === scored.want.vendor);
  if (scored.want.scope !== undefined) checks.push(verdict.scope === scored.want.scope);
  return checks.length === 0 ? null : checks.every(Boolean);
}
