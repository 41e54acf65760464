/** Errors per class over time, in equal bins between the first and the last record. Pure, for the SVG. */
import type { ErrorClass } from '../src/types.ts';

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

export function emptyCounts(): ClassCounts {
  return { refusal: 0, auth: 0, limit: 0, missing: 0, server: 0, network: 0 };
}

export function binByClass(
  points: readonly { time: number; errorClass: ErrorClass }[],
  binCount: number,
): TimelineBin[] {
  if (points.length === 0 || binCount < 1) return [];
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
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
    const index = Math.min(binCount - 1, Math.floor((point.time - first) / width));
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
