/**
 * The one constructor of `Localized` texts. French typography wants a no-break space before « : ; ! ? » and
 * inside « » guillemets; applying it here keeps every table consistent (facts and texts alike) and lets the
 * sources be written with ordinary spaces. A module of its own so the worker's short sentences can use it
 * without pulling in any prose table.
 */
import type { Localized } from '../types.ts';

export function localized(en: string, fr: string): Localized {
  const typeset = fr
    .replace(/ ([:;!?»])/g, '\u00a0$1')
    .replace(/« /g, '«\u00a0')
    .replace(/([^\s\u00a0])([;!?»])/g, '$1\u00a0$2');
  return { en, fr: typeset };
}
