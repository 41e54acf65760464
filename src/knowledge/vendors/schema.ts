import type { BlockKind } from '../../types.ts';

/**
 * The shape of one vendor fingerprint. Every row is passive evidence only: what the response carries, and
 * what the request carries only where the vendor documents it (its token parameters, its signed cookies).
 * Nothing here sends a probe.
 */

/** Where a marker is looked for. */
type MarkerSource =
  /** A response header, by exact lower-case name. */
  | 'header'
  /** Any response header whose lower-case name starts with `key` (vendor header families). */
  | 'header-prefix'
  /**
   * A cookie name, exact and case-sensitive (RFC 6265 names are), set by this response. The request's own
   * `cookie` header counts only with `sent`: a cookie set on the parent domain travels to every sibling host
   * and says nothing about who answered this one.
   */
  | 'cookie'
  /** A cookie name starting with `key` (per-site suffixes such as `incap_ses_123_456`). */
  | 'cookie-prefix'
  /** A literal the body contains, compared case-insensitively (error pages differ in case across versions). */
  | 'body'
  /** `value` matches the body (case-sensitive where real pages differ only in case, anchored for bare bodies). */
  | 'body-match'
  /** The request host ends with `key` (products identified by their delivery domain). */
  | 'host'
  /** The status line's reason phrase contains `key` (case-insensitive): some edges put their reason there. */
  | 'reason'
  /** The URL carries a parameter named `key` (case-insensitive), in its query or as a `key=` path segment. */
  | 'param'
  /** `value` matches the request URL (a product's path conventions). */
  | 'url';

export interface Marker {
  on: MarkerSource;
  /** The name or literal looked for; on `body-match` and `url` markers, a short name for their `value` pattern. */
  key: string;
  /** Header markers: a pattern the value must match (absent, presence is enough); `body-match`, `url`: the pattern. */
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
  /** Cookie markers: the request's `cookie` header counts too (the vendor documents it as its mechanism). */
  sent?: boolean;
  /**
   * The page only references the vendor (loads its script or links its site): another vendor whose own ids the
   * page carries outranks it, and alone it is a likelihood, not the vendor's own word.
   */
  ref?: boolean;
  /**
   * `body-match` markers of a platform whose API refuses inside a JSON success (HTTP 200): a JSON success is looked
   * up in the vendor table only when one of these matches (src/diagnosis/hidden-refusals.ts), so the many JSON
   * successes of a capture cost no look-up.
   */
  inSuccess?: boolean;
}

/** Reads a vendor error number or reference (`Error 1020`, `Reference #18.…`). The first reader that matches wins. */
interface CodeReader {
  /** `body`, `reason` (the status line's phrase), or a lower-case response header name. */
  from: string;
  /** Group 1 is the code. */
  pattern: RegExp;
  /** Error-table key for every code this reader finds; absent, the key is `<vendor>-<code>`. */
  key?: string;
  /** Error-table key by code (upper case as read), when the vendor's many codes share a few meanings. */
  keys?: Readonly<Record<string, string>>;
  /** The code is read only on these statuses (an edge's failure page on a 5xx, not on another rule's status). */
  statuses?: readonly number[];
}

/**
 * `keys` written compactly: `'key1:CODE_A CODE_B|key2:CODE_C'` → { CODE_A: key1, CODE_B: key1, CODE_C: key2 }.
 * The rows ship in the worker; a long object literal per code would cost more than the facts themselves.
 */
export function codeKeys(spec: string): Readonly<Record<string, string>> {
  const keys: Record<string, string> = {};
  for (const group of spec.split('|')) {
    const [key = '', codes = ''] = group.split(':');
    for (const code of codes.split(' ')) if (code) keys[code.toUpperCase()] = key;
  }
  return keys;
}

/** What a status code means when this vendor is the one answering. */
interface StatusRule {
  statuses: readonly number[];
  action: BlockKind;
  /**
   * When the rule applies: `always` (the code is the vendor's own invention, Cloudflare 52x), `own-page` (only
   * when an `own` marker matched), `no-pass-through` (no cache-status header: the vendor answered itself),
   * `image-body` (the answer is a picture: SHOWROOM's geo block).
   */
  when: 'always' | 'own-page' | 'no-pass-through' | 'image-body';
  /** The status is also the error code (`cloudflare-522`). */
  codeFromStatus?: boolean;
  /** Error-table key when the status alone explains the answer. */
  errorKey?: string;
  /**
   * Evidence sentence for the UI, e.g. "no cf-cache-status on this 403: Cloudflare answered itself". Absent, the
   * line says only that the vendor answered this status itself, which claims no page it did not see.
   */
  note?: string;
}

/**
 * In front of the service, protecting it: `cdn` (edge networks and hosting edges), `waf`, `bot`. Running the
 * service's own delivery: `platform` (video platforms, DRM licence services, API gateways, load balancers),
 * `store` (an object store answering for itself), `stream` (a streaming server), `panel` (IPTV panel
 * software). `origin`: generic server software.
 */
export type VendorKind = 'cdn' | 'waf' | 'bot' | 'platform' | 'store' | 'stream' | 'panel' | 'origin';

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
  /**
   * The software never asks for a login itself (no WWW-Authenticate on its answers): a Basic challenge at an address
   * its request markers name is a proxy's in front of it, and the row is not named on the request alone.
   */
  asksNoLogin?: true;
}
