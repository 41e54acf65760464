/**
 * The check's manners (the guide's "don't hammer"): one request at a time per host, a pause between two
 * requests to the same host, a global limit on requests in flight, and hosts that asked us to stop are left
 * alone. A global slot is held only while a request runs, never while a host's pause elapses, so twenty
 * hosts paced at one request per half second still move in parallel.
 */
import type { PausedHost } from './types.ts';

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const REAL_CLOCK: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

interface Lane {
  /** Settles when the previous request to this host is done: the queue of the host. */
  tail: Promise<void>;
  /** Not before this time (the per-host delay, or a Retry-After the host asked for). */
  readyAt: number;
  paused?: PausedHost;
}

export interface PacerOptions {
  concurrency: number;
  perHostDelayMs: number;
}

export class Pacer {
  readonly #lanes = new Map<string, Lane>();
  readonly #waiting: (() => void)[] = [];
  #inFlight = 0;
  #requests = 0;

  constructor(
    private readonly options: PacerOptions,
    private readonly clock: Clock = REAL_CLOCK,
  ) {}

  /** Requests actually sent, retries included. */
  get requests(): number {
    return this.#requests;
  }

  #lane(host: string): Lane {
    let lane = this.#lanes.get(host);
    if (!lane) {
      lane = { tail: Promise.resolve(), readyAt: 0 };
      this.#lanes.set(host, lane);
    }
    return lane;
  }

  paused(host: string): PausedHost | undefined {
    return this.#lanes.get(host)?.paused;
  }

  /** Nothing more is sent to this host during the check. The first reason is kept. */
  pause(paused: PausedHost): void {
    const lane = this.#lane(paused.host);
    lane.paused ??= paused;
  }

  /** The host asked for a pause (Retry-After): its next request waits until then. */
  notBefore(host: string, at: number): void {
    const lane = this.#lane(host);
    lane.readyAt = Math.max(lane.readyAt, at);
  }

  async #acquire(): Promise<void> {
    if (this.#inFlight < Math.max(1, this.options.concurrency)) {
      this.#inFlight++;
      return;
    }
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }

  #release(): void {
    const next = this.#waiting.shift();
    // The slot passes straight to the next waiter: the count stays the same.
    if (next) next();
    else this.#inFlight--;
  }

  /**
   * Runs `send` when the host is free and its pause has elapsed; null (nothing sent) when the host is paused.
   * The per-host delay counts from the end of one request to the start of the next.
   */
  async run<T>(host: string, send: () => Promise<T>): Promise<T | null> {
    const lane = this.#lane(host);
    const previous = lane.tail;
    let done!: () => void;
    lane.tail = new Promise<void>((resolve) => {
      done = resolve;
    });
    try {
      await previous;
      if (lane.paused) return null;
      const wait = lane.readyAt - this.clock.now();
      if (wait > 0) await this.clock.sleep(wait);
      if (lane.paused) return null;
      await this.#acquire();
      try {
        this.#requests++;
        return await send();
      } finally {
        this.#release();
        lane.readyAt = Math.max(lane.readyAt, this.clock.now() + this.options.perHostDelayMs);
      }
    } finally {
      done();
    }
  }
}

/** Retry-After as seconds or an HTTP-date (RFC 9110 §10.2.3), in ms from `now`; undefined if unreadable. */
export function retryAfterMs(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
