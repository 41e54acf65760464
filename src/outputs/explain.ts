/**
 * `iptv-lens explain <code>`: a status code or a transport error name turned into a short text in the
 * viewer's language — meaning, likely layers, next steps, and what not to do. Vendor error keys such as
 * `cloudflare-1020` come from the vendor error table; any further table plugs in through `ExplainSource`.
 */
import { layerInfo } from '../knowledge/layers/meaning.ts';
import { statusInfo } from '../knowledge/status/meaning.ts';
import { looksLikeTransportError, transportInfo } from '../knowledge/transport/meaning.ts';
import { vendorErrorInfo } from '../knowledge/vendors/errors/words.ts';
import type { Lang, Layer, Localized } from '../types.ts';

export interface Explanation {
  title: string;
  lines: string[];
}

/** Anything that can explain a query the built-in tables do not know, e.g. a vendor error table. */
export type ExplainSource = (query: string, lang: Lang) => Explanation | null;

/** The common shape every explained row has, whatever table it comes from. */
export interface ExplainedRow {
  /** What the viewer asked about, as it should be shown: "403", "net::ERR_CONNECTION_RESET". */
  label: string;
  title: Localized;
  meaning: Localized;
  layers: readonly Layer[];
  nextSteps: readonly Localized[];
  dont: readonly Localized[];
}

const HEADINGS = {
  layers: { en: 'Likely layer', fr: 'Couche probable' },
  layersPlural: { en: 'Likely layers', fr: 'Couches probables' },
  next: { en: 'What to do', fr: 'Que faire' },
  dont: { en: 'What not to do', fr: 'À éviter' },
} satisfies Record<string, Localized>;

/** French puts a no-break space before a colon. */
function heading(text: Localized, lang: Lang): string {
  return lang === 'fr' ? `${text.fr}\u00a0:` : `${text.en}:`;
}

/** Formats any table's row the same way, so a vendor table's answer reads like ours. */
export function renderExplanation(row: ExplainedRow, lang: Lang): Explanation {
  const lines = [row.meaning[lang]];
  const layers = row.layers.filter((layer) => layer !== 'none');
  if (layers.length > 0) {
    const names = layers.map((layer) => layerInfo(layer).name[lang]).join(', ');
    lines.push('', `${heading(layers.length > 1 ? HEADINGS.layersPlural : HEADINGS.layers, lang)} ${names}`);
  }
  if (row.nextSteps.length > 0) {
    lines.push('', heading(HEADINGS.next, lang));
    for (const step of row.nextSteps) lines.push(`- ${step[lang]}`);
  }
  if (row.dont.length > 0) {
    lines.push('', heading(HEADINGS.dont, lang));
    for (const item of row.dont) lines.push(`- ${item[lang]}`);
  }
  return { title: `${row.label} — ${row.title[lang]}`, lines };
}

/** "403", "HTTP 403", "http/1.1 403": the three-digit code alone or after an HTTP prefix. */
const STATUS_QUERY = /^(?:http(?:\/[\d.]+)?\s*)?(\d{1,3})$/i;

/**
 * Null when nothing recognises the query. Built-in tables first (status, transport name, vendor error key),
 * then each extra source in order.
 */
export function explain(
  query: string,
  lang: Lang,
  sources: readonly ExplainSource[] = [],
): Explanation | null {
  const text = query.trim();
  if (!text) return null;

  const status = STATUS_QUERY.exec(text);
  if (status?.[1]) {
    const info = statusInfo(Number(status[1]));
    return renderExplanation({ ...info, label: String(info.code) }, lang);
  }

  if (looksLikeTransportError(text)) {
    const info = transportInfo(text);
    return renderExplanation({ ...info, label: text, layers: [info.layer] }, lang);
  }

  // Vendor rows carry no advice of their own: their layer's advice is the shared answer.
  const vendor = vendorErrorInfo(text.replace(/\s+/g, '-'));
  if (vendor) {
    const { nextSteps, dont } = layerInfo(vendor.layer);
    return renderExplanation({ ...vendor, label: vendor.key, layers: [vendor.layer], nextSteps, dont }, lang);
  }

  for (const source of sources) {
    const answer = source(text, lang);
    if (answer) return answer;
  }
  return null;
}
