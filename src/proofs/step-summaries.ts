/**
 * Successes are counted, not stored (background/capture/success-counts.ts), so a HAR of the records alone would show
 * a guided session's refused steps and hide its working ones. This turns the counts taken during proof steps
 * back into entries an export can carry, each saying what it stands for.
 */
import { hostOfUrl } from '../http/host-patterns.ts';
import type { CaptureContext, CapturedRecord, Exchange, SuccessCount } from '../types.ts';
import { STEP_CONTEXT_KEYS } from './decide.ts';
import type { ProofSession } from './types.ts';

export interface SuccessSummary {
  exchange: Exchange;
  count: number;
}

/**
 * Each count taken during a step becomes one summary: the (redacted) URL of a refused request of the same
 * host and kind — what the user replayed —, status 200 and the step's context. Counts with no refused
 * request of their kind to stand beside are left out.
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

/** The comment a summary entry carries in an exported HAR, so nobody reads it as a captured request. */
export function summaryComment(summary: SuccessSummary): string {
  return (
    `Summary, not a captured request: ${summary.count} successful ${summary.count === 1 ? 'response' : 'responses'} of this kind counted ` +
    `during proof step "${summary.exchange.context?.proofStep}" (successes are counted, not stored).`
  );
}

function hostOf(url: string): string {
  return hostOfUrl(url) ?? '';
}
