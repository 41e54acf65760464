/**
 * A small stacked-bar timeline of errors by class, in plain SVG (a chart library would not fit the popup's
 * size budget). Colours come from CSS variables, so dark mode and the legend share them.
 */
import { useMemo } from 'preact/hooks';
import type { CapturedRecord } from '../src/messages.ts';
import { formatTime } from './display-text.ts';
import { useI18n } from './i18n-context.tsx';
import { binByClass, CLASS_ORDER, totalsByClass } from './timeline-bins.ts';

const WIDTH = 360;
const HEIGHT = 56;
const BINS = 30;
const GAP = 1;

export function Timeline({ records }: { records: readonly CapturedRecord[] }) {
  const { lang, t } = useI18n();
  const points = useMemo(
    () => records.map((r) => ({ time: r.finding.startedAt, errorClass: r.finding.errorClass })),
    [records],
  );
  const bins = useMemo(() => binByClass(points, BINS), [points]);
  const totals = useMemo(() => totalsByClass(points), [points]);
  const first = bins[0];
  const last = bins[bins.length - 1];
  if (!first || !last) return null;
  const tallest = Math.max(...bins.map((bin) => bin.total));
  const barWidth = WIDTH / BINS - GAP;
  const present = CLASS_ORDER.filter((errorClass) => totals[errorClass] > 0);
  const description = present.map((c) => `${t(`class_${c}` as const)}: ${totals[c]}`).join(', ');
  return (
    <section class="card timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timelineTitle')}</h2>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        height={HEIGHT}
        role="img"
        aria-label={t(
          'timelineLabel',
          formatTime(first.start, lang),
          formatTime(last.end, lang),
          description,
        )}
        preserveAspectRatio="none"
      >
        {bins.map((bin, index) => {
          let y = HEIGHT;
          return (
            <g key={bin.start}>
              {CLASS_ORDER.map((errorClass) => {
                const count = bin.counts[errorClass];
                if (count === 0) return null;
                const height = (count / tallest) * HEIGHT;
                y -= height;
                return (
                  <rect
                    key={errorClass}
                    class={`bar bar-${errorClass}`}
                    x={index * (barWidth + GAP)}
                    y={y}
                    width={barWidth}
                    height={height}
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
    </section>
  );
}
