/**
 * The worker's side of the guided proofs: keep the session, tag captured traffic with the running step
 * and count it there. The step logic and the decision are src/proofs.ts; this file only holds state.
 */

import { toHar } from '../src/har/write.ts';
import { hostOfUrl } from '../src/host-patterns.ts';
import type { CapturedRecord, ProofSession, ProofStepId, SuccessCount } from '../src/messages.ts';
import {
  finishStep,
  newProofSession,
  recordTraffic,
  STEP_CONTEXT_KEYS,
  skipStep,
  startStep,
  type TrafficEvent,
} from '../src/proofs.ts';
import { redactHarDocument } from '../src/redact.ts';
import type { Labels } from '../src/settings.ts';
import type { CaptureContext, Exchange } from '../src/types.ts';

export const PROOF_KEY = 'proof';

export interface Baseline {
  status: number;
  url: string;
  role: string;
  host?: string;
}

export function parseProof(raw: unknown): ProofSession | null {
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

  async skip(step: ProofStepId): Promise<ProofSession> {
    const now = this.now();
    this.#session = skipStep(this.#session ?? newProofSession(`proof-${now}`, now), step, now);
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

export interface SuccessSummary {
  exchange: Exchange;
  count: number;
}

/**
 * Successes are counted, not stored, so a HAR of the records alone would show a guided session's refused
 * steps and hide its working ones. Each count taken during a step becomes one summary: the (redacted) URL
 * of a refused request of the same host and kind — what the user replayed —, status 200 and the step's
 * context. Counts with no refused request of their kind to stand beside are left out.
 */
export function successSummaries(
  counts: readonly SuccessCount[],
  records: readonly CapturedRecord[],
  session: ProofSession | null,
): SuccessSummary[] {
  const summaries: SuccessSummary[] = [];
  for (const count of counts) {
    const result = session?.results.find((candidate) => candidate.step === count.proofStep);
    if (!result) continue;
    const refused = records.find(
      (record) => record.finding.role === count.role && hostOf(record.exchange.url) === count.host,
    );
    if (!refused) continue;
    const context: CaptureContext = { proofStep: result.step };
    for (const key of STEP_CONTEXT_KEYS) {
      const value =
        key === 'network' || key === 'device' ? (count[key] ?? result.context[key]) : result.context[key];
      if (value !== undefined) (context as Record<string, unknown>)[key] = value;
    }
    summaries.push({
      count: count.count,
      exchange: {
        url: refused.exchange.url,
        method: refused.exchange.method,
        status: 200,
        statusText: 'OK',
        // Counts are per minute; the step may have started within that minute.
        startedAt: Math.max(count.minute, result.startedAt),
        requestHeaders: [],
        responseHeaders: [],
        context,
      },
    });
  }
  return summaries;
}

function hostOf(url: string): string {
  return hostOfUrl(url) ?? '';
}

/** Adds the summaries to an exported HAR as entries that say, in their comment, what they stand for. */
export function withSuccessSummaries(
  harText: string,
  summaries: readonly SuccessSummary[],
  creator: { name: string; version: string },
): string {
  if (summaries.length === 0) return harText;
  const har = JSON.parse(harText) as { log: { entries: Record<string, unknown>[] } };
  const added = (toHar(summaries, creator) as { log: { entries: Record<string, unknown>[] } }).log.entries;
  added.forEach((entry, index) => {
    const summary = summaries[index]!;
    entry.comment =
      `Summary, not a captured request: ${summary.count} successful response(s) of this kind counted ` +
      `during proof step "${summary.exchange.context?.proofStep}" (successes are counted, not stored).`;
  });
  const entries = [...har.log.entries, ...added].sort((a, b) =>
    String(a.startedDateTime).localeCompare(String(b.startedDateTime)),
  );
  const merged = { ...har, log: { ...har.log, entries } };
  return `${JSON.stringify(redactHarDocument(merged), null, 2)}\n`;
}
