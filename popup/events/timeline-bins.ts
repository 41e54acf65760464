/** Errors per class over time, in equal bins between the first and the last record. Pure, for the SVG. */
import type { ErrorClass } from '../../src/types.ts';

/** Drawing order, bottom to top: refusals first because they are what the extension is about. */
export const CLASS_ORDER: readonly ErrorClass[] = [
  'refusal',
  'auth',
  'limit',
  'missing',
  'server',
  'network',
];

export type ClassCounts = Record<ErrorClass, number>;

export interface TimelineBin {
  start: number;
  end: number;
  counts: ClassCounts;
  total: number;
}

function emptyCounts(): ClassCounts {
  return { refusal: 0, auth: 0, limit: 0, missing: 0, server: 0, network: 0 };
}

export interface TimeRange {
  first: number;
  last: number;
}

/** `range` widens the span (to take in proof steps that saw no error); points outside it are clamped. */
export function binByClass(
  points: readonly { time: number; errorClass: ErrorClass }[],
  binCount: number,
  range?: TimeRange,
): TimelineBin[] {
  if (points.length === 0 || binCount < 1) return [];
  let first = range?.first ?? Number.POSITIVE_INFINITY;
  let last = range?.last ?? Number.NEGATIVE_INFINITY;
  for (const point of points) {
    first = Math.min(first, point.time);
    last = Math.max(last, point.time);
  }
  // A single instant still gets a visible width; one second is below anything a viewer reads here.
  const span = Math.max(last - first, 1000);
  const width = span / binCount;
  const bins: TimelineBin[] = Array.from({ length: binCount }, (_, index) => ({
    start: first + index * width,
    end: first + (index + 1) * width,
    counts: emptyCounts(),
    total: 0,
  }));
  for (const point of points) {
    const index = Math.max(0, Math.min(binCount - 1, Math.floor((point.time - first) / width)));
    const bin = bins[index];
    if (!bin) continue;
    bin.counts[point.errorClass] += 1;
    bin.total += 1;
  }
  return bins;
}

export function totalsByClass(points: readonly { errorClass: ErrorClass }[]): ClassCounts {
  const totals = emptyCounts();
  for (const point of points) totals[point.errorClass] += 1;
  return totals;
}

/** A proof step drawn over the chart: where it starts and ends, as fractions of the chart's width. */
export interface StepSpan {
  step: string;
  /** 1-based, in the order the steps ran: the mark drawn on the chart. */
  index: number;
  label: string;
  outcome: string;
  from: number;
  to: number;
}

/** The span the chart covers: every point and every step (a step that still runs ends at its start). */
export function timeRange(
  times: readonly number[],
  steps: readonly { startedAt: number; endedAt?: number }[],
): TimeRange | null {
  const all = [...times, ...steps.flatMap((s) => [s.startedAt, s.endedAt ?? s.startedAt])];
  if (all.length === 0) return null;
  return { first: Math.min(...all), last: Math.max(...all) };
}

/** Steps as spans of the chart; a step shorter than one bin still gets a visible width. */
export function stepSpans(
  steps: readonly { step: string; label: string; startedAt: number; endedAt?: number; outcome?: string }[],
  range: TimeRange,
  minWidth = 0.02,
): StepSpan[] {
  const span = Math.max(range.last - range.first, 1000);
  const at = (time: number) => Math.min(1, Math.max(0, (time - range.first) / span));
  return [...steps]
    .filter((step) => step.outcome !== 'skipped')
    .sort((a, b) => a.startedAt - b.startedAt)
    .map((step, i) => {
      const from = Math.min(at(step.startedAt), 1 - minWidth);
      return {
        step: step.step,
        index: i + 1,
        label: step.label,
        outcome: step.outcome ?? 'running',
        from,
        to: Math.max(at(step.endedAt ?? step.startedAt), from + minWidth),
      };
    });
}
