/**
 * The one sentence a viewer reads first. It is assembled from the layer and scope tables, so the popup,
 * the CLI and the support report say the same thing in the same words.
 */
import { layerSentence, likelyScopeSentence, scopeSentence } from '../facts/verdict-sentences.ts';
import type { Lang, Localized, Verdict } from '../types.ts';
import { vendorName } from '../vendors.ts';

// French uses a dash: the layer sentences carry a colon of their own, and two in a row read badly.
const PROBABLY: Localized = { en: 'Probably: ', fr: 'Probablement — ' };
const SEEN_AT: Localized = { en: 'Answered by', fr: 'Réponse de' };

export function summarize(verdict: Omit<Verdict, 'summary'>, lang: Lang): Verdict {
  const layer = layerSentence(verdict.layer)[lang];
  const parts = [
    verdict.probable && verdict.layer !== 'none' ? PROBABLY[lang] + lowerFirst(layer, lang) : layer,
  ];
  if (verdict.vendor) parts.push(`${SEEN_AT[lang]} ${vendorName(verdict.vendor)}.`);
  if (verdict.layer !== 'none' && verdict.scope !== 'unknown') {
    const sentence = verdict.scopeProven ? scopeSentence(verdict.scope) : likelyScopeSentence(verdict.scope);
    parts.push(sentence[lang]);
  }
  return { ...verdict, summary: parts.join(' ') };
}

function lowerFirst(text: string, lang: Lang): string {
  return text.charAt(0).toLocaleLowerCase(lang) + text.slice(1);
}
