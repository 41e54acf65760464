import { describe, expect, it } from 'vitest';
import {
  addFailure,
  BADGE_COLORS,
  badgeFor,
  CLASS_PRIORITY,
  emptyFailures,
} from '../../../src/capture/badge-rules.ts';
import { DEFAULT_SETTINGS, ERROR_CLASSES } from '../../../src/settings.ts';
import type { ErrorClass } from '../../../src/types.ts';

const ON = DEFAULT_SETTINGS.badge;

function seen(...failures: Array<[ErrorClass, number]>) {
  return failures.reduce(
    (state, [errorClass, status]) => addFailure(state, errorClass, status),
    emptyFailures(),
  );
}

describe('badgeFor', () => {
  it('shows nothing without failures or when turned off', () => {
    expect(badgeFor(emptyFailures(), ON)).toBeNull();
    expect(badgeFor(seen(['refusal', 403]), { ...ON, enabled: false })).toBeNull();
  });

  it('counts every shown failure and takes the colour of the most telling class', () => {
    const failures = seen(['server', 502], ['refusal', 403], ['network', 0], ['refusal', 403]);
    expect(badgeFor(failures, ON)).toEqual({ text: '4', color: BADGE_COLORS.refusal });
    expect(badgeFor(seen(['server', 503]), ON)).toEqual({ text: '1', color: BADGE_COLORS.server });
  });

  it('shows the status of the leading class in code mode, ERR for transport failures', () => {
    const code = { ...ON, text: 'code' as const };
    expect(badgeFor(seen(['server', 500], ['auth', 401]), code)?.text).toBe('401');
    expect(badgeFor(seen(['network', 0]), code)?.text).toBe('ERR');
  });

  it('narrows to the chosen classes', () => {
    const failures = seen(['refusal', 403], ['missing', 404], ['missing', 404]);
    expect(badgeFor(failures, { ...ON, classes: ['missing'] })).toEqual({
      text: '2',
      color: BADGE_COLORS.missing,
    });
    expect(badgeFor(failures, { ...ON, classes: ['server'] })).toBeNull();
  });

  it('caps the count to what a badge can show', () => {
    let failures = emptyFailures();
    for (let i = 0; i < 1200; i += 1) failures = addFailure(failures, 'limit', 429);
    expect(badgeFor(failures, ON)?.text).toBe('999+');
  });

  it('gives every class a priority and a colour', () => {
    expect([...CLASS_PRIORITY].sort()).toEqual([...ERROR_CLASSES].sort());
    for (const errorClass of ERROR_CLASSES) expect(BADGE_COLORS[errorClass]).toMatch(/^#[0-9A-F]{6}$/);
  });
});
