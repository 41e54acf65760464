/**
 * The finding a record keeps when the engine threw on it: the capture must not lose a refusal because a
 * knowledge table has a bug. The badge still gets a colour from the status alone.
 */
import type { ErrorClass, Exchange, Finding } from '../src/types.ts';

/** The badge colour of a status when the engine could not say more (RFC 9110 meanings of the codes). */
function classOfStatus(status: number): ErrorClass {
  if (status === 0) return 'network';
  if (status === 401) return 'auth';
  if (status === 404 || status === 410) return 'missing';
  if (status === 429) return 'limit';
  if (status >= 500) return 'server';
  return 'refusal';
}

export function undiagnosed(exchange: Exchange, entry: number): Finding {
  const finding: Finding = {
    entry,
    status: exchange.status,
    url: exchange.url,
    startedAt: exchange.startedAt,
    layer: 'none',
    vendor: null,
    role: 'other',
    confidence: 0,
    evidence: ['not diagnosed: the engine failed on this exchange'],
    errorClass: classOfStatus(exchange.status),
  };
  if (exchange.error) finding.error = exchange.error;
  if (exchange.context) finding.context = exchange.context;
  return finding;
}
