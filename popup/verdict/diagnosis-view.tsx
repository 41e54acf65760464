/**
 * The full answer for one analysis: verdict, what the code means, next steps and don'ts. The popup shows it
 * for captured records; the options page shows it for an analysed HAR file.
 */
import { useMemo } from 'preact/hooks';
import type { Analysis } from '../../src/types.ts';
import { adviceFor, rootFinding } from '../text/knowledge.ts';
import { AdviceCard } from './advice-card.tsx';
import { MeaningCard } from './meaning-card.tsx';
import { VerdictDetails } from './verdict-card.tsx';

export function DiagnosisView({ analysis, headersOnly }: { analysis: Analysis; headersOnly: boolean }) {
  const root = rootFinding(analysis);
  const advice = useMemo(() => adviceFor(analysis.verdict.layer, root), [analysis.verdict.layer, root]);
  return (
    <>
      <VerdictDetails analysis={analysis} headersOnly={headersOnly} />
      {root ? <MeaningCard finding={root} /> : null}
      <AdviceCard advice={advice} />
    </>
  );
}
