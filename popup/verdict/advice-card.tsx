/** More things to try, in the guide's order, and why each don't matters (the first screen says only the rule). */
import { useI18n } from '../text/i18n-context.tsx';
import type { Advice } from '../text/knowledge.ts';

export function AdviceCard({ advice }: { advice: Advice }) {
  const { lang, t } = useI18n();
  return (
    <div class="advice">
      {advice.nextSteps.length > 0 ? (
        <ol class="next-steps">
          {advice.nextSteps.map((step) => (
            <li key={step.en}>{step[lang]}</li>
          ))}
        </ol>
      ) : (
        <p class="muted">{t('nextStepsNone')}</p>
      )}
      {advice.donts.length > 0 ? (
        <>
          <h3>{t('dontWhyTitle')}</h3>
          <ul class="donts">
            {advice.donts.map((dont) => (
              <li key={dont.what.en}>
                <strong>{dont.what[lang]}</strong>
                {dont.why ? <span class="why"> — {dont.why[lang]}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
