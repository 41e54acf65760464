/**
 * The shared vocabulary of the core. Every shell (worker, UI, CLI, simulator tests) speaks these types;
 * the knowledge tables and the engine produce them. Keep this file free of logic.
 */

export type Lang = 'en' | 'fr';

/** A text in both languages the product ships. French is first-class: most of our users read it. */
export interface Localized {
  en: string;
  fr: string;
}

/** Who said no. The order of the guide: edge protection first, the account last. */
export type Layer =
  | 'waf'
  | 'geo'
  | 'app'
  | 'account'
  | 'auth'
  | 'not-found'
  | 'rate-limit'
  | 'server'
  | 'network'
  | 'device'
  | 'none';

export const LAYERS: readonly Layer[] = [
  'waf',
  'geo',
  'app',
  'account',
  'auth',
  'not-found',
  'rate-limit',
  'server',
  'network',
  'device',
  'none',
];

/** Where the cause sits, judged across entries. */
export type Scope = 'network' | 'account' | 'endpoint' | 'device' | 'server' | 'unknown';

export const SCOPES: readonly Scope[] = ['network', 'account', 'endpoint', 'device', 'server', 'unknown'];

/** What an IPTV endpoint is for. An auth failure on the panel explains the stream refusals that follow. */
export type Role = 'auth' | 'catalog' | 'epg' | 'playlist' | 'stream' | 'key' | 'other';

export const ROLES: readonly Role[] = ['auth', 'catalog', 'epg', 'playlist', 'stream', 'key', 'other'];

/** Colour class of the badge and of the timeline. */
export type ErrorClass = 'refusal' | 'auth' | 'limit' | 'missing' | 'server' | 'network';

export interface Header {
  name: string;
  value: string;
}

/**
 * Context the extension attaches to a record (HAR `_context`). Every field is optional: a HAR exported by
 * DevTools has none of it. `network` and `device` are free labels: two different labels mean two networks
 * (or devices), which is what the guide's proofs compare.
 */
export interface CaptureContext {
  network?: string;
  device?: string;
  /** navigator.connection.type / effectiveType, e.g. "wifi", "cellular", "4g". */
  connection?: string;
  effectiveType?: string;
  rtt?: number;
  downlink?: number;
  online?: boolean;
  /** "direct", "system", "fixed_servers", "pac_script", … or a free label ("vpn"). */
  proxy?: string;
  vpn?: boolean;
  dns?: string;
  timeZone?: string;
  /** Minutes east of UTC, as Date#getTimezoneOffset() negated. */
  utcOffsetMinutes?: number;
  serverIp?: string;
  fromCache?: boolean;
  /** Edge/POP code as read from the response (e.g. "CDG", "FRA56-P1"). */
  edge?: string;
  /** Times this same URL (redacted) was requested in the recent window before this one. */
  retryCount?: number;
  /** Response `Date` minus the local clock at response time, in seconds (positive: server ahead). */
  clockSkewSeconds?: number;
  tabId?: number;
  initiator?: string;
  resourceType?: string;
  /** Monotonic order of capture within one browser profile. */
  sequence?: number;
  /** Guided-diagnosis step that was running when the record was captured. */
  proofStep?: string;
  userAgent?: string;
  browser?: string;
  /** True when only headers were seen (Chrome's webRequest): the verdict rests on headers alone. */
  headersOnly?: boolean;
  /** "page" when the record was made from the page's own report (webRequest's event never arrived). */
  source?: 'page';
}

/**
 * One HTTP exchange as the engine sees it: the normal form both a HAR entry and a webRequest event are
 * turned into. `status` 0 means the transport failed and `error` says how (net::ERR_… or NS_ERROR_…).
 */
export interface Exchange {
  url: string;
  method: string;
  status: number;
  statusText?: string;
  error?: string;
  /** Wall-clock start, ms since epoch. */
  startedAt: number;
  /** Total time in ms when known. */
  durationMs?: number;
  requestHeaders: Header[];
  responseHeaders: Header[];
  /** Response body text when it was available (HAR content.text, an injected page reader, Firefox filter). */
  body?: string;
  /** Request body (HAR postData.text): Stalker and some panels log in by POST. Redacted like the rest. */
  requestBody?: string;
  requestMimeType?: string;
  mimeType?: string;
  serverIp?: string;
  context?: CaptureContext;
}

export type BlockKind = 'block' | 'challenge' | 'geo' | 'rate-limit' | 'origin-error' | 'auth' | 'unknown';

/** A CDN/WAF identified from passive evidence. */
export interface VendorMatch {
  /** Lowercase id, e.g. "cloudflare", "cloudfront", "akamai". */
  vendor: string;
  name: string;
  /** 0..1: how sure we are that this vendor answered. */
  confidence: number;
  /** What the vendor's own markers say it did, when they say it. */
  action?: BlockKind;
  /** Vendor error number or reference, e.g. "1020", "18.6a2b…". */
  /** Its error code was read in the answer itself (body, reason phrase, a header), not implied by the request. */
  answerCode?: true;
  errorCode?: string;
  evidence: string[];
}

export interface EdgeLocation {
  vendor: string;
  /** POP code as sent, e.g. "CDG", "FRA56-P1". */
  pop: string;
  /** The IATA or metro code inside it, looked up at display time (src/knowledge/edges/pop-codes.ts `edgePlace`). */
  code?: string;
  /** Filled by records stored before `code` existed; new ones only carry it when the vendor names a country. */
  city?: string;
  country?: string;
  evidence: string;
}

export type PanelKind = 'xtream' | 'stalker' | 'hls' | 'dash' | 'drm' | 'web';

export interface RoleMatch {
  role: Role;
  panel?: PanelKind;
  /** e.g. "get_live_streams", "create_link", "segment". */
  action?: string;
  evidence: string;
}

/** What a panel's own reply says about the account, when a body was available. */
export interface PanelReply {
  panel: 'xtream' | 'stalker';
  layer: Layer;
  /** e.g. "auth=0", "status=Expired", "active_cons 3 >= max_connections 2". */
  evidence: string[];
  accountStatus?: string;
  expiresAt?: number;
  maxConnections?: number;
  activeConnections?: number;
}

/** The diagnosis of one failed exchange. */
export interface Finding {
  /** Index of the entry across all inputs, in order. */
  entry: number;
  status: number;
  error?: string;
  url: string;
  startedAt: number;
  layer: Layer;
  vendor: string | null;
  role: Role;
  confidence: number;
  evidence: string[];
  errorClass: ErrorClass;
  /**
   * What the layer rests on: the panel's reply, a vendor marker, a signed link, a cause the response states in
   * its own words, the status alone, the transport.
   */
  basis?: 'panel' | 'vendor' | 'signature' | 'stated' | 'status' | 'transport';
  /** With basis 'status': the answer's words moved the status's guess (src/diagnosis/word-lean.ts), still a guess. */
  leaned?: true;
  action?: BlockKind;
  vendorErrorCode?: string;
  edge?: EdgeLocation;
  panelReply?: PanelReply;
  context?: CaptureContext;
}

/** One of the guide's typical situations. */
export type Situation =
  | 'one-network'
  | 'after-network-change'
  | 'one-device'
  | 'sudden'
  | 'one-channel'
  | 'everywhere';

/** The judgement across all entries. */
export interface Verdict {
  layer: Layer;
  scope: Scope;
  confidence: number;
  vendor: string | null;
  /** True when the attribution is a likelihood rather than a proof: the UI says "probably". */
  probable: boolean;
  /**
   * True when the confidence is under src/diagnosis/calibration.ts UNSURE_BELOW, where verdicts were measured
   * unreliable: the headline says it is unsure and points at the proofs. Set on every verdict the engine makes.
   */
  unsure?: boolean;
  /** True when a comparison (networks, devices, endpoints) settled the scope; false when it is the usual side. */
  scopeProven?: boolean;
  evidence: string[];
  situation?: Situation;
  /** The finding the verdict rests on (root cause), when there is one. */
  rootEntry?: number;
}

export interface Analysis {
  verdict: Verdict;
  findings: Finding[];
  /** Counts used by the verdict, kept for reports. */
  totals: { entries: number; failures: number; successes: number };
}

/**
 * Successes are counted, not kept: the worker tallies them per host/role/minute so the engine can tell
 * "this endpoint works elsewhere" without storing traffic.
 */
export interface SuccessTally {
  host: string;
  role: string;
  /** Start of the minute, ms since epoch. */
  minute: number;
  network?: string;
  device?: string;
  count: number;
}

/** A failed exchange as stored: already redacted, already diagnosed (once, by the worker). */
export interface CapturedRecord {
  id: string;
  exchange: Exchange;
  finding: Finding;
}

/** Successes are counted, not stored: enough to say "works elsewhere" without keeping traffic. */
export interface SuccessCount {
  host: string;
  role: string;
  /** Start of the minute, ms since epoch. */
  minute: number;
  network?: string;
  device?: string;
  proofStep?: string;
  count: number;
}

export interface ReportEnvironment {
  browser?: string;
  userAgent?: string;
  device?: string;
  generatedAt: number;
  timeZone?: string;
  utcOffsetMinutes?: number;
}
