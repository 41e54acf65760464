/**
 * The events list as plain rows, and its filters. Pure, so the popup can memoise them: with 2,000 records the
 * rows are built once per state and filtered once per filter change, never per render.
 */
import type { RecordListing } from '../../src/messages.ts';
import type { ErrorClass, Role } from '../../src/types.ts';
import { codeLabel, hostOf } from '../text/display-text.ts';

export interface EventRow {
  id: string;
  code: string;
  host: string;
  role: Role;
  time: number;
  errorClass: ErrorClass;
  url: string;
}

/** Empty string means "any". */
export interface EventFilter {
  code: string;
  host: string;
  role: string;
}

export const NO_FILTER: EventFilter = { code: '', host: '', role: '' };

/** Newest first: the popup is opened right after something failed. */
export function toRows(records: readonly RecordListing[]): EventRow[] {
  return records
    .map((record) => ({
      id: record.id,
      code: codeLabel(record.finding),
      host: hostOf(record.exchange.url),
      role: record.finding.role,
      time: record.finding.startedAt,
      errorClass: record.finding.errorClass,
      url: record.exchange.url,
    }))
    .sort((a, b) => b.time - a.time);
}

export function filterRows(rows: readonly EventRow[], filter: EventFilter): EventRow[] {
  return rows.filter(
    (row) =>
      (filter.code === '' || row.code === filter.code) &&
      (filter.host === '' || row.host === filter.host) &&
      (filter.role === '' || row.role === filter.role),
  );
}

export interface FilterChoices {
  codes: string[];
  hosts: string[];
  roles: Role[];
}

function distinctSorted<T extends string>(values: Iterable<T>): T[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

export function filterChoices(rows: readonly EventRow[]): FilterChoices {
  return {
    codes: distinctSorted(rows.map((row) => row.code)),
    hosts: distinctSorted(rows.map((row) => row.host)),
    roles: distinctSorted(rows.map((row) => row.role)),
  };
}
