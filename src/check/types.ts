/**
 * The vocabulary of the active check (`iptv-lens check` and the extension's Test page): what is tested,
 * how one request is made (the transport, injected by each shell), and what comes out. The check itself
 * lives beside this file and never touches the network: Node's http in cli/, fetch in the extension page.
 */
import type { Exchange, Finding, Header, Layer, PanelReply } from '../types.ts';

/** One redirect answer on the way to the final response (3xx with its Location), kept as evidence. */
export interface Hop {
  url: string;
  status: number;
  location: string;
  headers: Header[];
}

export interface TransportOptions {
  timeoutMs: number;
  /** Only the first bytes are read (media sniffing, playlists); the rest of the body is never downloaded. */
  maxBytes: number;
}

/** One request as the transport made it: status 0 and `error` (a net::ERR_… name) when no answer came. */
export interface TransportResponse {
  status: number;
  statusText?: string;
  error?: string;
  /** The URL that finally answered, after redirects. */
  url: string;
  hops: Hop[];
  /** Final response headers. */
  headers: Header[];
  /** The headers sent on the request, as far as the transport knows them. */
  requestHeaders: Header[];
  /** Up to `maxBytes` of the body. */
  bytes: Uint8Array;
  /** True when the body went on beyond `maxBytes` (a live TS stream never ends). */
  truncated: boolean;
  serverIp?: string;
  startedAt: number;
  durationMs: number;
}

export type IdentityHeader = 'user-agent' | 'referer';

/**
 * How the check reaches the network. `request` never throws: a failure is a response with status 0.
 * `cannotSend` names the identity headers this transport cannot set (a browser page may not set User-Agent
 * or Referer on fetch), so the check says which proofs it could not run instead of pretending.
 */
export interface Transport {
  request(
    url: string,
    headers: Readonly<Record<string, string>>,
    options: TransportOptions,
  ): Promise<TransportResponse>;
  readonly cannotSend?: ReadonlySet<IdentityHeader>;
}

/** One channel to test: from an M3U entry, an Xtream stream or a Stalker channel. */
export interface ChannelSpec {
  name: string;
  group: string;
  url: string;
  /** Per-channel request headers from the playlist (#EXTVLCOPT, #EXTHTTP, #KODIPROP, `url|Header=…`). */
  headers: Record<string, string>;
  tvgId?: string;
  /** Stalker: the channel's link is created on demand (create_link) with this command. */
  stalkerCmd?: string;
  /** Original entry, written back by --out-m3u when the channel works. */
  source?: unknown;
}

export type Outcome = 'works' | 'refused' | 'failed';
export type FixedBy = 'user-agent' | 'referer';

export type StepKind = 'link' | 'master' | 'media-playlist' | 'segment' | 'manifest' | 'init' | 'stream';

/** What happened to a channel, as data; each reader words it. */
export type Detail =
  | { code: 'works'; media: MediaKind | 'encrypted'; via: StepKind; requests: number }
  | { code: 'refused'; status: number; step: StepKind }
  | { code: 'transport'; error: string; step: StepKind }
  | { code: 'not-media'; looksLike: string; step: StepKind }
  | { code: 'no-segment'; reason: 'empty-playlist' | 'no-segment' | 'unreadable' }
  | { code: 'iptv-list' }
  | { code: 'redirect'; step: StepKind }
  | { code: 'paused'; host: string }
  | { code: 'link-failed'; reason: string };

/** A retry the check made on its own to prove what the server filters on. */
export interface VariantTrial {
  variant: VariantId;
  header: IdentityHeader;
  /** The value sent (a user agent, a referrer, or "" for "without"). */
  value: string;
  status: number;
  worked: boolean;
}

export type VariantId = 'playlist-ua' | 'player-ua' | 'browser-ua' | 'without-referer' | 'with-referer';

/** One request of a channel's chain (playlist, segment, …): its exchanges (hops, then the answer) for the HAR. */
export interface Step {
  kind: StepKind;
  exchanges: Exchange[];
  /** Set on the requests of a retry the check made with another identity. */
  variant?: VariantId;
  /** The engine's finding on the answer (null: nothing wrong). */
  finding: Finding | null;
}

export interface ChannelResult {
  name: string;
  group: string;
  /** Redacted. */
  url: string;
  outcome: Outcome;
  status: number;
  layer: Layer;
  vendor: string | null;
  evidence: string[];
  fixedBy: FixedBy | null;
  /** What failed where, or what works: worded by src/check/words.ts (English in the JSON). */
  detail: Detail;
  host: string;
  /** What the media bytes were recognised as, when they were. */
  media?: MediaKind;
  finding?: Finding;
  trials: VariantTrial[];
  /** Variants the evidence suggested but this transport cannot send (browser). */
  unsent: VariantId[];
  /** True when the channel was not tested because its host was paused. */
  skipped?: boolean;
  /** Kept for the HAR and --out-m3u; not printed. */
  steps: Step[];
  spec: ChannelSpec;
}

export type MediaKind = 'mpeg-ts' | 'fmp4' | 'adts' | 'id3' | 'mp4' | 'webm' | 'flv';

type PanelKind = 'xtream' | 'stalker';

/** An account's own facts as its panel states them. */
export interface AccountFacts {
  panel: PanelKind;
  /** "Active", "Expired", "blocked", … as the panel words it. */
  status?: string;
  expiresAt?: number;
  activeConnections?: number;
  maxConnections?: number;
  /** The engine's reading of the panel's reply (layer, evidence). */
  reply?: PanelReply;
  /** The login or profile call itself failed (HTTP refusal or transport). */
  loginFailed?: { status: number; layer: Layer; vendor: string | null; evidence: string[] };
  /** The EPG (xmltv.php) answered with a guide. */
  epg?: 'works' | 'refused' | 'failed';
  /** When the facts were read (the panel's clock is not trusted). */
  checkedAt: number;
}

/** A host the check stopped asking, and why. */
export interface PausedHost {
  host: string;
  reason: 'rate-limit' | 'retry-after' | 'refusal-streak';
  /** Seconds the server asked to wait, when it said. */
  retryAfterSeconds?: number;
  at: number;
}

export interface CheckReport {
  channels: ChannelResult[];
  account: AccountFacts | null;
  requests: number;
  paused: PausedHost[];
  /** Channels in the input before --sample. */
  total: number;
  startedAt: number;
  endedAt: number;
}

/** Politeness and limits. Every default is gentle: see DEFAULT_CHECK_OPTIONS. */
export interface CheckOptions {
  /** Requests in flight across all hosts. */
  concurrency: number;
  /** Pause between two requests to the same host, from the end of one to the start of the next. */
  perHostDelayMs: number;
  timeoutMs: number;
  /** Channels tested per group; 0 = all. */
  sample: number;
  /** Overrides the User-Agent of every request (a playlist's own still wins for its channel). */
  userAgent?: string;
  /** Longest Retry-After the check waits for; longer asks pause the host. */
  maxRetryAfterMs: number;
  /**
   * Run the identity proofs (another user agent, with or without referrer). Off while a guided-diagnosis
   * step records the traffic: that step compares networks, so the check must look like the app.
   */
  variants: boolean;
}

export type ProgressEvent =
  /** The channels are known: their hosts, before any of them is asked (the extension asks access here). */
  | { kind: 'hosts'; hosts: string[] }
  | { kind: 'total'; total: number }
  | { kind: 'channel'; done: number; total: number; result: ChannelResult }
  | { kind: 'paused'; host: PausedHost }
  | { kind: 'account'; account: AccountFacts };
