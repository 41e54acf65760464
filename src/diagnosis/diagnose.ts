/**
 * One failed exchange → one finding. The order of the evidence follows the guide: what the panel itself
 * said about the account beats what a vendor's own words say, which beat a signed link's token rule, what a
 * page states, and last what the status code alone suggests. Positive evidence outranks an absent header.
 */

import { getHeader } from '../http/headers.ts';
import { edgeLocation } from '../knowledge/edges/locations.ts';
import { endpointRole } from '../knowledge/endpoints/roles.ts';
import { readPanelReply } from '../knowledge/panels/replies.ts';
import { reasonHeaderIn, type Stated } from '../knowledge/refusals/stated.ts';
import { B2_LINK_TOKEN, tokenIn } from '../knowledge/refusals/tokens.ts';
import { statusFacts } from '../knowledge/status/facts.ts';
import { transportFacts } from '../knowledge/transport/facts.ts';
import { TOOL_MESSAGES } from '../knowledge/transport/rows.ts';
import { vendorErrorFacts } from '../knowledge/vendors/errors/facts.ts';
import { identifyVendor, type VendorVerdict } from '../knowledge/vendors/identify.ts';
import { isBotSensorCall } from '../knowledge/vendors/sensors.ts';
import type { BlockKind, Exchange, Finding, Layer, PanelReply, Role } from '../types.ts';
import { clockSkewEvidence } from './clock.ts';
import { errorLine } from './error-line.ts';
import {
  disguisedPanelRefusal,
  PANEL_API,
  type PageOnSuccess,
  refusalOnSuccess,
  refusedInBody,
} from './hidden-refusals.ts';
import { dnsBlock } from './rules/dns-block.ts';
import { expiredSignature } from './rules/signed-url.ts';
import { statedCause } from './stated-cause.ts';
import { statusOnlyLayer } from './status-only.ts';
import { wordLean } from './word-lean.ts';

/** What a vendor's own marker says it did, as our layer. */
const LAYER_OF_ACTION: Record<BlockKind, Layer | null> = {
  block: 'waf',
  challenge: 'waf',
  geo: 'geo',
  'rate-limit': 'rate-limit',
  'origin-error': 'server',
  auth: 'auth',
  unknown: null,
};

/** The most an inference from an absent header is worth (src/diagnosis/calibration.ts measures why). */
const INFERRED_CAP = 0.6;

/** The most a platform's refusal inside a JSON success is worth (under src/diagnosis/calibration.ts SURE_FROM). */
const JSON_SUCCESS_CAP = 0.75;

/**
 * What a lean of the answer's words is worth: on the held-out guesses it moved, right seven times in nine
 * (src/diagnosis/word-lean.ts), from words alone, which one more word can turn: under UNSURE_BELOW, the headline stays
 * unsure and points at the proofs.
 */
const LEAN_CONFIDENCE = 0.5;

/** Roles whose refusals a signed link's token explains: media, not the panel's own API. */
const MEDIA_ROLES: ReadonlySet<Role> = new Set(['playlist', 'stream', 'key', 'other']);

/** A status that the exchange reports as a failure worth explaining. */
function isFailure(exchange: Exchange): boolean {
  return exchange.status === 0 || exchange.status >= 400 || Boolean(exchange.error);
}

/** An "active_cons >= max_connections" alone on a working login may be the viewer's own player. */
export function isConnectionLimitOnly(reply: PanelReply | undefined): boolean {
  return Boolean(
    reply && reply.evidence.length > 0 && reply.evidence.every((line) => line.includes('max_connections')),
  );
}

/** A transport error's quoted line: a Python stack's message runs past 300 characters. */
const ERROR_LINE = 200;

function transportFinding(finding: Finding, exchange: Exchange): Finding {
  finding.layer = transportFacts(exchange.error ?? '').layer;
  // Another tool's message may say more than its class (TOOL_MESSAGES).
  const said = exchange.error
    ? TOOL_MESSAGES.find(([pattern]) => pattern.test(exchange.error ?? ''))
    : undefined;
  if (said) finding.layer = said[1];
  finding.basis = 'transport';
  finding.confidence = exchange.error ? 0.8 : 0.5;
  const named = exchange.error?.trim() ? errorLine(exchange.error, ERROR_LINE) : 'no response (status 0)';
  finding.evidence.push(`transport failure: ${named}`);
  const blocked = dnsBlock(exchange);
  if (blocked) {
    finding.layer = blocked.layer;
    finding.vendor = blocked.vendor;
    finding.basis = 'vendor';
    finding.action = 'geo';
    finding.confidence = 0.8;
    finding.evidence.push(blocked.evidence);
  }
  return finding;
}

export function diagnoseExchange(exchange: Exchange, entry: number): Finding | null {
  // A bot manager's background sensor call is challenged for every visitor: no refusal the viewer met.
  if (exchange.status === 429 && isBotSensorCall(exchange.url)) return null;
  const failed = isFailure(exchange);
  const bodyRefusal = failed ? null : refusedInBody(exchange);
  const onSuccess: PageOnSuccess | null = failed || bodyRefusal ? null : refusalOnSuccess(exchange);
  if (!failed && !bodyRefusal && !onSuccess) return null;
  const role = endpointRole(exchange.url, exchange.mimeType);
  const edge =
    exchange.responseHeaders.length > 0 ? (edgeLocation(exchange.responseHeaders) ?? undefined) : undefined;
  // Built field by field: object spreads on this per-request path cost more than the rest of the work.
  const finding: Finding = {
    entry,
    status: exchange.status,
    url: exchange.url,
    startedAt: exchange.startedAt,
    role: role.role,
    layer: 'none',
    vendor: null,
    confidence: 0,
    evidence: [],
    errorClass: 'network',
  };
  if (exchange.error) finding.error = exchange.error;
  if (edge) finding.edge = edge;
  if (exchange.context) finding.context = exchange.context;
  if (exchange.status === 0 || (exchange.error && exchange.status < 400))
    return transportFinding(finding, exchange);

  const info = statusFacts(exchange.status);
  const vendor = onSuccess ? onSuccess.vendor : identifyVendor(exchange);
  const panelReply =
    bodyRefusal ?? (exchange.body && PANEL_API.test(exchange.url) ? readPanelReply(exchange) : null);
  const evidence: string[] = [
    bodyRefusal
      ? `HTTP ${exchange.status} but the panel's reply refuses (${role.evidence})`
      : `HTTP ${exchange.status} on ${role.role} endpoint (${role.evidence})`,
  ];
  let layer: Layer = info.layers[0] ?? 'none';
  let confidence = 0.5;

  const fromPanel = panelVerdict(panelReply);
  const disguised = !fromPanel && disguisedPanelRefusal(exchange, role);
  // A vendor that only carried the origin's own page (its JSON, its server's error page) did not refuse.
  const relay = vendor?.relayed ? vendor : null;
  const token = MEDIA_ROLES.has(role.role) && !fromPanel ? tokenIn(exchange.url) : null;
  // A link that had already expired when asked was refused by its own rule (any of 401, 403, nginx
  // secure_link's 410). Otherwise a token explains a 403 with no firewall in front (a valid-looking token proves
  // nothing against a firewall: vendors' own token refusals are markers of their rows). A 401 keeps its meaning
  // (credentials, WWW-Authenticate), and a 410 on a link whose expiry has not passed is "gone", as the team's
  // simulator holds (sim/scenarios/service.ts, gone-410): a token module's 410 for an expired link is read from
  // the expiry itself, above.
  const expired = fromPanel ? null : expiredSignature(exchange);
  // Only a firewall or a bot manager in front makes a token moot: a CDN's or a video host's own 403 on a tokened
  // link with no block marker of its own is its token module (Gcore's secure token, review).
  const fronted = vendor && (vendor.kind === 'waf' || vendor.kind === 'bot') && !vendor.relayed;
  const told = fromPanel
    ? null
    : onSuccess?.phrase
      ? { layer: onSuccess.layer ?? 'waf', phrase: onSuccess.phrase }
      : statedCause(exchange);
  // A store's signing error inside a server error is the service's own storage failing behind it, not the viewer's key
  // nor the viewer's link (a panel relaying its bucket's SignatureDoesNotMatch on a 500, review).
  // So does a token said to have expired, on a link that carries its own: the stream's token, not the login (review).
  const signing =
    told?.layer === 'auth' && /signature|signing|\btoken[ _](?:is )?expired\b/i.test(told.phrase);
  // So is a clock or a device the answer blames inside a server error: the backend's own upstream call refused for its
  // time or its device (a 500 relaying Google's "Invalid JWT … reasonable timeframe"), not the viewer's (review of the
  // seventy-third batch). A security suite answering in the site's place keeps its word.
  const upstreamDevice =
    told?.layer === 'device' && !('inPlace' in told && told.inPlace) && exchange.status >= 500;
  const stated = (signing && exchange.status >= 500) || upstreamDevice ? null : told;
  // A cause the answer states (a geo rule in Twitch's usher reply) says more than a token that has not expired.
  // Not a bare WWW-Authenticate challenge: a token module asks for its token that way too (review).
  const challengeOnly = stated?.phrase.startsWith('WWW-Authenticate:') === true;
  // A signature the store could not match is the caller's key, unless the link carries its own signature: then it is
  // that signed link refused (the stores' own codes read alike, SIGNED_LINK_KEYS).
  const signedLink = signing && stated !== null && tokenIn(exchange.url) !== null;
  const tokenRule = Boolean(
    expired ||
      signedLink ||
      (token && (!stated || challengeOnly || stated.loose) && exchange.status === 403 && !fronted),
  );
  // Positive evidence outranks an inference: a vendor verdict drawn from an absent header yields to a
  // token in the link or a cause the page states.
  // (A token that has not expired proves nothing against the vendor: a firewall refuses tokened links too.)
  // A web filter's page on the network the viewer is on: a vendor named by the link alone (its host, its signed-link
  // parameters) never answered (Zscaler's category block on a signed R2 link,
  // https://github.com/screenpipe/screenpipe/issues/6264). A vendor with marks of its own in the answer keeps them.
  // So did a security suite on the device that answered in the site's place (Bitdefender's page for a GitHub
  // release's S3 link, https://github.com/fabiangreffrath/crispy-doom/issues/588); not a licence server's own device
  // error, which the server named by its host did write (review).
  const inPlace = Boolean(stated && 'inPlace' in stated && stated.inPlace);
  // A court-ordered block is the viewer's provider's notice: the host's own vendor did not write it (review), nor did
  // a vendor the link alone names (a provider's notice on a tokened CDN link, review of the forty-first batch).
  const ordered = Boolean(stated && 'ordered' in stated && stated.ordered);
  const filtered = (stated?.layer === 'network' || inPlace || ordered) && vendor?.requestOnly === true;
  // A CDN named by the link alone (its signed path) carried an API's JSON that states a cause: the origin's words outrank
  // the link's (Cloud CDN passes its origin's "not available in your region" on a link it accepted, review). Not a
  // platform, which writes its own answers, nor a page, whose help texts may name causes it did not meet.
  const carriedJson =
    vendor?.requestOnly === true &&
    vendor.kind === 'cdn' &&
    /^\s*[{[]/.test(exchange.body ?? '') &&
    stated !== null &&
    !stated.loose &&
    !challengeOnly;
  const weakVendor = vendor && (filtered || (!vendor.own && (expired || stated || relay)) || carriedJson);
  const fromVendor = vendor && !weakVendor ? vendorVerdict(vendor, exchange) : null;
  // An object store's AccessDenied is its one word for every refusal; where its message says the request's own
  // signing failed ("AWS authentication requires a valid Date or x-amz-date header"), that is the cause.
  // Not a bare WWW-Authenticate a proxy in front added: the store's words only (review).
  if (
    fromVendor &&
    vendor?.errorKey &&
    STORE_DENIALS.has(vendor.errorKey) &&
    stated?.layer === 'auth' &&
    !challengeOnly
  ) {
    fromVendor.layer = 'auth';
    fromVendor.evidence = [...fromVendor.evidence, statedLine(onSuccess, stated)];
  }
  // A store's own detail that says the request's time is off, under its one word for a refused signature (Azure
  // Storage's "Request date header too old" in an AuthenticationFailed, https://github.com/Azure/azure-sdk-for-js/issues/5433):
  // the caller's clock, as the stores' own skew codes say (review of the seventy-third batch).
  if (fromVendor && vendor?.kind === 'store' && stated?.layer === 'device' && !inPlace) {
    fromVendor.layer = 'device';
    fromVendor.evidence = [...fromVendor.evidence, statedLine(onSuccess, stated)];
  }
  const fromClock = clockSkewEvidence(exchange);

  let basis: Finding['basis'] = 'status';
  let leaned = false;
  // A CDN that stands in front passes its origin's 401 on. One that asks for credentials itself challenges, as RFC 9110
  // §15.5.2 has a 401 do, or says its function wrote the answer (CloudFront's "FunctionGeneratedResponse", a JWT check at
  // its edge: aws-samples/amazon-cloudfront-functions, kvs-jwt-verify). Otherwise, named by its headers or its customers'
  // default host names (d….cloudfront.net, *.b-cdn.net: review) on a 401, it carried an API's answer (Binance's through
  // CloudFront, its own X-MBX-USED-WEIGHT beside "X-Cache: Error from cloudfront", https://github.com/ccxt/ccxt/issues/14993).
  // A video service a CDN's company runs (Cloudflare Stream) is a platform row, not a CDN.
  const carried =
    exchange.status === 401 &&
    vendor?.kind === 'cdn' &&
    !vendor.own &&
    !vendor.requestOnly &&
    !getHeader(exchange.responseHeaders, 'www-authenticate') &&
    !/(?:Function|Lambda)GeneratedResponse/i.test(getHeader(exchange.responseHeaders, 'x-cache') ?? '');
  let named: string | null =
    vendor && vendor.kind !== 'origin' && !relay && !ordered && !filtered && !carried ? vendor.vendor : null;
  if (fromPanel) {
    basis = 'panel';
    layer = fromPanel;
    confidence = 0.9;
    for (const line of panelReply?.evidence ?? []) evidence.push(line);
    // Stalker/Ministra's replies are its own words; the Xtream API is spoken by many panels alike.
    if (panelReply?.panel === 'stalker') named = 'stalker';
  } else if (disguised) {
    basis = 'panel';
    layer = 'auth';
    confidence = 0.45;
    named = 'xtream';
    evidence.push(
      'nginx-style 404 page on the panel API: XC_VM disguises a refused login (or line) this way',
    );
  } else if (fromVendor) {
    basis = 'vendor';
    layer = fromVendor.layer;
    // A platform's API refusing on HTTP 200 is often answered by the app itself (a session renewed, another client
    // tried) before the viewer notices: likely, never sure (review).
    confidence =
      onSuccess?.answer === 'json'
        ? Math.min(fromVendor.confidence, JSON_SUCCESS_CAP)
        : fromVendor.confidence;
    for (const line of fromVendor.evidence) evidence.push(line);
  } else if (tokenRule) {
    basis = 'signature';
    layer = 'app';
    confidence = expired ? 0.75 : 0.7;
    if (vendor) for (const line of vendor.evidence) evidence.push(line);
    if (token) evidence.push(`the link carries a token (${token}): the service's token rule refused it`);
    else if (signedLink && stated) evidence.push(statedLine(onSuccess, stated));
    if (expired) evidence.push(expired);
  } else if (stated) {
    basis = 'stated';
    layer = stated.layer;
    // A login wall on one request is often an optional call an anonymous viewer meets on the way: below a failure's
    // own reading, so a refused stream or a server error in the same capture leads (review).
    confidence = onSuccess?.answer === 'sign-in' ? 0.45 : 0.7;
    if (vendor) for (const line of vendor.evidence) evidence.push(line);
    evidence.push(statedLine(onSuccess, stated));
  } else {
    const guess = statusOnlyLayer(exchange.status, info.layers, role.role, relay ? null : vendor);
    const lean = guess.open ? wordLean(exchange) : null;
    leaned = lean !== null;
    layer = lean?.layer ?? guess.layer;
    confidence = lean ? LEAN_CONFIDENCE : guess.confidence;
    if (vendor) for (const line of vendor.evidence) evidence.push(line);
    evidence.push(
      lean
        ? `no marker names who refused; its words (${lean.words.map((word) => `"${word}"`).join(', ')}) lean towards ${lean.layer}: a guess from words, learned from captures others published`
        : guess.reason,
    );
  }
  // Skew is only evidence here: one odd Date header proves little; the clock-skew rule weighs all entries.
  if (fromClock) evidence.push(fromClock);
  if (panelReply && !fromPanel) for (const line of panelReply.evidence) evidence.push(line);
  // The code alone: its city is display data (src/knowledge/edges/pop-codes.ts), shown by the popup and the report.
  if (edge) evidence.push(`edge ${edge.pop}`);

  finding.layer = layer;
  finding.basis = basis;
  finding.vendor = named;
  finding.confidence = round(confidence);
  if (leaned) finding.leaned = true;
  finding.evidence = evidence;
  finding.errorClass = onSuccess ? 'refusal' : bodyRefusal ? 'auth' : info.errorClass;
  if (named && vendor?.action && vendor.vendor === named && !weakVendor) finding.action = vendor.action;
  if (vendor?.errorCode && !weakVendor) finding.vendorErrorCode = vendor.errorCode;
  if (panelReply) finding.panelReply = panelReply;
  return finding;
}

function panelVerdict(reply: PanelReply | null): Layer | null {
  if (!reply) return null;
  return reply.layer === 'account' || reply.layer === 'auth' ? reply.layer : null;
}

/**
 * Object stores' "the signature does not match" codes mean a refused signed link when the URL carries one (B2's
 * own parameter included, src/knowledge/refusals/tokens.ts). With no signature in the URL, the request was
 * signed with the caller's own key (an upload tool, an S3 client): its credentials are wrong, as DigitalOcean
 * Spaces told ShareX (https://github.com/ShareX/ShareX/issues/2803). A form upload is left out: a presigned POST
 * form signs with the service's key, in the form's fields.
 */
const SIGNED_LINK_KEYS: ReadonlySet<string> = new Set([
  'aws-s3-signed',
  'google-cloud-storage-signed',
  'backblaze-b2-signed',
]);

/** Object stores' AccessDenied, their code for any refusal (src/knowledge/vendors/errors/facts-table.ts). */
const STORE_DENIALS: ReadonlySet<string> = new Set([
  'aws-s3-denied',
  'google-cloud-storage-denied',
  'ibm-cos-denied',
  'backblaze-b2-denied',
]);

/**
 * An expired link's own expiry, which S3 and the stores that speak its XML write into the refusal
 * ("<Message>Request has expired</Message><Expires>2018-11-05T05:37:05Z</Expires><ServerTime>…", in
 * test/fixtures/real/aws-s3-403-presigned-request-has-expired.har; Alibaba Cloud OSS alike,
 * https://github.com/johnlui/AliyunOSS/issues/20): the request was a signed link, whatever address a report kept.
 */
const LINK_EXPIRY = /<Expires>[^<]{1,40}<\/Expires>/;

/**
 * A link signed by the older scheme signs its expiry where a request signed in a header signs its date: S3's
 * query-string authentication, "HTTP-VERB\nContent-MD5\nContent-Type\nExpires\n…"
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/RESTAuthentication.html#RESTAuthenticationQueryStringAuth),
 * copied by Alibaba Cloud OSS and Cloud Storage's V2 links. The refusal's <StringToSign> shows it, seconds since
 * 1970 after the verb: "GET\n\n\n1708795817\n/testexample/…" (OSS, https://github.com/vastsa/FileCodeBox/issues/137),
 * "GET 1629488504 /BUCKET_NAME/…" (Cloud Storage, https://github.com/jschneier/django-storages/issues/1021). A header's
 * date is a written date, or empty beside x-amz-date.
 */
const SIGNED_EXPIRY =
  /<StringToSign>\s*[A-Z]{3,7}\s+(?:[A-Za-z0-9+/=]{22,24}\s+)?(?:[\w.+-]{1,64}\/[\w.+-]{1,64}\s+)?\d{9,11}\s/;

/** A browser upload by presigned POST carries the service's policy and signature in its form, not the URL. */
const formUpload = (exchange: Exchange) =>
  exchange.method === 'POST' &&
  /multipart\/form-data/i.test(getHeader(exchange.requestHeaders, 'content-type') ?? '');

function vendorVerdict(
  vendor: VendorVerdict,
  exchange: Exchange,
): { layer: Layer; confidence: number; evidence: string[] } | null {
  const { status } = exchange;
  // The vendor's error number is more precise than its action: Cloudflare 1010 (browser signature) is
  // the device's doing, 1011 (hotlinking) a rule of the site, though both are "blocks".
  let fromCode = vendor.errorKey ? vendorErrorFacts(vendor.errorKey)?.layer : undefined;
  let evidence = vendor.evidence;
  // A 401 that asks for credentials (WWW-Authenticate) means them, whatever a token or path convention suggests:
  // an nginx Basic-auth prompt on a chunk list named like OvenMediaEngine's is not OME's session rule (review).
  if (
    fromCode === 'app' &&
    status === 401 &&
    getHeader(exchange.responseHeaders, 'www-authenticate') !== undefined
  )
    fromCode = 'auth';
  // API Gateway's ForbiddenException is its answer to an API key it does not accept as much as to its firewall
  // (INVALID_API_KEY, WAF_FILTERED: https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html):
  // when the request carried a key in x-api-key, the header the gateway reads it from, the key is what it refused
  // (a fake key recorded in danielnsilva/semanticscholar@73c77266abcab52125941736d87c659ed4fa0e15:tests/data/test_debug.yaml).
  // Only its bare answer to a key: a 403 ForbiddenException whose whole body is {"message":"Forbidden"} and a key that
  // was sent; a likelihood, not a proof (a WAF rule and a private API answer the same, review), kept below the band
  // where the verdict is sure.
  const keyRefused =
    vendor.errorKey === 'aws-api-gateway-denied' &&
    status === 403 &&
    /^ForbiddenException\b/.test(getHeader(exchange.responseHeaders, 'x-amzn-errortype') ?? '') &&
    /^\s*\{\s*"message"\s*:\s*"Forbidden"\s*\}\s*$/.test(exchange.body ?? '') &&
    (getHeader(exchange.requestHeaders, 'x-api-key') ?? '').trim() !== '';
  if (keyRefused) {
    fromCode = 'auth';
    evidence = [
      ...evidence,
      'the request carried an API key (x-api-key): the gateway answers a key it refuses so, and a firewall rule alike',
    ];
  }
  if (
    vendor.errorKey &&
    SIGNED_LINK_KEYS.has(vendor.errorKey) &&
    !tokenIn(exchange.url) &&
    !B2_LINK_TOKEN.test(exchange.url) &&
    !formUpload(exchange) &&
    !LINK_EXPIRY.test(exchange.body ?? '') &&
    !SIGNED_EXPIRY.test(exchange.body ?? '')
  ) {
    fromCode = 'auth';
    evidence = [...evidence, 'no signature in the URL: the request was signed with the caller’s own key'];
  }
  // A geo rule the edge states in its own header (SBS's Akamai: `x-error-reason: geo-blocked`) is more precise
  // than the edge's action, which only says it refused.
  const stated = fromCode ? null : reasonHeaderIn(exchange.responseHeaders, status);
  const geoHeader = stated?.layer === 'geo' ? stated : null;
  if (geoHeader) {
    fromCode = 'geo';
    evidence = [...evidence, `the response states it: "${geoHeader.phrase}"`];
  }
  const fromAction = fromCode ?? (vendor.action ? LAYER_OF_ACTION[vendor.action] : null);
  if (fromAction) {
    // A vendor's explicit marker (error number, mitigation header) is the strongest passive proof we get;
    // an action inferred from an absent header is a likelihood (the real captures show origins' pages
    // behind Cloudflare without cf-cache-status), kept below the band where the verdict is sure.
    const certain = Math.min(0.95, 0.55 + vendor.confidence * 0.4);
    return {
      layer: fromAction,
      confidence: vendor.own && !keyRefused ? certain : Math.min(certain, INFERRED_CAP),
      evidence,
    };
  }
  if (status === 429) return { layer: 'rate-limit', confidence: 0.75, evidence };
  return null;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** How a stated cause reads as evidence, by what answered: a redirect, a page, a script, an API's object. */
function statedLine(onSuccess: PageOnSuccess | null, stated: Stated): string {
  const { phrase } = stated;
  // The widget's script is what the page carries, not words it says.
  if (stated.widget)
    return `the page embeds a CAPTCHA (${phrase}): a bot check stands between this device and the service`;
  switch (onSuccess?.answer) {
    case 'redirect':
      return `redirected to a private address (${phrase}): a box between this device and the service answered (a captive portal, a filter)`;
    case 'hotspot':
      return `redirected to a Wi-Fi hotspot's login page (${phrase}): sign in to the hotspot, then try again`;
    case 'sign-in':
      return `redirected to the service's own sign-in page (${phrase}): it wants you signed in first`;
    case 'gone':
      return `redirected to the host's own error page for a removed file (${phrase}): the file is no longer there`;
    case 'notice':
      return `redirected to a block notice (${phrase}): the network this device is on blocks this address`;
    case 'lookup':
      return `the internet provider's name service answered with its own search page (${phrase}): the service's name did not resolve on this network`;
    case 'script':
      return "the page is only a script that sets a cookie and reloads it: a bot check's challenge";
    default:
      return `the ${onSuccess && !onSuccess.answer ? 'page' : 'response'} states it: "${phrase}"`;
  }
}
