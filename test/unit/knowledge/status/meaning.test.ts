import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adviceLine, dontAdvice } from '../../../../src/knowledge/guide/advice.ts';
import { KNOWN_STATUS_CODES, statusInfo } from '../../../../src/knowledge/status/meaning.ts';

const BRIEF_CODES = [
  400, 401, 403, 404, 405, 407, 408, 410, 418, 423, 429, 451, 500, 502, 503, 504, 520, 521, 522, 523, 524,
  525, 526, 527, 530,
];

describe('statusInfo: the rows', () => {
  it.each(BRIEF_CODES)('%i has a row of its own, not a class fallback', (code) => {
    expect(KNOWN_STATUS_CODES).toContain(code);
    const info = statusInfo(code);
    expect(info.code).toBe(code);
    const sameClassUnknown = statusInfo(Math.floor(code / 100) * 100 + 99);
    expect(info.title.en).not.toBe(sameClassUnknown.title.en);
    expect(info.layers.length).toBeGreaterThan(0);
    expect(info.nextSteps.length).toBeGreaterThan(0);
  });

  it('has no duplicate code', () => {
    expect(new Set(KNOWN_STATUS_CODES).size).toBe(KNOWN_STATUS_CODES.length);
  });

  it.each([
    [403, ['waf', 'geo', 'app', 'account'], 'refusal'],
    [401, ['auth'], 'auth'],
    [404, ['not-found'], 'missing'],
    [410, ['not-found'], 'missing'],
    [429, ['rate-limit'], 'limit'],
    [451, ['geo'], 'refusal'],
    [407, ['network'], 'auth'],
    [500, ['server'], 'server'],
    [502, ['server'], 'server'],
    [504, ['server'], 'server'],
    [522, ['server'], 'server'],
    [530, ['server'], 'server'],
  ] as const)('%i → layers %j, class %s', (code, layers, errorClass) => {
    const info = statusInfo(code);
    expect(info.layers).toEqual(layers);
    expect(info.errorClass).toBe(errorClass);
  });

  it('puts the server first for every 5xx row but 509 and Tencent’s 514 (limits) and 511 (a portal), which only look like one', () => {
    for (const code of KNOWN_STATUS_CODES.filter(
      (c) => c >= 500 && c <= 599 && c !== 509 && c !== 514 && c !== 511,
    )) {
      expect(statusInfo(code).layers[0], String(code)).toBe('server');
      expect(statusInfo(code).errorClass, String(code)).toBe('server');
    }
    expect(statusInfo(514)).toMatchObject({ layers: ['rate-limit'], errorClass: 'limit' });
    // RFC 6585 §6: the network the viewer is on asks for its own login (a captive portal).
    expect(statusInfo(511)).toMatchObject({ layers: ['network'], errorClass: 'network' });
    expect(statusInfo(509)).toMatchObject({ layers: ['rate-limit'], errorClass: 'limit' });
  });

  it('says a 403 is a refusal and not an outage, and that re-typing the code rarely helps', () => {
    const { meaning } = statusInfo(403);
    expect(meaning.en).toMatch(/refusal, not an outage/);
    expect(meaning.fr).toMatch(/refus, pas une panne/);
    expect(meaning.en).toMatch(/Typing the code again rarely/);
    expect(meaning.fr).toMatch(/Ressaisir le code/);
  });

  it('gives a 403 the five proofs, the pause, and the three don’ts — shared rows, not copies', () => {
    const info = statusInfo(403);
    for (const id of ['wifi-vs-mobile', 'hotspot', 'vpn', 'dns', 'other-device', 'stop-and-wait'] as const) {
      expect(info.nextSteps).toContain(adviceLine(id));
    }
    for (const id of ['reinstall-loop', 'random-codes', 'factory-reset'] as const) {
      expect(info.dont).toContain(dontAdvice(id));
    }
  });

  it('sends a 401 to the login details, not to the network proofs', () => {
    const info = statusInfo(401);
    expect(info.nextSteps[0]).toBe(adviceLine('check-login'));
    expect(info.nextSteps).not.toContain(adviceLine('hotspot'));
  });

  it('tells the viewer a 5xx is not theirs to fix', () => {
    for (const code of [500, 502, 503, 504, 520, 599]) {
      expect(
        statusInfo(code).dont.some((item) => /nothing on your side/.test(item.en)),
        String(code),
      ).toBe(true);
    }
  });

  it('names Cloudflare and the origin in every 52x/530 row', () => {
    for (const code of [520, 521, 522, 523, 524, 525, 526, 527, 530]) {
      const info = statusInfo(code);
      expect(info.title.en, String(code)).toMatch(/Cloudflare/);
      expect(info.meaning.en, String(code)).toMatch(/provider’s own server behind it/);
    }
  });
});

describe('statusInfo: fallbacks', () => {
  it.each([
    [150, ['network'], 'network'],
    [299, ['none'], 'network'],
    [399, ['app', 'not-found'], 'missing'],
    [499, ['app', 'account'], 'refusal'],
    [599, ['server'], 'server'],
  ] as const)('%i falls back to its class', (code, layers, errorClass) => {
    const info = statusInfo(code);
    expect(KNOWN_STATUS_CODES).not.toContain(code);
    expect(info.code).toBe(code);
    expect(info.layers).toEqual(layers);
    expect(info.errorClass).toBe(errorClass);
  });

  it('gives each class its own fallback text', () => {
    const titles = [150, 250, 350, 450, 550].map((code) => statusInfo(code).title.en);
    expect(new Set(titles).size).toBe(5);
  });

  it('reads status 0 as "no answer", a transport failure', () => {
    const info = statusInfo(0);
    expect(info.title.en).toBe('No answer');
    expect(info.layers[0]).toBe('network');
    expect(info.errorClass).toBe('network');
  });

  it.each([-1, 99, 600, 998, 1020, 403.5, Number.NaN, Number.POSITIVE_INFINITY])(
    '%s gets the generic row and keeps its code',
    (code) => {
      const info = statusInfo(code);
      expect(info.title.en).toBe('Non-standard status');
      expect(Object.is(info.code, code)).toBe(true);
    },
  );

  it('never throws and always answers in both languages', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double()), (code) => {
        const info = statusInfo(code);
        expect(info.title.en.length).toBeGreaterThan(0);
        expect(info.title.fr.length).toBeGreaterThan(0);
        expect(info.layers.length).toBeGreaterThan(0);
      }),
    );
  });

  it('hands out frozen rows, so one caller cannot change another’s answer', () => {
    const info = statusInfo(403);
    expect(Object.isFrozen(info)).toBe(true);
    expect(Object.isFrozen(info.layers)).toBe(true);
    expect(() => (info.layers as string[]).push('none')).toThrow();
    expect(statusInfo(403).layers).toHaveLength(4);
  });
});
