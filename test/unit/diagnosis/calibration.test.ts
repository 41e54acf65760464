/**
 * Is the confidence worth what it says? Accuracy by confidence band over the three labelled corpora, printed
 * on every run (the table src/diagnosis/calibration.ts quotes). A verdict in the sure band must be right at
 * least 97 % of the time; a verdict under UNSURE_BELOW says it is unsure, and none above it does.
 */
import { describe, expect, it } from 'vitest';
import { confidenceBand, SURE_FROM, UNSURE_BELOW } from '../../../src/diagnosis/calibration.ts';
import { allScoredCases, isRight, type ScoredCase } from './corpora.ts';

const CASES = allScoredCases().filter((scored) => isRight(scored) !== null);

const BANDS: readonly (readonly [number, number])[] = [
  [SURE_FROM, 1.01],
  [0.8, SURE_FROM],
  [UNSURE_BELOW, 0.8],
  [0, UNSURE_BELOW],
];

function inBand(scored: ScoredCase, [low, high]: readonly [number, number]): boolean {
  const { confidence } = scored.analysis.verdict;
  return confidence >= low && confidence < high;
}

describe('calibrated confidence', () => {
  it('prints accuracy by confidence band over every corpus', () => {
    const lines = BANDS.map((band) => {
      const scored = CASES.filter((c) => inBand(c, band));
      const right = scored.filter((c) => isRight(c)).length;
      const per = ['cases', 'cases-independent', 'real']
        .map((corpus) => {
          const of = scored.filter((c) => c.corpus === corpus);
          return `${corpus} ${of.filter((c) => isRight(c)).length}/${of.length}`;
        })
        .join(', ');
      const rate = scored.length === 0 ? '  –  ' : `${((100 * right) / scored.length).toFixed(1)} %`;
      const label = `${band[0].toFixed(2)}–${Math.min(band[1], 1).toFixed(2)}`;
      const misses = scored.filter((c) => !isRight(c)).map((c) => `${c.corpus}/${c.file}`);
      return `  ${label}  ${String(right).padStart(3)}/${String(scored.length).padEnd(3)} ${rate.padStart(7)}  (${per})${misses.length ? ` wrong: ${misses.join(' ')}` : ''}`;
    });
    process.stdout.write(
      [
        `confidence bands (${CASES.length} scored verdicts, unsure below ${UNSURE_BELOW}):`,
        ...lines,
        '',
      ].join('\n'),
    );
    expect(lines).toHaveLength(BANDS.length);
  });

  it('is right at least 97 % of the time from the sure band up', () => {
    const sure = CASES.filter((c) => c.analysis.verdict.confidence >= SURE_FROM);
    expect(sure.length).toBeGreaterThan(5);
    expect(sure.filter((c) => isRight(c)).length / sure.length).toBeGreaterThanOrEqual(0.97);
  });

  it('says it is unsure exactly under UNSURE_BELOW, on every verdict', () => {
    for (const scored of allScoredCases()) {
      const { verdict } = scored.analysis;
      expect(verdict.unsure, scored.file).toBe(verdict.confidence < UNSURE_BELOW);
      expect(confidenceBand(verdict.confidence) === 'unsure', scored.file).toBe(verdict.unsure);
    }
  });

  it('keeps the bands in order', () => {
    expect(confidenceBand(0.95)).toBe('sure');
    expect(confidenceBand(0.7)).toBe('likely');
    expect(confidenceBand(0.36)).toBe('unsure');
    expect(UNSURE_BELOW).toBeLessThan(SURE_FROM);
  });
});
