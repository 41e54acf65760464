import type { Finding, Layer, Scope, Situation } from '../../types.ts';
import type { ObservationSet } from '../observations.ts';

/** What the analysis knows when a rule runs: the root finding and the layer/scope decided so far. */
interface RuleInput {
  set: ObservationSet;
  root: Finding;
  /** Host of the root finding. */
  host: string;
  layer: Layer;
  /** Failures that belong to the root's story (same host as the root, or same layer). */
  related: Finding[];
}

/** A rule's contribution. `proven` means a comparison settled it, not a likelihood. */
export interface RuleResult {
  layer?: Layer;
  scope?: Scope;
  situation?: Situation;
  proven?: boolean;
  /** The vendor the other requests name, when the root's own response named none. */
  vendor?: string;
  evidence: string[];
}

export type Rule = (input: RuleInput) => RuleResult | null;
