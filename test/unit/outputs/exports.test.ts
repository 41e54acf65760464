import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/diagnosis/analyze.ts';
import type { CapturedRecord, ExportSnapshot, SuccessCount } from '../../../src/messages.ts';
import {
  exportFilename,
  harExportText,
  JSON_EXPORT_FORMAT,
  jsonExportText,
  reportExportText,
  reportFilename,
} from '../../../src/outputs/exports.ts';
import { parseHar } from '../../../src/outputs/har/read.ts';
import { currentVerdict } from '../../../src/verdict/current.ts';

const CREATOR = { name: 'IPTV Access Lens', version: '9.9.9' };

/** What the worker's `export-data` answers, for these records. */
function snapshot(
  records: CapturedRecord[],
  successes: SuccessCount[] = [],
  generatedAt = Date.now(),
): ExportSnapshot {
  const analysis = analyze(
    records.map((record) => record.exchange),
    { findings: records.map((record) => record.finding) },
  );
  const exchanges = records.map((record) => record.exchange);
  return {
    records,
    successes,
    analysis,
    verdict: currentVerdict({ analysis, proof: null, exchanges, now: generatedAt }),
    proof: null,
    environment: { generatedAt, browser: 'chrome', timeZone: 'Europe/Paris' },
    creator: CREATOR,
  };
}

/** A record as stored, except that one secret slipped through the first redaction (defence in depth). */
function leakyRecord(): CapturedRecord {
  const url = 'http://line.example.tv/player_api.php?username=REDACTED&password=REDACTED';
  return {
    id: 'e4',
    exchange: {
      url,
      method: 'GET',
      status: 403,
      startedAt: Date.UTC(2026, 0, 2, 3, 4, 5),
      requestHeaders: [{ name: 'Cookie', value: 'PHPSESSID=9b1f0c2e7a6d4b3c8e5f1a2b3c4d5e6f' }],
      responseHeaders: [{ name: 'Server', value: 'nginx' }],
      body: '{"user_info":{"username":"leaky.user","password":"Hunter2-xyz","auth":0}}',
      mimeType: 'application/json',
      context: { sequence: 4, tabId: 2, network: 'home' },
    },
    finding: {
      entry: 4,
      status: 403,
      url,
      startedAt: Date.UTC(2026, 0, 2, 3, 4, 5),
      layer: 'account',
      vendor: null,
      role: 'auth',
      confidence: 0.9,
      evidence: ['auth=0'],
      errorClass: 'refusal',
    },
  };
}

describe('HAR export', () => {
  it('is HAR 1.2 with context and diagnosis, redacted once more as a whole', () => {
    const text = harExportText(snapshot([leakyRecord()]));
    expect(text).not.toContain('Hunter2-xyz');
    expect(text).not.toContain('9b1f0c2e7a6d4b3c8e5f1a2b3c4d5e6f');
    const har = JSON.parse(text) as {
      log: { version: string; creator: unknown; entries: Array<Record<string, unknown>> };
    };
    expect(har.log.version).toBe('1.2');
    expect(har.log.creator).toEqual(CREATOR);
    expect(har.log.entries[0]?._context).toMatchObject({ sequence: 4, network: 'home' });
    expect(har.log.entries[0]?._diagnosis).toMatchObject({ layer: 'account', evidence: ['auth=0'] });
  });

  it('reads back into the same exchanges (our own CLI and popup can open it)', () => {
    const [exchange] = parseHar(harExportText(snapshot([leakyRecord()])));
    expect(exchange).toMatchObject({ status: 403, method: 'GET', context: { sequence: 4 } });
  });
});

describe('JSON export', () => {
  it('carries records and success counts, redacted', () => {
    const successes = [{ host: 'line.example.tv', role: 'stream', minute: 0, count: 12 }];
    const text = jsonExportText(snapshot([leakyRecord()], successes, Date.UTC(2026, 0, 2)));
    expect(text).not.toContain('Hunter2-xyz');
    const document = JSON.parse(text);
    expect(document).toMatchObject({
      format: JSON_EXPORT_FORMAT,
      creator: CREATOR,
      exportedAt: '2026-01-02T00:00:00.000Z',
      successes,
    });
    expect(document.records[0].id).toBe('e4');
  });

  it('names files so they sort and any file system accepts them', () => {
    expect(exportFilename('har', Date.UTC(2026, 0, 31, 20, 15, 3, 456))).toBe(
      'iptv-access-lens-2026-01-31T20-15-03Z.har',
    );
    expect(exportFilename('json', 0)).toBe('iptv-access-lens-1970-01-01T00-00-00Z.json');
    expect(reportFilename('fr', 'markdown', Date.UTC(2026, 0, 31, 20, 15, 3))).toBe(
      'iptv-access-lens-report-2026-01-31T20-15-03Z-fr.md',
    );
    expect(reportFilename('en', 'text', 0)).toBe('iptv-access-lens-report-1970-01-01T00-00-00Z-en.txt');
  });
});

describe('support report export', () => {
  it('words the worker’s verdict in the language asked for, with the secret that slipped through removed', () => {
    const record = leakyRecord();
    for (const [lang, verdictLine] of [
      ['en', /refused because of the account/i],
      ['fr', /refusé à cause du compte/i],
    ] as const) {
      const text = reportExportText(snapshot([record]), lang, 'text');
      expect(text).toMatch(verdictLine);
      expect(text).not.toContain('Hunter2-xyz');
      expect(text).not.toContain('leaky.user');
    }
  });
});
