/**
 * Guards the two locale tables: same keys in both, no empty message, placeholders that match, and every key
 * the UI uses (literal `t('…')` calls, plus the keys built from a type's values) present in English.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../_locales/en/messages.json';
import fr from '../../../_locales/fr/messages.json';
import type { ChromeMessage } from '../../../src/i18n.ts';
import { ERROR_CLASSES } from '../../../src/settings.ts';
import { ROLES } from '../../../src/types.ts';

const root = join(import.meta.dirname, '../../..');
const tables: Record<'en' | 'fr', Record<string, ChromeMessage>> = { en, fr };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const sources = ['popup', 'options'].flatMap((dir) => sourceFiles(join(root, dir)));

/** Literal keys: t('key'…) and t("key"…); template keys are checked below from their value lists. */
function literalKeys(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sources) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*['"]([A-Za-z0-9_@]+)['"]/g)) {
      found.set(match[1]!, file);
    }
    // Keys kept in typed maps (e.g. host problems) are quoted values ending the line: 'hostProblemEmpty',
    for (const match of readFileSync(file, 'utf8').matchAll(/:\s*'(hostProblem[A-Za-z]+)'/g)) {
      found.set(match[1]!, file);
    }
  }
  return found;
}

describe('locale tables', () => {
  it('have the same keys in English and French', () => {
    const onlyEn = Object.keys(en).filter((key) => !(key in fr));
    const onlyFr = Object.keys(fr).filter((key) => !(key in en));
    expect({ onlyEn, onlyFr }).toEqual({ onlyEn: [], onlyFr: [] });
  });

  it('have no empty message', () => {
    for (const [lang, table] of Object.entries(tables)) {
      const empty = Object.entries(table).filter(([, entry]) => entry.message.trim() === '');
      expect(empty.map(([key]) => `${lang}:${key}`)).toEqual([]);
    }
  });

  it('use names Chrome accepts and declare every placeholder they use, identically in both languages', () => {
    for (const [key, entry] of Object.entries(en)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      const frEntry = tables.fr[key]!;
      for (const table of [entry as ChromeMessage, frEntry]) {
        const used = [...table.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase());
        expect(used.sort(), key).toEqual(Object.keys(table.placeholders ?? {}).sort());
      }
      expect(frEntry.placeholders, key).toEqual((entry as ChromeMessage).placeholders);
    }
  });

  it('carry the names the manifest uses', () => {
    for (const key of ['extName', 'extDescription', 'actionTitle']) {
      expect(tables.en[key]?.message).toBeTruthy();
      expect(tables.fr[key]?.message).toBeTruthy();
    }
  });

  it('contain every key used by the popup and the options page', () => {
    const used = literalKeys();
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter(([key]) => !(key in en)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('contain the keys built from value lists (roles, error classes)', () => {
    const built = [...ROLES.map((role) => `role_${role}`), ...ERROR_CLASSES.map((c) => `class_${c}`)];
    expect(built.filter((key) => !(key in en) || !(key in fr))).toEqual([]);
  });

  it('are really translated: French differs from English for sentences', () => {
    const same = Object.keys(en).filter((key) => {
      const text = tables.en[key]!.message;
      return text.split(' ').length > 3 && text === tables.fr[key]!.message;
    });
    expect(same).toEqual([]);
  });
});
