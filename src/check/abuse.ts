/**
 * Signs that a host is defending itself against us, per the guide's advice on anti-abuse systems: stop,
 * wait, test once later. A 429, a rate-limit page (the engine's `rate-limit` layer, e.g. Cloudflare 1015),
 * rate wording in a refusal, or a streak of refusals right after the same host served us: the host is
 * paused and reported, never pushed. A refusal with a per-channel cause (geo, missing channel, account,
 * an expired signed link) is not a sign: those are the answers the check came for.
 */
import { getHeader } from '../http/headers.ts';
import type { Exchange, Finding } from '../types.ts';
import { retryAfterMs } from './pacing.ts';
import type { PausedHost } from './types.ts';

/** Rate wording in a refusal's body. "Too many connections" is the account's limit, not anti-abuse. */
const RATE_WORDING =
  /too many requests|rate[ -]?limit(?:ed|ing)?\b|flood(?:ing)? (?:protection|detected|control)|slow down|request limit (?:exceeded|reached)/i;

/** Refusals in a row, after successes on the same host, that make a streak. */
const STREAK = 3;
const SUCCESSES_BEFORE_STREAK = 2;

/** Layers and bases that explain one channel's refusal by itself. */
const PER_CHANNEL_LAYERS: ReadonlySet<string> = new Set(['geo', 'not-found', 'account', 'auth']);

interface HostRecord {
  successes: number;
  streak: number;
}

export type HostVerdict =
  | { kind: 'ok' }
  | { kind: 'wait'; untilMs: number }
  | { kind: 'pause'; paused: PausedHost };

export class HostWatch {
  readonly #hosts = new Map<string, HostRecord>();

  /**
   * The account's own facts already say streams will be refused (expired, connections full, blocked): a
   * row of refusals is then that, not a host defending itself.
   */
  accountRefuses = false;

  constructor(private readonly maxRetryAfterMs: number) {}

  #record(host: string): HostRecord {
    let record = this.#hosts.get(host);
    if (!record) {
      record = { successes: 0, streak: 0 };
      this.#hosts.set(host, record);
    }
    return record;
  }

  /**
   * One answer from `host` (with the engine's finding when it failed): what the check must do next. A
   * refusal of the check's own identity retries does not count in a streak (they are expected to be
   * refused, most of them); a rate limit on them still pauses the host.
   */
  note(host: string, exchange: Exchange, finding: Finding | null, now: number, retry = false): HostVerdict {
    const record = this.#record(host);
    const status = exchange.status;
    if (status >= 200 && status < 400 && !finding) {
      record.successes++;
      record.streak = 0;
      return { kind: 'ok' };
    }
    const wait = retryAfterMs(getHeader(exchange.responseHeaders, 'retry-after'), now);
    const rateBody =
      status >= 400 &&
      exchange.body !== undefined &&
      exchange.body.length < 65_536 &&
      RATE_WORDING.test(exchange.body);
    if (status === 429 || finding?.layer === 'rate-limit' || rateBody) {
      const paused: PausedHost = { host, reason: 'rate-limit', at: now };
      if (wait !== undefined) paused.retryAfterSeconds = Math.round(wait / 1000);
      return { kind: 'pause', paused };
    }
    if (wait !== undefined && status >= 500) {
      if (wait <= this.maxRetryAfterMs) return { kind: 'wait', untilMs: now + wait };
      return {
        kind: 'pause',
        paused: { host, reason: 'retry-after', retryAfterSeconds: Math.round(wait / 1000), at: now },
      };
    }
    const perChannel =
      finding &&
      (PER_CHANNEL_LAYERS.has(finding.layer) || finding.basis === 'signature' || finding.basis === 'panel');
    if ((status === 401 || status === 403) && !retry) {
      if (perChannel || this.accountRefuses) return { kind: 'ok' };
      record.streak++;
      if (record.streak >= STREAK && record.successes >= SUCCESSES_BEFORE_STREAK) {
        return { kind: 'pause', paused: { host, reason: 'refusal-streak', at: now } };
      }
    }
    return { kind: 'ok' };
  }

  /** A channel fixed by a variant was served: the host is not refusing everything. */
  served(host: string): void {
    const record = this.#record(host);
    record.successes++;
    record.streak = 0;
  }
}
