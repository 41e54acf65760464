/**
 * The verdict screen of the guided tests: the current verdict (the tests' when they decided), in the same
 * words as the popup's first screen and the report — headline, what the tests showed, where the cause sits,
 * what to do now, the test that would settle it — then the side's other steps and the guide's three don'ts.
 */
import { useId } from 'preact/hooks';
import type { ProofStepId } from '../../src/messages.ts';
import { SIDE_ROWS } from '../../src/proofs/sides.ts';
import type { CurrentVerdict } from '../../src/verdict/current.ts';
import { textPackFor, useI18n } from '../text/i18n-context.tsx';
import { dontText, GUIDE_DONTS, proofText } from '../text/knowledge.ts';
import { useVerdictText, verdictData } from '../verdict/verdict-summary.tsx';

const STRENGTH_KEYS = {
  proofs: { true: 'proofStrengthProbable', false: 'proofStrengthProven' },
} as const;

export function ProofVerdictCard({
  verdict,
  onGoTo,
}: {
  verdict: CurrentVerdict;
  onGoTo: (step: ProofStepId) => void;
}) {
  const { lang, t } = useI18n();
  const titleId = useId();
  const text = useVerdictText(verdict);
  const decided = verdict.source === 'proofs';
  const side = SIDE_ROWS[verdict.side ?? 'unknown'] ?? SIDE_ROWS.unknown;
  // The side's shared steps by id from the page's text pack, then its own.
  const todo = decided
    ? [
        ...side.next.map((id) => textPackFor(lang)?.steps[id] ?? ''),
        ...(side.own ? [t(side.own)] : []),
      ].filter(Boolean)
    : [];
  const next = verdict.nextTest;
  return (
    <section class="card proof-verdict" aria-labelledby={titleId} data-verdict {...verdictData(verdict)}>
      <h2 id={titleId} tabIndex={-1}>
        {t('proofVerdictTitle')}
      </h2>
      <p class="headline-text">{text?.headline}</p>
      <p class={decided && !verdict.hedged ? 'muted' : 'note'}>
        {t(decided ? STRENGTH_KEYS.proofs[String(verdict.hedged) as 'true' | 'false'] : 'proofStrengthNone')}
      </p>
      {text?.tests ? <p class="tests">{t('testsLabel', text.tests)}</p> : null}
      {text?.where ? <p class="where">{text.where}</p> : null}
      <p class="do-now">
        <strong>{t('doNowLabel')}</strong> {text?.doNow}
      </p>
      {next ? (
        <p class="proof-next">
          {t('proofNextToSettle', proofText(next).title[lang])}{' '}
          <button type="button" onClick={() => onGoTo(next)}>
            {t('proofDoThat')}
          </button>
        </p>
      ) : null}
      {todo.length > 0 ? (
        <>
          <h3>{t('proofWhatToDo')}</h3>
          <ol class="proof-todo">
            {todo.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      ) : null}
      <h3>{t('dontTitle')}</h3>
      <ul class="donts">
        {GUIDE_DONTS.map((id) => {
          const dont = dontText(id);
          return (
            <li key={id}>
              <strong>{dont.what[lang]}</strong>
              <span class="why"> — {dont.why[lang]}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
