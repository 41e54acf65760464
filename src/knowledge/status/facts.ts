/**
 * What an HTTP status tells the engine: the layers that usually send it (most likely first) and the colour
 * class of the badge. Only facts: the titles, meanings and advice live in src/knowledge/status/words.ts under the same
 * keys, so the service worker diagnoses without shipping the bilingual prose.
 */
import type { ErrorClass, Layer } from '../../types.ts';

export interface StatusFacts {
  /** Layers that usually produce this code, most likely first. */
  readonly layers: readonly Layer[];
  readonly errorClass: ErrorClass;
}

const KNOWN = {
  // Not an HTTP status: HAR and webRequest record 0 when no response arrived (HAR 1.2 spec, `status`).
  0: { layers: ['network', 'device'], errorClass: 'network' },
  // RFC 9110 §15.5.1; https://developer.mozilla.org/docs/Web/HTTP/Status/400
  400: { layers: ['app', 'device'], errorClass: 'refusal' },
  // RFC 9110 §15.5.2; https://developer.mozilla.org/docs/Web/HTTP/Status/401
  401: { layers: ['auth'], errorClass: 'auth' },
  // RFC 9110 §15.5.3 reserves 402 "for future use"; services answer it for what a plan does not include: NPO Plus's
  // programmes (https://github.com/Opvolger/plugin.video.uzg/issues/56), The Roku Channel's
  // (https://github.com/ytdl-org/youtube-dl/issues/29995), Vercel's deployment disabled for its owner's bill
  // ("402: PAYMENT_REQUIRED … DEPLOYMENT_DISABLED", https://github.com/UseInterstellar/Interstellar/issues/281). A plan
  // first, the app's rule after.
  402: { layers: ['account', 'app'], errorClass: 'refusal' },
  // RFC 9110 §15.5.4; https://developer.mozilla.org/docs/Web/HTTP/Status/403;
  // https://developers.cloudflare.com/support/troubleshooting/http-status-codes/4xx-client-error/error-403/
  // The guide's order: edge protection first, the account last.
  403: { layers: ['waf', 'geo', 'app', 'account'], errorClass: 'refusal' },
  // RFC 9110 §15.5.5; https://developer.mozilla.org/docs/Web/HTTP/Status/404
  404: { layers: ['not-found'], errorClass: 'missing' },
  // RFC 9110 §15.5.6; https://developer.mozilla.org/docs/Web/HTTP/Status/405
  405: { layers: ['app'], errorClass: 'refusal' },
  // RFC 9110 §15.5.8; https://developer.mozilla.org/docs/Web/HTTP/Status/407
  407: { layers: ['network'], errorClass: 'auth' },
  // RFC 9110 §15.5.9; https://developer.mozilla.org/docs/Web/HTTP/Status/408
  408: { layers: ['network', 'server'], errorClass: 'network' },
  // RFC 9110 §15.5.11; https://developer.mozilla.org/docs/Web/HTTP/Status/410
  410: { layers: ['not-found'], errorClass: 'missing' },
  // RFC 9110 §15.5.19 (reserved, "I'm a teapot"); some anti-bot filters send it as a mocking refusal.
  418: { layers: ['waf', 'app'], errorClass: 'refusal' },
  // RFC 4918 §11.3 (WebDAV "Locked"); some panels reuse it for a locked account or line.
  423: { layers: ['account', 'app'], errorClass: 'refusal' },
  // Not in any RFC: Shopify's "430 Shopify Security Rejection", a request its security checks judged malicious, apart
  // from its rate limits (https://shopify.dev/docs/api/usage/response-codes; a GraphQL client's report of it,
  // https://github.com/Shopify/shopify-api-js/issues/1030).
  430: { layers: ['waf'], errorClass: 'refusal' },
  // RFC 6585 §4; https://developer.mozilla.org/docs/Web/HTTP/Status/429
  429: { layers: ['rate-limit'], errorClass: 'limit' },
  // RFC 7725 §3; https://developer.mozilla.org/docs/Web/HTTP/Status/451
  451: { layers: ['geo'], errorClass: 'refusal' },
  // RFC 9110 §15.6.1; https://developer.mozilla.org/docs/Web/HTTP/Status/500
  500: { layers: ['server'], errorClass: 'server' },
  // RFC 9110 §15.6.3; https://developer.mozilla.org/docs/Web/HTTP/Status/502
  502: { layers: ['server'], errorClass: 'server' },
  // RFC 9110 §15.6.4 (overload or maintenance; some providers also use it to slow a client down).
  503: { layers: ['server', 'rate-limit'], errorClass: 'server' },
  // RFC 9110 §15.6.5; https://developer.mozilla.org/docs/Web/HTTP/Status/504
  504: { layers: ['server'], errorClass: 'server' },
  // Not in any RFC: "509 Bandwidth Limit Exceeded", a host's answer when a file or account used up its transfer allowance
  // (MEGA's, https://github.com/megous/megatools/issues/316; Dropbox's "509 Bandwidth Error",
  // https://github.com/terrywang/vagrantboxes/issues/5). A limit, not a server fault.
  509: { layers: ['rate-limit'], errorClass: 'limit' },
  // Not in any RFC: LinkedIn's "999 Request Denied" to a client it takes for a robot (curl -I in https://http.dev/999;
  // its tracking-code page to a script, https://github.com/austinoboyle/scrape-linkedin-selenium/issues/6). The service's
  // own bot rule, not a server fault; others use the code for a refusal too (review "79.": the wording names no one).
  999: { layers: ['waf', 'app'], errorClass: 'refusal' },
  // Not in any RFC: Tencent Cloud CDN's "IP access frequency exceeds the limit", the only published meaning
  // (https://www.tencentcloud.com/document/product/228/42177). A limit, not a server fault.
  514: { layers: ['rate-limit'], errorClass: 'limit' },
  // RFC 6585 §6: the network the viewer is on wants its own login first, a captive portal's answer in the site's place
  // (openNDS's, "Network Authentication Required … Portal Login", https://github.com/openNDS/openNDS/issues/137).
  511: { layers: ['network'], errorClass: 'network' },
  // Cloudflare 52x/530: the edge answered for an origin that failed
  // (https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/).
  520: { layers: ['server'], errorClass: 'server' },
  521: { layers: ['server'], errorClass: 'server' },
  522: { layers: ['server'], errorClass: 'server' },
  523: { layers: ['server'], errorClass: 'server' },
  524: { layers: ['server'], errorClass: 'server' },
  525: { layers: ['server'], errorClass: 'server' },
  526: { layers: ['server'], errorClass: 'server' },
  // Cloudflare's former "527 Railgun error"; Railgun has since been retired, the code is rare.
  527: { layers: ['server'], errorClass: 'server' },
  // Cloudflare 530: the body carries a 1xxx error, e.g. 1016 "Origin DNS error".
  530: { layers: ['server'], errorClass: 'server' },
} as const satisfies Record<number, StatusFacts>;

/** A code with a row of its own. */
export type KnownStatus = keyof typeof KNOWN;
/** RFC 9110 §15: the first digit defines the class, which answers for a code without a row. */
type StatusClass = '1xx' | '2xx' | '3xx' | '4xx' | '5xx';
/** The key a status is looked up by, in the facts and in the texts alike. */
export type StatusRowKey = KnownStatus | StatusClass | 'other';

export const STATUS_FACTS: Readonly<Record<StatusRowKey, StatusFacts>> = {
  ...KNOWN,
  // ErrorClass has no neutral value, so 1xx and 2xx use `network` and 3xx uses `missing`: the closest colour
  // for a request that was recorded as a failure anyway.
  '1xx': { layers: ['network'], errorClass: 'network' },
  '2xx': { layers: ['none'], errorClass: 'network' },
  '3xx': { layers: ['app', 'not-found'], errorClass: 'missing' },
  '4xx': { layers: ['app', 'account'], errorClass: 'refusal' },
  '5xx': { layers: ['server'], errorClass: 'server' },
  // Outside 100–599 (a corrupted HAR, a code nobody documents): only the sender's own documentation can say.
  other: { layers: ['server', 'app'], errorClass: 'server' },
};

/** The codes that have a row of their own (not a class fallback), ascending. */
export const KNOWN_STATUS_CODES: readonly KnownStatus[] = Object.keys(KNOWN).map(Number) as KnownStatus[];

// A map rather than a set so that -0 comes back as the row's own key, 0.
const knownCodes: ReadonlyMap<number, KnownStatus> = new Map(KNOWN_STATUS_CODES.map((code) => [code, code]));

/** Never throws: a known code, else its class, else `other`. */
export function statusRowKey(status: number): StatusRowKey {
  const known = knownCodes.get(status);
  if (known !== undefined) return known;
  if (Number.isInteger(status) && status >= 100 && status <= 599)
    return `${Math.floor(status / 100)}xx` as StatusClass;
  return 'other';
}

export function statusFacts(status: number): StatusFacts {
  return STATUS_FACTS[statusRowKey(status)];
}
