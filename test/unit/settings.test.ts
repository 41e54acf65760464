import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capturesStatus, DEFAULT_SETTINGS, normalizeSettings, SETTINGS_VERSION } from '../../src/settings.ts';

describe('normalizeSettings', () => {
  it('gives the defaults for nothing, garbage and wrong types', () => {
    for (const raw of [undefined, null, 42, 'x', [], { maxEvents: 'lots', badge: 3, capture: null }]) {
      expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps valid values and clamps numbers into range', () => {
    const settings = normalizeSettings({
      version: 1,
      lang: 'fr',
      maxEvents: 1e9,
      retentionDays: 0,
      watchedHosts: ['CDN.Example.TV', 'https://panel.example.tv:8080/x', '*.example.tv', '*', 'bad host', 7],
      capture: { statuses: [403, '429', 200, 403, 600], serverErrors: false, otherClientErrors: true },
      badge: { enabled: false, text: 'code', classes: ['server', 'nope', 'refusal'] },
      labels: { network: `  ${'w'.repeat(80)} `, device: 12 },
    });
    expect(settings).toMatchObject({
      lang: 'fr',
      maxEvents: 10_000,
      retentionDays: 1,
      watchedHosts: ['*.example.tv', 'cdn.example.tv', 'panel.example.tv'],
      capture: { statuses: [403, 429], serverErrors: false, otherClientErrors: true, transportErrors: true },
      badge: { enabled: false, text: 'code', classes: ['refusal', 'server'] },
    });
    expect(settings.labels).toEqual({ network: 'w'.repeat(40) });
  });

  it('migrates unversioned settings (hosts as one string, flat badge switch)', () => {
    const settings = normalizeSettings({ hosts: 'a.tv, b.tv  c.tv', badgeEnabled: false, maxEvents: 500 });
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.watchedHosts).toEqual(['a.tv', 'b.tv', 'c.tv']);
    expect(settings.badge.enabled).toBe(false);
    expect(settings.maxEvents).toBe(500);
  });

  it('lets an empty capture list mean "no exact statuses"', () => {
    expect(normalizeSettings({ capture: { statuses: [] } }).capture.statuses).toEqual([]);
  });

  it('is idempotent and always valid, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const once = normalizeSettings(raw);
        expect(normalizeSettings(once)).toEqual(once);
        expect(once.maxEvents).toBeGreaterThanOrEqual(100);
        expect(['auto', 'en', 'fr']).toContain(once.lang);
      }),
    );
  });
});

describe('capturesStatus', () => {
  const capture = DEFAULT_SETTINGS.capture;
  it('keeps the guide’s codes and 5xx by default, not other 4xx or successes', () => {
    expect([401, 403, 404, 429, 500, 503, 400, 410, 200, 302].map((s) => capturesStatus(s, capture))).toEqual(
      [true, true, true, true, true, true, false, false, false, false],
    );
    expect(capturesStatus(410, { ...capture, otherClientErrors: true })).toBe(true);
    expect(capturesStatus(502, { ...capture, serverErrors: false })).toBe(false);
  });
});
