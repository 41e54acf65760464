import { getHeader } from '../../http/headers.ts';
import type { BlockKind, Exchange, VendorMatch } from '../../types.ts';
import { SPENT_QUOTA } from '../refusals/stated.ts';
import { clip, type Hits, scannedBody } from './collect.ts';
import { BODY_SCAN_LIMIT, type FlatRow } from './compile.ts';
import { vendorErrorFacts } from './errors/facts.ts';
import type { Marker, VendorKind } from './schema.ts';

/** A vendor match plus what the engine needs to explain it. */
export interface VendorVerdict extends VendorMatch {
  /** Key for `vendorErrorFacts` when the markers say which error this is (`cloudflare-1020`, `akamai-reference`). */
  errorKey?: string;
  kind: VendorKind;
  /** The vendor's own words (its page, code, mitigation header) made this answer, not only its presence. */
  own: boolean;
  /**
   * The body is positively the origin's own (its server software's page, an API's JSON): a vendor that did
   * not say anything of its own only carried it.
   */
  relayed?: boolean;
  /** Named by the request alone (its host, its signed-link parameters): nothing in the answer is its own. */
  requestOnly?: true;
}

/** When two markers of one vendor disagree, the most specific reading wins. */
const ACTION_ORDER: readonly BlockKind[] = [
  'geo',
  'rate-limit',
  'challenge',
  'auth',
  'block',
  'origin-error',
  'unknown',
];

/** Kinds that run the service's own delivery rather than stand in front of it. */
export const SERVICE_KINDS: ReadonlySet<VendorKind> = new Set(['platform', 'stream', 'store', 'panel']);

/** Statuses that say no to the client; a relayed one is the origin's refusal. */
const REFUSALS: ReadonlySet<number> = new Set([401, 403, 429]);

/** Below this a vendor is not named at all. */
const MIN_CONFIDENCE = 0.15;
/** A vendor's own verdict only ranks it when we are reasonably sure the vendor is there. */
const VERDICT_FLOOR = 0.5;
/** A cache-status header on an error without any verdict: the vendor probably relayed the origin's refusal. */
const RELAYED_CAP = 0.5;

interface Candidate {
  row: number;
  verdict: VendorVerdict;
  /**
   * 2: the vendor's own words (code, block page, header); 1: its own page without a reason; 0.75: a page that
   * only references the vendor; 0.5: inferred from an absent header.
   */
  strength: number;
  /** Named only by the request (its host, its signed-link parameters): it carried the request. */
  requestOnly: boolean;
  /** Its own markers are in the body: it wrote the answer. */
  wroteBody: boolean;
}

/** Markers read from the request, not from the answer. */
const REQUEST_SIDE: ReadonlySet<Marker['on']> = new Set(['url', 'param', 'host']);

/** A page is "referenced only" when every marker that matched is a reference to the vendor's assets. */
const REFERENCE_ONLY = 0.75;

function statusFits(marker: Marker, status: number): boolean {
  return !marker.statuses || marker.statuses.includes(status);
}

function normalizeCode(code: string): string {
  return code.toLowerCase().replace(/_/g, '-');
}

function judgeRow(
  row: FlatRow,
  rowIndex: number,
  found: (string | undefined)[],
  exchange: Exchange,
  originBody: boolean,
  originServer: boolean,
  originPage: boolean,
  /** The answer's Server is origin software's that no vendor row names (UNNAMED_ORIGIN): no edge writes it. */
  unnamedOrigin: boolean,
): Candidate | null {
  const status = exchange.status;
  const counted: { marker: Marker; evidence: string }[] = [];
  row.markers.forEach((marker, index) => {
    const evidence = found[index];
    if (evidence !== undefined && statusFits(marker, status)) counted.push({ marker, evidence });
  });
  if (counted.length === 0) return null;
  if (row.parentIndex !== undefined && !found.slice(0, row.ownMarkers).some((hit) => hit !== undefined))
    return null;
  const raw = 1 - counted.reduce((miss, { marker }) => miss * (1 - marker.weight), 1);
  let confidence = Math.round(Math.min(raw, 0.99) * 100) / 100;
  const evidence = counted.map((hit) => hit.evidence);
  const own = counted.some(({ marker }) => !marker.ref && (marker.own || marker.action));
  const referenceOnly = counted.every(({ marker }) => marker.ref);
  const relay = counted.find(({ marker }) => marker.passThrough);
  let action: BlockKind | undefined;
  let errorCode: string | undefined;
  let errorKey: string | undefined;
  // A code its row reads in the answer (body, reason, a header), not one a request-side marker implies.
  let answerCode = false;
  let strength = own ? 1 : 0;

  for (const reader of row.codes ?? []) {
    if (reader.statuses && !reader.statuses.includes(status)) continue;
    const text =
      reader.from === 'body'
        ? scannedBody(exchange)
        : reader.from === 'reason'
          ? (exchange.statusText ?? '')
          : (getHeader(exchange.responseHeaders, reader.from) ?? '');
    const code = reader.pattern.exec(text)?.[1];
    if (!code) continue;
    errorCode = code;
    errorKey = reader.keys
      ? reader.keys[code.toUpperCase()]
      : (reader.key ?? `${row.errorVendor}-${normalizeCode(code)}`);
    evidence.push(clip(`${row.name} error code ${code}`));
    if (errorKey) answerCode = true;
    const info = errorKey ? vendorErrorFacts(errorKey) : null;
    if (info) {
      action = info.action;
      strength = 2;
    }
    break;
  }
  if (!action) {
    // A referenced script says what it would do, not what this response did, unless nothing else is there.
    const acting = counted
      .filter(({ marker }) => marker.action && (!marker.ref || referenceOnly))
      .sort((a, b) => ACTION_ORDER.indexOf(a.marker.action!) - ACTION_ORDER.indexOf(b.marker.action!))[0];
    if (acting) {
      action = acting.marker.action;
      errorKey ??= acting.marker.errorKey;
      strength = 2;
    }
  }
  if (!action) {
    const rule = (row.statusRules ?? []).find(
      (candidate) =>
        candidate.statuses.includes(status) &&
        (candidate.when === 'always' ||
          (candidate.when === 'own-page' && own) ||
          // A picture where a playlist or page was asked for (SHOWROOM's geo block).
          (candidate.when === 'image-body' && pictureAnswer(exchange)) ||
          // An absent cache header is weak: the origin's own page, when positively seen, outranks it, and so
          // does a page that carries none of the vendor's own markers (someone else wrote it).
          (candidate.when === 'no-pass-through' &&
            !relay &&
            !originBody &&
            !foreignPage(row, found, exchange) &&
            !originCookie(row, exchange))),
    );
    if (rule) {
      action = rule.action;
      if (rule.codeFromStatus) errorKey ??= `${row.errorVendor}-${status}`;
      errorKey ??= rule.errorKey;
      strength = rule.when === 'no-pass-through' ? Math.max(strength, 0.5) : 2;
      evidence.push(
        clip(rule.note ? `HTTP ${status}: ${rule.note}` : `HTTP ${status} from ${row.name} itself`),
      );
    }
  }
  // A refusal with its cache-status header and nothing of its own crossed the vendor from the origin: the
  // vendor did not say no (an origin's own rate limit behind Cloudflare, https://github.com/calzoneman/aeiou/issues/19).
  // A missing file or a server error it carried is still named as the one that answered.
  // So did one whose own Server stamp is missing where origin software signed the answer (CloudFront's own
  // errors say "Server: CloudFront"; crates.io's policy text came through it with "Server: nginx",
  // https://github.com/rust-lang/cargo/issues/9040).
  // Only a CDN relays: a firewall, bot manager or media server behind (or inside) the origin's nginx shows its
  // own marker beside that nginx stamp and still said no itself (naxsi is an nginx module).
  const stampMissing =
    row.kind === 'cdn' &&
    originServer &&
    row.markers.some((marker) => marker.on === 'header' && marker.key === 'server' && !marker.passThrough) &&
    !row.markers.some(
      (marker, index) => marker.on === 'header' && marker.key === 'server' && found[index] !== undefined,
    );
  // A status no registry has (LinkedIn's 999 through Cloudflare, microlinkhq/is-antibot's recording) is the
  // service's own invention: a CDN without a marker of its own only carried it.
  const invented = status >= 600;
  // A challenge in any scheme but Basic is the origin's: a CDN asks for no bearer token itself (Trakt's Doorkeeper "Bearer
  // … invalid_grant" through Cloudflare, https://github.com/trakt/trakt-api/issues/48), nor for a Rails app's `Token
  // realm="Application"` (through Cloudflare, https://github.com/Alamofire/Alamofire/issues/919). Not a Basic one:
  // CloudFront's functions, Fastly's VCL, Netlify's and Vercel's password protection write those at the edge (review).
  const challenged =
    row.kind === 'cdn' &&
    status === 401 &&
    /^\s*(?!basic\b)[a-z][\w.-]{0,30}(?:\s|$)/i.test(
      getHeader(exchange.responseHeaders, 'www-authenticate') ?? '',
    );
  // A missing file whose Server stamp is origin software's was the origin's answer, carried (DeviantArt's "404 Not Found"
  // text with Server: Apache through CloudFront, Meetup's empty 404 through Fastly: Embed's recordings above).
  // Only where the stamp can be no edge's own: a CDN that signs its answers and did not (stampMissing), or Apache's token,
  // which no CDN's edge writes. Gcore's, NGENIX's and Front Door's edges answer "Server: nginx" themselves (review).
  // A server error signed the same way is the origin's too (an nginx 502 of 150 bytes with "Server: nginx" through
  // CloudFront, whose own 502 says "Server: CloudFront": https://github.com/crunchy-labs/crunchy-cli/issues/264); one
  // with no origin stamp stays the CDN's, the one that answered (Yelp's bodiless 503 through Fastly).
  const carriedMissing =
    row.kind === 'cdn' &&
    (status === 404 || status === 410 || status >= 500) &&
    (stampMissing || unnamedOrigin);
  // A limit that counts itself in the answer's own rate-limit headers (SPENT_QUOTA's, which the stated reading uses too)
  // is the service's (an app's 429 with x-ratelimit-limit/remaining through Google's front end, a remarkable SDK's
  // recording, Alberto-Writes-Typescript/a-remarkable-js-sdk@7ee6091e33101677fa00f43eba9c08232d471910): a CDN's own
  // limit page carries none of them.
  const appLimit = status === 429 && exchange.responseHeaders.some((header) => SPENT_QUOTA.test(header.name));
  const carried =
    !action &&
    !own &&
    ((REFUSALS.has(status) && (Boolean(relay) || stampMissing || challenged)) ||
      carriedMissing ||
      invented ||
      appLimit);
  if (!action && status >= 400) {
    action = 'unknown';
    if (relay && !own) {
      confidence = Math.min(confidence, RELAYED_CAP);
      evidence.push(clip(`${relay.evidence} → probably the origin's own ${status}, relayed by ${row.name}`));
    }
  }
  if (errorKey && errorCode === undefined) errorCode = vendorErrorFacts(errorKey)?.code ?? String(status);
  if (confidence < MIN_CONFIDENCE) return null;
  if (referenceOnly) strength = Math.min(strength, REFERENCE_ONLY);
  if (row.kind === 'origin' || confidence < VERDICT_FLOOR) strength = 0;
  const requestOnly = counted.every(({ marker }) => REQUEST_SIDE.has(marker.on) || marker.sent === true);
  // What the request was meant for says nothing of who answered when server software wrote its own page: a reverse
  // proxy's login in front of a Plex server (review). Not its Server header alone: nginx hides the upstream's.
  // Nor a Basic login from software that never asks for one: the server that asks is the one in front (Caddy's
  // basicauth or Traefik's on Plex's own port, review); Tvheadend or Wowza may ask themselves, and keep their name.
  if (requestOnly && (originPage || (row.asksNoLogin && basicLogin(exchange))) && status >= 400) return null;
  const wroteBody =
    row.kind !== 'origin' &&
    counted.some(({ marker }) => marker.own && (marker.on === 'body' || marker.on === 'body-match'));
  const verdict: VendorVerdict = {
    vendor: row.id,
    name: row.name,
    kind: row.kind,
    confidence,
    evidence,
    own: strength >= 1,
  };
  if (action) verdict.action = action;
  if (errorCode !== undefined) verdict.errorCode = errorCode;
  if (errorKey) verdict.errorKey = errorKey;
  if (carried) verdict.relayed = true;
  if (requestOnly) verdict.requestOnly = true;
  // So does a refusal an own marker of the answer names (thePlatform's "GeoLocationBlocked" on a 200, review): only a
  // request-side marker (a host, a link's parameter) fails the small-envelope gate.
  if (
    answerCode ||
    (errorKey !== undefined &&
      counted.some(
        ({ marker }) => marker.own && marker.errorKey !== undefined && !REQUEST_SIDE.has(marker.on),
      ))
  )
    verdict.answerCode = true;
  return { row: rowIndex, verdict, strength, requestOnly, wroteBody };
}

function related(rows: readonly FlatRow[], a: number, b: number): boolean {
  return rows[a]?.parentIndex === b || rows[b]?.parentIndex === a;
}

/**
 * Turns the raw hits into one answer: the vendor whose own words explain the response best, then the most
 * certain one. Shared by the indexed and the naive matcher, so only their collection can differ.
 */
export function resolveVerdict(
  rows: readonly FlatRow[],
  hits: Hits,
  exchange: Exchange,
): VendorVerdict | null {
  const originPage = pageOfOrigin(rows, hits);
  const originBody = originPage || wroteByOrigin(exchange);
  const unnamedOrigin = UNNAMED_ORIGIN.test(getHeader(exchange.responseHeaders, 'server') ?? '');
  const originServer = signedByOrigin(rows, hits) || unnamedOrigin;
  const candidates: Candidate[] = [];
  for (const [rowIndex, found] of hits) {
    const row = rows[rowIndex];
    const candidate = row
      ? judgeRow(row, rowIndex, found, exchange, originBody, originServer, originPage, unnamedOrigin)
      : null;
    if (candidate) candidates.push(candidate);
  }
  candidates.sort(
    (a, b) => b.strength + b.verdict.confidence - (a.strength + a.verdict.confidence) || a.row - b.row,
  );
  // A vendor the request alone names (a CloudFront host and its signed-link parameters) only carried the
  // request when another vendor's own body answers it: the one who wrote the refusal refused (a distribution
  // that passed a signed query on to S3, https://github.com/boto/boto/issues/3244).
  const author = candidates[0]?.requestOnly
    ? candidates.findIndex((candidate) => candidate.wroteBody && candidate.strength >= 1)
    : -1;
  const [moved] = author > 0 ? candidates.splice(author, 1) : [];
  if (moved) candidates.unshift(moved);
  // A platform asked at its own host answered what a CDN in front of it only carried, with nothing of the CDN's own
  // in it and no rule of the CDN's that reads its status (Cloudflare's bare 403 is Cloudflare's): Wistia's 404 through CloudFront and Fastly (thibaudgg/video_info@05f3c4ce:spec/fixtures/vcr_cassettes, its
  // Wistia recordings).
  const top = candidates[0];
  if (
    top &&
    !top.verdict.own &&
    (top.verdict.action === undefined || top.verdict.action === 'unknown') &&
    rows[top.row]?.kind === 'cdn' &&
    // Only on evidence the origin wrote it (its server software's stamp, its JSON, a pass-through header, a Server
    // name no edge writes, GitHub Pages' "GitHub.com" behind Fastly): a CDN's own error, caught without its page,
    // keeps the CDN (review).
    (originServer || originBody || top.verdict.relayed === true || stampedByOrigin(rows, hits, exchange))
  ) {
    const home = candidates.findIndex((candidate) => {
      const row = rows[candidate.row];
      return (
        row !== undefined && SERVICE_KINDS.has(row.kind) && answeredAtHome(row, hits.get(candidate.row) ?? [])
      );
    });
    const [platform] = home > 0 ? candidates.splice(home, 1) : [];
    if (platform) candidates.unshift(platform);
  }
  const [best, ...rest] = candidates;
  if (!best) return null;
  // Another vendor is worth naming only on evidence of its own, not on a marker both rows share.
  const runnerUp = rest.find(
    (other) =>
      other.verdict.confidence >= VERDICT_FLOOR &&
      !related(rows, best.row, other.row) &&
      other.verdict.evidence.some((line) => !best.verdict.evidence.includes(line)),
  );
  if (runnerUp) {
    const first = runnerUp.verdict.evidence[0] ?? '';
    // The other vendor's marker value is quoted, as body markers already are: it stays as the response wrote it
    // (x-cache: "Error from cloudfront"), in any language.
    const marker = /^(?:body|reason): "/.test(first)
      ? first
      : first.replace(
          /^([\w.-]+: )(.+)$/,
          (_, name: string, value: string) => `${name}"${value.slice(0, 80).replace(/"/g, "'")}"`,
        );
    best.verdict.evidence.push(clip(`also seen: ${runnerUp.verdict.name} (${marker})`));
  }
  const bestRow = rows[best.row];
  const foreign = bestRow
    ? foreignPage(bestRow, hits.get(best.row) ?? [], exchange) ||
      (ownStatusRule(bestRow, exchange.status) && originCookie(bestRow, exchange))
    : false;
  if ((originBody || foreign) && !best.verdict.own && !answeredAtHome(bestRow, hits.get(best.row) ?? []))
    best.verdict.relayed = true;
  return best.verdict;
}

/**
 * A video platform known only by its own hosts, asked on one of them, is the service itself: the JSON it
 * answered with is its own (Vimeo's player config refusing an embed, YTVimeoExtractor#20), never carried.
 * A row with header markers (a load balancer, a gateway, a store, a streaming server) can sit in front of
 * someone else's software, so it keeps the origin-body reading (review: ELB, API Gateway, x-ms-request-id).
 */
function answeredAtHome(row: FlatRow | undefined, found: (string | undefined)[]): boolean {
  if (!row || !SERVICE_KINDS.has(row.kind)) return false;
  // Its own headers (Vimeo's error media type) say it answered; others (a gateway's, a store's) may front someone
  // else, and so does a front whose own Server stamp (ELB's awselb/2.0) is missing: its targets keep theirs (review).
  if (
    row.markers.some(
      (marker, index) =>
        (marker.on === 'header' || marker.on === 'cookie') &&
        (!marker.own || (marker.key === 'server' && found[index] === undefined)),
    )
  )
    return false;
  // Its own site's host, or its API's address (YouTube's Data API under googleapis.com).
  return row.markers.some(
    (marker, index) => (marker.on === 'host' || marker.on === 'url') && found[index] !== undefined,
  );
}

function pictureAnswer(exchange: Exchange): boolean {
  const type = exchange.mimeType ?? getHeader(exchange.responseHeaders, 'content-type') ?? '';
  return /^image\//i.test(type.trim());
}

/**
 * A whole page was read (not an excerpt cut short), the vendor has pages of its own, and none of their
 * markers is in it: someone else wrote it.
 */
function foreignPage(row: FlatRow, found: (string | undefined)[], exchange: Exchange): boolean {
  const body = exchange.body ?? '';
  if (body.length < FOREIGN_PAGE_MIN || !WHOLE_PAGE.test(body)) return false;
  const own = row.markers.filter(
    (marker) => marker.own && (marker.on === 'body' || marker.on === 'body-match'),
  );
  return (
    own.length > 0 && !row.markers.some((marker, index) => own.includes(marker) && found[index] !== undefined)
  );
}

/**
 * The answer sets a cookie that is not the vendor's own: the origin's application wrote these headers, so the
 * request reached it and the refusal came from there. reddit's own 429 through Cloudflare set its `loid` beside
 * Cloudflare's `__cfduid`, with no cf-cache-status in 2016 (https://github.com/dkhamsing/awesome_bot/issues/86); an
 * edge that refuses on its own never asked the origin, whose cookies it cannot have.
 */
function originCookie(row: FlatRow, exchange: Exchange): boolean {
  // The vendor's cookie families by their lead (Cloudflare's __cf…, cf_…, _cf…: its waiting room's __cfwaitingroom
  // and Access's CF_AppSession are not in the row, review), compared without case.
  const families = new Set(
    row.markers.flatMap((marker) =>
      marker.on === 'cookie' || marker.on === 'cookie-prefix' ? [cookieFamily(marker.key)] : [],
    ),
  );
  for (const header of exchange.responseHeaders) {
    if (header.name.toLowerCase() !== 'set-cookie') continue;
    // One header per cookie, or several joined by new lines or by ", " before the next name (review).
    for (const part of header.value.split(/\n|,\s*(?=[^\s=;,]+=)/)) {
      const equals = part.indexOf('=');
      const name = equals > 0 ? part.slice(0, equals).trim() : '';
      if (name && !families.has(cookieFamily(name))) return true;
    }
  }
  return false;
}

/** A cookie name's family: its first two letters after any leading underscores, lower case. */
const cookieFamily = (name: string) => name.replace(/^_+/, '').slice(0, 2).toLowerCase();

/** The row answers this status by a rule that reads an absent cache header (Cloudflare's own 403 and 429). */
const ownStatusRule = (row: FlatRow, status: number) =>
  (row.statusRules ?? []).some((rule) => rule.when === 'no-pass-through' && rule.statuses.includes(status));

/** Shorter bodies are excerpts or bare texts, not a page whose author can be told. */
const FOREIGN_PAGE_MIN = 200;
const WHOLE_PAGE = /<\/(?:html|body)>\s*$/i;

/**
 * Names that edge and cache software write on their own answers, which no row marks as a vendor's: Fastly's errors
 * say "Server: Varnish" (its no-healthy-backend 503, https://github.com/jenkins-infra/helpdesk/issues/2899), Apache
 * Traffic Server "ATS/…", Akamai's storage "AkamaiNetStorage" (review).
 */
const EDGE_SERVER = /^(?:Varnish|ATS\b|AkamaiNetStorage)/i;

/**
 * A Server header that no edge in front wrote: none of the matched CDNs', firewalls' or bot managers' own Server
 * markers reads it, and it is no cache's name (GitHub Pages answers through Fastly with "Server: GitHub.com",
 * https://github.com/h5bp/h5bp.github.io/issues/10).
 */
function stampedByOrigin(rows: readonly FlatRow[], hits: Hits, exchange: Exchange): boolean {
  const server = getHeader(exchange.responseHeaders, 'server');
  if (!server || EDGE_SERVER.test(server.trim())) return false;
  for (const [rowIndex, found] of hits) {
    const row = rows[rowIndex];
    if (!row || (row.kind !== 'cdn' && row.kind !== 'waf' && row.kind !== 'bot')) continue;
    if (
      row.markers.some(
        (marker, index) => marker.on === 'header' && marker.key === 'server' && found[index] !== undefined,
      )
    )
      return false;
  }
  return true;
}

/** A Basic login challenge (RFC 7617) on the answer. */
function basicLogin(exchange: Exchange): boolean {
  return /^\s*basic\b/i.test(getHeader(exchange.responseHeaders, 'www-authenticate') ?? '');
}

/** The Server header names generic server software (nginx, Varnish…): the service's own program signed it. */
/**
 * Origin software whose Server stamp names no one (a plain Apache 403 names nobody: test/fixtures/vendors/) but says the
 * origin signed the answer: Apache's token, "Apache" then its version (https://httpd.apache.org/docs/2.4/mod/core.html#servertokens),
 * on DeviantArt's 404 through CloudFront and Meetup's through Fastly (oscarotero/Embed@62bd05060757a874673b4cda2299d94dd18f9a85:
 * tests/cache/).
 */
const UNNAMED_ORIGIN = /^Apache(?:\/|$)/;

function signedByOrigin(rows: readonly FlatRow[], hits: Hits): boolean {
  for (const [rowIndex, found] of hits) {
    const row = rows[rowIndex];
    if (
      row?.kind === 'origin' &&
      row.markers.some(
        (marker, index) => marker.on === 'header' && marker.key === 'server' && found[index] !== undefined,
      )
    )
      return true;
  }
  return false;
}

/** Server software's own page (nginx's, Varnish's): one of its `own` markers matched. */
function pageOfOrigin(rows: readonly FlatRow[], hits: Hits): boolean {
  for (const [rowIndex, found] of hits) {
    const row = rows[rowIndex];
    if (
      row?.kind === 'origin' &&
      row.markers.some((marker, index) => marker.own && found[index] !== undefined)
    )
      return true;
  }
  return false;
}

/**
 * Positive evidence that the origin wrote the body, besides its server software's own page (pageOfOrigin): an
 * API's JSON object. CDNs and firewalls answer with pages and plain text of their own.
 */
function wroteByOrigin(exchange: Exchange): boolean {
  const body = exchange.body?.trimStart() ?? '';
  if (exchange.status < 400) return false;
  // Or an answer its application framework stamped (X-Powered-By: Express): an edge adds none of its own, and a vendor
  // whose header that is has a row that reads it. ipinfo's 429 through Google's load balancer
  // (https://github.com/data-skeptic/dataskeptic.com/issues/740).
  // Not a page: an edge's own block page may pass a proxy that stamps it (review).
  if (body !== '' && !body.startsWith('<') && getHeader(exchange.responseHeaders, 'x-powered-by'))
    return true;
  // Or a WebSocket server's refusal of an upgrade: only the server behind sends Sec-WebSocket-Version back (RFC 6455
  // §4.2.2, §4.4), an edge's own page does not. Kalshi's "Forbidden" through CloudFront
  // (https://github.com/Kalshi/kalshi-starter-code-python/issues/1).
  if (body !== '' && !body.startsWith('<') && getHeader(exchange.responseHeaders, 'sec-websocket-version'))
    return true;
  return body.startsWith('{') && body.length < BODY_SCAN_LIMIT;
}
