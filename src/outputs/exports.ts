/**
 * Export texts written from the worker's export snapshot (src/messages.ts `export-data`): a HAR 1.2 document
 * (with our `_context` and `_diagnosis`) that DevTools, support desks and our own CLI can open, a JSON dump
 * that also carries the success counts, and the support report. The pages write them, not the worker: the
 * snapshot already holds the worker's records and verdict, so nothing is diagnosed again, and the worker
 * that wakes on every refused request does not carry the writers.
 *
 * Records are redacted when captured; every document is redacted once more here, in case a field escaped
 * the first pass (defence in depth: an export is what leaves the machine).
 */

import type { ExportSnapshot } from '../messages.ts';
import { successSummaries, summaryComment } from '../proofs/step-summaries.ts';
import { redactExchanges, redactHarDocument } from '../redact/index.ts';
import { isoTime } from '../time.ts';
import type { CapturedRecord, Lang } from '../types.ts';
import { type HarItem, toHar } from './har/write.ts';
import { type ReportFormat, supportReport } from './report/report.ts';

export type ExportKind = 'har' | 'json';

export const JSON_EXPORT_FORMAT = 'iptv-access-lens/records';
export const JSON_EXPORT_VERSION = 1;

/** Each record's exchange redacted again, with the secrets of all of them (one seen in a URL leaves every body). */
function redactedExchanges(records: readonly CapturedRecord[]) {
  return redactExchanges(records.map((record) => record.exchange));
}

/**
 * The records, plus one summary entry per success count taken during a proof step (successes are counted,
 * not stored: without them a guided session's HAR would show the refused steps and hide the working ones).
 */
export function harExportText(snapshot: ExportSnapshot): string {
  const { records, creator } = snapshot;
  const exchanges = redactedExchanges(records);
  const items: HarItem[] = records.map((record, i) => ({
    exchange: exchanges[i] ?? record.exchange,
    finding: record.finding,
  }));
  const summaries = successSummaries(snapshot.successes, records, snapshot.proof);
  for (const summary of summaries)
    items.push({ exchange: summary.exchange, comment: summaryComment(summary) });
  // Summaries go where their step happened; the sort is stable, so records keep their stored order otherwise.
  if (summaries.length > 0) items.sort((a, b) => a.exchange.startedAt - b.exchange.startedAt);
  const har = toHar(items, creator, {
    comment: `Redacted by ${creator.name}: credentials and tokens removed.`,
  });
  return `${JSON.stringify(redactHarDocument(har), null, 2)}\n`;
}

export function jsonExportText(snapshot: ExportSnapshot): string {
  const { records, creator } = snapshot;
  const exchanges = redactedExchanges(records);
  const document = {
    format: JSON_EXPORT_FORMAT,
    version: JSON_EXPORT_VERSION,
    creator,
    exportedAt: isoTime(snapshot.environment.generatedAt),
    records: records.map((record, i) => ({ ...record, exchange: exchanges[i] ?? record.exchange })),
    successes: snapshot.successes,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The support report of the snapshot, in the language the viewer picked (not necessarily the UI's). */
export function reportExportText(snapshot: ExportSnapshot, lang: Lang, format: ReportFormat): string {
  const { records, analysis, proof, environment, verdict } = snapshot;
  // The worker's verdict, not one computed again: the report says what the popup says.
  return supportReport({ records, analysis, proof, environment, verdict }, lang, format);
}

/** `2026-01-31T20-15-03Z`: sortable, no characters a file system refuses. */
function fileStamp(now: number): string {
  return isoTime(now, new Date(0).toISOString())
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
}

/** `iptv-access-lens-2026-01-31T20-15-03Z.har` */
export function exportFilename(kind: ExportKind, now: number): string {
  return `iptv-access-lens-${fileStamp(now)}.${kind}`;
}

/** `iptv-access-lens-report-2026-01-31T20-15-03Z-fr.md`: the language is in the name, both may be sent. */
export function reportFilename(lang: Lang, format: ReportFormat, now: number): string {
  return `iptv-access-lens-report-${fileStamp(now)}-${lang}.${format === 'markdown' ? 'md' : 'txt'}`;
}
