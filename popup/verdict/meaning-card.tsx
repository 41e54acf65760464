/** What the code of the root refusal means (status table or transport-error table), and where it came from. */
import { useId } from 'preact/hooks';
import { edgePlace } from '../../src/knowledge/edges/pop-codes.ts';
import type { Finding } from '../../src/types.ts';
import { codeLabel, hostOf } from '../text/display-text.ts';
import { useI18n } from '../text/i18n-context.tsx';
import { meaningOf } from '../text/knowledge.ts';
import { ClippedText } from './evidence-list.tsx';

export function MeaningCard({ finding }: { finding: Finding }) {
  const { lang, t } = useI18n();
  const info = meaningOf(finding);
  const edge = finding.edge;
  const titleId = useId();
  return (
    <section class="card meaning" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('meaningTitle', codeLabel(finding))}</h2>
      {info ? (
        <>
          <p class="meaning-name">{info.title[lang]}</p>
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
              <ClippedText value={[edge.pop, ...Object.values(edgePlace(edge))].join(' · ')} max={60} />
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
