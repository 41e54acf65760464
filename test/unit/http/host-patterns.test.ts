import { describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json';
import { requestableOrigins } from '../../../popup/browser.ts';
import {
  checkHost,
  hostCovers,
  hostOfUrl,
  hostsOfPatterns,
  isWatched,
  matchPattern,
  parseHostList,
  urlFilter,
} from '../../../src/http/host-patterns.ts';

describe('checkHost', () => {
  it('accepts what people paste and returns the bare lowercase host', () => {
    expect(checkHost('  Example.TV ')).toEqual({ ok: true, host: 'example.tv' });
    expect(checkHost('http://line.example.tv:8080/get.php?username=a')).toEqual({
      ok: true,
      host: 'line.example.tv',
    });
    expect(checkHost('*.example.tv')).toEqual({ ok: true, host: '*.example.tv' });
    expect(checkHost('https://*.example.tv/')).toEqual({ ok: true, host: '*.example.tv' });
    expect(checkHost('203.0.113.7:25461')).toEqual({ ok: true, host: '203.0.113.7' });
    expect(checkHost('télé.example')).toEqual({ ok: true, host: 'xn--tl-bjab.example' });
  });

  it('refuses every-site patterns, misplaced or TLD wildcards and junk, saying why', () => {
    expect(checkHost('')).toEqual({ ok: false, problem: 'empty' });
    expect(checkHost('<all_urls>')).toEqual({ ok: false, problem: 'all-hosts' });
    expect(checkHost('https://*/*')).toEqual({ ok: false, problem: 'all-hosts' });
    expect(checkHost('cdn.*.tv')).toEqual({ ok: false, problem: 'wildcard-position' });
    expect(checkHost('*.tv')).toEqual({ ok: false, problem: 'wildcard-tld' });
    expect(checkHost('*.10.0.0.1')).toEqual({ ok: false, problem: 'wildcard-tld' });
    expect(checkHost('exa mple.tv')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkHost('999.1.1.1')).toEqual({ ok: false, problem: 'invalid' });
  });
});

describe('patterns', () => {
  it('turns hosts into port-less match patterns and back', () => {
    expect(matchPattern('*.example.tv')).toBe('*://*.example.tv/*');
    expect(urlFilter(['b.tv', 'a.tv', 'b.tv'])).toEqual(['*://a.tv/*', '*://b.tv/*']);
    expect(urlFilter([])).toEqual([]);
    expect(
      hostsOfPatterns([
        'https://a.tv/*',
        'http://a.tv/*',
        '*://*.b.tv/*',
        '<all_urls>',
        'https://*/*',
        'http://*/*',
      ]),
    ).toEqual(['*.b.tv', 'a.tv']);
  });

  it('parses a host list and reports the refused entries', () => {
    expect(parseHostList('a.tv\n*.b.tv, *.tv ;; a.tv')).toEqual({
      hosts: ['*.b.tv', 'a.tv'],
      invalid: [{ input: '*.tv', problem: 'wildcard-tld' }],
    });
  });

  it('matches hostnames like a match pattern does', () => {
    expect(hostCovers('*.example.tv', 'example.tv')).toBe(true);
    expect(hostCovers('*.example.tv', 'a.b.example.tv')).toBe(true);
    expect(hostCovers('*.example.tv', 'badexample.tv')).toBe(false);
    expect(hostCovers('example.tv', 'cdn.example.tv')).toBe(false);
    expect(isWatched(['x.tv', '*.example.tv'], 'CDN.EXAMPLE.TV')).toBe(true);
    expect(hostOfUrl('not a url')).toBeUndefined();
    expect(hostOfUrl('http://u:p@h.tv:8080/x')).toBe('h.tv');
  });
});

/**
 * Chrome grants a requested origin only when it fits inside one `optional_host_permissions` pattern, scheme
 * included: `*://` covers http and https, so it fits in neither `http://*\/*` nor `https://*\/*`.
 */
function fitsOptionalHosts(origin: string): boolean {
  const [scheme, host] = /^([^:]+):\/\/([^/]+)\//.exec(origin)?.slice(1) ?? [];
  return manifest.optional_host_permissions.some((allowed) => {
    const [allowedScheme, allowedHost] = /^([^:]+):\/\/([^/]+)\//.exec(allowed)?.slice(1) ?? [];
    const schemeFits = allowedScheme === scheme || (allowedScheme === '*' && /^https?$/.test(scheme ?? ''));
    return schemeFits && (allowedHost === '*' || allowedHost === host);
  });
}

describe('host permissions against the manifest', () => {
  it('the door asks for origins the manifest allows; the webRequest filter form is not one of them', () => {
    for (const host of ['example.tv', '*.example.tv']) {
      expect(requestableOrigins(host).every(fitsOptionalHosts), host).toBe(true);
      expect(hostsOfPatterns(requestableOrigins(host))).toEqual([host]);
      expect(fitsOptionalHosts(matchPattern(host)), host).toBe(false);
    }
  });
});
