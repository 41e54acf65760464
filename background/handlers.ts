/**
 * The worker's answer to every message of src/messages.ts. Handlers read the store and call the core;
 * the UI never diagnoses. Each one waits for the worker to be loaded, so a popup that woke the worker
 * sees the stored records, not an empty start.
 */
import { analyze } from '../src/diagnosis/analyze.ts';
import { hostOfUrl, isWatched, plainHost } from '../src/http/host-patterns.ts';
import { resolveLang } from '../src/i18n.ts';
import type {
  CapturedRecord,
  ExportSnapshot,
  Handlers,
  RecordListing,
  StateReply,
  SuccessCount,
} from '../src/messages.ts';
import { normalizeLabels, type Settings } from '../src/settings.ts';
import type { Analysis, Lang } from '../src/types.ts';
import { currentVerdict } from '../src/verdict/current.ts';
import type { TabBadges } from './badge/tab-badges.ts';
import { CREATOR } from './build-info.ts';
import type { KnowledgeReady } from './knowledge-file.ts';
import type { BrowserPort } from './port.ts';
import { type ProofTracker, withStepContext } from './proofs/proof-session.ts';
import type { Cleared, Store } from './storage/store.ts';

/** The popup explains the recent past; a long history would only slow the analysis down. */
const MAX_STATE_RECORDS = 300;
const DEFAULT_LOG_LIMIT = 500;

export interface HandlerDeps {
  port: BrowserPort;
  store: Store;
  tabs: TabBadges;
  proof: ProofTracker;
  settings: () => Settings;
  saveSettings: (next: Settings) => Promise<void>;
  /** Aligns the watched hosts with the granted permissions and re-registers the listeners. */
  syncHosts: () => Promise<string[]>;
  ready: Promise<void>;
  /** The knowledge file read (background/knowledge-file.ts), for analysing stored records. */
  knowledge: KnowledgeReady;
  now: () => number;
  /** A panel reply read in a page (panel-observer.ts); absent, reports are ignored. */
  panelReply?: Handlers['panel-reply'];
  /** Failed responses reported by a page (panel-failure-intake.ts); absent, reports are ignored. */
  pageFailures?: Handlers['page-failures'];
}

/** The site a record belongs to: the host it asked, and the page that asked it. */
function sitesOf(record: CapturedRecord): (string | undefined)[] {
  const initiator = record.exchange.context?.initiator;
  return [hostOfUrl(record.exchange.url), initiator ? hostOfUrl(initiator) : undefined];
}

/**
 * The tab's records; when it has none, those of the tab's site (a player reloaded in another tab); else
 * nothing: a verdict or a list built from another site's records would answer the wrong question.
 */
function recordsFor(
  all: readonly CapturedRecord[],
  tabId: number | undefined,
  tabHost?: string,
): { records: CapturedRecord[]; related: boolean } {
  if (tabId === undefined) return { records: all.slice(-MAX_STATE_RECORDS), related: true };
  const ofTab = all.filter((record) => record.exchange.context?.tabId === tabId);
  if (ofTab.length > 0) return { records: ofTab.slice(-MAX_STATE_RECORDS), related: true };
  const ofSite = tabHost ? all.filter((record) => sitesOf(record).includes(tabHost)) : [];
  if (ofSite.length > 0) return { records: ofSite.slice(-MAX_STATE_RECORDS), related: true };
  return { records: [], related: false };
}

/** The hosts the records asked, each once. */
function hostsOf(records: readonly CapturedRecord[]): string[] {
  const hosts = new Set<string>();
  for (const record of records) {
    const host = hostOfUrl(record.exchange.url);
    if (host) hosts.add(host);
  }
  return [...hosts];
}

/** Success counts of the hosts the records are about: what "works elsewhere" compares with. */
function countsFor(records: readonly CapturedRecord[], counts: readonly SuccessCount[]): SuccessCount[] {
  const hosts = new Set(records.map((record) => hostOfUrl(record.exchange.url)));
  return counts.filter((count) => hosts.has(count.host));
}

/** The engine numbers entries by their place in the list it was given, which is the records' order. */
function rootRecordOf({ records, analysis }: { records: CapturedRecord[]; analysis: Analysis | null }) {
  const entry = analysis?.verdict.rootEntry;
  return entry === undefined ? undefined : records[entry];
}

/**
 * The analysis as the popup gets it: the listings give every record's code, host, role and class, so only
 * the root finding (the one the verdict rests on, shown whole) comes again — half a 2,000-event reply, and
 * its first paint, were the rest.
 */
function rootOnly(analysis: Analysis): Analysis {
  const root = analysis.findings.find((finding) => finding.entry === analysis.verdict.rootEntry);
  return { ...analysis, findings: root ? [root] : [] };
}

export function createHandlers(deps: HandlerDeps): Handlers {
  /** What the last clear removed, until its undo or the next clear (the popup offers the undo at once). */
  let lastCleared: Cleared | null = null;
  const lang = (): Lang => resolveLang(deps.settings().lang, [deps.port.uiLanguage()]);

  async function analysisOf(tabId: number | undefined, tabHost?: string) {
    await deps.ready;
    const session = deps.proof.session;
    const found = recordsFor(await deps.store.records(), tabId, tabHost);
    const records = found.records.map((r) => withStepContext(r, session));
    const successes = countsFor(records, await deps.store.successes());
    // The analysis reads the tables; without them (the file could not be read) the records are still listed
    // and exported, with no verdict rather than a wrong one.
    const readable =
      records.length > 0 &&
      (await deps.knowledge().then(
        () => true,
        () => false,
      ));
    const analysis: Analysis | null = readable
      ? analyze(
          records.map((record) => record.exchange),
          // Each record was diagnosed once, when captured: the analysis reuses those findings.
          { successes, findings: records.map((record) => record.finding) },
        )
      : null;
    const verdict = currentVerdict({
      analysis,
      proof: session,
      exchanges: records.map((record) => record.exchange),
      now: deps.now(),
    });
    return { records, successes, analysis, verdict };
  }

  /** What the popup's list and chart read of a record; evidence, headers and bodies stay here. */
  function listingOf({ id, exchange, finding }: CapturedRecord): RecordListing {
    const { status, error, role, startedAt, errorClass, layer, vendor } = finding;
    return {
      id,
      exchange: { url: exchange.url },
      finding: { status, role, startedAt, errorClass, layer, vendor, ...(error ? { error } : {}) },
    };
  }

  /**
   * The tab a request is about, and its host: looked up here when the page did not say, side by side with
   * the worker's loading (one round trip for the popup instead of two).
   */
  async function tabOf({ tabId, url, activeTab }: { tabId?: number; url?: string; activeTab?: boolean }) {
    // The tab's address and the worker's storage are read side by side: the popup waits on the slower only.
    const lookup: Promise<{ tabId?: number; url?: string }> = activeTab
      ? deps.port.activeTab()
      : url !== undefined || tabId === undefined
        ? Promise.resolve({ tabId, url })
        : deps.port.tabUrl(tabId).then((found) => ({ tabId, url: found }));
    const [tab] = await Promise.all([lookup, deps.ready]);
    // Only a web page can be watched: the browser's own pages (settings, extensions) get no Watch button.
    const tabHost = tab.url && /^https?:/i.test(tab.url) ? hostOfUrl(tab.url) : undefined;
    return { tabId: tab.tabId, tabHost };
  }

  return {
    async 'get-state'(request) {
      const { tabId, tabHost } = await tabOf(request);
      const { records, analysis, verdict } = await analysisOf(tabId, tabHost);
      const settings = deps.settings();
      const reply: StateReply = {
        // The first screen needs the verdict, not the listings: get-history brings those when asked.
        recordCount: records.length,
        recordHosts: hostsOf(records),
        analysis: analysis && rootOnly(analysis),
        headersOnly:
          records.length > 0 && records.every((record) => record.exchange.context?.headersOnly !== false),
        watchedHosts: settings.watchedHosts,
        tabWatched: tabHost !== undefined && isWatched(settings.watchedHosts, tabHost),
        labels: settings.labels,
        lang: lang(),
        proof: deps.proof.session,
        verdict,
      };
      if (tabHost) reply.tabHost = tabHost;
      if (tabId !== undefined) reply.tabId = tabId;
      if (tabId !== undefined) {
        // Granted since they were noted: no longer worth offering.
        const unwatched = (await deps.tabs.unwatchedHosts(tabId)).filter(
          (host) => plainHost(host) !== null && !isWatched(settings.watchedHosts, host),
        );
        if (unwatched.length > 0) reply.unwatchedHosts = unwatched;
      }
      return reply;
    },

    async 'get-history'(request) {
      const { tabId, tabHost } = await tabOf(request);
      await deps.ready;
      return { records: recordsFor(await deps.store.records(), tabId, tabHost).records.map(listingOf) };
    },

    async 'get-log'({ limit }) {
      const { verdict } = await analysisOf(undefined);
      const count = typeof limit === 'number' && limit > 0 ? Math.floor(limit) : DEFAULT_LOG_LIMIT;
      // With the running guided step's labels filled in, as get-state and the exports give them.
      const session = deps.proof.session;
      const records = (await deps.store.records()).slice(-count).map((r) => withStepContext(r, session));
      return { records, successes: await deps.store.successes(), verdict };
    },

    async 'clear-log'({ tabId }) {
      await deps.ready;
      lastCleared = await deps.store.clear(tabId);
      await deps.tabs.clear(tabId);
      return { cleared: lastCleared.records.length };
    },

    async 'undo-clear'() {
      await deps.ready;
      const cleared = lastCleared;
      lastCleared = null;
      if (cleared) await deps.store.restore(cleared);
      return { restored: cleared?.records.length ?? 0 };
    },

    async 'export-data'({ tabId }): Promise<ExportSnapshot> {
      const { records, successes, analysis, verdict } = await analysisOf(tabId);
      const now = deps.now();
      const { device } = deps.settings().labels;
      return {
        records,
        successes,
        analysis: analysis ?? analyze([]),
        proof: deps.proof.session,
        verdict,
        environment: {
          browser: deps.port.browser,
          userAgent: deps.port.userAgent(),
          generatedAt: now,
          timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          utcOffsetMinutes: -new Date(now).getTimezoneOffset(),
          ...(device ? { device } : {}),
        },
        creator: CREATOR,
      };
    },

    async 'hosts-changed'() {
      await deps.ready;
      return { watchedHosts: await deps.syncHosts() };
    },

    async 'set-labels'(labels) {
      await deps.ready;
      await deps.saveSettings({ ...deps.settings(), labels: normalizeLabels(labels) });
      return { ok: true };
    },

    async 'proof-start'({ step, context, tabId }) {
      await deps.ready;
      // The failure the view showed (the tab's root finding), else the latest one captured.
      const root = tabId === undefined ? undefined : await analysisOf(tabId).then(rootRecordOf);
      const latest = root ?? (await deps.store.records()).at(-1);
      const baseline = latest && {
        status: latest.finding.status,
        url: latest.exchange.url,
        role: latest.finding.role,
        host: hostOfUrl(latest.exchange.url),
      };
      return { proof: await deps.proof.start(step, context, baseline) };
    },

    async 'proof-finish'() {
      await deps.ready;
      return { proof: await deps.proof.finish() };
    },

    async 'proof-skip'({ step, told }) {
      await deps.ready;
      return { proof: await deps.proof.skip(step, told) };
    },

    async 'proof-reset'() {
      await deps.ready;
      await deps.proof.reset();
      return { ok: true };
    },

    async 'panel-reply'(request) {
      return deps.panelReply ? deps.panelReply(request) : { recorded: false };
    },

    async 'page-failures'(request) {
      return deps.pageFailures ? deps.pageFailures(request) : { recorded: 0 };
    },
  };
}
