/**
 * Many exchanges → one verdict. Per-entry findings first, then the root cause, then the rules that compare
 * entries (networks, devices, endpoints, time) to say where the cause sits and how sure we are.
 */

import type { Analysis, Exchange, Finding, Layer, Scope, SuccessTally, Verdict } from '../types.ts';
import { UNSURE_BELOW } from './calibration.ts';
import { isConnectionLimitOnly } from './diagnose.ts';
import { type ObservationSet, observe } from './observations.ts';
import { clockSkew } from './rules/clock-skew.ts';
import { edgeChange } from './rules/edge-change.ts';
import { endpointOnly } from './rules/endpoint-only.ts';
import { labelCompare } from './rules/label-compare.ts';
import { retryStorm } from './rules/retry-storm.ts';
import { chooseRoot } from './rules/root-cause.ts';
import type { Rule, RuleResult } from './rules/rule.ts';
import { scopeHints } from './rules/scope-hints.ts';
import { serverWide } from './rules/server-wide.ts';
import { siblings } from './rules/siblings.ts';
import { tlsInspection } from './rules/tls-inspection.ts';
import { hostOf } from './url-parts.ts';

export { diagnoseExchange } from './diagnose.ts';

/**
 * No language here: a verdict is layer, scope and evidence; its sentence is display text that each reader
 * writes (the one verdict's words: src/verdict/words.ts), so the worker carries no prose.
 */
export interface AnalyzeOptions {
  /** Success counts kept by the extension instead of the successful exchanges themselves. */
  successes?: readonly SuccessTally[];
  /** Findings already made for these exchanges, same order (stored records): not diagnosed again. */
  findings?: readonly (Finding | null)[];
}

/** Rules that may change the layer run first; the scope rules then see the final layer. */
const LAYER_RULES: readonly Rule[] = [siblings, clockSkew, tlsInspection, retryStorm];
const SCOPE_RULES: readonly Rule[] = [labelCompare, endpointOnly, serverWide, scopeHints];
const EVIDENCE_RULES: readonly Rule[] = [edgeChange];

const LAYER_PROVEN_BY_SCOPE: Partial<Record<Scope, Layer>> = {
  network: 'waf',
  device: 'device',
  account: 'account',
};

/** Where the cause sits when no comparison says otherwise: the guide's most likely side for each layer. */
const DEFAULT_SCOPE: Record<Layer, Scope> = {
  waf: 'network',
  geo: 'network',
  app: 'unknown',
  account: 'account',
  auth: 'account',
  'not-found': 'endpoint',
  'rate-limit': 'network',
  server: 'server',
  network: 'network',
  device: 'device',
  none: 'unknown',
};

export function analyze(exchanges: readonly Exchange[], options: AnalyzeOptions = {}): Analysis {
  const set = observe(exchanges, options.successes, options.findings);
  dropSoftFindings(set);
  const totals = { entries: set.entries, failures: set.findings.length, successes: set.successes };
  if (set.findings.length === 0) {
    return { verdict: noFailure(set.entries > 0), findings: [], totals };
  }
  const choice = chooseRoot(set.findings);
  let layer = choice.layer;
  const evidence = [...choice.evidence];
  const related = relatedFindings(set.findings, choice.root);
  const host = hostOf(choice.root.url);
  let scope: Scope | undefined;
  let situation: Verdict['situation'];
  let proven = false;
  let ruleVendor: string | undefined;

  const apply = (result: RuleResult | null, allowScope: boolean): void => {
    if (!result) return;
    for (const line of result.evidence) evidence.push(line);
    if (result.layer) layer = result.layer;
    ruleVendor ??= result.vendor;
    if (result.situation && !situation) situation = result.situation;
    if (allowScope && result.scope && scope === undefined) {
      scope = result.scope;
      proven = result.proven === true;
    }
  };
  for (const rule of LAYER_RULES) apply(rule({ set, root: choice.root, host, layer, related }), true);
  for (const rule of SCOPE_RULES) apply(rule({ set, root: choice.root, host, layer, related }), true);
  for (const rule of EVIDENCE_RULES) apply(rule({ set, root: choice.root, host, layer, related }), false);

  // A comparison that proves the side also names the layer when only the status code spoke: a bare 403
  // that follows the network is IP filtering (the guide's cause n°1), one that follows a device is that
  // device, one that follows the person everywhere is the account. It decides where, not who: when the
  // response named the layer (a vendor's code, a panel's reply, a token rule), or the status is not a
  // refusal (server errors everywhere are the server), the layer stays.
  const refusal = choice.root.status === 401 || choice.root.status === 403;
  if (proven && scope && refusal && choice.root.basis === 'status' && layer === choice.root.layer) {
    const named = LAYER_PROVEN_BY_SCOPE[scope];
    if (named) {
      layer = named;
      evidence.push(`the comparison, not the status code, names the layer: ${named}`);
    }
  }
  // Nobody refused (the player cancelled its own requests): there is no side to name.
  if (layer === 'none') {
    scope = 'unknown';
    proven = false;
  }
  const finalScope = scope ?? DEFAULT_SCOPE[layer];
  const base = layer === choice.root.layer ? choice.root.confidence : 0.7;
  const confidence = Math.min(0.98, proven ? base + 0.1 : base * 0.9);
  const vendor = choice.root.vendor ?? ruleVendor ?? mostCommonVendor(related);
  const rounded = Math.round(confidence * 100) / 100;
  const verdict: Verdict = {
    layer,
    scope: finalScope,
    confidence: rounded,
    vendor,
    probable: !(proven && confidence >= 0.85),
    unsure: rounded < UNSURE_BELOW,
    scopeProven: proven,
    evidence: [...choice.root.evidence, ...evidence],
    rootEntry: choice.root.entry,
    ...(situation ? { situation } : {}),
  };
  return { verdict, findings: set.findings, totals };
}

/**
 * A working login whose only remark is a full connection count is no failure by itself (the viewer's own
 * player holds that connection); it matters only when something else failed.
 */
function dropSoftFindings(set: ObservationSet): void {
  const soft = (finding: Finding) =>
    finding.status < 400 && finding.status > 0 && isConnectionLimitOnly(finding.panelReply);
  if (set.findings.length === 0 || !set.findings.every(soft)) return;
  set.findings = [];
  for (const observation of set.observations) {
    if (observation.finding) {
      delete observation.finding;
      observation.ok = true;
      set.successes += observation.count;
    }
  }
}

/**
 * Nothing failed. With traffic captured it is "no refusal recognised", and that is a guess: a success status
 * can hide a refusal the tables do not know yet. Measured on captures nobody here had seen (the first runs of
 * the held-out batches 25 to 33), every "nothing failed" over traffic was wrong, 0/30, while it said 0.85:
 * it sits under UNSURE_BELOW now, so the CLI's and a report's reading of it points at the proofs. (The popup
 * shows no verdict at all when nothing failed: src/verdict/current.ts NO_VERDICT.)
 */
function noFailure(traffic = false): Verdict {
  const confidence = traffic ? NOTHING_RECOGNISED : 1;
  return {
    layer: 'none',
    scope: 'unknown',
    confidence,
    vendor: null,
    probable: false,
    unsure: confidence < UNSURE_BELOW,
    evidence: [],
  };
}

/** "Nothing failed" over captured traffic: under UNSURE_BELOW (see noFailure). */
const NOTHING_RECOGNISED = 0.5;

/** The failures that tell the same story as the root: same host, or same layer elsewhere. */
function relatedFindings(findings: readonly Finding[], root: Finding): Finding[] {
  const host = hostOf(root.url);
  return findings.filter((finding) => finding.layer === root.layer || hostOf(finding.url) === host);
}

function mostCommonVendor(findings: readonly Finding[]): string | null {
  const counts = new Map<string, number>();
  for (const finding of findings)
    if (finding.vendor) counts.set(finding.vendor, (counts.get(finding.vendor) ?? 0) + 1);
  let best: string | null = null;
  let most = 0;
  for (const [vendor, count] of counts) {
    if (count > most) {
      most = count;
      best = vendor;
    }
  }
  return best;
}
