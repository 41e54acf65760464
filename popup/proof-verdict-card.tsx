/**
 * The verdict of the guided tests as the worker read it: the side, the guide's situation, how sure (never
 * more than the tests), what to do, the test that would settle it, and always the guide's three don'ts.
 */
import { useId } from 'preact/hooks';
import { DONTS, type DontId } from '../src/advice.ts';
import { situationInfo } from '../src/layers.ts';
import type { ProofStepId } from '../src/messages.ts';
import { type ProofVerdict, sideInfo } from '../src/proof-verdict.ts';
import { useI18n } from './i18n-context.tsx';
import { proofText } from './proof-steps.ts';

const STRENGTH_KEYS = {
  proven: 'proofStrengthProven',
  probable: 'proofStrengthProbable',
  none: 'proofStrengthNone',
} as const;

/** The guide's "what not to do", shown whatever the verdict. */
const GUIDE_DONTS: readonly DontId[] = ['reinstall-loop', 'random-codes', 'factory-reset'];

export function ProofVerdictCard({
  verdict,
  onGoTo,
}: {
  verdict: ProofVerdict | null;
  onGoTo: (step: ProofStepId) => void;
}) {
  const { lang, t } = useI18n();
  const titleId = useId();
  const side = sideInfo(verdict?.side ?? 'unknown');
  const strength = verdict?.strength ?? 'none';
  const situation = verdict?.situation ? situationInfo(verdict.situation) : null;
  const next = verdict?.nextStep && strength !== 'proven' ? verdict.nextStep : undefined;
  return (
    <section class="card proof-verdict" aria-labelledby={titleId}>
      <h2 id={titleId} tabIndex={-1}>
        {t('proofVerdictTitle')}
      </h2>
      <dl class="facts">
        <dt>{t('proofSide')}</dt>
        <dd class={`proof-side side-${side.side}`}>
          <strong>
            {strength === 'probable' ? t('headlineProbably', side.name[lang]) : side.name[lang]}
          </strong>
        </dd>
        {situation ? (
          <>
            <dt>{t('proofSituation')}</dt>
            <dd class="proof-situation">{situation.name[lang]}</dd>
          </>
        ) : null}
      </dl>
      <p class={strength === 'proven' ? 'muted' : 'note'}>{t(STRENGTH_KEYS[strength])}</p>
      <p>{side.sentence[lang]}</p>
      {situation ? <p class="muted">{situation.sentence[lang]}</p> : null}
      {next ? (
        <p class="proof-next">
          {t('proofNextToSettle', proofText(next).title[lang])}{' '}
          <button type="button" onClick={() => onGoTo(next)}>
            {t('proofDoThat')}
          </button>
        </p>
      ) : null}
      {side.nextSteps.length > 0 ? (
        <>
          <h3>{t('proofWhatToDo')}</h3>
          <ol class="proof-todo">
            {side.nextSteps.map((step) => (
              <li key={step.en}>{step[lang]}</li>
            ))}
          </ol>
        </>
      ) : null}
      <h3>{t('dontTitle')}</h3>
      <ul class="donts">
        {DONTS.filter((dont) => GUIDE_DONTS.includes(dont.id)).map((dont) => (
          <li key={dont.id}>
            <strong>{dont.text[lang]}</strong>
            <span class="why"> — {dont.why[lang]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
