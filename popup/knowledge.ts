/**
 * Display knowledge for the UI: which texts of the core's tables go with what the worker decided. The
 * lookups never throw (unknown values get a generic row). The UI never diagnoses; it only looks texts up.
 */
import { DONTS, type DontId } from '../src/advice.ts';
import { type LayerInfo, layerInfo } from '../src/layers.ts';
import { type StatusInfo, statusInfo } from '../src/status-codes.ts';
import { type TransportInfo, transportInfo } from '../src/transport-errors.ts';
import type { Analysis, Finding, Layer, Localized } from '../src/types.ts';

export function layerText(layer: Layer): LayerInfo {
  return layerInfo(layer);
}

/** What a failed exchange means: the HTTP status when there was one, else the transport error. */
export function meaningOf(finding: Pick<Finding, 'status' | 'error'>): StatusInfo | TransportInfo {
  return finding.status > 0 ? statusInfo(finding.status) : transportInfo(finding.error ?? '');
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

/** The guide's own three don'ts, for a verdict whose tables name none. */
const GUIDE_DONTS: readonly DontId[] = ['reinstall-loop', 'random-codes', 'factory-reset'];

/**
 * The tables give each don't as one line, rule then reason; the popup shows the rule in bold and its reason
 * after it, so a line that starts with a shared rule is split back into the two.
 */
function splitDont(line: Localized): DontAdvice {
  const row = DONTS.find((d) => line.en.startsWith(d.text.en));
  return row ? { what: row.text, why: row.why } : { what: line };
}

/** Next steps and don'ts of the verdict's layer (the guide's order), else those of the root code. */
export function adviceFor(layer: Layer, root: Finding | undefined): Advice {
  const byLayer = layerInfo(layer);
  const byCode = root ? meaningOf(root) : null;
  const nextSteps = byLayer.nextSteps.length > 0 ? byLayer.nextSteps : (byCode?.nextSteps ?? []);
  const lines = byLayer.dont.length > 0 ? byLayer.dont : (byCode?.dont ?? []);
  const donts =
    lines.length > 0
      ? lines.map(splitDont)
      : DONTS.filter((d) => GUIDE_DONTS.includes(d.id)).map((d) => ({ what: d.text, why: d.why }));
  return { nextSteps, donts };
}
