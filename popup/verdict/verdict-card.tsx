/**
 * "Who said no, and how we know" (titled for the kind of error): the layer, how sure we are, who answered,
 * where the cause sits, the guide's situation and the evidence. Shared by the popup and the options page.
 */
import type { Analysis } from '../../src/types.ts';
import type { CurrentVerdict } from '../../src/verdict/current.ts';
import { formatPercent } from '../text/display-text.ts';
import { useI18n } from '../text/i18n-context.tsx';
import { layerText, scopeInfo, situationInfo } from '../text/knowledge.ts';
import { EvidenceList } from './evidence-list.tsx';

/** Vendor ids are lowercase ("cloudflare"); a capital is enough to read them as names. */
export function vendorLabel(vendor: string): string {
  return vendor.charAt(0).toUpperCase() + vendor.slice(1);
}

/** What the views behind the verdict are given: the worker's verdict, its analysis, and how much it saw. */
export interface VerdictViewProps {
  verdict: CurrentVerdict;
  analysis: Analysis;
  /** Every record rests on headers only (no body was readable). */
  headersOnly: boolean;
}

export function VerdictDetails({ verdict, analysis, headersOnly }: VerdictViewProps) {
  const { lang, t } = useI18n();
  const percent = formatPercent(verdict.confidence, lang);
  const scope = verdict.layer !== 'none' && verdict.scope !== 'unknown' ? scopeInfo(verdict.scope) : null;
  const situation = verdict.situation ? situationInfo(verdict.situation) : null;
  return (
    <div class="verdict-details">
      <dl class="facts">
        <dt>{t('verdictLayer')}</dt>
        <dd class={`layer layer-${verdict.layer}`}>{layerText(verdict.layer).name[lang]}</dd>
        <dt>{t('verdictConfidence')}</dt>
        <dd class="confidence">
          <meter
            min={0}
            max={1}
            low={0.5}
            high={0.8}
            optimum={1}
            value={verdict.confidence}
            aria-label={t('verdictConfidence')}
            aria-valuetext={percent}
          />
          <span>{percent}</span>
        </dd>
        <dt>{t('verdictVendor')}</dt>
        <dd class="vendor">{verdict.vendorName ?? t('verdictVendorUnknown')}</dd>
        {scope ? (
          <>
            <dt>{t('verdictScope')}</dt>
            <dd>{scope.name[lang]}</dd>
          </>
        ) : null}
        {situation ? (
          <>
            <dt>{t('proofSituation')}</dt>
            <dd>{situation.name[lang]}</dd>
          </>
        ) : null}
      </dl>
      {situation ? <p class="muted">{situation.sentence[lang]}</p> : null}
      <h3>{t('evidenceTitle')}</h3>
      <EvidenceList evidence={verdict.evidence.length > 0 ? verdict.evidence : analysis.verdict.evidence} />
      {headersOnly ? <p class="note">{t('headersOnlyNote')}</p> : null}
    </div>
  );
}
