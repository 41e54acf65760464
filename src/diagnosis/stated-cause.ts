/**
 * The cause a refusal states in its own words (src/knowledge/refusals/stated.ts): in its reason phrase, its
 * body, or a spent-quota header. Read only when no panel nor vendor of its own has spoken.
 */

import { getHeader } from '../http/headers.ts';
import { isRecord, jsonOf } from '../http/json.ts';
import {
  blockNoticeIn,
  captchaWidgetIn,
  causeIn,
  oauthCodeIn,
  reasonHeaderIn,
  refusalCodeIn,
  SPENT_QUOTA,
  type Stated,
  takedownIn,
  wholeAnswerIn,
} from '../knowledge/refusals/stated.ts';
import {
  GEO_CODES,
  MEDIA_SELECTION_ERROR,
  RETIRED_API,
  UPNP_ERRORS,
} from '../knowledge/refusals/stated-table.ts';
import type { Exchange } from '../types.ts';

/**
 * A 410 whose reason phrase says "expired" where the standard one says "Gone": a link past its time, not a file that
 * is no more (a live manifest's, "Response status code does not indicate success: 410 (expired)",
 * https://github.com/nilaoda/N_m3u8DL-RE/issues/378).
 */
const EXPIRED_REASON = /^\s*expired\s*$/i;

export function statedCause(exchange: Exchange): Stated | null {
  if (exchange.status === 401) {
    const account = accountOn401(exchange.body);
    if (account) return account;
  }
  const stated = statedOnce(exchange);
  // A retired API's own words on its 410 (RETIRED_API): this client's calls, not a missing object.
  // An API's own answer only, JSON, XML or a short text: a marketplace's page or an article saying so is prose (review).
  if (
    exchange.status === 410 &&
    exchange.body &&
    exchange.body.length <= 4096 &&
    !/<(?:html|body|p|div)\b/i.test(exchange.body)
  ) {
    const retired = RETIRED_API.exec(exchange.body)?.[0];
    if (retired) return { layer: 'app', phrase: retired.replace(/"/g, '') };
  }
  // What the body states comes first (a subscription that expired is the account's, review).
  if (exchange.status === 410 && EXPIRED_REASON.test(exchange.statusText ?? ''))
    return stated && stated.phrase !== exchange.statusText?.trim()
      ? stated
      : { layer: 'app', phrase: exchange.statusText?.trim() ?? 'expired' };
  // A 404 or 410 says "not there": a help aside on such a page ("why a channel is not available in your
  // country?") does not change that (review). A firewall's block page served as a 404 still does
  // (https://github.com/Ekultek/WhatWaf/issues/111). So does a service's own code in its error object: edX answers a
  // course whose audit period ended with 404 and "error_code":"audit_expired" (VALUE_CODES).
  if (
    stated &&
    (exchange.status === 404 || exchange.status === 410) &&
    stated.layer !== 'waf' &&
    !(stated.code && errorFieldSays(exchange.body ?? '', stated.phrase))
  )
    return null;
  return stated;
}

/**
 * A 401 says "credentials"; its own message may say the account's state instead (Auth0's "user is blocked",
 * https://github.com/auth0/docs/pull/4767). Its error description or message whole, read with the value tables, and
 * taken only when it names the account: other values on a 401 stay unread (valueCauseAllowed).
 */
const ACCOUNT_FIELDS = ['error_description', 'message'] as const;
/** A credential the rest of a 401's message names: then the message is about it. */
const CREDENTIAL_NAMED = /\b(?:session|token|credentials?|password|api key|log ?in)\b/;

function accountOn401(body: string | undefined): Stated | null {
  if (!body || body.length > 4096 || !/^\s*\{/.test(body)) return null;
  const fields = jsonOf(body);
  if (!isRecord(fields)) return null;
  for (const name of ACCOUNT_FIELDS) {
    const value = fields[name];
    if (typeof value !== 'string' || value.length > 200) continue;
    const stated = causeIn(value, { page: false, json: false, status: 403, values: true });
    if (stated?.layer !== 'account' || stated.loose) continue;
    // Unless the rest of the message states the credentials' cause: "Please verify your identity. Your session has
    // expired." is the session's (review); "Your account has been suspended. Please contact your provider." stays the
    // account's (review).
    const rest = value.toLowerCase().replace(stated.phrase.toLowerCase(), ' ');
    const other = causeIn(rest, { page: false, json: false, status: 403, values: true });
    if ((!other || other.layer === 'account') && !CREDENTIAL_NAMED.test(rest)) return stated;
  }
  return null;
}

/**
 * Whether the code is the value of the answer's own error field (error, error_code, errorCode, code, reason), not any
 * value of its data: a related item's "premium_only" on a 404 is the catalogue's, not why it refused (review).
 */
function errorFieldSays(body: string, code: string): boolean {
  const read = body.length > 4096 ? body.slice(0, 4096) : body;
  for (const field of ERROR_FIELDS) {
    const at = read.indexOf(`"${field}"`);
    if (at < 0) continue;
    const value = /^\s*:\s*"([^"\\]{1,80})"/.exec(
      read.slice(at + field.length + 2, at + field.length + 100),
    )?.[1];
    if (value?.trim().toLowerCase() === code.trim().toLowerCase()) return true;
  }
  return false;
}
const ERROR_FIELDS = ['error_code', 'errorCode', 'error', 'code', 'reason'] as const;

/**
 * Sofascore's API when its bot protection wants a check, 403 {"error": {"code": 403, "reason": "challenge"}}
 * (https://github.com/oseymour/ScraperFC/issues/93): the error's own reason, on a refusal of access only. The word
 * alone elsewhere is a login's second step, a payment's 3-D Secure check or a game's (review).
 */
function challengeReasonIn(exchange: Exchange): Stated | null {
  const body = exchange.body;
  if (exchange.status !== 403 || !body || body.length > 2048) return null;
  const parsed = jsonOf(body);
  const error = isRecord(parsed) ? parsed.error : undefined;
  return isRecord(error) && error.reason === 'challenge'
    ? { layer: 'waf', phrase: 'reason: challenge' }
    : null;
}

function statedOnce(exchange: Exchange): Stated | null {
  if (exchange.status < 400) return null;
  for (const text of [exchange.statusText, exchange.body]) {
    const whole = text ? wholeAnswerIn(text, exchange.status) : null;
    if (whole) return whole;
  }
  if (exchange.status === 451) {
    const takedown = takedownIn(exchange.body ?? '');
    if (takedown) return takedown;
  }
  const selection = MEDIA_SELECTION_ERROR.exec(exchange.body ?? '')?.[1];
  const selected = !selection
    ? null
    : GEO_CODES.test(selection)
      ? ({ layer: 'geo', phrase: `error id="${selection}"`, code: true } as const)
      : refusalCodeIn(selection);
  if (selected) return selected;
  // A provider's or an authority's notice (Censored Planet's signatures) on a refusal of access only: a server error
  // or a login prompt whose page names a regulator or a provider is that site's own page (review).
  if ((exchange.status === 403 || exchange.status === 451) && exchange.body) {
    const notice = blockNoticeIn(exchange.body);
    if (notice) return notice;
  }
  const values = valueCauseAllowed(exchange);
  const { status } = exchange;
  const reason = exchange.statusText
    ? causeIn(exchange.statusText, { page: true, json: false, status, values })
    : null;
  // A reason phrase that only says "not found" restates a 404: the body's own code says more (Safaricom's Daraja, "404
  // Resource not found" with "errorCode": "404.001.03", https://github.com/safaricom/LNMOnlineAndroidSample/issues/41).
  if (reason && reason.layer !== 'not-found') return reason;
  const header = reasonHeaderIn(exchange.responseHeaders, exchange.status);
  if (header) return header;
  if (exchange.status === 403 || exchange.status === 429) {
    const spent = exchange.responseHeaders.find(
      (header) => SPENT_QUOTA.test(header.name) && header.value.trim() === '0',
    );
    if (spent) return { layer: 'rate-limit', phrase: `${spent.name}: 0` };
  }
  const body = exchange.body;
  if (!body) return reason ?? challengeIn(exchange);
  const json = exchange.mimeType?.includes('json') || /^\s*[{[]/.test(body);
  // A SOAP fault that is not the server's own is a refusal like a 403's, whatever HTTP status SOAP gave it.
  const read = status === 500 && soapFault(body) ? 403 : status;
  const upnp = read !== status ? upnpErrorIn(body) : null;
  if (upnp) return upnp;
  const stated = causeIn(body, { page: !json, json, status: read, values });
  if (stated) return stated;
  if (reason) return reason;
  const challenge = json ? challengeReasonIn(exchange) : null;
  if (challenge) return challenge;
  const captcha = !json && status === CAPTCHA_STATUS ? captchaWidgetIn(body) : null;
  if (captcha) return captcha;
  return (
    (exchange.status < 500 && exchange.status !== 429 ? oauthCodeIn(body) : null) ?? challengeIn(exchange)
  );
}

/**
 * A 403 (or 400) that still asks for credentials (WWW-Authenticate, RFC 9110 §11.6.1: "A server MAY generate a WWW-Authenticate
 * header field in other response messages" than 401) refused the ones it got: SFR's set-top-box service answering a
 * token it does not accept with a new "WWW-Authenticate: Token … nonce=…" (https://github.com/HugoPoi/9boxtv/issues/6).
 * Read last: whatever the body states says more.
 */
const CREDENTIAL_ERROR = /\b(?:invalid_(?:token|code|client|grant)|insufficient_scope)\b/;

function challengeIn(exchange: Exchange): Stated | null {
  // A 400 too: Facebook's Graph API answers a refused OAuth code with 400 and `WWW-Authenticate: OAuth "Facebook Platform"
  // "invalid_code" "Error validating verification code…"` (https://github.com/freizl/hoauth2/issues/19), and RFC 6750
  // §3.1 gives a bearer token's invalid_request a 400 with the same header.
  if (exchange.status !== 403 && exchange.status !== 400) return null;
  const challenge = getHeader(exchange.responseHeaders, 'www-authenticate');
  // On a 400 only a challenge that names a refused credential: RFC 6750's invalid_request is a malformed request (review).
  if (exchange.status === 400 && !CREDENTIAL_ERROR.test(challenge ?? '')) return null;
  const scheme = challenge?.trim().split(/[\s,]/, 1)[0];
  return scheme ? { layer: 'auth', phrase: `WWW-Authenticate: ${scheme.slice(0, 40)}` } : null;
}

/**
 * A CAPTCHA widget reads as a bot check on a refusal of access (403): not on a login prompt (401, 407), a missing
 * object (404, 410: a site's own error page may keep its search form's CAPTCHA), nor a rate limit (429 states its own).
 */
const CAPTCHA_STATUS = 403;

/** A code or value counts on a refusal that is not a login prompt, a proxy's, a rate limit or a server error (review). */
function valueCauseAllowed(exchange: Exchange): boolean {
  const { status } = exchange;
  if (status === 500 && soapFault(exchange.body)) return true;
  return status < 500 && status !== 401 && status !== 407 && status !== 429;
}

/**
 * SOAP 1.1 answers every fault with HTTP 500 (its §6.2, https://www.w3.org/TR/2000/NOTE-SOAP-20000508/#_Toc478383529),
 * so the status says nothing there: the fault's own words do (ITV's playlist service, "<faultcode>s:ContentUnavailable
 * </faultcode><faultstring>The requested content is not available to this platform",
 * https://github.com/GetiPlayerAutomator/get-iplayer-automator/issues/186; its "InvalidGeoRegion" fault, "Request
 * Originated Outside Of Allowed Geographic Region", ytdl-org/youtube-dl@a92508b0d62d3eaae6f0f94adf35d5ea9fa51e58:
 * youtube_dl/extractor/itv.py). Not a fault whose code says the server failed (`Server`, SOAP 1.2's `Receiver`):
 * there an expired request or a message quota is the server's trouble (review).
 */
/** A UPnP device's own fault code inside a SOAP fault (UPNP_ERRORS), if the table decides its layer. */
const UPNP_ERROR =
  /<(?:\w{1,20}:)?UPnPError[^<>]{0,200}>\s*<(?:\w{1,20}:)?errorCode>\s?(\d{3})\s?<\/(?:\w{1,20}:)?errorCode>\s*<(?:\w{1,20}:)?errorDescription>([^<]{1,80})</;
function upnpErrorIn(body: string): Stated | null {
  const found = UPNP_ERROR.exec(body);
  if (!found) return null;
  const letters = (found[2] ?? '').toLowerCase().replace(/[^a-z]+/g, '');
  const layer = UPNP_ERRORS.get(`${found[1]} ${letters.slice(0, 16)}`);
  return layer ? { layer, phrase: `UPnPError ${found[1]} ${found[2]?.trim()}`, code: true } : null;
}

const SOAP_FAULT = /<(?:[\w-]{1,20}:)?Fault>\s*<faultcode>\s*(?:[\w-]{1,20}:)?([\w.-]{1,60})\s*<\/faultcode>/;
function soapFault(body: string | undefined): boolean {
  if (body === undefined || body.length > 16 * 1024) return false;
  const code = SOAP_FAULT.exec(body)?.[1];
  return code !== undefined && !/^(?:Server|Receiver)(?:\.|$)/.test(code);
}
