/** The five tests and where each stands (its outcome and the label it ran on); a test opens on click. */
import { useId } from 'preact/hooks';
import type { ProofSession, ProofStepId } from '../../src/messages.ts';
import { useI18n } from '../text/i18n-context.tsx';
import { proofText } from '../text/knowledge.ts';
import { OUTCOME_KEYS, resultOf, STEP_FORMS, stepStatus } from './proof-steps.ts';

export interface ProofProgressProps {
  session: ProofSession | null;
  active?: ProofStepId;
  onSelect: (step: ProofStepId) => void;
}

export function ProofProgress({ session, active, onSelect }: ProofProgressProps) {
  const { lang, t } = useI18n();
  const titleId = useId();
  return (
    <section class="card proof-progress" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('proofStepsTitle')}</h2>
      <ol class="proof-list">
        {STEP_FORMS.map((form, index) => {
          const status = stepStatus(session, form.step);
          const result = resultOf(session, form.step);
          const title = proofText(form.step).title[lang];
          const label = result && result.label !== form.step ? ` (${result.label})` : '';
          return (
            <li key={form.step} class={`proof-${status}`}>
              <button
                type="button"
                class="link-button"
                aria-current={active === form.step ? 'step' : undefined}
                aria-label={t('proofGoTo', index + 1, title)}
                onClick={() => onSelect(form.step)}
              >
                {title}
              </button>
              <span class="proof-status">
                {' — '}
                {t(OUTCOME_KEYS[status])}
                {status === 'not-done' ? '' : label}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
