/**
 * What the finding that decided means: the panel's own answer when the panel refused inside a success
 * (an "Expired" behind a 200 is about the account, not about the 200), else the code's meaning (status
 * table or transport-error table); then where it came from.
 */
import { useEffect, useState } from 'preact/hooks';
import type { EdgeLocation, Finding } from '../../src/types.ts';
import { codeLabel, hostOf } from '../text/display-text.ts';
import { useI18n } from '../text/i18n-context.tsx';
import { layerText, meaningOf } from '../text/knowledge.ts';
import { ClippedText, EvidenceList } from './evidence-list.tsx';

/**
 * "CDG · Paris · FR": the edge's code at once, its place when the POP table has arrived. The table (~7 KB)
 * is display data for a collapsed card, so it loads on demand and the popup's first screen does without it.
 */
function useEdgeText(edge: EdgeLocation | undefined): string | null {
  const [place, setPlace] = useState<string[]>([]);
  useEffect(() => {
    setPlace([]);
    if (!edge) return;
    let live = true;
    import('../../src/knowledge/edges/pop-codes.ts')
      .then(({ edgePlace }) => live && setPlace(Object.values(edgePlace(edge))))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [edge?.pop, edge?.code]);
  return edge ? [edge.pop, ...place].join(' · ') : null;
}

/** A refusal carried by an HTTP success: the code says nothing, the panel or the block page does. */
export function carriedBySuccess(finding: Pick<Finding, 'status'>): boolean {
  return finding.status >= 200 && finding.status < 400;
}

export function MeaningCard({ finding }: { finding: Finding }) {
  const { lang, t } = useI18n();
  const carried = carriedBySuccess(finding);
  const info = carried ? null : meaningOf(finding);
  const layer = layerText(finding.layer);
  const edge = useEdgeText(finding.edge);
  return (
    <div class="meaning">
      {carried ? (
        <>
          <p class="meaning-name">{t('meaningCarried', codeLabel(finding), layer.name[lang])}</p>
          <p>{layer.sentence[lang]}</p>
          <EvidenceList evidence={finding.panelReply?.evidence ?? finding.evidence} />
        </>
      ) : info?.title[lang] ? (
        <>
          <p class="meaning-name">
            {codeLabel(finding)} — {info.title[lang]}
          </p>
          <p>{info.meaning[lang]}</p>
        </>
      ) : (
        <p class="muted">{t('meaningUnknown')}</p>
      )}
      <dl class="facts">
        <dt>{t('meaningHost')}</dt>
        <dd>
          <ClippedText value={hostOf(finding.url) || finding.url} max={60} />
        </dd>
        <dt>{t('meaningRole')}</dt>
        <dd>{t(`role_${finding.role}` as const)}</dd>
        {finding.vendorErrorCode ? (
          <>
            <dt>{t('meaningVendorCode')}</dt>
            <dd>
              <ClippedText value={finding.vendorErrorCode} max={60} />
            </dd>
          </>
        ) : null}
        {edge ? (
          <>
            <dt>{t('meaningEdge')}</dt>
            <dd>
              <ClippedText value={edge} max={60} />
            </dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
