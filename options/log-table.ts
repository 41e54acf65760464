/** The log viewer's rows: search across what a person would type, and sorting by any column. Pure. */

import { codeLabel, hostOf } from '../popup/text/display-text.ts';
import type { CapturedRecord } from '../src/messages.ts';
import type { Layer, Role } from '../src/types.ts';

export interface LogRow {
  id: string;
  time: number;
  code: string;
  status: number;
  host: string;
  role: Role;
  layer: Layer;
  vendor: string;
  /** Lowercased text the search runs over, built once per row. */
  haystack: string;
  record: CapturedRecord;
}

export type SortKey = 'time' | 'code' | 'host' | 'role' | 'layer' | 'vendor';
export type SortDirection = 'ascending' | 'descending';

export function toLogRows(records: readonly CapturedRecord[]): LogRow[] {
  return records.map((record) => {
    const { finding, exchange } = record;
    const row = {
      id: record.id,
      time: finding.startedAt,
      code: codeLabel(finding),
      status: finding.status,
      host: hostOf(exchange.url),
      role: finding.role,
      layer: finding.layer,
      vendor: finding.vendor ?? '',
      record,
    };
    const haystack = [
      row.code,
      exchange.url,
      row.role,
      row.layer,
      row.vendor,
      finding.vendorErrorCode ?? '',
      ...finding.evidence,
    ]
      .join('\n')
      .toLowerCase();
    return { ...row, haystack };
  });
}

/** Every word of the query must appear somewhere in the row (code, URL, role, layer, vendor, evidence). */
export function searchRows(rows: readonly LogRow[], query: string): LogRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => words.every((word) => row.haystack.includes(word)));
}

function compare(a: LogRow, b: LogRow, key: SortKey): number {
  switch (key) {
    case 'time':
      return a.time - b.time;
    case 'code':
      // Statuses numerically; transport errors (status 0) after them, by name.
      return (a.status || 1000) - (b.status || 1000) || a.code.localeCompare(b.code);
    default:
      return a[key].localeCompare(b[key]);
  }
}

/** Stable, with time (newest first) breaking ties so equal codes stay in a readable order. */
export function sortRows(rows: readonly LogRow[], key: SortKey, direction: SortDirection): LogRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b, key) || b.time - a.time);
}
