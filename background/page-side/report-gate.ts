/**
 * What a watched page may tell the worker. A page is a third party's site: it can fire our relay's event
 * with anything in it, from every frame it embeds. So a page's report (a failed response, a panel reply)
 * is taken only about the page's own host or a host webRequest saw that tab reach, at a bounded rate per
 * tab (all frames of the tab share one budget), and with times clamped to when it arrived. The hosts
 * webRequest saw are kept per tab in session storage, so a worker stopped and woken again still knows them.
 */
import { hostOfUrl } from '../../src/http/host-patterns.ts';
import type { StorageArea } from '../port.ts';

const PREFIX = 'hosts:';
/** A player reaches its site, panel, CDN and a few mirrors; a tab that reached more keeps the first ones. */
const MAX_HOSTS_PER_TAB = 32;
/** Every frame of a tab counts: a page with twenty iframes gets no more than a page with one. */
const BURST = 600;
const REFILL_PER_SECOND = 10;
/** Tabs whose budgets are kept in memory; older ones start afresh (a full budget is the worst case). */
const MAX_TABS = 200;
/** A report's request started at most this long before it arrived (a slow request, a resent batch). */
const MAX_REPORT_AGE_MS = 10 * 60_000;

interface Budget {
  tokens: number;
  at: number;
}

export class ReportGate {
  readonly #hosts = new Map<number, Set<string>>();
  readonly #budgets = new Map<number, Budget>();

  constructor(
    private readonly session: StorageArea,
    private readonly now: () => number = Date.now,
  ) {}

  /** webRequest saw the tab reach this URL; a top-level page starts the tab's list afresh. */
  saw(tabId: number, url: string, mainFrame = false): void {
    if (tabId < 0) return;
    const host = hostOfUrl(url);
    if (!host) return;
    const known = this.#hosts.get(tabId);
    if (!mainFrame && (known?.has(host) || (known && known.size >= MAX_HOSTS_PER_TAB))) return;
    const hosts = mainFrame || !known ? new Set<string>() : known;
    hosts.add(host);
    this.#hosts.set(tabId, hosts);
    this.session.set({ [`${PREFIX}${tabId}`]: [...hosts] }).catch(() => undefined);
  }

  async #hostsOf(tabId: number): Promise<Set<string>> {
    const known = this.#hosts.get(tabId);
    if (known) return known;
    const key = `${PREFIX}${tabId}`;
    const stored = await this.session.get(key).catch(() => ({}) as Record<string, unknown>);
    const list = stored[key];
    const hosts = new Set(
      Array.isArray(list)
        ? list.filter((host): host is string => typeof host === 'string').slice(0, MAX_HOSTS_PER_TAB)
        : [],
    );
    // Something webRequest saw meanwhile wins over the stored copy.
    const meanwhile = this.#hosts.get(tabId);
    if (meanwhile) return meanwhile;
    this.#hosts.set(tabId, hosts);
    return hosts;
  }

  /** Whether a report about `url` from a frame at `pageUrl` in this tab may be believed at all. */
  async vouches(tabId: number, pageUrl: string | undefined, url: string): Promise<boolean> {
    const host = hostOfUrl(url);
    if (!host) return false;
    if (pageUrl !== undefined && hostOfUrl(pageUrl) === host) return true;
    return (await this.#hostsOf(tabId)).has(host);
  }

  /** How many of `count` reports this tab may send now (a token bucket per tab, every frame counted). */
  admit(tabId: number, count: number): number {
    const now = this.now();
    const budget = this.#budgets.get(tabId) ?? { tokens: BURST, at: now };
    const elapsed = Math.max(0, now - budget.at) / 1000;
    budget.tokens = Math.min(BURST, budget.tokens + elapsed * REFILL_PER_SECOND);
    budget.at = now;
    const admitted = Math.max(0, Math.min(count, Math.floor(budget.tokens)));
    budget.tokens -= admitted;
    this.#budgets.delete(tabId);
    this.#budgets.set(tabId, budget);
    for (const oldest of this.#budgets.keys()) {
      if (this.#budgets.size <= MAX_TABS) break;
      this.#budgets.delete(oldest);
    }
    return admitted;
  }

  forget(tabId: number): void {
    this.#hosts.delete(tabId);
    this.#budgets.delete(tabId);
    this.session.remove(`${PREFIX}${tabId}`).catch(() => undefined);
  }
}

/**
 * A page's clock and its claims are its own: the start of a reported request is taken as the page said
 * only within the last MAX_REPORT_AGE_MS before it arrived, else clamped into that window (a forged time
 * far in the future would sort first forever, never age out, and break every date formatter).
 */
export function receivedTimes<T extends { startedAt: number; durationMs?: number }>(
  report: T,
  now: number,
): T {
  const startedAt = Math.min(now, Math.max(now - MAX_REPORT_AGE_MS, report.startedAt));
  const duration = report.durationMs === undefined ? undefined : Math.min(report.durationMs, now - startedAt);
  return { ...report, startedAt, ...(duration === undefined ? {} : { durationMs: Math.max(0, duration) }) };
}
