import { describe, expect, it } from 'vitest';
import { vendorErrorFacts } from '../../../../src/knowledge/vendors/errors/facts.ts';
import {
  VENDOR_ERROR_TEXT_KEYS,
  vendorErrorInfo,
  vendorErrorKeys,
} from '../../../../src/knowledge/vendors/errors/words.ts';
import { vendorIds } from '../../../../src/knowledge/vendors/identify.ts';
import { VENDOR_TABLE } from '../../../../src/knowledge/vendors/table.ts';
import { LAYERS } from '../../../../src/types.ts';

const ALL = vendorErrorKeys().map((key) => {
  const info = vendorErrorInfo(key);
  if (!info) throw new Error(`listed key without info: ${key}`);
  return info;
});

describe('vendorErrorInfo', () => {
  it('explains the keys the engine relies on', () => {
    const required = [
      'cloudflare-1020',
      'cloudflare-1015',
      'cloudflare-1009',
      'cloudflare-1006',
      'cloudflare-1007',
      'cloudflare-1008',
      'cloudflare-1010',
      'cloudflare-1012',
      ...[520, 521, 522, 523, 524, 525, 526, 527].map((code) => `cloudflare-${code}`),
      'cloudflare-challenge',
      'cloudfront-geo',
      'akamai-reference',
      'aws-waf-block',
      'imperva-incident',
    ];
    for (const key of required) expect(vendorErrorInfo(key), key).not.toBeNull();
  });

  it('gives each meaning the action and layer a viewer needs', () => {
    expect(vendorErrorInfo('cloudflare-1020')).toMatchObject({
      vendor: 'cloudflare',
      code: '1020',
      action: 'block',
      layer: 'waf',
    });
    expect(vendorErrorInfo('cloudflare-1015')).toMatchObject({ action: 'rate-limit', layer: 'rate-limit' });
    expect(vendorErrorInfo('cloudflare-1009')).toMatchObject({ action: 'geo', layer: 'geo' });
    // 1010 is the WAF's refusal of a browser signature: the layer is the WAF, the cause sits on the device.
    expect(vendorErrorInfo('cloudflare-1010')).toMatchObject({ action: 'block', layer: 'waf' });
    expect(vendorErrorInfo('cloudflare-522')).toMatchObject({ action: 'origin-error', layer: 'server' });
    expect(vendorErrorInfo('cloudfront-geo')).toMatchObject({ action: 'geo', layer: 'geo' });
  });

  it('accepts any case and answers null for an undocumented key', () => {
    expect(vendorErrorInfo('Cloudflare-1020')?.key).toBe('cloudflare-1020');
    expect(vendorErrorInfo('cloudflare-1099')).toBeNull();
    expect(vendorErrorInfo('')).toBeNull();
  });

  it('lists every key once', () => {
    expect(new Set(vendorErrorKeys()).size).toBe(vendorErrorKeys().length);
    expect(vendorErrorKeys().length).toBeGreaterThanOrEqual(30);
  });
});

describe('every entry', () => {
  it('belongs to a known vendor and a known layer', () => {
    for (const info of ALL) {
      expect(vendorIds(), info.key).toContain(info.vendor);
      expect(LAYERS, info.key).toContain(info.layer);
      expect(info.code.length, info.key).toBeGreaterThan(0);
    }
  });

  it('keeps action and layer consistent', () => {
    for (const info of ALL) {
      if (info.action === 'geo') expect(info.layer, info.key).toBe('geo');
      if (info.action === 'rate-limit') expect(info.layer, info.key).toBe('rate-limit');
      if (info.action === 'origin-error') expect(['server', 'not-found'], info.key).toContain(info.layer);
      // A block aimed at the account (a suspended pull zone, a banned line, too many sessions) is the account's.
      if (info.action === 'block' || info.action === 'challenge')
        expect(['waf', 'app', 'device', 'geo', 'account'], info.key).toContain(info.layer);
    }
  });

  it('is written in English and French, the French not a copy of the English', () => {
    const frenchWord = /\b(le|la|les|du|des|une?|est|pas|votre|vous|par|ou)\b/i;
    for (const info of ALL) {
      for (const text of [info.title, info.meaning]) {
        expect(text.en.trim().length, info.key).toBeGreaterThan(3);
        expect(text.fr.trim().length, info.key).toBeGreaterThan(3);
        expect(text.fr, info.key).not.toBe(text.en);
      }
      expect(info.meaning.fr, info.key).toMatch(frenchWord);
      // Meanings are whole sentences a viewer reads, not labels.
      expect(info.meaning.en, info.key).toMatch(/[.!]$/);
      expect(info.meaning.fr, info.key).toMatch(/[.!]$/);
    }
  });

  it('is reachable from the vendor table', () => {
    const reachable = new Set<string>();
    const prefixes = new Set<string>();
    for (const row of VENDOR_TABLE) {
      const errorVendor = row.parent ?? row.id;
      for (const marker of row.markers) if (marker.errorKey) reachable.add(marker.errorKey);
      for (const rule of row.statusRules ?? []) {
        if (rule.errorKey) reachable.add(rule.errorKey);
        if (rule.codeFromStatus)
          for (const status of rule.statuses) reachable.add(`${errorVendor}-${status}`);
      }
      for (const reader of row.codes ?? []) {
        if (reader.key) reachable.add(reader.key);
        else prefixes.add(`${errorVendor}-`);
      }
    }
    const orphans = vendorErrorKeys().filter(
      (key) => !reachable.has(key) && ![...prefixes].some((prefix) => key.startsWith(prefix)),
    );
    expect(orphans).toEqual([]);
  });
});

describe('vendor error facts and texts', () => {
  it('pair up: every key the engine knows has a meaning, and every meaning a key', () => {
    expect([...VENDOR_ERROR_TEXT_KEYS].sort()).toEqual([...vendorErrorKeys()].sort());
    expect(new Set(VENDOR_ERROR_TEXT_KEYS).size).toBe(VENDOR_ERROR_TEXT_KEYS.length);
  });

  it('give the engine the same facts as the joined row', () => {
    for (const key of vendorErrorKeys()) {
      const { title: _title, meaning: _meaning, ...facts } = vendorErrorInfo(key)!;
      expect(vendorErrorFacts(key), key).toEqual(facts);
    }
    expect(vendorErrorFacts('CLOUDFLARE-1020')?.layer).toBe('waf');
    expect(vendorErrorFacts('cloudflare-9999')).toBeNull();
  });
});
