/**
 * French typography, in one place: a no-break space before « : ; ! ? » and inside « » guillemets, so a colon
 * never starts a line and every table, message and report reads the same. Sources are written with ordinary
 * spaces (or none); this sets them. Idempotent, and English passes through untouched. A leaf module: the
 * worker's few sentences, the text packs, the report and the CLI all call it.
 */
import type { Lang } from '../types.ts';

const NBSP = '\u00a0';

/**
 * ":" only after a letter, digit or closing mark followed by a space or the end, so times (21:14), URLs
 * (https://) and ratios (2:1) stay as they are.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/[ \u202f]([:;!?»])/g, `${NBSP}$1`)
    .replace(/«[ \u202f\u00a0]?/g, `«${NBSP}`)
    .replace(/([^\s\u00a0\u202f«([])([;!?»])(?=\s|$|["”’)\]])/g, `$1${NBSP}$2`)
    .replace(/([\p{L}\p{N})”’*])(:)(?=\s|$)/gu, `$1${NBSP}$2`);
}

/** The text as `lang` sets it: French typography for French, unchanged otherwise. */
export function typeset(lang: Lang, text: string): string {
  return lang === 'fr' ? frenchTypography(text) : text;
}

/** "Label:" in English, "Label :" (no-break space) in French. */
export function labelled(lang: Lang, label: string): string {
  return typeset(lang, `${label}:`);
}
