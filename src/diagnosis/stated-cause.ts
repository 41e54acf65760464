/**
 * The cause a refusal states in its own words (src/knowledge/refusals/stated.ts): in its reason phrase, its
 * body, or a spent-quota header. Read only when no panel nor vendor of its own has spoken.
 */
import { oauthCodeIn, SPENT_QUOTA, type Stated, statedIn, takedownIn } from '../knowledge/refusals/stated.ts';
import type { Exchange } from '../types.ts';

export function statedCause(exchange: Exchange): Stated | null {
  const stated = statedOnce(exchange);
  // A 404 or 410 says "not there": a help aside on such a page ("why a channel is not available in your
  // country?") does not change that (review). A firewall's block page served as a 404 still does
  // (https://github.com/Ekultek/WhatWaf/issues/111).
  if (stated && (exchange.status === 404 || exchange.status === 410) && stated.layer !== 'waf') return null;
  return stated;
}

/**
 * A service that refuses plain HTTP says only that: PyPI's Fastly answered "403 SSL is required" with the body
 * "SSL is required." (https://github.com/wenLiangcan/pip2pkgbuild/pull/11). Only as the whole reason phrase or
 * body: the sentence inside a login page or an API's error text is not the refusal's cause (review).
 */
const SSL_REQUIRED = /^\s*SSL is required\.?\s*$/i;

function statedOnce(exchange: Exchange): Stated | null {
  if (exchange.status < 400) return null;
  for (const text of [exchange.statusText, exchange.body])
    if (text && SSL_REQUIRED.test(text)) return { layer: 'app', phrase: text.trim() };
  if (exchange.status === 451) {
    const takedown = takedownIn(exchange.body ?? '');
    if (takedown) return takedown;
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
  const stated = statedIn(body, !json);
  if (stated) return stated;
  return exchange.status < 500 && exchange.status !== 429 ? oauthCodeIn(body) : null;
}
