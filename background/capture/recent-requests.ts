/**
 * How many times the same (redacted) URL was asked for in the last minute: the guide warns that retrying
 * in a loop can turn a short block into a longer one, and the engine's retry-storm rule reads this count.
 * Kept in memory only: a worker that slept 30 s has seen no request in that time anyway.
 */

export const RETRY_WINDOW_MS = 60_000;
/** HLS asks for a new segment URL every few seconds; bound the memory a long session can take. */
const MAX_URLS = 5_000;
const MAX_TIMES_PER_URL = 500;

export class RecentRequests {
  readonly #times = new Map<string, number[]>();

  constructor(
    private readonly windowMs = RETRY_WINDOW_MS,
    private readonly maxUrls = MAX_URLS,
  ) {}

  /** Notes one request for `url` started at `time`; returns how many started before it in the window. */
  note(url: string, time: number): number {
    const since = time - this.windowMs;
    const times = (this.#times.get(url) ?? []).filter((seen) => seen >= since && seen <= time);
    const before = times.length;
    times.push(time);
    if (times.length > MAX_TIMES_PER_URL) times.splice(0, times.length - MAX_TIMES_PER_URL);
    // Re-inserting keeps the Map in least-recently-seen order, so the oldest URL is the first evicted.
    this.#times.delete(url);
    this.#times.set(url, times);
    if (this.#times.size > this.maxUrls) {
      const oldest = this.#times.keys().next().value;
      if (oldest !== undefined) this.#times.delete(oldest);
    }
    return before;
  }

  get size(): number {
    return this.#times.size;
  }
}
