/**
 * Per-tab failure state and its badge. The state lives in `storage.session` (it survives the worker
 * stopping, not the browser), because Chromium wipes a tab's badge when the tab commits a new document —
 * which for a refused main frame happens *after* webRequest's onCompleted. So the badge is re-applied on
 * `tabs.onUpdated` status "complete", and the state is cleared only when the tab really goes elsewhere.
 */
import {
  addFailure,
  type BadgeLook,
  badgeFor,
  emptyFailures,
  type TabFailures,
} from '../../src/capture/badge-rules.ts';
import { vendorName } from '../../src/knowledge/vendors/identify.ts';
import type { BadgeSettings } from '../../src/settings.ts';
import type { Finding } from '../../src/types.ts';
import type { KnowledgeReady } from '../knowledge-file.ts';
import type { BrowserPort } from '../port.ts';

const PREFIX = 'tab:';
/** A main-frame response and the commit of its document are this close at most in practice. */
const COMMIT_WINDOW_MS = 30_000;

export interface TabState {
  failures: TabFailures;
  /** The redacted URL of the top-level page these failures belong to, when we saw it load. */
  pageUrl?: string;
  /** Set by a main-frame response until its document commits: that commit is not a navigation away. */
  commitPendingSince?: number;
  /** A refused main frame whose visible text should be read once the page is complete. */
  readRecordId?: string;
  /**
   * Hosts this tab's watched page failed to reach that are not watched: Chrome shows the extension none of
   * their responses (it needs the request's host and the page's), so the popup offers to watch them too.
   */
  unwatchedHosts?: string[];
}

/** Enough to name a player's CDN and panel; a page that fails on more hosts is not a player. */
const MAX_UNWATCHED_HOSTS = 8;

export function tabKey(tabId: number): string {
  return `${PREFIX}${tabId}`;
}

function parseState(raw: unknown): TabState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const state = raw as Partial<TabState>;
  const failures = state.failures;
  if (typeof failures !== 'object' || failures === null) return null;
  if (typeof failures.counts !== 'object' || typeof failures.lastStatus !== 'object') return null;
  return state as TabState;
}

/** Whether a tab that starts loading keeps its failures: only the commit of the page they came from does. */
export function keepsStateOnLoading(state: TabState, redactedUrl: string | undefined, now: number): boolean {
  if (state.commitPendingSince === undefined) return false;
  if (redactedUrl !== undefined && state.pageUrl !== undefined) return redactedUrl === state.pageUrl;
  return now - state.commitPendingSince < COMMIT_WINDOW_MS;
}

export class TabBadges {
  readonly #states = new Map<number, TabState>();
  /** One operation at a time: two failures of one tab must not both start from the same count. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly port: BrowserPort,
    private readonly settings: () => BadgeSettings,
    private readonly now: () => number,
    /** The knowledge file read (background/knowledge-file.ts): a vendor's name is in the vendor table. */
    private readonly knowledge: KnowledgeReady = () => Promise.resolve(),
  ) {}

  #run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(task);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  async #state(tabId: number): Promise<TabState | null> {
    const cached = this.#states.get(tabId);
    if (cached) return cached;
    const stored = await this.port.session.get(tabKey(tabId)).catch(() => ({}) as Record<string, unknown>);
    const state = parseState(stored[tabKey(tabId)]);
    if (state) this.#states.set(tabId, state);
    return state;
  }

  async #save(tabId: number, state: TabState): Promise<void> {
    this.#states.set(tabId, state);
    await this.port.session.set({ [tabKey(tabId)]: state }).catch(() => undefined);
    await this.#apply(tabId, state);
  }

  async #apply(tabId: number, state: TabState | null): Promise<void> {
    const look: BadgeLook | null = state ? badgeFor(state.failures, this.settings()) : null;
    // The tooltip names the vendor as people know it ("Amazon CloudFront"), not by its id (the id when the
    // table cannot be read).
    const vendor = look?.tip?.vendor ?? null;
    const named =
      vendor &&
      (await this.knowledge()
        .then(() => vendorName(vendor))
        .catch(() => vendor));
    const tip = look?.tip && { ...look.tip, vendor: named };
    await this.port.setBadge(tabId, look && { ...look, tip }).catch(() => undefined);
  }

  /** A top-level page of a watched host answered: a new page for this tab, refused or not. */
  mainFrame(tabId: number, redactedUrl: string): Promise<void> {
    if (tabId < 0) return Promise.resolve();
    const state: TabState = {
      failures: emptyFailures(),
      pageUrl: redactedUrl,
      commitPendingSince: this.now(),
    };
    return this.#run(() => this.#save(tabId, state));
  }

  failure(
    tabId: number,
    finding: Pick<Finding, 'errorClass' | 'status' | 'layer' | 'vendor'>,
    readRecordId?: string,
  ): Promise<void> {
    if (tabId < 0) return Promise.resolve();
    return this.#run(async () => {
      const state = (await this.#state(tabId)) ?? { failures: emptyFailures() };
      const next: TabState = { ...state, failures: addFailure(state.failures, finding) };
      if (readRecordId) next.readRecordId = readRecordId;
      await this.#save(tabId, next);
    });
  }

  /** Page reports of failures on hosts not watched (panel-failure-intake.ts): their names only. */
  unwatched(tabId: number, hosts: readonly string[]): Promise<void> {
    if (tabId < 0 || hosts.length === 0) return Promise.resolve();
    return this.#run(async () => {
      const state = (await this.#state(tabId)) ?? { failures: emptyFailures() };
      const known = state.unwatchedHosts ?? [];
      const added = hosts.filter((host) => !known.includes(host));
      if (added.length === 0 || known.length >= MAX_UNWATCHED_HOSTS) return;
      await this.#save(tabId, {
        ...state,
        unwatchedHosts: [...known, ...added].slice(0, MAX_UNWATCHED_HOSTS),
      });
    });
  }

  /** The hosts `unwatched` noted for this tab's current page. */
  async unwatchedHosts(tabId: number): Promise<string[]> {
    return this.#run(async () => [...((await this.#state(tabId))?.unwatchedHosts ?? [])]);
  }

  /**
   * tabs.onUpdated. Returns the record whose page text should now be read (the refused page is complete),
   * if any.
   */
  updated(tabId: number, status: string | undefined, redactedUrl?: string): Promise<string | undefined> {
    if (status !== 'loading' && status !== 'complete') return Promise.resolve(undefined);
    return this.#run(async () => {
      const state = await this.#state(tabId);
      if (!state) return undefined;
      if (status === 'loading') {
        if (!keepsStateOnLoading(state, redactedUrl, this.now())) await this.#forget(tabId);
        return undefined;
      }
      const { commitPendingSince: _committed, readRecordId, ...settled } = state;
      await this.#save(tabId, settled);
      return readRecordId;
    });
  }

  forget(tabId: number): Promise<void> {
    return this.#run(() => this.#forget(tabId));
  }

  async #forget(tabId: number): Promise<void> {
    this.#states.delete(tabId);
    await this.port.session.remove(tabKey(tabId)).catch(() => undefined);
    await this.#apply(tabId, null);
  }

  /** Re-applies every known tab's badge (the badge settings changed). */
  refreshAll(): Promise<void> {
    return this.#run(async () => {
      for (const [tabId, state] of await this.#storedStates()) await this.#apply(tabId, state);
    });
  }

  /** clear-log: every tab (or one) loses its failures. */
  clear(tabId?: number): Promise<void> {
    return this.#run(async () => {
      const tabIds = tabId !== undefined ? [tabId] : [...(await this.#storedStates()).keys()];
      for (const id of tabIds) await this.#forget(id);
    });
  }

  async #storedStates(): Promise<Map<number, TabState>> {
    const stored = await this.port.session.get(null).catch(() => ({}) as Record<string, unknown>);
    const states = new Map<number, TabState>();
    for (const [key, raw] of Object.entries(stored)) {
      const tabId = Number(key.slice(PREFIX.length));
      const state = key.startsWith(PREFIX) && Number.isInteger(tabId) ? parseState(raw) : null;
      if (state) states.set(tabId, state);
    }
    return states;
  }
}
