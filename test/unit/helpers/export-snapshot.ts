/**
 * What the worker's `export-data` would answer for a popup state: its records, analysis and verdict. UI tests
 * fake the worker's replies; the export writers (src/outputs/exports.ts) then run for real on this snapshot.
 */
import { analyze } from '../../../src/diagnosis/analyze.ts';
import type { CapturedRecord, ExportSnapshot, StateReply } from '../../../src/messages.ts';

/** A popup state built by a test from whole records (the worker sends listings of the same records). */
export type FullState = Omit<StateReply, 'records'> & { records: CapturedRecord[] };

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
