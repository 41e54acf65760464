/** What to do next, in the guide's order, and what not to do with the reason why. */
import { useId } from 'preact/hooks';
import { useI18n } from '../text/i18n-context.tsx';
import type { Advice } from '../text/knowledge.ts';

export function AdviceCard({ advice }: { advice: Advice }) {
  const { lang, t } = useI18n();
  const nextId = useId();
  const dontId = useId();
  return (
    <>
      <section class="card next-steps" aria-labelledby={nextId}>
        <h2 id={nextId}>{t('nextStepsTitle')}</h2>
        {advice.nextSteps.length > 0 ? (
          <ol>
            {advice.nextSteps.map((step) => (
              <li key={step.en}>{step[lang]}</li>
            ))}
          </ol>
        ) : (
          <p class="muted">{t('nextStepsNone')}</p>
        )}
      </section>
      {advice.donts.length > 0 ? (
        <section class="card donts" aria-labelledby={dontId}>
          <h2 id={dontId}>{t('dontTitle')}</h2>
          <ul>
            {advice.donts.map((dont) => (
              <li key={dont.what.en}>
                <strong>{dont.what[lang]}</strong>
                {dont.why ? <span class="why"> — {dont.why[lang]}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
