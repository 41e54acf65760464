/**
 * What the worker's `export-data` would answer for a popup state: its records, analysis and verdict. UI tests
 * fake the worker's replies; the export writers (src/outputs/exports.ts) then run for real on this snapshot.
 */
import { analyze } from '../../../src/diagnosis/analyze.ts';
import type { CapturedRecord, ExportSnapshot, RecordListing, StateReply } from '../../../src/messages.ts';

/**
 * A popup state built by a test from whole records: the worker sends their count and hosts with get-state
 * (wireState) and their listings with get-history (historyOf).
 */
export type FullState = Omit<StateReply, 'recordCount' | 'recordHosts'> & { records: CapturedRecord[] };

/** What get-state answers for this state. */
export function wireState({ records, ...rest }: FullState): StateReply {
  const hosts = new Set(records.map((record) => new URL(record.exchange.url).hostname));
  return { ...rest, recordCount: records.length, recordHosts: [...hosts] };
}

/** What get-history answers for this state. */
export function historyOf(state: FullState): { records: RecordListing[] } {
  return {
    records: state.records.map(({ id, exchange, finding }) => ({
      id,
      exchange: { url: exchange.url },
      finding: {
        status: finding.status,
        role: finding.role,
        startedAt: finding.startedAt,
        errorClass: finding.errorClass,
        layer: finding.layer,
        vendor: finding.vendor,
        ...(finding.error ? { error: finding.error } : {}),
      },
    })),
  };
}

const SNAPSHOT_TIME = Date.UTC(2026, 0, 31, 20, 15, 3);

export function snapshotOf(state: FullState): ExportSnapshot {
  return {
    records: state.records,
    successes: [],
    analysis: state.analysis ?? analyze([]),
    proof: state.proof ?? null,
    verdict: state.verdict,
    environment: { generatedAt: SNAPSHOT_TIME, browser: 'chrome', timeZone: 'Europe/Paris' },
    creator: { name: 'IPTV Access Lens', version: '0.0.0-test' },
  };
}
