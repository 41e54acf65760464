/**
 * The popup's first screen: the current verdict's headline, where the cause sits, the one thing to do now,
 * the guide's three don'ts (one line each), the two buttons that matter (Diagnose, Copy report) and a
 * compact line of facts (code, who answered, the reference id to give the provider, local time). Every
 * sentence comes from the worker's verdict through src/verdict/wording.ts, the function the reports use.
 * The element carries the verdict as data-* attributes: a stable hook for tests and tools.
 */
import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import type { CurrentVerdict } from '../../src/verdict/current.ts';
import { referenceText, type VerdictText, verdictCode, wordVerdict } from '../../src/verdict/wording.ts';
import { formatTime } from '../text/display-text.ts';
import { textPackFor, useI18n } from '../text/i18n-context.tsx';
import { dontText, GUIDE_DONTS } from '../text/knowledge.ts';

/** The verdict in the page's language, from its text pack. */
export function useVerdictText(verdict: CurrentVerdict): VerdictText | null {
  const { lang } = useI18n();
  const words = textPackFor(lang)?.verdict;
  return words ? wordVerdict(verdict, words, lang) : null;
}

/** The verdict's data attributes: what it says, for tests and tools, whatever the language. */
export function verdictData(verdict: CurrentVerdict): Record<string, string> {
  return {
    'data-layer': verdict.layer,
    'data-vendor': verdict.vendor ?? '',
    'data-scope': verdict.scope,
    'data-confidence': String(verdict.confidence),
    'data-source': verdict.source,
    'data-hedged': String(verdict.hedged),
    'data-do-now': verdict.doNow,
  };
}

export function FactsLine({ verdict }: { verdict: CurrentVerdict }) {
  const { lang, t } = useI18n();
  const words = textPackFor(lang)?.verdict;
  const facts = [
    verdictCode(verdict),
    // A connection that failed got no answer: nobody to name.
    verdict.errorClass === 'network' ? null : (verdict.vendorName ?? words?.answeredByService ?? null),
    words ? referenceText(verdict, words) : null,
    verdict.at ? formatTime(verdict.at, lang) : null,
  ].filter((fact): fact is string => Boolean(fact));
  return (
    <p class="facts-line" data-facts>
      <span class="visually-hidden">{t('factsLabel')} </span>
      {facts.join(' · ')}
    </p>
  );
}

export interface VerdictSummaryProps {
  verdict: CurrentVerdict;
  busy: boolean;
  onDiagnose: () => void;
  onCopyReport: () => void;
  diagnoseRef?: Ref<HTMLButtonElement>;
}

export function VerdictSummary({
  verdict,
  busy,
  onDiagnose,
  onCopyReport,
  diagnoseRef,
}: VerdictSummaryProps) {
  const { lang, t } = useI18n();
  const text = useVerdictText(verdict);
  const headlineId = useId();
  const dontsId = useId();
  return (
    <section class="verdict summary" aria-labelledby={headlineId} data-verdict {...verdictData(verdict)}>
      <div class="headline" aria-live="polite" aria-atomic="true">
        <h2 id={headlineId} class="headline-text">
          {text?.headline}
        </h2>
      </div>
      {text?.where ? <p class="where">{text.where}</p> : null}
      {text?.tests ? <p class="tests">{t('testsLabel', text.tests)}</p> : null}
      <p class="do-now">
        <strong>{t('doNowLabel')}</strong> {text?.doNow}
      </p>
      <p id={dontsId} class="visually-hidden">
        {t('dontTitle')}
      </p>
      <ul class="donts-short" aria-labelledby={dontsId}>
        {GUIDE_DONTS.map((id) => (
          <li key={id}>{dontText(id).what[lang]}</li>
        ))}
      </ul>
      <div class="actions main-actions">
        <button ref={diagnoseRef} type="button" class="primary" data-action="diagnose" onClick={onDiagnose}>
          {t('diagnoseOpen')}
        </button>
        <button type="button" data-action="copy-report" disabled={busy} onClick={onCopyReport}>
          {t('actionCopyReport')}
        </button>
      </div>
      <FactsLine verdict={verdict} />
    </section>
  );
}
