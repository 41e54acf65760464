/**
 * The one constructor of `Localized` texts. French goes through the one typography function
 * (src/wording/typography.ts), which keeps every table consistent (facts and texts alike) and lets the
 * sources be written with ordinary spaces. A module of its own so the worker's short sentences can use it
 * without pulling in any prose table.
 */
import type { Localized } from '../types.ts';
import { frenchTypography } from './typography.ts';

export function localized(en: string, fr: string): Localized {
  return { en, fr: frenchTypography(fr) };
}
