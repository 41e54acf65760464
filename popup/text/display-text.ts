/**
 * How untrusted strings (header values, URLs, bodies quoted as evidence) are shown: always as text nodes or
 * attributes (Preact escapes both; no innerHTML anywhere), with control characters made visible so a value
 * cannot fake a line break or hide characters, and truncated so a 10 KB header cannot swamp the popup.
 */

import { isDateTime } from '../../src/time.ts';
import type { Lang } from '../../src/types.ts';

// C0 controls (tab excepted), DEL, C1 controls, and the bidi overrides that reorder displayed text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const INVISIBLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function visibleText(value: string): string {
  return value.replace(INVISIBLE, '\ufffd');
}

/** Visible text cut at `max` characters; `full` goes into a title attribute for the whole value. */
export function clipped(value: string, max: number): { shown: string; full: string; cut: boolean } {
  const full = visibleText(value);
  if (full.length <= max) return { shown: full, full, cut: false };
  return { shown: `${full.slice(0, Math.max(0, max - 1))}…`, full, cut: true };
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/** "403", or the transport error name when the request never got a status. */
export function codeLabel(entry: { status: number; error?: string }): string {
  if (entry.status > 0) return String(entry.status);
  return entry.error ?? '0';
}

// One formatter per language: the events list formats up to hundreds of times per render.
const timeFormats = new Map<Lang, Intl.DateTimeFormat>();

/** 24-hour clock in both languages: the column stays narrow and "20:41:07" reads the same everywhere. */
export function formatTime(ms: number, lang: Lang): string {
  if (!isDateTime(ms)) return '—';
  let format = timeFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, {
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    timeFormats.set(lang, format);
  }
  return format.format(ms);
}

export function formatDateTime(ms: number, lang: Lang): string {
  if (!isDateTime(ms)) return '—';
  return new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'medium' }).format(ms);
}

export function formatPercent(ratio: number, lang: Lang): string {
  const bounded = Math.min(1, Math.max(0, Number.isFinite(ratio) ? ratio : 0));
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(bounded);
}
