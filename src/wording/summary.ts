/**
 * The one sentence a viewer reads first, written from a verdict for the CLI and the support report. It is
 * display text, not diagnosis: the engine returns the layer, scope and vendor, and every reader words them
 * from the same tables (the popup's headline uses the same layer sentences), so they say the same thing.
 */

import { layerSentence, likelyScopeSentence, scopeSentence } from '../knowledge/layers/words-verdict.ts';
import { vendorName } from '../knowledge/vendors/identify.ts';
import type { Lang, Localized, Verdict } from '../types.ts';

// French uses a dash: the layer sentences carry a colon of their own, and two in a row read badly.
const PROBABLY: Localized = { en: 'Probably: ', fr: 'Probablement — ' };
const SEEN_AT: Localized = { en: 'Answered by', fr: 'Réponse de' };

/** "Réponse d’Akamai", not "de Akamai": French elides before a vowel. */
function answeredBy(name: string, lang: Lang): string {
  if (lang === 'fr' && /^[aeiouyàâéèêîôû]/i.test(name)) return `Réponse d’${name}.`;
  return `${SEEN_AT[lang]} ${name}.`;
}

export function verdictSummary(verdict: Verdict, lang: Lang): string {
  const layer = layerSentence(verdict.layer)[lang];
  const parts = [
    verdict.probable && verdict.layer !== 'none' ? PROBABLY[lang] + lowerFirst(layer, lang) : layer,
  ];
  if (verdict.vendor) parts.push(answeredBy(vendorName(verdict.vendor), lang));
  if (verdict.layer !== 'none' && verdict.scope !== 'unknown') {
    const sentence = verdict.scopeProven ? scopeSentence(verdict.scope) : likelyScopeSentence(verdict.scope);
    parts.push(sentence[lang]);
  }
  return parts.join(' ');
}

function lowerFirst(text: string, lang: Lang): string {
  return text.charAt(0).toLocaleLowerCase(lang) + text.slice(1);
}
