/**
 * What an HTTP status means, which layer usually sends it, and what to do: the facts (src/knowledge/status/facts.ts)
 * and the display texts (src/knowledge/status/words.ts) joined into one row, for the CLI, the reports of `explain` and
 * the text packs. The engine reads the facts alone, so the worker does not carry this join.
 */

import type { ErrorClass, Layer, Localized } from '../../types.ts';
import { adviceLine, dontAdvice } from '../guide/advice.ts';
import { STATUS_FACTS, type StatusRowKey, statusRowKey } from './facts.ts';
import { STATUS_TEXTS } from './words.ts';

export { KNOWN_STATUS_CODES } from './facts.ts';

export interface StatusInfo {
  code: number;
  title: Localized;
  meaning: Localized;
  /** Layers that usually produce this code, most likely first. */
  layers: Layer[];
  errorClass: ErrorClass;
  nextSteps: Localized[];
  dont: Localized[];
}

function resolve(key: StatusRowKey, code: number): StatusInfo {
  const facts = STATUS_FACTS[key];
  const text = STATUS_TEXTS[key];
  return Object.freeze({
    code,
    title: text.title,
    meaning: text.meaning,
    layers: Object.freeze([...facts.layers]) as Layer[],
    errorClass: facts.errorClass,
    nextSteps: Object.freeze(text.next.map(adviceLine)) as Localized[],
    dont: Object.freeze(text.dont.map(dontAdvice)) as Localized[],
  });
}

// Known codes resolve once and are shared; a fallback row carries the code it was asked for.
const byCode = new Map<StatusRowKey, StatusInfo>();

/** Never throws: a known code, else its class fallback, else the generic row. `code` is always the input. */
export function statusInfo(status: number): StatusInfo {
  const key = statusRowKey(status);
  if (typeof key !== 'number') return resolve(key, status);
  let info = byCode.get(key);
  if (!info) {
    info = resolve(key, key);
    byCode.set(key, info);
  }
  return info;
}
