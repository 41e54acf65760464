// PENDING (engine, lead).
import type { Analysis, Exchange, Finding, Lang } from '../types.ts';

/** Diagnoses one exchange; null when it is not a failure worth a finding. */
export function diagnoseExchange(_exchange: Exchange, _entry: number): Finding | null {
  throw new Error('pending');
}

export function analyze(_exchanges: readonly Exchange[], _options: { lang: Lang }): Analysis {
  throw new Error('pending');
}
