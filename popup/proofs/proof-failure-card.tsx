/** The refusal the guided tests start from: host, address and code, as captured (already redacted). */
import { useId } from 'preact/hooks';
import type { Finding } from '../../src/types.ts';
import { clipped, codeLabel } from '../text/display-text.ts';
import { useI18n } from '../text/i18n-context.tsx';

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

export function ProofFailureCard({ finding }: { finding: Finding | undefined }) {
  const { t } = useI18n();
  const titleId = useId();
  if (!finding) {
    return (
      <section class="card proof-failure" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('diagnoseFailureTitle')}</h2>
        <p class="note">{t('diagnoseNoFailure')}</p>
      </section>
    );
  }
  let host = '';
  try {
    host = new URL(finding.url).host;
  } catch {
    host = '';
  }
  const endpoint = clipped(pathOf(finding.url), 60);
  return (
    <section class="card proof-failure" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('diagnoseFailureTitle')}</h2>
      <dl class="facts">
        <dt>{t('diagnoseHost')}</dt>
        <dd>{clipped(host, 60).shown}</dd>
        <dt>{t('diagnoseEndpoint')}</dt>
        <dd class="clipped" title={endpoint.full}>
          {endpoint.shown}
        </dd>
        <dt>{t('diagnoseCode')}</dt>
        <dd>
          {codeLabel(finding)}
          {/* A refusal the panel wrote inside an HTTP success: its own words say what the code does not. */}
          {finding.panelReply?.evidence[0] ? ` — ${clipped(finding.panelReply.evidence[0], 60).shown}` : null}
        </dd>
      </dl>
    </section>
  );
}
