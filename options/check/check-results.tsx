/**
 * The check's results, with the engine's words: per channel the outcome, who said no (layer, vendor), what
 * happened and the fix the check found; the account's own facts; the servers left alone; and plainly, what
 * this browser could not try. Every URL and sentence shown is scrubbed of the account, tokens and MAC.
 */
import { useI18n } from '../../popup/text/i18n-context.tsx';
import { layerText } from '../../popup/text/knowledge.ts';
import { EvidenceList } from '../../popup/verdict/evidence-list.tsx';
import type { Scrubber } from '../../src/check/report.ts';
import { summaryOf } from '../../src/check/report.ts';
import type { ChannelResult, CheckReport, IdentityHeader } from '../../src/check/types.ts';
import {
  accountLines,
  detailText,
  fixText,
  OUTCOME_WORDS,
  pausedText,
  variantWords,
} from '../../src/check/words.ts';

const vendorName = (vendor: string) => vendor.charAt(0).toUpperCase() + vendor.slice(1);

function ChannelCard({ channel, scrub }: { channel: ChannelResult; scrub: Scrubber }) {
  const { lang, t } = useI18n();
  const fix = channel.trials.find((trial) => trial.worked);
  const layer = layerText(channel.layer);
  return (
    <li
      class={`check-channel outcome-${channel.outcome}`}
      data-check-channel={channel.name}
      data-outcome={channel.outcome}
      data-layer={channel.layer}
      data-vendor={channel.vendor ?? ''}
      data-fixed-by={channel.fixedBy ?? ''}
    >
      <div class="check-channel-head">
        <span class={`check-outcome outcome-${channel.outcome}`}>{OUTCOME_WORDS[channel.outcome][lang]}</span>
        <strong class="check-channel-name">{scrub.text(channel.name)}</strong>
        {channel.group ? <span class="muted"> · {scrub.text(channel.group)}</span> : null}
        <span class="check-code">{channel.status === 0 ? '—' : channel.status}</span>
      </div>
      <p class="check-detail">{scrub.text(detailText(channel.detail, lang))}</p>
      {channel.outcome !== 'works' ? (
        <p class="check-layer" data-check-layer>
          {t('checkWhoSaidNo', layer.name[lang])}
          {channel.vendor ? ` · ${t('checkAnsweredBy', vendorName(channel.vendor))}` : ''}
        </p>
      ) : null}
      {fix ? (
        <p class="check-fix" data-check-fix>
          {t('checkFixed', fixText(fix, lang), channel.fixedBy ?? '')}
        </p>
      ) : null}
      {channel.unsent.length > 0 ? (
        <p class="note" data-check-unsent>
          {t('checkUnsent', channel.unsent.map((id) => variantWords(id, lang)).join(', '))}
        </p>
      ) : null}
      {channel.outcome !== 'works' && channel.evidence.length > 0 ? (
        <details>
          <summary>{t('evidenceTitle')}</summary>
          <EvidenceList evidence={channel.evidence.map(scrub.text)} />
        </details>
      ) : null}
      <p class="check-url muted">{scrub.url(channel.spec.url)}</p>
    </li>
  );
}

/** What the browser could not send, said once for the whole run. */
export function BrowserLimits({
  cannotSend,
  browser,
}: {
  cannotSend: ReadonlySet<IdentityHeader>;
  browser: 'chrome' | 'firefox';
}) {
  const { t } = useI18n();
  return (
    <section class="card check-limits" data-check-limits>
      <h2>{t('checkLimitsTitle')}</h2>
      <p>
        {browser === 'firefox'
          ? t('checkLimitsFirefox')
          : cannotSend.size > 0
            ? t('checkLimitsNoRules')
            : t('checkLimitsChrome')}
      </p>
      <p class="note">{t('checkLimitsCli')}</p>
    </section>
  );
}

export function CheckResults({ report, scrub }: { report: CheckReport; scrub: Scrubber }) {
  const { lang, t } = useI18n();
  const summary = summaryOf(report);
  const order = { refused: 0, failed: 1, works: 2 } as const;
  const channels = [...report.channels].sort((a, b) => order[a.outcome] - order[b.outcome]);
  return (
    <>
      <section class="card check-summary" data-check-summary>
        <h2>{t('checkResultsTitle')}</h2>
        <p data-check-counts={`${summary.works}/${summary.refused}/${summary.failed}`}>
          {t('checkCounts', summary.works, summary.refused, summary.failed, summary.requests)}
        </p>
        {report.total > report.channels.length ? (
          <p class="note">{t('checkSampled', report.channels.length, report.total)}</p>
        ) : null}
      </section>
      {report.account ? (
        <section class="card check-account" data-check-account>
          <h2>{t('checkAccountTitle')}</h2>
          <ul>
            {accountLines(report.account, lang, summary.refused + summary.failed > 0).map((line) => (
              <li key={line}>{scrub.text(line)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {report.paused.length > 0 ? (
        <section class="card check-paused" data-check-paused>
          <h2>{t('checkPausedTitle')}</h2>
          <ul>
            {report.paused.map((paused) => (
              <li key={paused.host}>{pausedText(paused, lang)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section class="card">
        <h2>{t('checkChannelsTitle')}</h2>
        <ul class="check-channels">
          {channels.map((channel, index) => (
            <ChannelCard key={`${channel.name}-${index}`} channel={channel} scrub={scrub} />
          ))}
        </ul>
      </section>
    </>
  );
}
