import { describe, expect, it } from 'vitest';
import {
  addFailure,
  BADGE_COLORS,
  badgeFor,
  CLASS_PRIORITY,
  emptyFailures,
} from '../../../src/capture/badge-rules.ts';
import { DEFAULT_SETTINGS, ERROR_CLASSES } from '../../../src/settings.ts';
import type { ErrorClass, Layer } from '../../../src/types.ts';

const ON = DEFAULT_SETTINGS.badge;

const LAYER_OF: Record<ErrorClass, Layer> = {
  refusal: 'waf',
  auth: 'auth',
  limit: 'rate-limit',
  missing: 'not-found',
  server: 'server',
  network: 'network',
};

function seen(...failures: Array<[ErrorClass, number, string?]>) {
  return failures.reduce(
    (state, [errorClass, status, vendor]) =>
      addFailure(state, { errorClass, status, layer: LAYER_OF[errorClass], vendor: vendor ?? null }),
    emptyFailures(),
  );
}

const COUNT = { ...ON, text: 'count' as const };

describe('badgeFor', () => {
  it('shows nothing without failures or when turned off', () => {
    expect(badgeFor(emptyFailures(), ON)).toBeNull();
    expect(badgeFor(seen(['refusal', 403]), { ...ON, enabled: false })).toBeNull();
  });

  it('shows the code by default: the leading class’s latest status, ERR for transport failures', () => {
    expect(ON.text).toBe('code');
    expect(badgeFor(seen(['server', 500], ['auth', 401]), ON)?.text).toBe('401');
    expect(badgeFor(seen(['server', 503]), ON)?.text).toBe('503');
    expect(badgeFor(seen(['limit', 429]), ON)?.text).toBe('429');
    expect(badgeFor(seen(['network', 0]), ON)?.text).toBe('ERR');
    // A refusal inside an HTTP success (the panel's "Expired" behind a 200).
    expect(badgeFor(seen(['auth', 200]), ON)?.text).toBe('!');
  });

  it('carries the code and who refused for the tab’s tooltip', () => {
    const failures = seen(['server', 502], ['refusal', 403, 'cloudflare']);
    expect(badgeFor(failures, ON)).toEqual({
      text: '403',
      color: BADGE_COLORS.refusal,
      tip: { code: '403', layer: 'waf', vendor: 'cloudflare' },
    });
    expect(badgeFor(seen(['network', 0]), ON)?.tip).toEqual({ code: 'ERR', layer: 'network', vendor: null });
  });

  it('counts every shown failure in count mode, with the colour of the most telling class', () => {
    const failures = seen(['server', 502], ['refusal', 403], ['network', 0], ['refusal', 403]);
    expect(badgeFor(failures, COUNT)).toMatchObject({ text: '4', color: BADGE_COLORS.refusal });
    expect(badgeFor(seen(['server', 503]), COUNT)).toMatchObject({ text: '1', color: BADGE_COLORS.server });
  });

  it('narrows to the chosen classes', () => {
    const failures = seen(['refusal', 403], ['missing', 404], ['missing', 404]);
    expect(badgeFor(failures, { ...COUNT, classes: ['missing'] })).toMatchObject({
      text: '2',
      color: BADGE_COLORS.missing,
    });
    expect(badgeFor(failures, { ...ON, classes: ['server'] })).toBeNull();
  });

  it('caps the count to what a badge can show', () => {
    let failures = emptyFailures();
    for (let i = 0; i < 1200; i += 1)
      failures = addFailure(failures, {
        errorClass: 'limit',
        status: 429,
        layer: 'rate-limit',
        vendor: null,
      });
    expect(badgeFor(failures, COUNT)?.text).toBe('999+');
  });

  it('gives every class a priority and a colour', () => {
    expect([...CLASS_PRIORITY].sort()).toEqual([...ERROR_CLASSES].sort());
    for (const errorClass of ERROR_CLASSES) expect(BADGE_COLORS[errorClass]).toMatch(/^#[0-9A-F]{6}$/);
  });
});
