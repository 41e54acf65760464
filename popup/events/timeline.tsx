/**
 * A small stacked-bar timeline of errors by class, in plain SVG (a chart library would not fit the popup's
 * size budget), with the guided diagnosis's tests drawn over it as numbered spans. Colours come from CSS
 * variables, so dark mode and the legend share them. The viewBox keeps its aspect ratio, so the numbers
 * are not stretched; the options page draws the same chart larger.
 */
import { useId, useMemo } from 'preact/hooks';
import type { ProofResult, RecordListing } from '../../src/messages.ts';
import { OUTCOME_KEYS } from '../proofs/proof-steps.ts';
import { formatTime } from '../text/display-text.ts';
import { useI18n } from '../text/i18n-context.tsx';
import {
  binByClass,
  CLASS_ORDER,
  type StepSpan,
  stepSpans,
  timeRange,
  totalsByClass,
} from './timeline-bins.ts';

const SIZES = {
  small: { width: 360, height: 56, bins: 30 },
  large: { width: 720, height: 120, bins: 60 },
} as const;
const GAP = 1;
/** Room above the bars for the step numbers. */
const MARK_BAND = 14;

export interface TimelineProps {
  records: readonly RecordListing[];
  proofs?: readonly ProofResult[];
  size?: keyof typeof SIZES;
}

export function Timeline({ records, proofs = [], size = 'small' }: TimelineProps) {
  const { lang, t } = useI18n();
  const titleId = useId();
  const { width, height, bins: binCount } = SIZES[size];
  const points = useMemo(
    () => records.map((r) => ({ time: r.finding.startedAt, errorClass: r.finding.errorClass })),
    [records],
  );
  const range = useMemo(
    () =>
      timeRange(
        points.map((p) => p.time),
        proofs,
      ),
    [points, proofs],
  );
  const bins = useMemo(() => binByClass(points, binCount, range ?? undefined), [points, binCount, range]);
  const spans = useMemo(() => (range ? stepSpans(proofs, range) : []), [proofs, range]);
  const totals = useMemo(() => totalsByClass(points), [points]);
  const first = bins[0];
  const last = bins[bins.length - 1];
  if (!first || !last) return null;
  const top = spans.length > 0 ? MARK_BAND : 0;
  const barsHeight = height - top;
  const tallest = Math.max(...bins.map((bin) => bin.total));
  const barWidth = width / binCount - GAP;
  const present = CLASS_ORDER.filter((errorClass) => totals[errorClass] > 0);
  const description = present.map((c) => `${t(`class_${c}` as const)}: ${totals[c]}`).join(', ');
  const stepWords = (span: StepSpan) =>
    `${span.index} ${span.label} — ${t(OUTCOME_KEYS[span.outcome as keyof typeof OUTCOME_KEYS] ?? 'proofOutcomeRunning')}`;
  const label = [
    t('timelineLabel', formatTime(first.start, lang), formatTime(last.end, lang), description),
    spans.length > 0 ? t('timelineProofs', spans.map(stepWords).join('; ')) : '',
  ].join(' ');
  return (
    <section class={`card timeline timeline-${size}`} aria-labelledby={titleId}>
      <h2 id={titleId}>{t('timelineTitle')}</h2>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={label}>
        {spans.map((span) => (
          <g key={span.step} class={`proof-span proof-${span.outcome}`}>
            <rect
              class="proof-shade"
              x={span.from * width}
              y={0}
              width={(span.to - span.from) * width}
              height={height}
            >
              <title>{stepWords(span)}</title>
            </rect>
            <text class="proof-mark" x={span.from * width + 3} y={11}>
              {size === 'large' ? `${span.index} ${span.label}` : span.index}
            </text>
          </g>
        ))}
        {bins.map((bin, index) => {
          let y = height;
          return (
            <g key={bin.start}>
              {CLASS_ORDER.map((errorClass) => {
                const count = bin.counts[errorClass];
                if (count === 0) return null;
                const barHeight = (count / tallest) * barsHeight;
                y -= barHeight;
                return (
                  <rect
                    key={errorClass}
                    class={`bar bar-${errorClass}`}
                    x={index * (barWidth + GAP)}
                    y={y}
                    width={barWidth}
                    height={barHeight}
                  >
                    <title>{`${formatTime(bin.start, lang)} · ${t(`class_${errorClass}` as const)}: ${count}`}</title>
                  </rect>
                );
              })}
            </g>
          );
        })}
      </svg>
      <div class="axis muted">
        <span>{formatTime(first.start, lang)}</span>
        <span>{formatTime(last.end, lang)}</span>
      </div>
      <ul class="legend">
        {present.map((errorClass) => (
          <li key={errorClass}>
            <span class={`swatch swatch-${errorClass}`} aria-hidden="true" />
            {t(`class_${errorClass}` as const)} ({totals[errorClass]})
          </li>
        ))}
      </ul>
      {spans.length > 0 ? (
        <ol class="legend proof-legend">
          {spans.map((span) => (
            <li key={span.step} class={`proof-${span.outcome}`}>
              <span class="swatch proof-swatch" aria-hidden="true" />
              {stepWords(span)}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
