/** One record in full: request and response headers (already redacted by the worker), context, diagnosis. */

import { useEffect, useRef } from 'preact/hooks';
import { formatDateTime } from '../popup/text/display-text.ts';
import { useI18n } from '../popup/text/i18n-context.tsx';
import { layerText } from '../popup/text/knowledge.ts';
import { ClippedText, EvidenceList } from '../popup/verdict/evidence-list.tsx';
import { MeaningCard } from '../popup/verdict/meaning-card.tsx';
import { vendorLabel } from '../popup/verdict/verdict-card.tsx';
import type { CapturedRecord } from '../src/messages.ts';
import type { CaptureContext, Header } from '../src/types.ts';

function HeaderTable({ caption, headers }: { caption: string; headers: readonly Header[] }) {
  const { t } = useI18n();
  return (
    <table class="header-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('headerName')}</th>
          <th scope="col">{t('headerValue')}</th>
        </tr>
      </thead>
      <tbody>
        {headers.length === 0 ? (
          <tr>
            <td colSpan={2} class="muted">
              {t('headersNone')}
            </td>
          </tr>
        ) : (
          headers.map((header, index) => (
            // Header names repeat (set-cookie); the position keeps keys unique and headers never reorder.
            <tr key={index}>
              <th scope="row">
                <ClippedText value={header.name} max={60} />
              </th>
              <td>
                <ClippedText value={header.value} max={300} />
              </td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

function ContextList({ context }: { context: CaptureContext | undefined }) {
  const { t } = useI18n();
  const entries = Object.entries(context ?? {}).filter(([, value]) => value !== undefined && value !== '');
  if (entries.length === 0) return <p class="muted">{t('contextNone')}</p>;
  return (
    <dl class="facts">
      {entries.map(([key, value]) => (
        <div key={key} class="fact">
          <dt>{key}</dt>
          <dd>
            <ClippedText value={String(value)} max={120} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function RecordDetail({ record, onClose }: { record: CapturedRecord; onClose: () => void }) {
  const { lang, t } = useI18n();
  const { exchange, finding } = record;
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on what they opened, not at the top of a long table.
  useEffect(() => heading.current?.focus(), [record]);
  return (
    <section class="card detail" aria-labelledby="detail-title">
      <h3 id="detail-title" ref={heading} tabIndex={-1}>
        {t('detailTitle', formatDateTime(finding.startedAt, lang))}
      </h3>
      <button type="button" onClick={onClose}>
        {t('detailClose')}
      </button>
      <p class="url">
        <span class="method">{exchange.method}</span> <ClippedText value={exchange.url} max={200} />
      </p>
      <h4>{t('detailDiagnosis')}</h4>
      <dl class="facts">
        <dt>{t('verdictLayer')}</dt>
        <dd>{layerText(finding.layer).name[lang]}</dd>
        <dt>{t('verdictVendor')}</dt>
        <dd>{finding.vendor ? vendorLabel(finding.vendor) : t('verdictVendorUnknown')}</dd>
        <dt>{t('detailClass')}</dt>
        <dd>{t(`class_${finding.errorClass}` as const)}</dd>
      </dl>
      <EvidenceList evidence={[...finding.evidence, ...(finding.panelReply?.evidence ?? [])]} />
      <MeaningCard finding={finding} />
      <HeaderTable caption={t('detailRequestHeaders')} headers={exchange.requestHeaders} />
      <HeaderTable caption={t('detailResponseHeaders')} headers={exchange.responseHeaders} />
      <h4>{t('detailContext')}</h4>
      <ContextList context={exchange.context ?? finding.context} />
    </section>
  );
}
