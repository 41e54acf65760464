/**
 * The cause a refusal states in its own words (src/knowledge/refusals/stated.ts): in its reason phrase, its
 * body, or a spent-quota header. Read only when no panel nor vendor of its own has spoken.
 */
import {
  geoHeaderIn,
  oauthCodeIn,
  SPENT_QUOTA,
  type Stated,
  statedIn,
  takedownIn,
  wholeAnswerIn,
} from '../knowledge/refusals/stated.ts';
import type { Exchange } from '../types.ts';

export function statedCause(exchange: Exchange): Stated | null {
  const stated = statedOnce(exchange);
  // A 404 or 410 says "not there": a help aside on such a page ("why a channel is not available in your
  // country?") does not change that (review). A firewall's block page served as a 404 still does
  // (https://github.com/Ekultek/WhatWaf/issues/111).
  if (stated && (exchange.status === 404 || exchange.status === 410) && stated.layer !== 'waf') return null;
  return stated;
}

function statedOnce(exchange: Exchange): Stated | null {
  if (exchange.status < 400) return null;
  for (const text of [exchange.statusText, exchange.body]) {
    const whole = text ? wholeAnswerIn(text) : null;
    if (whole) return whole;
  }
  if (exchange.status === 451) {
    const takedown = takedownIn(exchange.body ?? '');
    if (takedown) return takedown;
  }
  const reason = exchange.statusText ? statedIn(exchange.statusText, true) : null;
  if (reason) return reason;
  const header = geoHeaderIn(exchange.responseHeaders);
  if (header) return header;
  if (exchange.status === 403 || exchange.status === 429) {
    const spent = exchange.responseHeaders.find(
      (header) => SPENT_QUOTA.test(header.name) && header.value.trim() === '0',
    );
    if (spent) return { layer: 'rate-limit', phrase: `${spent.name}: 0` };
  }
  const body = exchange.body;
  if (!body) return null;
  const json = exchange.mimeType?.includes('json') || /^\s*[{[]/.test(body);
  const stated = statedIn(body, !json);
  if (stated) return stated;
  return exchange.status < 500 && exchange.status !== 429 ? oauthCodeIn(body) : null;
}
