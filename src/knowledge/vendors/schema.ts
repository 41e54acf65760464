import type { BlockKind } from '../../types.ts';

/**
 * The shape of one vendor fingerprint. Every row is passive evidence only: what the response (and the
 * request's own cookies) already carry. Nothing here sends a probe.
 */

/** Where a marker is looked for. */
type MarkerSource =
  /** A response header, by exact lower-case name. */
  | 'header'
  /** Any response header whose lower-case name starts with `key` (vendor header families). */
  | 'header-prefix'
  /** A cookie name, exact and case-sensitive (RFC 6265 names are): `set-cookie` or the request `cookie`. */
  | 'cookie'
  /** A cookie name starting with `key` (per-site suffixes such as `incap_ses_123_456`). */
  | 'cookie-prefix'
  /** A literal the body contains, compared case-insensitively (error pages differ in case across versions). */
  | 'body'
  /** The request host ends with `key` (products identified by their delivery domain). */
  | 'host';

export interface Marker {
  on: MarkerSource;
  key: string;
  /** Header markers only: a pattern the value must match. Absent, the header's presence is enough. */
  value?: RegExp;
  /** 0..1: how strongly this marker alone says the vendor answered (unique ids ≈0.95, shared software ≈0.2). */
  weight: number;
  /** What the vendor did, when this marker says it (a block page, a challenge header). */
  action?: BlockKind;
  /** Key into the vendor error table that explains this marker (`cloudfront-geo`, `cloudflare-challenge`). */
  errorKey?: string;
  /** The marker only counts on these statuses (a challenge header on a 200 means the challenge was passed). */
  statuses?: readonly number[];
  /** The page or header is the vendor's own making: the vendor, not the origin, wrote this response. */
  own?: boolean;
  /**
   * The response crossed the vendor's cache on its way from the origin (cache-status headers). On an error
   * with no verdict of the vendor's own, the origin probably said no and the vendor only relayed it.
   */
  passThrough?: boolean;
}

/** Reads a vendor error number or reference (`Error 1020`, `Reference #18.…`). The first reader that matches wins. */
interface CodeReader {
  /** `body`, or a lower-case response header name. */
  from: string;
  /** Group 1 is the code. */
  pattern: RegExp;
  /** Error-table key for every code this reader finds; absent, the key is `<vendor>-<code>`. */
  key?: string;
}

/** What a status code means when this vendor is the one answering. */
interface StatusRule {
  statuses: readonly number[];
  action: BlockKind;
  /**
   * When the rule applies: `always` (the code is the vendor's own invention, Cloudflare 52x), `own-page` (only
   * when an `own` marker matched), `no-pass-through` (no cache-status header: the vendor answered itself).
   */
  when: 'always' | 'own-page' | 'no-pass-through';
  /** The status is also the error code (`cloudflare-522`). */
  codeFromStatus?: boolean;
  /** Error-table key when the status alone explains the answer. */
  errorKey?: string;
  /** Evidence sentence for the UI, e.g. "no cf-cache-status on this 403: Cloudflare answered itself". */
  note: string;
}

export type VendorKind = 'cdn' | 'waf' | 'bot' | 'platform' | 'origin';

export interface VendorRow {
  /** Lower-case id, stable: tests, error keys and the UI use it. */
  id: string;
  name: string;
  /** `origin` rows (generic server software) only name the software; they never outrank a real vendor. */
  kind: VendorKind;
  /** A product of another row (Cloudflare Stream of Cloudflare): it inherits the parent's markers and rules. */
  parent?: string;
  markers: readonly Marker[];
  codes?: readonly CodeReader[];
  statusRules?: readonly StatusRule[];
}
