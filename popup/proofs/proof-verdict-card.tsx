/**
 * The verdict of the guided tests as the worker read it: the side, the guide's situation, how sure (never
 * more than the tests), what to do, the test that would settle it, and always the guide's three don'ts.
 */
import { useId } from 'preact/hooks';
import type { DontId } from '../../src/knowledge/guide/advice.ts';
import type { ProofStepId } from '../../src/messages.ts';
import { SIDE_ROWS } from '../../src/proofs/sides.ts';
import type { ProofVerdict } from '../../src/proofs/verdict.ts';
import { textPackFor, useI18n } from '../text/i18n-context.tsx';
import { dontText, proofText, situationInfo } from '../text/knowledge.ts';

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
  const sideName = verdict?.side ?? 'unknown';
  const side = SIDE_ROWS[sideName] ?? SIDE_ROWS.unknown;
  // Shared steps by id from the page's text pack, then the side's own.
  const todo = [
    ...side.next.map((id) => textPackFor(lang)?.steps[id] ?? ''),
    ...(side.own ? [t(side.own)] : []),
  ].filter(Boolean);
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
        <dd class={`proof-side side-${sideName}`}>
          <strong>{strength === 'probable' ? t('headlineProbably', t(side.name)) : t(side.name)}</strong>
        </dd>
        {situation ? (
          <>
            <dt>{t('proofSituation')}</dt>
            <dd class="proof-situation">{situation.name[lang]}</dd>
          </>
        ) : null}
      </dl>
      <p class={strength === 'proven' ? 'muted' : 'note'}>{t(STRENGTH_KEYS[strength])}</p>
      <p>{t(side.sentence)}</p>
      {situation ? <p class="muted">{situation.sentence[lang]}</p> : null}
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
