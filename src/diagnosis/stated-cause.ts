/**
 * The cause a refusal states in its own words (src/knowledge/refusals/stated.ts): in its reason phrase, its
 * body, or a spent-quota header. Read only when no panel nor vendor of its own has spoken.
 */
import { SPENT_QUOTA, type Stated, statedIn } from '../knowledge/refusals/stated.ts';
import type { Exchange } from '../types.ts';

/**
 * RFC 7725's 451 covers any legal demand; one that names a takedown (DMCA, copyright) removed the content
 * everywhere, by the service's own decision, not for a country (GitHub's API: {"block": {"reason": "dmca"}},
 * https://github.com/github/rest-api-description/issues/3314).
 */
const TAKEDOWN = /\b(?:dmca|copyright|takedown)\b/i;

export function statedCause(exchange: Exchange): Stated | null {
  if (exchange.status < 400) return null;
  if (exchange.status === 451) {
    const takedown = TAKEDOWN.exec((exchange.body ?? '').slice(0, 16 * 1024));
    if (takedown) return { layer: 'app', phrase: takedown[0] };
  }
  const reason = exchange.statusText ? statedIn(exchange.statusText, true) : null;
  if (reason) return reason;
  if (exchange.status === 403 || exchange.status === 429) {
    const spent = exchange.responseHeaders.find(
      (header) => SPENT_QUOTA.test(header.name) && header.value.trim() === '0',
    );
    if (spent) return { layer: 'rate-limit', phrase: `${spent.name}: 0` };
  }
  const body = exchange.body;
  if (!body) return null;
  const json = exchange.mimeType?.includes('json') || /^\s*[{[]/.test(body);
  return statedIn(body, !json);
}
