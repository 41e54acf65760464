/**
 * Export texts built from stored records: a HAR 1.2 document (with our `_context` and `_diagnosis`) that
 * DevTools, support desks and our own CLI can open, and a JSON dump that also carries the success counts.
 * Records are redacted when captured; the whole document is redacted once more here, in case a field
 * escaped the first pass (defence in depth: an export is what leaves the machine).
 */
import { toHar } from './har/write.ts';
import type { CapturedRecord, SuccessCount } from './messages.ts';
import { redactExchanges, redactHarDocument } from './redact.ts';

export interface Creator {
  name: string;
  version: string;
}

export type ExportKind = 'har' | 'json';

export const JSON_EXPORT_FORMAT = 'iptv-access-lens/records';
export const JSON_EXPORT_VERSION = 1;

/** Each record's exchange redacted again, with the secrets of all of them (one seen in a URL leaves every body). */
function redactedExchanges(records: readonly CapturedRecord[]) {
  return redactExchanges(records.map((record) => record.exchange));
}

export function harExportText(records: readonly CapturedRecord[], creator: Creator): string {
  const exchanges = redactedExchanges(records);
  const items = records.map((record, i) => ({
    exchange: exchanges[i] ?? record.exchange,
    finding: record.finding,
  }));
  const har = toHar(items, creator, {
    comment: `Redacted by ${creator.name}: credentials and tokens removed.`,
  });
  return `${JSON.stringify(redactHarDocument(har), null, 2)}\n`;
}

export function jsonExportText(
  records: readonly CapturedRecord[],
  successes: readonly SuccessCount[],
  creator: Creator,
  exportedAt: number,
): string {
  const exchanges = redactedExchanges(records);
  const document = {
    format: JSON_EXPORT_FORMAT,
    version: JSON_EXPORT_VERSION,
    creator,
    exportedAt: new Date(exportedAt).toISOString(),
    records: records.map((record, i) => ({ ...record, exchange: exchanges[i] ?? record.exchange })),
    successes,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** `iptv-access-lens-2026-01-31T20-15-03Z.har`: sortable, no characters a file system refuses. */
export function exportFilename(kind: ExportKind, now: number): string {
  const stamp = new Date(now)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
  return `iptv-access-lens-${stamp}.${kind}`;
}
