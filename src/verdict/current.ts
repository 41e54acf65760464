/**
 * The current verdict of a set of records: the one answer the popup, the options log, the popup's report and
 * `iptv-lens report` all show. The guided tests' verdict when they decided, the engine's otherwise; with the
 * data a headline needs (code, who answered, the reference id, the expiry date, the connections in use),
 * where the cause sits, what to do now and how sure it is. Data only: the pages and the report word it
 * (src/verdict/words.ts), the worker computes it (it carries no prose).
 */
import { UNSURE_BELOW } from '../diagnosis/calibration.ts';
import { vendorName } from '../knowledge/vendors/identify.ts';
import { decide } from '../proofs/decide.ts';
import type { ProofSession, ProofStepId } from '../proofs/types.ts';
import { type ProofSide, proofVerdict } from '../proofs/verdict.ts';
import type { Analysis, ErrorClass, Exchange, Finding, Layer, Scope, Situation } from '../types.ts';
import { type Reference, referenceOf } from './reference.ts';

/** What the person should do first: one line, worded by the pages (`doNow_<id>`). */
export type DoNow =
  | 'nothing'
  | 'run-test'
  | 'fix-network'
  | 'fix-device'
  | 'renew'
  | 'free-connection'
  | 'contact-provider'
  | 'check-login'
  | 'wait'
  | 'try-later'
  | 'refresh-list'
  | 'other-channel'
  | 'check-connection';

interface AccountFacts {
  status?: string;
  expiresAt?: number;
  active?: number;
  max?: number;
}

export interface CurrentVerdict {
  /** `proofs` when the guided tests decided, `engine` when only the traffic speaks, `none` with nothing refused. */
  source: 'proofs' | 'engine' | 'none';
  layer: Layer;
  scope: Scope;
  /** Lowercase vendor id, null when none answered. */
  vendor: string | null;
  vendorName: string | null;
  confidence: number;
  /** Said as a likelihood ("probably"): below the calibrated threshold, or tests that only make it likely. */
  hedged: boolean;
  /** A comparison (the tests or the engine's) settled where the cause sits. */
  scopeProven: boolean;
  /** The tests' side, when they decided. */
  side?: ProofSide;
  situation?: Situation;
  doNow: DoNow;
  /** The test that would settle it, when one would. */
  nextTest?: ProofStepId;
  /** The refusal that decided: its class, code and time. */
  errorClass?: ErrorClass;
  status?: number;
  error?: string;
  at?: number;
  reference?: Reference;
  account?: AccountFacts;
  /** Labels of the tests: where it works, where it is refused. */
  worksOn?: string[];
  refusedOn?: string[];
  evidence: string[];
  rootEntry?: number;
}

/** The guided tests' own strength: one proof makes it likely, two that agree prove it. */
const PROVEN_CONFIDENCE = 0.95;
const PROBABLE_CONFIDENCE = 0.7;

/**
 * What to do first, by the tests' side, by a proven scope, else by the layer. One table keyed `side:`,
 * `scope:` and by layer, to keep the worker small.
 */
const ACTIONS: Readonly<Record<string, DoNow>> = {
  'side:network': 'fix-network',
  'side:account': 'contact-provider',
  'side:device': 'fix-device',
  'side:channel': 'other-channel',
  'side:anti-abuse': 'wait',
  'side:unknown': 'run-test',
  'scope:network': 'fix-network',
  'scope:account': 'contact-provider',
  'scope:device': 'fix-device',
  'scope:endpoint': 'other-channel',
  waf: 'run-test',
  geo: 'run-test',
  app: 'wait',
  account: 'contact-provider',
  auth: 'check-login',
  'not-found': 'refresh-list',
  'rate-limit': 'wait',
  server: 'try-later',
  network: 'check-connection',
  device: 'fix-device',
};

/** The panel's own words about the account (expiry, connections), from the root or any finding. */
function accountFacts(findings: readonly Finding[], root: Finding): AccountFacts | undefined {
  const reply = root.panelReply ?? findings.find((finding) => finding.panelReply)?.panelReply;
  if (!reply) return undefined;
  const facts: AccountFacts = {
    status: reply.accountStatus,
    expiresAt: reply.expiresAt,
    active: reply.activeConnections,
    max: reply.maxConnections,
  };
  return JSON.parse(JSON.stringify(facts));
}

/** The account's own answer, when it says what to do: free a connection, or renew. */
function accountAction(account: AccountFacts | undefined, now: number): DoNow | undefined {
  if (!account) return undefined;
  if ((account.active ?? -1) >= (account.max ?? 1e9)) return 'free-connection';
  return account.status?.toLowerCase() === 'expired' || (account.expiresAt ?? now) < now
    ? 'renew'
    : undefined;
}

const labelsOf = (results: ProofSession['results'], outcome: string) =>
  results.filter((r) => r.outcome === outcome && r.label !== r.step).map((r) => r.label);

export interface VerdictInput {
  analysis: Analysis | null;
  proof: ProofSession | null;
  /** The analysed exchanges, in the analysis' order: the root's headers hold the reference id. */
  exchanges?: readonly (Exchange | undefined)[];
  /** Now, to tell an expiry date in the past. */
  now: number;
}

/** Nothing refused: no verdict to show (a tab with nothing captured, a file without a failure). */
export const NO_VERDICT: Readonly<CurrentVerdict> = Object.freeze({
  source: 'none',
  layer: 'none',
  scope: 'unknown',
  vendor: null,
  vendorName: null,
  confidence: 1,
  hedged: false,
  scopeProven: false,
  doNow: 'nothing',
  evidence: [],
});

/** The one verdict every reader shows. Pure: the same records and tests give the same answer anywhere. */
export function currentVerdict({ analysis, proof, exchanges = [], now }: VerdictInput): CurrentVerdict {
  const engine = analysis?.verdict;
  const findings = analysis?.findings ?? [];
  const root = findings.find((finding) => finding.entry === engine?.rootEntry) ?? findings[0];
  if (!engine || !root) return { ...NO_VERDICT, evidence: [] };
  const account = accountFacts(findings, root);
  const proven = engine.scopeProven === true;
  const result: CurrentVerdict = {
    source: 'engine',
    layer: engine.layer,
    scope: engine.scope,
    vendor: engine.vendor,
    vendorName: engine.vendor && vendorName(engine.vendor),
    confidence: engine.confidence,
    // The engine sets `unsure` on what it makes; verdicts stored before it did are read from the number.
    hedged: engine.unsure ?? engine.confidence < UNSURE_BELOW,
    scopeProven: proven,
    doNow:
      (engine.layer === 'account' && accountAction(account, now)) ||
      (engine.situation === 'sudden' && 'wait') ||
      (proven && ACTIONS[`scope:${engine.scope}`]) ||
      ACTIONS[engine.layer] ||
      'nothing',
    situation: engine.situation,
    errorClass: root.errorClass,
    status: root.status,
    error: root.error,
    at: root.startedAt,
    reference: referenceOf(root, exchanges[root.entry]),
    account,
    evidence: engine.evidence,
    rootEntry: root.entry,
  };
  // The panel's own words about the account (an expiry date, a full connection count) are not a guess.
  if (root.basis === 'panel' && (result.doNow === 'renew' || result.doNow === 'free-connection')) {
    result.confidence = Math.max(result.confidence, PROVEN_CONFIDENCE);
    result.hedged = false;
    result.scopeProven = true;
  }
  if (proof) {
    const decision = decide(proof);
    const reading = proofVerdict(decision, engine);
    if (reading.strength !== 'proven') result.nextTest = reading.nextStep;
    const worksOn = labelsOf(proof.results, 'works');
    const refusedOn = labelsOf(proof.results, 'same-refusal');
    if (worksOn.length > 0) result.worksOn = worksOn;
    if (refusedOn.length > 0) result.refusedOn = refusedOn;
    if (decision.key !== 'not-proven' && !reading.fromEngine) {
      // The tests decided: their side and strength replace the engine's reading of where the cause sits.
      const side = reading.side;
      Object.assign(result, {
        source: 'proofs',
        side,
        scope: decision.scope,
        scopeProven: reading.strength === 'proven',
        confidence: reading.strength === 'proven' ? PROVEN_CONFIDENCE : PROBABLE_CONFIDENCE,
        hedged: reading.strength !== 'proven',
        doNow: (side === 'account' && accountAction(account, now)) || ACTIONS[`side:${side}`],
        situation: reading.situation,
        evidence: [...decision.evidence, ...engine.evidence],
      });
      // A bare code that a test placed on the account or on this device names the layer too.
      if (root.basis === 'status' && (side === 'account' || side === 'device')) result.layer = side;
    }
  }
  // Unset fields stay out of the reply (and out of equality checks between readers).
  return JSON.parse(JSON.stringify(result));
}
