/**
 * A guided test keeps running when the popup closes (the person goes back to the player): reopened, the
 * popup says so first, with the button that ends it.
 */
import type { ProofStepId } from '../../src/messages.ts';
import { STEP_FORMS } from '../proofs/proof-steps.ts';
import { useI18n } from '../text/i18n-context.tsx';
import { proofText } from '../text/knowledge.ts';

export function RunningBanner({
  step,
  busy,
  onDone,
  onOpen,
}: {
  step: ProofStepId;
  busy: boolean;
  onDone: () => void;
  onOpen: () => void;
}) {
  const { lang, t } = useI18n();
  const index = STEP_FORMS.findIndex((form) => form.step === step) + 1;
  return (
    <section class="note running-banner" data-running={step} aria-labelledby="running-title">
      <p id="running-title">
        <strong>{t('runningBanner', index, proofText(step).title[lang])}</strong>
      </p>
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={onDone}>
          {t('proofDone')}
        </button>
        <button type="button" onClick={onOpen}>
          {t('runningOpen')}
        </button>
      </div>
    </section>
  );
}
