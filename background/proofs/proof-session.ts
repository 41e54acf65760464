/**
 * The worker's side of the guided proofs: keep the session, tag captured traffic with the running step
 * and count it there. The step logic and the decision are src/proofs/decide.ts; this file only holds state.
 * (The exports' summary entries for counted successes are src/proofs/step-summaries.ts, written in the pages.)
 */
import type { CapturedRecord, ProofSession, ProofStepId } from '../../src/messages.ts';
import {
  finishStep,
  newProofSession,
  recordTraffic,
  STEP_CONTEXT_KEYS,
  skipStep,
  startStep,
  type TrafficEvent,
} from '../../src/proofs/decide.ts';
import type { Labels } from '../../src/settings.ts';
import type { CaptureContext } from '../../src/types.ts';

export const PROOF_KEY = 'proof';

export interface Baseline {
  status: number;
  url: string;
  role: string;
  host?: string;
}

function parseProof(raw: unknown): ProofSession | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { id, startedAt, results } = raw as Partial<ProofSession>;
  if (typeof id !== 'string' || typeof startedAt !== 'number' || !Array.isArray(results)) return null;
  const wellFormed = results.every(
    (result) =>
      typeof result === 'object' &&
      result !== null &&
      typeof result.step === 'string' &&
      typeof result.failures === 'number' &&
      typeof result.successes === 'number' &&
      Array.isArray(result.statuses),
  );
  return wellFormed ? (raw as ProofSession) : null;
}

export class ProofTracker {
  #session: ProofSession | null = null;

  constructor(
    private readonly persist: (session: ProofSession | null) => Promise<void>,
    private readonly now: () => number,
  ) {}

  load(raw: unknown): void {
    this.#session = parseProof(raw);
  }

  get session(): ProofSession | null {
    return this.#session;
  }

  /** The running step, which tags every record and success counted while it runs. */
  get step(): ProofStepId | undefined {
    return this.#session?.current;
  }

  /** While a step runs, its network/device labels describe the traffic better than the saved ones. */
  labels(saved: Labels): Labels {
    const session = this.#session;
    const running = session?.results.find(
      (result) => result.step === session.current && result.endedAt === undefined,
    );
    const labels: Labels = { ...saved };
    if (running?.context.network) labels.network = running.context.network;
    if (running?.context.device) labels.device = running.context.device;
    return labels;
  }

  async start(
    step: ProofStepId,
    context: CaptureContext,
    baseline: Baseline | undefined,
  ): Promise<ProofSession> {
    const now = this.now();
    const session = this.#session ?? newProofSession(`proof-${now}`, now, baseline);
    this.#session = startStep(session, step, context, now);
    await this.persist(this.#session);
    return this.#session;
  }

  async finish(): Promise<ProofSession> {
    const now = this.now();
    this.#session = finishStep(this.#session ?? newProofSession(`proof-${now}`, now), now);
    await this.persist(this.#session);
    return this.#session;
  }

  async skip(step: ProofStepId, told?: Parameters<typeof skipStep>[3]): Promise<ProofSession> {
    const now = this.now();
    this.#session = skipStep(this.#session ?? newProofSession(`proof-${now}`, now), step, now, told);
    await this.persist(this.#session);
    return this.#session;
  }

  async reset(): Promise<void> {
    this.#session = null;
    await this.persist(null);
  }

  /** Counts one response (or a batch of successes) into the running step; no-op without one. */
  traffic(event: TrafficEvent): Promise<void> | undefined {
    if (!this.#session?.current) return undefined;
    this.#session = recordTraffic(this.#session, event);
    return this.persist(this.#session);
  }
}

/**
 * A record captured during a step, with the step's VPN/DNS state (and any label it lacks) filled in from
 * the session: the capture stamps the step id and the labels, the session knows the rest of the context.
 */
export function withStepContext(record: CapturedRecord, session: ProofSession | null): CapturedRecord {
  const step = record.exchange.context?.proofStep;
  const result = step ? session?.results.find((candidate) => candidate.step === step) : undefined;
  if (!result || !record.exchange.context) return record;
  const context: CaptureContext = { ...record.exchange.context };
  let changed = false;
  for (const key of STEP_CONTEXT_KEYS) {
    if (context[key] === undefined && result.context[key] !== undefined) {
      (context as Record<string, unknown>)[key] = result.context[key];
      changed = true;
    }
  }
  return changed ? { ...record, exchange: { ...record.exchange, context } } : record;
}
