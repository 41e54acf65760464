import { hostOfUrl } from '../http/host-patterns.ts';
import { endpointRole } from '../knowledge/endpoints/roles.ts';
import type { CaptureContext, Exchange, Situation, Verdict } from '../types.ts';
import { COMBINATIONS } from './combinations.ts';
import {
  finishStep,
  isProofStep,
  newProofSession,
  type ProofDecision,
  type ProofDecisionKey,
  recordTraffic,
  STEP_CONTEXT_KEYS,
  startStep,
} from './decide.ts';
import type { ProofSide } from './sides.ts';
import type { ProofSession, ProofStepId } from './types.ts';

export type { ProofSide } from './sides.ts';
export { SIDE_ROWS } from './sides.ts';

export interface ProofVerdict {
  side: ProofSide;
  /** The guide's situation: one network, after a network change, one device, sudden (or one channel, everywhere). */
  situation?: Situation;
  /** Never stronger than the proofs: "probable" with one proof, or when only the engine's reading speaks. */
  strength: ProofDecision['strength'];
  /** The test that would settle it, when one would. */
  nextStep?: ProofStepId;
  decision: ProofDecisionKey;
  /** True when the side comes from the engine's reading of the traffic, no proof step having answered. */
  fromEngine: boolean;
  evidence: string[];
}

/** The guide's four typical situations (its scenarios A to D), in its order. */
export const TYPICAL_SITUATIONS: readonly Situation[] = [
  'one-network',
  'after-network-change',
  'one-device',
  'sudden',
];

export function proofVerdict(
  decision: ProofDecision,
  engine?: Pick<Verdict, 'situation'> | null,
): ProofVerdict {
  const seen = engine?.situation;
  const row =
    COMBINATIONS.find(
      (candidate) =>
        candidate.decision === decision.key && (candidate.engine === '*' || candidate.engine === seen),
    ) ?? COMBINATIONS[COMBINATIONS.length - 1]!;
  const fromEngine = decision.key === 'not-proven' && row.side !== 'unknown';
  const verdict: ProofVerdict = {
    side: row.side,
    strength: fromEngine ? 'probable' : decision.strength,
    decision: decision.key,
    fromEngine,
    evidence: fromEngine && seen ? [...decision.evidence, `engine: ${seen}`] : decision.evidence,
  };
  if (row.situation) verdict.situation = row.situation;
  if (decision.nextStep) verdict.nextStep = decision.nextStep;
  return verdict;
}

export interface ProofBaseline {
  status: number;
  url: string;
  role: string;
  host?: string;
}

function failed(exchange: Exchange): boolean {
  return exchange.status === 0 || exchange.status >= 400 || exchange.error !== undefined;
}

/**
 * The proofs as a HAR tells them, when no session came with it: entries carry `_context.proofStep` and the
 * step's labels, so replaying them through the same state machine gives the same outcomes the extension
 * recorded. The baseline is the refusal being checked (the engine's root), else the first failure outside
 * every step. Null when no entry belongs to a step.
 */
export function proofsFromExchanges(
  exchanges: readonly Exchange[],
  baseline?: ProofBaseline,
): ProofSession | null {
  const tagged = exchanges
    .filter((exchange) => isProofStep(exchange.context?.proofStep))
    .sort((a, b) => a.startedAt - b.startedAt);
  const first = tagged[0];
  if (!first) return null;
  const before = exchanges.find((exchange) => failed(exchange) && !exchange.context?.proofStep);
  const reference = before ?? exchanges.find(failed);
  const from: ProofBaseline | undefined =
    baseline ??
    (reference && {
      status: reference.status,
      url: reference.url,
      role: endpointRole(reference.url, reference.mimeType).role,
      host: hostOfUrl(reference.url),
    });
  let session = newProofSession('har', first.startedAt, from);
  const steps = [...new Set(tagged.map((exchange) => exchange.context?.proofStep as ProofStepId))];
  for (const step of steps) {
    const ofStep = tagged.filter((exchange) => exchange.context?.proofStep === step);
    const context: CaptureContext = {};
    for (const key of STEP_CONTEXT_KEYS) {
      const value = ofStep.find((exchange) => exchange.context?.[key] !== undefined)?.context?.[key];
      if (value !== undefined) (context as Record<string, unknown>)[key] = value;
    }
    session = startStep(session, step, context, ofStep[0]?.startedAt ?? first.startedAt);
    for (const exchange of ofStep) {
      session = recordTraffic(session, {
        at: exchange.startedAt,
        status: exchange.status,
        ok: !failed(exchange),
        host: hostOfUrl(exchange.url) ?? '',
        role: endpointRole(exchange.url, exchange.mimeType).role,
      });
    }
    session = finishStep(session, ofStep.at(-1)?.startedAt ?? first.startedAt);
  }
  return session;
}
