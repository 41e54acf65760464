/**
 * Every request the UI (popup, options) sends to the service worker, with its reply. One map, so a new
 * message is one new key and both sides are type-checked. The UI never diagnoses: it asks.
 */

import type { FailureReport } from './capture/page-report.ts';
import type { PanelReplyReport } from './knowledge/panels/page-reply.ts';
import type { ProofSession, ProofStepId } from './proofs/types.ts';
import type {
  Analysis,
  CaptureContext,
  CapturedRecord,
  Lang,
  ReportEnvironment,
  SuccessCount,
} from './types.ts';
import type { CurrentVerdict } from './verdict/current.ts';

export type { ProofOutcome, ProofResult, ProofSession, ProofStepId } from './proofs/types.ts';
export type { CapturedRecord, SuccessCount } from './types.ts';

interface Creator {
  name: string;
  version: string;
}

/** What the worker hands a page that writes an export: the tab's records and the worker's reading of them. */
/** What the HAR, JSON and report exports are written from (src/outputs/exports.ts, in the page that asked). */
export interface ExportSnapshot {
  /** Stored records (redacted at capture), with the proof step's context filled in. */
  records: CapturedRecord[];
  /** Success counts of the records' hosts. */
  successes: SuccessCount[];
  /** The worker's analysis of those records (a no-failure verdict when there are none). */
  analysis: Analysis;
  proof: ProofSession | null;
  /** The current verdict (src/verdict/current.ts) of those records and tests: what every reader shows. */
  verdict: CurrentVerdict;
  /** Browser, device label, time zone and the moment of the snapshot (the export's time). */
  environment: ReportEnvironment & { generatedAt: number };
  creator: Creator;
}

/**
 * A record as the popup's history lists and charts it (code, host, role, time, class), asked for with
 * get-history once that section opens. The whole record is in get-log and export-data.
 */
export interface RecordListing {
  id: string;
  exchange: Pick<CapturedRecord['exchange'], 'url'>;
  finding: Pick<
    CapturedRecord['finding'],
    'status' | 'error' | 'role' | 'startedAt' | 'errorClass' | 'layer' | 'vendor'
  >;
}

/**
 * What the popup's first screen needs, and no more: the verdict and the root finding whole, counts and hosts
 * of the records. Their listings (300 of them, ~70 KB of JSON, a third of the first paint on a full log) come
 * with get-history, when the history is opened.
 */
export interface StateReply {
  /** The tab the answer is about: the one asked for, or the active tab when the popup asked for that. */
  tabId?: number;
  /** How many of the tab's records the verdict reads (the latest 300 at most). */
  recordCount: number;
  /** The hosts those records asked, each once. */
  recordHosts: string[];
  /** The worker's analysis; its `findings` hold the root finding only, whole (the listings are not). */
  analysis: Analysis | null;
  /** True when every record rests on headers only (no body was readable). */
  headersOnly: boolean;
  watchedHosts: string[];
  tabHost?: string;
  tabWatched: boolean;
  /**
   * Hosts this tab's page failed to reach that are not watched. Chrome shows an extension a request only
   * when it may access both the request's host and the page's, so their refusals stay unexplained until
   * they are watched too.
   */
  unwatchedHosts?: string[];
  labels: { network?: string; device?: string };
  lang: Lang;
  proof: ProofSession | null;
  /**
   * The one verdict of these records (src/verdict/current.ts): the tests' when they decided, the engine's
   * otherwise. Computed by the worker; the UI only words it.
   */
  verdict: CurrentVerdict;
}

interface Messages {
  /**
   * No tab: the latest records of every tab (the options page). `activeTab`: the focused window's active tab,
   * looked up by the worker (the popup saves a round trip). A `tabId` without `url`: the worker reads the URL.
   */
  'get-state': { req: { tabId?: number; url?: string; activeTab?: boolean }; res: StateReply };
  /** The same records as get-state, as the history lists and charts them. */
  'get-history': { req: { tabId?: number; url?: string }; res: { records: RecordListing[] } };
  /** `verdict`: the current verdict of the latest records of every tab, as the popup would show it for them. */
  'get-log': {
    req: { limit?: number };
    res: { records: CapturedRecord[]; successes: SuccessCount[]; verdict: CurrentVerdict };
  };
  /** Clears the records (of one tab, or all); they are kept aside until `undo-clear` or the next clear. */
  'clear-log': { req: { tabId?: number }; res: { cleared: number } };
  /** Puts back what the last `clear-log` removed. */
  'undo-clear': { req: Record<string, never>; res: { restored: number } };
  /**
   * What the HAR, JSON and report exports are written from (src/outputs/exports.ts, in the page that asked): the
   * tab's full records and the worker's own analysis of them.
   */
  'export-data': { req: { tabId?: number }; res: ExportSnapshot };
  'hosts-changed': { req: Record<string, never>; res: { watchedHosts: string[] } };
  'set-labels': { req: { network?: string; device?: string }; res: { ok: true } };
  /** `tabId`: the tab whose failure the session starts from (its root finding is the baseline). */
  'proof-start': {
    req: { step: ProofStepId; context: CaptureContext; tabId?: number };
    res: { proof: ProofSession };
  };
  'proof-finish': { req: Record<string, never>; res: { proof: ProofSession } };
  /** Skips a step, or records the outcome the person reports (a test on another device). */
  'proof-skip': {
    req: { step: ProofStepId; told?: { outcome: 'works' | 'same-refusal'; context: CaptureContext } };
    res: { proof: ProofSession };
  };
  'proof-reset': { req: Record<string, never>; res: { ok: true } };
  /**
   * Sent by the relay content script (background/page-side/relay.ts), not by the UI: a panel reply read in the
   * page. `tabId` and `pageUrl` are set by the worker from the message's sender, whatever the sender wrote.
   */
  'panel-reply': {
    req: { report: PanelReplyReport; tabId?: number; pageUrl?: string };
    res: { recorded: boolean };
  };
  /**
   * Sent by the relay too: failed responses the page saw (src/capture/page-report.ts), batched. The worker answers
   * once each report met webRequest's record or became a record itself; `recorded` counts the latter.
   */
  'page-failures': {
    req: { reports: FailureReport[]; tabId?: number; pageUrl?: string };
    res: { recorded: number };
  };
}

/** The messages content scripts may send; they live inside web pages and may ask for nothing else. */
export const PAGE_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>(['panel-reply', 'page-failures']);

export type MessageType = keyof Messages;
export type Request<T extends MessageType> = Messages[T]['req'];
export type Reply<T extends MessageType> = Messages[T]['res'];

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: Request<T>;
}

/** The worker's side: one handler per message type, checked for completeness by the compiler. */
export type Handlers = { [T in MessageType]: (payload: Request<T>) => Promise<Reply<T>> };

const TYPES: ReadonlySet<string> = new Set<MessageType>([
  'get-state',
  'get-history',
  'get-log',
  'clear-log',
  'undo-clear',
  'export-data',
  'hosts-changed',
  'set-labels',
  'proof-start',
  'proof-finish',
  'proof-skip',
  'proof-reset',
  'panel-reply',
  'page-failures',
]);

/** Messages can come from any extension page; anything that is not one of ours is ignored. */
export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { type?: unknown; payload?: unknown };
  return (
    typeof candidate.type === 'string' &&
    TYPES.has(candidate.type) &&
    typeof candidate.payload === 'object' &&
    candidate.payload !== null
  );
}
