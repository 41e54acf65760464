// PENDING (helper: knowledge tables). Signatures are the contract; bodies are being written.
import type { ErrorClass, Layer, Localized } from './types.ts';

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

export function statusInfo(_status: number): StatusInfo {
  throw new Error('pending');
}
