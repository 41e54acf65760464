/**
 * The guide's five proofs as a small state machine: a step labels the traffic captured while it runs, its
 * outcome is read from that traffic (not from memory), and the decision table turns outcomes into a side.
 */

import type { CaptureContext, Scope, Situation } from '../types.ts';
import type { ProofOutcome, ProofResult, ProofSession, ProofStepId } from './types.ts';

export const PROOF_STEPS: readonly ProofStepId[] = [
  'wifi-vs-mobile',
  'hotspot',
  'vpn',
  'dns',
  'other-device',
];

/** Steps whose change is on the network side: a success there clears the account. */
const NETWORK_STEPS: ReadonlySet<ProofStepId> = new Set(['wifi-vs-mobile', 'hotspot', 'vpn', 'dns']);

export function isProofStep(value: unknown): value is ProofStepId {
  return typeof value === 'string' && (PROOF_STEPS as readonly string[]).includes(value);
}

/**
 * A success only answers the test when it is the same kind of request as the refusal: a player logs in
 * and loads its list before it opens the channel, so a working login says nothing about a refused channel
 * (and a playing segment does answer a refused playlist).
 */
const ROLE_KINDS: Readonly<Record<string, string>> = {
  playlist: 'media',
  stream: 'media',
  key: 'media',
  auth: 'panel',
  catalog: 'panel',
  epg: 'panel',
};

const kindOf = (role: string): string => ROLE_KINDS[role] ?? role;

/** A refusal the panel wrote inside an HTTP success (Xtream's "Expired" behind a 200). */
const hiddenRefusal = (status: number): boolean => status >= 200 && status < 400;

/**
 * Whether an HTTP success answers the refusal. Behind a refusal hidden in a 200, a 200 of the same kind is
 * what the refusal itself looked like, so only the channel playing answers it.
 */
function answers(role: string, baseline: { status: number; role: string }): boolean {
  if (!hiddenRefusal(baseline.status)) return kindOf(role) === kindOf(baseline.role);
  return kindOf(role) === 'media' && kindOf(baseline.role) !== 'media';
}

/** The step's free label: the network it ran on, else the device, else the DNS, else the step itself. */
function stepLabel(step: ProofStepId, context: CaptureContext): string {
  return context.network ?? context.device ?? context.dns ?? step;
}

export interface TrafficEvent {
  at: number;
  status: number;
  ok: boolean;
  host: string;
  role: string;
  count?: number;
}

export function newProofSession(
  id: string,
  now: number,
  baseline?: { status: number; url: string; role: string; host?: string },
): ProofSession {
  const session: ProofSession = { id, startedAt: now, results: [] };
  if (baseline) {
    session.baseline = { status: baseline.status, url: baseline.url, role: baseline.role };
    if (baseline.host) session.host = baseline.host;
  }
  return session;
}

/** Starting a step closes the one that was running: one step at a time, like the user switching networks. */
export function startStep(
  session: ProofSession,
  step: ProofStepId,
  context: CaptureContext,
  now: number,
): ProofSession {
  const closed = session.current ? finishStep(session, now) : session;
  const result: ProofResult = {
    step,
    label: stepLabel(step, context),
    startedAt: now,
    context,
    failures: 0,
    successes: 0,
    statuses: [],
  };
  const results = closed.results.filter((existing) => existing.step !== step);
  return { ...closed, current: step, results: [...results, result] };
}

/** Counts traffic into the running step when it belongs to the failing host (any host if none is known). */
export function recordTraffic(session: ProofSession, event: TrafficEvent): ProofSession {
  if (!session.current) return session;
  if (session.host && event.host !== session.host) return session;
  if (event.ok && session.baseline && !answers(event.role, session.baseline)) return session;
  const results = session.results.map((result) => {
    if (result.step !== session.current || result.endedAt !== undefined || event.at < result.startedAt)
      return result;
    const count = event.count ?? 1;
    const statuses =
      event.ok || result.statuses.includes(event.status) || result.statuses.length >= 8
        ? result.statuses
        : [...result.statuses, event.status];
    return event.ok
      ? { ...result, successes: result.successes + count }
      : { ...result, failures: result.failures + count, statuses };
  });
  return { ...session, results };
}

export function outcomeOf(result: ProofResult, baselineStatus: number | undefined): ProofOutcome {
  if (result.failures === 0 && result.successes === 0) return 'no-traffic';
  // Behind a hidden refusal, the account refused again when the panel or the stream says 401/403.
  const same =
    baselineStatus === undefined ||
    result.statuses.includes(baselineStatus) ||
    (hiddenRefusal(baselineStatus) && result.statuses.some((status) => status === 401 || status === 403));
  const sameRefusals = same ? result.failures : 0;
  if (result.failures === 0) return 'works';
  if (sameRefusals > 0 && result.successes <= result.failures) return 'same-refusal';
  if (result.successes > result.failures) return 'works';
  return 'different-error';
}

export function finishStep(session: ProofSession, now: number): ProofSession {
  if (!session.current) return session;
  const results = session.results.map((result) =>
    result.step === session.current && result.endedAt === undefined
      ? { ...result, endedAt: now, outcome: outcomeOf(result, session.baseline?.status) }
      : result,
  );
  const { current: _closed, ...rest } = session;
  return { ...rest, results };
}

/**
 * Skips a step, or records its outcome as the person reports it: a test on another device (a TV, a phone)
 * runs where the extension cannot see, so its result is told, and marked as told.
 */
export function skipStep(
  session: ProofSession,
  step: ProofStepId,
  now: number,
  told?: { outcome: 'works' | 'same-refusal'; context: CaptureContext },
): ProofSession {
  const closed = session.current === step ? finishStep(session, now) : session;
  const results = closed.results.filter((result) => result.step !== step);
  const context = told?.context ?? {};
  const result: ProofResult = {
    step,
    label: told ? stepLabel(step, context) : step,
    startedAt: now,
    endedAt: now,
    context,
    outcome: told?.outcome ?? 'skipped',
    failures: 0,
    successes: 0,
    statuses: [],
  };
  if (told) result.byHand = true;
  return { ...closed, results: [...results, result] };
}

export type ProofDecisionKey =
  | 'network-side'
  | 'vpn-ip'
  | 'dns-route'
  | 'device-side'
  | 'account-side'
  | 'not-proven';

export interface ProofDecision {
  key: ProofDecisionKey;
  scope: Scope;
  situation?: Situation;
  /** A single proof only makes it likely; two that agree make it a proof. */
  strength: 'proven' | 'probable' | 'none';
  /** The next step that would settle it, when one would. */
  nextStep?: ProofStepId;
  evidence: string[];
}

function done(session: ProofSession): ProofResult[] {
  return session.results.filter(
    (result) => result.outcome && result.outcome !== 'skipped' && result.outcome !== 'no-traffic',
  );
}

/**
 * The preferred test not done yet, else any: a step that saw no traffic is not done (it is worth redoing),
 * a skipped one is (the user chose to leave it).
 */
function nextUntried(session: ProofSession, prefer: readonly ProofStepId[]): ProofStepId | undefined {
  const tried = new Set(
    session.results.filter((result) => result.outcome !== 'no-traffic').map((result) => result.step),
  );
  return [...prefer, ...PROOF_STEPS].find((step) => !tried.has(step));
}

/** The guide's decision framework, from the recorded outcomes. */
export function decide(session: ProofSession): ProofDecision {
  const results = done(session);
  const works = results.filter((result) => result.outcome === 'works');
  const same = results.filter((result) => result.outcome === 'same-refusal');
  const networkWorks = works.filter((result) => NETWORK_STEPS.has(result.step));
  const evidence = results.map((result) => `${result.step}: ${result.outcome}`);

  if (networkWorks.length > 0) {
    const step = networkWorks[0]!.step;
    const key: ProofDecisionKey = step === 'vpn' ? 'vpn-ip' : step === 'dns' ? 'dns-route' : 'network-side';
    const strength =
      networkWorks.length >= 2 || (networkWorks.length === 1 && same.length >= 1) ? 'proven' : 'probable';
    const decision: ProofDecision = {
      key,
      scope: 'network',
      situation: step === 'vpn' || step === 'dns' ? 'after-network-change' : 'one-network',
      strength,
      evidence,
    };
    const next =
      strength === 'probable' ? nextUntried(session, ['hotspot', 'wifi-vs-mobile', 'vpn']) : undefined;
    if (next) decision.nextStep = next;
    return decision;
  }
  const deviceWorks = works.find((result) => result.step === 'other-device');
  if (deviceWorks) {
    const sameNetworkFailed = same.some((result) => NETWORK_STEPS.has(result.step));
    const decision: ProofDecision = {
      key: 'device-side',
      scope: 'device',
      situation: 'one-device',
      strength: sameNetworkFailed ? 'proven' : 'probable',
      evidence,
    };
    const next = sameNetworkFailed ? undefined : nextUntried(session, ['wifi-vs-mobile', 'hotspot']);
    if (next) decision.nextStep = next;
    return decision;
  }
  const networkSame = same.filter((result) => NETWORK_STEPS.has(result.step));
  if (networkSame.length > 0) {
    const deviceSame = same.some((result) => result.step === 'other-device');
    const decision: ProofDecision = {
      key: 'account-side',
      scope: 'account',
      situation: 'everywhere',
      strength: deviceSame && networkSame.length >= 1 ? 'proven' : 'probable',
      evidence,
    };
    const next = deviceSame ? undefined : nextUntried(session, ['hotspot', 'other-device', 'vpn', 'dns']);
    if (next) decision.nextStep = next;
    return decision;
  }
  if (same.length > 0) {
    const decision: ProofDecision = { key: 'account-side', scope: 'account', strength: 'probable', evidence };
    const next = nextUntried(session, ['hotspot', 'wifi-vs-mobile']);
    if (next) decision.nextStep = next;
    return decision;
  }
  const decision: ProofDecision = { key: 'not-proven', scope: 'unknown', strength: 'none', evidence };
  const next = nextUntried(session, PROOF_STEPS);
  if (next) decision.nextStep = next;
  return decision;
}

/** What a running step adds to the traffic it labels, beyond the network and device labels. */
export const STEP_CONTEXT_KEYS = ['network', 'device', 'vpn', 'dns'] as const;
