// PENDING (helper: knowledge tables).
import type { Layer, Localized } from './types.ts';

export interface LayerInfo {
  layer: Layer;
  name: Localized;
  /** One sentence a viewer understands, e.g. "Refused by the CDN's firewall — this is not an outage." */
  sentence: Localized;
  nextSteps: Localized[];
  dont: Localized[];
}

export function layerInfo(_layer: Layer): LayerInfo {
  throw new Error('pending');
}
