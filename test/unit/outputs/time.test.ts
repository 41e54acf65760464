/**
 * Every place that writes a time survives any number: a page's report, a HAR file or a panel's exp_date can
 * carry NaN, ±Infinity, 1e300 or 8.64e15 + 1, where the date APIs throw a RangeError.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateTime, formatTime } from '../../../popup/text/display-text.ts';
import { analyze } from '../../../src/diagnosis/analyze.ts';
import { harExportText, jsonExportText, reportExportText } from '../../../src/outputs/exports.ts';
import { isoTime } from '../../../src/time.ts';
import type { Exchange } from '../../../src/types.ts';
import { currentVerdict } from '../../../src/verdict/current.ts';

const anyTime = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1e300, 1e300, 8.64e15 + 1, -8.64e15 - 1, 8.64e15, 0),
);

function snapshotAt(time: number) {
  const exchange: Exchange = {
    url: 'http://panel.example.net/player_api.php',
    method: 'GET',
    status: 200,
    startedAt: time,
    requestHeaders: [],
    responseHeaders: [{ name: 'Content-Type', value: 'application/json' }],
    body: JSON.stringify({ user_info: { auth: 1, status: 'Expired', exp_date: String(time) } }),
  };
  const refused: Exchange = {
    ...exchange,
    url: 'http://cdn.example.net/live/a/b/1.ts',
    status: 403,
    body: '',
  };
  const analysis = analyze([exchange, refused]);
  const records = analysis.findings.map((finding) => ({
    id: `r${finding.entry}`,
    exchange: finding.entry === 0 ? exchange : refused,
    finding,
  }));
  return {
    records,
    successes: [],
    analysis,
    // The worker's one verdict, made at a time from outside too (the panel's exp_date is `time`).
    verdict: currentVerdict({ analysis, proof: null, exchanges: [exchange, refused], now: time }),
    proof: null,
    environment: { generatedAt: time, timeZone: 'Europe/Paris' },
    creator: { name: 'test', version: '0' },
  };
}

describe('times from outside', () => {
  it('the popup and options formatters show a dash for what no date can hold, never throw', () => {
    fc.assert(
      fc.property(anyTime, fc.constantFrom('en', 'fr') as fc.Arbitrary<'en' | 'fr'>, (time, lang) => {
        expect(typeof formatTime(time, lang)).toBe('string');
        expect(typeof formatDateTime(time, lang)).toBe('string');
        expect(typeof isoTime(time)).toBe('string');
      }),
    );
    expect(formatTime(1e300, 'en')).toBe('—');
    expect(isoTime(Number.NaN)).toBe('—');
  });

  it('the support report, the HAR and the JSON export are written whatever the times', () => {
    fc.assert(
      fc.property(anyTime, (time) => {
        const snapshot = snapshotAt(time);
        expect(reportExportText(snapshot, 'fr', 'text')).toContain('\n');
        expect(JSON.parse(harExportText(snapshot)).log.entries.length).toBeGreaterThan(0);
        expect(JSON.parse(jsonExportText(snapshot)).records).toBeDefined();
      }),
      { numRuns: 60 },
    );
  });
});
