import { describe, expect, it, vi } from 'vitest';
import { adviceLine, dontAdvice, localized } from '../../../src/knowledge/guide/advice.ts';
import { layerInfo } from '../../../src/knowledge/layers/meaning.ts';
import { KNOWN_STATUS_CODES } from '../../../src/knowledge/status/meaning.ts';
import { TRANSPORT_ROWS } from '../../../src/knowledge/transport/meaning.ts';
import { vendorErrorInfo, vendorErrorKeys } from '../../../src/knowledge/vendors/errors/words.ts';
import { type ExplainSource, explain, renderExplanation } from '../../../src/outputs/explain.ts';

describe('explain: status codes', () => {
  it('explains a 403 in English', () => {
    const text = explain('403', 'en');
    expect(text?.title).toBe('403 — Forbidden');
    expect(text?.lines[0]).toMatch(/refusal, not an outage/);
    expect(text?.lines).toContain(
      'Likely layers: CDN / web firewall, Geographic restriction, Service rules, Account',
    );
    expect(text?.lines).toContain('What to do:');
    expect(text?.lines).toContain(`- ${adviceLine('hotspot').en}`);
    expect(text?.lines).toContain('What not to do:');
    expect(text?.lines).toContain(`- ${dontAdvice('random-codes').en}`);
  });

  it('explains a 403 in French, with French punctuation', () => {
    const text = explain('403', 'fr');
    expect(text?.title).toBe('403 — Accès refusé');
    expect(text?.lines[0]).toMatch(/refus, pas une panne/);
    expect(text?.lines).toContain(
      'Couches probables\u00a0: CDN / pare-feu web, Restriction géographique, Règles du service, Compte',
    );
    expect(text?.lines).toContain('Que faire\u00a0:');
    expect(text?.lines).toContain('À éviter\u00a0:');
    expect(text?.lines).toContain(`- ${dontAdvice('reinstall-loop').fr}`);
  });

  it('uses the singular for a single layer', () => {
    expect(explain('401', 'en')?.lines).toContain('Likely layer: Sign-in');
    expect(explain('401', 'fr')?.lines).toContain('Couche probable\u00a0: Identification');
  });

  it.each(['404', ' 404 ', 'HTTP 404', 'http/1.1 404'])('reads %j as a status', (query) => {
    expect(explain(query, 'en')?.title).toBe('404 — Not Found');
  });

  it('explains an unknown code through its class', () => {
    expect(explain('599', 'en')?.title).toBe('599 — Server error');
    expect(explain('998', 'fr')?.title).toBe('998 — Code non standard');
    // LinkedIn's 999 has its own row (the seventy-ninth batch).
    expect(explain('999', 'en')?.title).toBe('999 — Request denied (taken for a robot)');
  });

  it('leaves out empty sections', () => {
    const success = explain('200', 'en');
    expect(success?.lines).not.toContain('What to do:');
    expect(success?.lines.some((line) => line.startsWith('Likely layer'))).toBe(false);
  });

  it('explains every known status in both languages', () => {
    for (const code of KNOWN_STATUS_CODES) {
      const en = explain(String(code), 'en');
      const fr = explain(String(code), 'fr');
      expect(en?.title.startsWith(`${code} — `), String(code)).toBe(true);
      expect(fr?.title, String(code)).not.toBe(en?.title);
    }
  });
});

describe('explain: transport errors', () => {
  it('gives Chrome and Firefox names of the same failure the same explanation', () => {
    const chrome = explain('net::ERR_CONNECTION_RESET', 'en');
    const firefox = explain('NS_ERROR_NET_RESET', 'en');
    expect(chrome?.title).toBe('net::ERR_CONNECTION_RESET — Connection cut');
    expect(firefox?.title).toBe('NS_ERROR_NET_RESET — Connection cut');
    expect(firefox?.lines).toEqual(chrome?.lines);
    expect(chrome?.lines).toContain('Likely layer: Network');
  });

  it('explains in French', () => {
    const text = explain('net::ERR_CERT_DATE_INVALID', 'fr');
    expect(text?.title).toBe('net::ERR_CERT_DATE_INVALID — Date du certificat invalide — vérifiez l’horloge');
    expect(text?.lines).toContain('Couche probable\u00a0: Appareil');
    expect(text?.lines).toContain(`- ${adviceLine('check-clock').fr}`);
  });

  it('explains an unknown transport name with the generic row rather than nothing', () => {
    expect(explain('net::ERR_SOMETHING_NEW', 'en')?.title).toBe('net::ERR_SOMETHING_NEW — Connection failed');
  });

  it('names no layer for a cancelled request', () => {
    const text = explain('net::ERR_ABORTED', 'en');
    expect(text?.lines.some((line) => line.startsWith('Likely layer'))).toBe(false);
  });

  it('explains every listed name in both languages', () => {
    for (const row of TRANSPORT_ROWS) {
      for (const name of [...row.chrome, ...row.firefox]) {
        const en = explain(name, 'en');
        expect(en?.title, name).toBe(`${name} — ${row.title.en}`);
        expect(explain(name, 'fr')?.title, name).toBe(`${name} — ${row.title.fr}`);
      }
    }
  });
});

describe('explain: vendor error keys', () => {
  it('explains a vendor key with the vendor’s meaning and its layer’s shared advice', () => {
    const info = vendorErrorInfo('cloudflare-1020');
    expect(info).not.toBeNull();
    if (!info) return;
    const text = explain('cloudflare-1020', 'en');
    expect(text?.title).toBe(`cloudflare-1020 — ${info.title.en}`);
    expect(text?.lines[0]).toBe(info.meaning.en);
    expect(text?.lines).toContain(`Likely layer: ${layerInfo(info.layer).name.en}`);
    for (const step of layerInfo(info.layer).nextSteps) expect(text?.lines).toContain(`- ${step.en}`);
  });

  it('accepts the key in capitals or with a space', () => {
    expect(explain('Cloudflare 1020', 'fr')?.title).toBe(explain('cloudflare-1020', 'fr')?.title);
  });

  it('explains every vendor key in both languages', () => {
    for (const key of vendorErrorKeys()) {
      expect(explain(key, 'en')?.title.startsWith(`${key} — `), key).toBe(true);
      expect(explain(key, 'fr')?.title, key).not.toBe(explain(key, 'en')?.title);
    }
  });
});

describe('explain: unknown queries and extra sources', () => {
  it.each(['', '   ', 'cloudflare-99999', 'hello world', '12345'])('returns null for %j', (query) => {
    expect(explain(query, 'en')).toBeNull();
  });

  it('asks extra sources, in order, for what the tables do not know', () => {
    const vendor: ExplainSource = (query, lang) =>
      query === 'examplecdn-42'
        ? renderExplanation(
            {
              label: query,
              title: localized('Access denied by a firewall rule', 'Accès refusé par une règle de pare-feu'),
              meaning: localized('A rule refused you.', 'Une règle vous a refusé.'),
              layers: ['waf'],
              nextSteps: [adviceLine('vpn')],
              dont: [],
            },
            lang,
          )
        : null;
    const never = vi.fn<ExplainSource>(() => null);
    expect(explain('examplecdn-42', 'fr', [vendor, never])?.title).toBe(
      'examplecdn-42 — Accès refusé par une règle de pare-feu',
    );
    expect(never).not.toHaveBeenCalled();
    expect(explain('akamai-18', 'en', [vendor, never])).toBeNull();
    expect(never).toHaveBeenCalledWith('akamai-18', 'en');
  });

  it('does not consult extra sources when a table knows the query', () => {
    const source = vi.fn<ExplainSource>(() => null);
    explain('403', 'en', [source]);
    explain('NS_ERROR_OFFLINE', 'en', [source]);
    explain('cloudflare-1020', 'en', [source]);
    expect(source).not.toHaveBeenCalled();
  });
});
