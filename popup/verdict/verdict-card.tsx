/**
 * The answer to "who said no": the headline a viewer understands, then the layer, how sure we are, the
 * vendor and the evidence. Shared by the popup and the options page's HAR analysis.
 */
import { useId } from 'preact/hooks';
import type { Translate } from '../../src/i18n.ts';
import type { Analysis, Lang, Verdict } from '../../src/types.ts';
import { formatPercent } from '../text/display-text.ts';
import { useI18n } from '../text/i18n-context.tsx';
import { layerText, scopeInfo, situationInfo } from '../text/knowledge.ts';
import { EvidenceList } from './evidence-list.tsx';

/**
 * The sentence of the verdict's layer, marked "probably" when the verdict is a likelihood, worded like the
 * summary the report and CLI write (src/wording/summary.ts) so the popup, the CLI and the report read the same.
 */
export function headlineText(verdict: Verdict, lang: Lang, t: Translate): string {
  const sentence = layerText(verdict.layer).sentence[lang];
  if (!verdict.probable || verdict.layer === 'none') return sentence;
  return t('headlineProbably', sentence.charAt(0).toLocaleLowerCase(lang) + sentence.slice(1));
}

/** Vendor ids are lowercase ("cloudflare"); a capital is enough to read them as names. */
export function vendorLabel(vendor: string): string {
  return vendor.charAt(0).toUpperCase() + vendor.slice(1);
}

export function VerdictDetails({ analysis, headersOnly }: { analysis: Analysis; headersOnly: boolean }) {
  const { lang, t } = useI18n();
  const { verdict } = analysis;
  const layerName = layerText(verdict.layer).name[lang];
  const percent = formatPercent(verdict.confidence, lang);
  const scope = verdict.layer !== 'none' && verdict.scope !== 'unknown' ? scopeInfo(verdict.scope) : null;
  const situation = verdict.situation ? situationInfo(verdict.situation) : null;
  const titleId = useId();
  return (
    <section class="card verdict" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('verdictTitle')}</h2>
      <dl class="facts">
        <dt>{t('verdictLayer')}</dt>
        <dd class={`layer layer-${verdict.layer}`}>{layerName}</dd>
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
        <dd>{verdict.vendor ? vendorLabel(verdict.vendor) : t('verdictVendorUnknown')}</dd>
        {scope ? (
          <>
            <dt>{t('verdictScope')}</dt>
            <dd>{scope.name[lang]}</dd>
          </>
        ) : null}
      </dl>
      {/* A side no comparison proved is said as a likelihood, with the proof that would settle it. */}
      {scope ? <p>{(verdict.scopeProven ? scope.sentence : scope.likely)[lang]}</p> : null}
      {situation ? (
        <p>
          <strong>{situation.name[lang]}</strong> — {situation.sentence[lang]}
        </p>
      ) : null}
      <h3>{t('evidenceTitle')}</h3>
      <EvidenceList evidence={verdict.evidence} />
      {headersOnly ? <p class="note">{t('headersOnlyNote')}</p> : null}
    </section>
  );
}
