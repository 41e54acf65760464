/**
 * Plain words for the three ways a verdict is framed: which layer said no, where the cause sits (scope), and
 * which of the guide's typical situations the viewer is in. The engine's own sentences
 * (src/knowledge/layers/words-verdict.ts) joined with the display names and advice (src/knowledge/layers/words.ts), for the
 * CLI, `explain` and the text packs.
 */

import type { Layer, Localized, Scope, Situation } from '../../types.ts';
import { adviceLine, dontAdvice } from '../guide/advice.ts';
import {
  LAYER_TEXTS,
  OTHER_SITUATION_TEXT,
  SCOPE_NAMES,
  SITUATION_TEXTS,
  type SituationText,
} from './words.ts';
import { layerSentence, likelyScopeSentence, scopeSentence, situationName } from './words-verdict.ts';

export interface LayerInfo {
  layer: Layer;
  name: Localized;
  /** One sentence a viewer understands, e.g. "Refused by the CDN's firewall — this is not an outage." */
  sentence: Localized;
  nextSteps: Localized[];
  dont: Localized[];
}

export interface ScopeInfo {
  scope: Scope;
  name: Localized;
  sentence: Localized;
  /** The side as a likelihood, for a verdict whose scope no comparison proved. */
  likely: Localized;
}

export interface SituationInfo {
  situation: Situation;
  name: Localized;
  /** What this situation usually means. */
  sentence: Localized;
  nextSteps: Localized[];
  dont: Localized[];
}

function freezeAll<T extends object>(info: T): T {
  for (const value of Object.values(info)) if (Array.isArray(value)) Object.freeze(value);
  return Object.freeze(info);
}

function keysOf<K extends string>(table: Readonly<Record<K, unknown>>): K[] {
  return Object.keys(table) as K[];
}

// Resolved once so every caller shares the same objects; frozen because they are shared.
const layerInfos = new Map<Layer, LayerInfo>(
  keysOf(LAYER_TEXTS).map((layer) => {
    const text = LAYER_TEXTS[layer];
    return [
      layer,
      freezeAll({
        layer,
        name: text.name,
        sentence: layerSentence(layer),
        nextSteps: text.next.map(adviceLine),
        dont: text.dont.map(dontAdvice),
      }),
    ];
  }),
);

function resolveSituation(situation: Situation, text: SituationText): SituationInfo {
  return freezeAll({
    situation,
    name: situationName(situation),
    sentence: text.sentence,
    nextSteps: text.next.map(adviceLine),
    dont: text.dont.map(dontAdvice),
  });
}

const situationInfos = new Map<Situation, SituationInfo>(
  keysOf(SITUATION_TEXTS).map((situation) => [
    situation,
    resolveSituation(situation, SITUATION_TEXTS[situation]),
  ]),
);

const scopeInfos = new Map<Scope, ScopeInfo>(
  keysOf(SCOPE_NAMES).map((scope) => [
    scope,
    Object.freeze({
      scope,
      name: SCOPE_NAMES[scope],
      sentence: scopeSentence(scope),
      likely: likelyScopeSentence(scope),
    }),
  ]),
);

/** Never throws: a layer unknown at run time (old stored data) reads as "no refusal". */
export function layerInfo(layer: Layer): LayerInfo {
  return layerInfos.get(layer) ?? layerInfos.get('none')!;
}

export function scopeInfo(scope: Scope): ScopeInfo {
  return scopeInfos.get(scope) ?? scopeInfos.get('unknown')!;
}

/** Never throws: an unknown value gets a neutral row that points to the proofs. */
export function situationInfo(situation: Situation): SituationInfo {
  return situationInfos.get(situation) ?? resolveSituation(situation, OTHER_SITUATION_TEXT);
}
