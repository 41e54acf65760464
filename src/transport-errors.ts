// PENDING (helper: knowledge tables).
import type { Layer, Localized } from './types.ts';

export interface TransportInfo {
  id: string;
  /** Chrome names (net::ERR_…) and their Firefox twins (NS_ERROR_…). */
  chrome: string[];
  firefox: string[];
  title: Localized;
  meaning: Localized;
  layer: Layer;
  nextSteps: Localized[];
  dont: Localized[];
}

export function transportInfo(_error: string): TransportInfo {
  throw new Error('pending');
}
