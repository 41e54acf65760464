/**
 * Times that came from outside (a page's report, a HAR file, a panel's `exp_date`) can be any number: the
 * date APIs throw a RangeError beyond ±8.64e15 ms (ECMA-262 §21.4.1.31, TimeClip) and on NaN. Every
 * formatter asks here first, and shows a dash rather than failing the popup, the log or the report.
 */

/** The largest time a Date can hold, in ms from the epoch, either way (ECMA-262 TimeClip). */
const MAX_DATE_MS = 8.64e15;

export function isDateTime(ms: unknown): ms is number {
  return typeof ms === 'number' && Number.isFinite(ms) && Math.abs(ms) <= MAX_DATE_MS;
}

/** `toISOString()` of any number: a dash for what no Date can hold. */
export function isoTime(ms: unknown, fallback = '—'): string {
  return isDateTime(ms) ? new Date(ms).toISOString() : fallback;
}
