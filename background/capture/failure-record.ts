/**
 * How a failed request becomes a stored record: its view (webRequest's, or the page's) made an exchange,
 * given its context, redacted of every secret seen this session, and diagnosed once; and how a stored
 * record is completed when its body arrives later. Separate from capture.ts because three paths make
 * records — webRequest's events, panel replies read in the page, the page's failure reports — and all of
 * them must redact and diagnose alike, with one memory of secrets.
 */

import { diagnoseExchange } from '../../src/diagnosis/analyze.ts';
import type { CapturedRecord } from '../../src/messages.ts';
import { collectSecrets, redactExchange } from '../../src/redact/index.ts';
import type { Settings } from '../../src/settings.ts';
import type { Exchange, Finding } from '../../src/types.ts';
import type { KnowledgeReady } from '../knowledge-file.ts';
import type { BrowserPort, RequestDetails } from '../port.ts';
import type { ProofTracker } from '../proofs/proof-session.ts';
import { recordId } from '../storage/record-codec.ts';
import type { Store } from '../storage/store.ts';
import { captureContext } from './context.ts';
import { type RequestStart, toExchange } from './normalize.ts';
import { undiagnosed } from './undiagnosed.ts';

/** Error bodies (a panel's JSON, a WAF page) are short; this keeps a record small. */
export const MAX_BODY_CHARS = 8192;
/** Secrets seen in failed requests, kept in memory only, so a body read later is scrubbed of them too. */
const MAX_SECRETS = 200;

export interface RecordParts {
  body?: string;
  bodyMimeType?: string;
  /** Reuse a record's sequence (and so its id): webRequest completing the page's record. */
  sequence?: number;
  source?: 'page';
}

/** What a record's context is read from, and the store a late body is lent through (CaptureDeps fits). */
export interface RecordSources {
  port: Pick<BrowserPort, 'browser' | 'networkInfo'>;
  store: Pick<Store, 'allocateSequence' | 'update'>;
  proof: Pick<ProofTracker, 'labels' | 'step'>;
  settings: () => Settings;
  proxyMode: () => string | undefined;
  log: (message: string, error?: unknown) => void;
  /** The knowledge file read (background/knowledge-file.ts): the engine's tables are there to diagnose with. */
  knowledge: KnowledgeReady;
}

export class FailureRecords {
  readonly #secrets = new Set<string>();

  constructor(private readonly deps: RecordSources) {}

  /**
   * A record of the request, or null when the engine finds nothing to say about it. Synchronous, so a record
   * is made and met with the page's view in one step: its caller has awaited `knowledge` before.
   */
  make(
    details: RequestDetails,
    start: RequestStart | undefined,
    retryCount: number,
    { body, bodyMimeType, sequence = this.deps.store.allocateSequence(), source }: RecordParts = {},
  ): CapturedRecord | null {
    const settings = this.deps.settings();
    const exchange = toExchange(details, start);
    if (body) exchange.body = body.slice(0, MAX_BODY_CHARS);
    if (bodyMimeType) exchange.mimeType = bodyMimeType;
    exchange.context = captureContext(details, exchange, {
      sequence,
      browser: this.deps.port.browser,
      network: this.deps.port.networkInfo(),
      labels: this.deps.proof.labels(settings.labels),
      proofStep: this.deps.proof.step,
      retryCount,
      proxyMode: this.deps.proxyMode(),
      headersOnly: body === undefined,
    });
    if (source) exchange.context.source = source;
    this.#remember(collectSecrets(exchange));
    const redacted = redactExchange(exchange, this.#secrets);
    const finding = this.#diagnose(redacted, sequence);
    return finding ? { id: recordId(sequence), exchange: redacted, finding } : null;
  }

  /** A body read in the page (a panel reply's, a report's excerpt) for a stored record that has none yet. */
  async lendBody(recordId: string, body: string): Promise<void> {
    await this.tables();
    return this.deps.store.update(recordId, (record) =>
      record.exchange.context?.headersOnly === false ? record : withBody(record, body, this.#secrets),
    );
  }

  /**
   * Resolves once the engine's tables can be read, or once reading them has failed for this wake: the record
   * is then still kept, undiagnosed (#diagnose).
   */
  tables(): Promise<void> {
    // The loader logs its failure once per wake.
    return this.deps.knowledge().catch(() => undefined);
  }

  /** Secrets seen so far this session (memory only), for redacting text that arrives later. */
  get secrets(): ReadonlySet<string> {
    return this.#secrets;
  }

  /** A failing engine must not cost the record: it is kept with an undiagnosed finding instead. */
  #diagnose(exchange: Exchange, sequence: number): Finding | null {
    try {
      return diagnoseExchange(exchange, sequence);
    } catch (error) {
      this.deps.log('diagnosis failed; record kept undiagnosed', error);
      return undiagnosed(exchange, sequence);
    }
  }

  #remember(secrets: Iterable<string>): void {
    for (const secret of secrets) {
      this.#secrets.delete(secret);
      this.#secrets.add(secret);
    }
    for (const oldest of this.#secrets) {
      if (this.#secrets.size <= MAX_SECRETS) break;
      this.#secrets.delete(oldest);
    }
  }
}

/** A stored record once its body (the refused page's visible text) is known: redacted and diagnosed again. */
export function withBody(record: CapturedRecord, body: string, secrets?: Iterable<string>): CapturedRecord {
  const exchange = {
    ...record.exchange,
    body: body.slice(0, MAX_BODY_CHARS),
    context: { ...record.exchange.context, headersOnly: false },
  };
  const redacted = redactExchange(exchange, secrets);
  let finding = record.finding;
  try {
    finding = diagnoseExchange(redacted, record.finding.entry) ?? record.finding;
  } catch {
    // The body is kept, redacted; the finding made at capture stands.
  }
  return { id: record.id, exchange: redacted, finding };
}
