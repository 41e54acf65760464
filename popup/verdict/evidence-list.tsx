/**
 * Evidence strings as the worker wrote them, worded in the page's language (quoted markers stay as they
 * were): inert text, clipped, the whole value in a tooltip.
 */
import { clipped } from '../text/display-text.ts';
import { useI18n } from '../text/i18n-context.tsx';
import { evidenceText } from '../text/knowledge.ts';

const MAX_SHOWN = 140;

export function ClippedText({ value, max = MAX_SHOWN }: { value: string; max?: number }) {
  const { shown, full, cut } = clipped(value, max);
  return (
    <span class="clipped" title={cut ? full : undefined}>
      {shown}
    </span>
  );
}

export function EvidenceList({ evidence }: { evidence: readonly string[] }) {
  const { lang, t } = useI18n();
  if (evidence.length === 0) return <p class="muted">{t('evidenceNone')}</p>;
  return (
    <ul class="evidence" aria-label={t('evidenceTitle')}>
      {evidence.map((item, index) => (
        // Evidence strings can repeat (two identical headers); the position keeps keys unique.
        <li key={index}>
          <ClippedText value={evidenceText(item, lang)} />
        </li>
      ))}
    </ul>
  );
}
