/** The UI's pure helpers: event rows and filters, timeline bins, log search and sort, displayed text. */
import { describe, expect, it } from 'vitest';
import { searchRows, sortRows, toLogRows } from '../../../../options/log-table.ts';
import { filterChoices, filterRows, NO_FILTER, toRows } from '../../../../popup/events/event-rows.ts';
import { binByClass, totalsByClass } from '../../../../popup/events/timeline-bins.ts';
import { clipped, codeLabel, hostOf, visibleText } from '../../../../popup/text/display-text.ts';
import type { CapturedRecord } from '../../../../src/messages.ts';
import type { ErrorClass, Role } from '../../../../src/types.ts';

const T0 = Date.parse('2026-11-20T20:00:00Z');

function rec(
  id: string,
  status: number,
  host: string,
  at: number,
  extra: {
    error?: string;
    role?: Role;
    errorClass?: ErrorClass;
    vendor?: string;
    confidence?: number;
    evidence?: string[];
  } = {},
): CapturedRecord {
  const url = `https://${host}/p/${id}`;
  const finding = {
    entry: Number(id),
    status,
    url,
    startedAt: at,
    layer: 'waf' as const,
    vendor: extra.vendor ?? null,
    role: extra.role ?? ('stream' as Role),
    confidence: extra.confidence ?? 0.5,
    evidence: extra.evidence ?? [],
    errorClass: extra.errorClass ?? ('refusal' as ErrorClass),
    ...(extra.error ? { error: extra.error } : {}),
  };
  return {
    id,
    exchange: { url, method: 'GET', status, startedAt: at, requestHeaders: [], responseHeaders: [] },
    finding,
  };
}

describe('event rows', () => {
  const records = [
    rec('1', 403, 'a.tv', T0),
    rec('2', 0, 'b.tv', T0 + 2000, {
      error: 'net::ERR_CONNECTION_RESET',
      errorClass: 'network',
      role: 'catalog',
    }),
    rec('3', 404, 'a.tv', T0 + 1000, { errorClass: 'missing' }),
  ];

  it('lists newest first, with the transport error as the code when there was no status', () => {
    expect(toRows(records).map((r) => [r.id, r.code, r.host])).toEqual([
      ['2', 'net::ERR_CONNECTION_RESET', 'b.tv'],
      ['3', '404', 'a.tv'],
      ['1', '403', 'a.tv'],
    ]);
  });

  it('filters on every field together and offers sorted choices', () => {
    const rows = toRows(records);
    expect(filterRows(rows, NO_FILTER)).toHaveLength(3);
    expect(filterRows(rows, { ...NO_FILTER, host: 'a.tv' }).map((r) => r.id)).toEqual(['3', '1']);
    expect(filterRows(rows, { code: '403', host: 'a.tv', role: 'catalog' })).toEqual([]);
    expect(filterChoices(rows)).toEqual({
      codes: ['403', '404', 'net::ERR_CONNECTION_RESET'],
      hosts: ['a.tv', 'b.tv'],
      roles: ['catalog', 'stream'],
    });
  });
});

describe('timeline bins', () => {
  it('spreads points over equal bins, last point in the last bin', () => {
    const points = [
      { time: T0, errorClass: 'refusal' as const },
      { time: T0 + 5_000, errorClass: 'server' as const },
      { time: T0 + 10_000, errorClass: 'refusal' as const },
    ];
    const bins = binByClass(points, 2);
    expect(bins.map((b) => b.total)).toEqual([1, 2]);
    expect(bins[1]?.counts).toMatchObject({ refusal: 1, server: 1 });
    expect(bins[0]?.start).toBe(T0);
    expect(bins[1]?.end).toBe(T0 + 10_000);
    expect(totalsByClass(points)).toMatchObject({ refusal: 2, server: 1, network: 0 });
  });

  it('gives a single instant a width instead of dividing by zero', () => {
    const bins = binByClass([{ time: T0, errorClass: 'auth' }], 30);
    expect(bins).toHaveLength(30);
    expect(bins.reduce((sum, b) => sum + b.total, 0)).toBe(1);
    expect(binByClass([], 30)).toEqual([]);
  });
});

describe('log table', () => {
  const rows = toLogRows([
    rec('1', 403, 'cdn.a.tv', T0, { vendor: 'cloudflare', confidence: 0.9, evidence: ['cf-ray: 1-CDG'] }),
    rec('2', 502, 'panel.b.tv', T0 + 1, { confidence: 0.4 }),
    rec('3', 0, 'cdn.a.tv', T0 + 2, { error: 'net::ERR_TIMED_OUT', confidence: 0.7 }),
  ]);

  it('finds rows where every word appears, case-insensitively, evidence included', () => {
    expect(searchRows(rows, 'CDN.A 403').map((r) => r.id)).toEqual(['1']);
    expect(searchRows(rows, 'cf-ray').map((r) => r.id)).toEqual(['1']);
    expect(searchRows(rows, 'timed_out').map((r) => r.id)).toEqual(['3']);
    expect(searchRows(rows, '   ')).toHaveLength(3);
    expect(searchRows(rows, 'akamai')).toEqual([]);
  });

  it('sorts codes numerically with transport errors last, and by kind of problem', () => {
    expect(sortRows(rows, 'code', 'ascending').map((r) => r.code)).toEqual([
      '403',
      '502',
      'net::ERR_TIMED_OUT',
    ]);
    expect(sortRows(rows, 'vendor', 'descending').map((r) => r.id)).toEqual(['1', '3', '2']);
    expect(sortRows(rows, 'time', 'descending').map((r) => r.id)).toEqual(['3', '2', '1']);
    expect(sortRows(rows, 'host', 'ascending').map((r) => r.id)).toEqual(['3', '1', '2']);
  });
});

describe('displayed text', () => {
  it('makes control and bidi characters visible and clips long values', () => {
    expect(visibleText('a\r\nb\u0000c\u202ed\te')).toBe('a\ufffd\ufffdb\ufffdc\ufffdd\te');
    const long = clipped('x'.repeat(500), 10);
    expect(long).toEqual({ shown: `${'x'.repeat(9)}…`, full: 'x'.repeat(500), cut: true });
    expect(clipped('short', 10)).toEqual({ shown: 'short', full: 'short', cut: false });
  });

  it('reads hosts and codes defensively', () => {
    expect(hostOf('https://cdn.example.tv:8443/x')).toBe('cdn.example.tv:8443');
    expect(hostOf('not a url')).toBe('');
    expect(codeLabel({ status: 0 })).toBe('0');
    expect(codeLabel({ status: 0, error: 'NS_ERROR_NET_RESET' })).toBe('NS_ERROR_NET_RESET');
  });
});
