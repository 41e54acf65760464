/**
 * Display knowledge for the UI: thin, failure-tolerant wrappers around the core's pure lookups. A lookup
 * that throws (an unknown code, a table still being written) hides one card instead of blanking the popup.
 * The UI never diagnoses: it only looks up texts for what the worker already decided.
 */
import { type LayerInfo, layerInfo } from '../src/layers.ts';
import { type StatusInfo, statusInfo } from '../src/status-codes.ts';
import { type TransportInfo, transportInfo } from '../src/transport-errors.ts';
import type { Analysis, Finding, Layer, Localized } from '../src/types.ts';

function attempt<T>(lookup: () => T): T | null {
  try {
    return lookup();
  } catch {
    return null;
  }
}

export function layerText(layer: Layer): LayerInfo | null {
  return attempt(() => layerInfo(layer));
}

/** What a failed exchange means: the HTTP status when there was one, else the transport error. */
export function meaningOf(finding: Pick<Finding, 'status' | 'error'>): StatusInfo | TransportInfo | null {
  if (finding.status > 0) return attempt(() => statusInfo(finding.status));
  if (finding.error) return attempt(() => transportInfo(finding.error ?? ''));
  return null;
}

/** The finding the verdict rests on, else the first one. */
export function rootFinding(analysis: Analysis): Finding | undefined {
  const { rootEntry } = analysis.verdict;
  return analysis.findings.find((f) => f.entry === rootEntry) ?? analysis.findings[0];
}

export interface DontAdvice {
  what: Localized;
  why?: Localized;
}

export interface Advice {
  nextSteps: Localized[];
  donts: DontAdvice[];
}

/** Next steps of the verdict's layer (the guide's order), else those of the root code. */
export function adviceFor(layer: Layer, root: Finding | undefined): Advice {
  const byLayer = layerText(layer);
  const byCode = root ? meaningOf(root) : null;
  const nextSteps = byLayer?.nextSteps.length ? byLayer.nextSteps : (byCode?.nextSteps ?? []);
  const dontTexts = byLayer?.dont.length ? byLayer.dont : (byCode?.dont ?? []);
  return { nextSteps, donts: dontTexts.map((what) => ({ what })) };
}
