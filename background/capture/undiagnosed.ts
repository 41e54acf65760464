/**
 * The finding a record keeps when the engine threw on it: the capture must not lose a refusal because a
 * knowledge table has a bug. The badge still gets a colour from the status alone.
 */
import type { ErrorClass, Exchange, Finding } from '../../src/types.ts';

/** Badge classes by status when the engine could not say more; meanings per RFC 9110 §15 and RFC 6585 §4. */
const CLASS_BY_STATUS: ReadonlyMap<number, ErrorClass> = new Map([
  [0, 'network'], // no HTTP response at all
  [401, 'auth'], // missing or wrong credentials
  [404, 'missing'],
  [410, 'missing'],
  [429, 'limit'], // too many requests
]);

function classOfStatus(status: number): ErrorClass {
  return CLASS_BY_STATUS.get(status) ?? (status >= 500 ? 'server' : 'refusal');
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
