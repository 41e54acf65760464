/**
 * The popup's and options page's exports: HAR, JSON and the support report, written here from the worker's
 * snapshot (`export-data`: its records and its own analysis, so nothing is diagnosed again). The writers
 * (src/outputs/exports.ts) load on the first export, as a chunk: neither the popup's first paint nor the worker,
 * woken on every refused request, pays for them.
 */
import type { ExportSnapshot } from '../../src/messages.ts';
import type { ExportKind } from '../../src/outputs/exports.ts';
import type { ReportFormat } from '../../src/outputs/report/report.ts';
import type { Lang } from '../../src/types.ts';
import { send } from '../browser.ts';

export interface ExportFile {
  filename: string;
  text: string;
  mime: string;
}

async function snapshotAndWriters(tabId: number | undefined) {
  const snapshot: Promise<ExportSnapshot> = send('export-data', tabId === undefined ? {} : { tabId });
  return Promise.all([snapshot, import('../../src/outputs/exports.ts')]);
}

/** The redacted HAR 1.2 of the tab's records, or our JSON dump of them with the success counts. */
export async function dataFile(tabId: number | undefined, kind: ExportKind): Promise<ExportFile> {
  const [snapshot, writers] = await snapshotAndWriters(tabId);
  return {
    filename: writers.exportFilename(kind, snapshot.environment.generatedAt),
    text: kind === 'har' ? writers.harExportText(snapshot) : writers.jsonExportText(snapshot),
    mime: 'application/json',
  };
}

export async function reportFile(
  tabId: number | undefined,
  lang: Lang,
  format: ReportFormat,
): Promise<ExportFile> {
  const [snapshot, writers] = await snapshotAndWriters(tabId);
  return {
    filename: writers.reportFilename(lang, format, snapshot.environment.generatedAt),
    text: writers.reportExportText(snapshot, lang, format),
    mime: format === 'markdown' ? 'text/markdown' : 'text/plain',
  };
}
