/**
 * The text packs the pages load, one language each: same shape in both languages, every UI message, the same
 * words as the bilingual tables (which the CLI and the tests read), and nothing of the other language.
 */
import { describe, expect, it } from 'vitest';
import enMessages from '../../../_locales/en/messages.json';
import frMessages from '../../../_locales/fr/messages.json';
import enPack from '../../../popup/text/packs/en.ts';
import frPack from '../../../popup/text/packs/fr.ts';
import { layerInfo, scopeInfo, situationInfo } from '../../../src/knowledge/layers/meaning.ts';
import { KNOWN_STATUS_CODES, STATUS_FACTS, statusRowKey } from '../../../src/knowledge/status/facts.ts';
import { statusInfo } from '../../../src/knowledge/status/meaning.ts';
import { GENERIC_TRANSPORT, TRANSPORT_ROWS } from '../../../src/knowledge/transport/meaning.ts';
import { LAYERS, type Lang, type Localized, SCOPES, type Situation } from '../../../src/types.ts';
import type { DontRefWords, StepRefWords, TextPack } from '../../../src/wording/pack.ts';

const PACKS: Record<Lang, TextPack> = { en: enPack, fr: frPack };
const SITUATIONS: Situation[] = [
  'one-network',
  'after-network-change',
  'one-device',
  'sudden',
  'one-channel',
  'everywhere',
];

/** Every path to a leaf, with the leaf's kind: two packs of the same shape give the same list. */
function shape(value: unknown, path = ''): string[] {
  if (Array.isArray(value))
    return [`${path}[${value.length}]`, ...value.flatMap((v, i) => shape(v, `${path}[${i}]`))];
  if (value && typeof value === 'object')
    return Object.entries(value)
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([key, v]) => shape(v, `${path}.${key}`));
  return [`${path}:${typeof value}`];
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const step = (pack: TextPack, ref: StepRefWords) => (typeof ref === 'string' ? pack.steps[ref] : ref.text);
function dontLine(pack: TextPack, ref: DontRefWords): string | undefined {
  const dont = typeof ref === 'string' ? pack.donts[ref] : ref;
  return 'why' in dont && dont.why ? `${dont.what} ${dont.why}` : dont.what;
}
const lines = (list: readonly Localized[], lang: Lang) => list.map((line) => line[lang]);

describe('text packs', () => {
  it('have the same shape in English and French, and no empty text', () => {
    // The evidence wordings are the one part only French has: the engine writes its evidence in English.
    const { lang: _en, evidence: enEvidence, ...en } = enPack;
    const { lang: _fr, evidence: frEvidence, ...fr } = frPack;
    expect(shape(fr)).toEqual(shape(en));
    expect(enEvidence).toBeNull();
    expect(frEvidence?.rows.length).toBeGreaterThan(40);
    for (const pack of [enPack, frPack])
      expect(strings(pack).filter((text) => text.trim() === '')).toEqual([]);
  });

  it('carry every UI message of their language, without the translators’ descriptions', () => {
    for (const [lang, table] of [
      ['en', enMessages],
      ['fr', frMessages],
    ] as const) {
      const pack = PACKS[lang].messages;
      expect(Object.keys(pack)).toEqual(Object.keys(table));
      for (const [key, entry] of Object.entries(table)) {
        expect(pack[key]?.message, key).toBe(entry.message);
        expect(pack[key], key).not.toHaveProperty('description');
      }
    }
  });

  it.each(['en', 'fr'] as const)('say what the bilingual tables say (%s)', (lang) => {
    const pack = PACKS[lang];
    for (const layer of LAYERS) {
      const info = layerInfo(layer);
      const words = pack.layers[layer];
      expect([words.name, words.sentence]).toEqual([info.name[lang], info.sentence[lang]]);
      expect(words.next.map((ref) => step(pack, ref))).toEqual(lines(info.nextSteps, lang));
      expect(words.dont.map((ref) => dontLine(pack, ref))).toEqual(lines(info.dont, lang));
    }
    for (const scope of SCOPES) {
      expect(pack.scopes[scope]).toEqual({
        name: scopeInfo(scope).name[lang],
        sentence: scopeInfo(scope).sentence[lang],
        likely: scopeInfo(scope).likely[lang],
      });
    }
    for (const situation of SITUATIONS) {
      const info = situationInfo(situation);
      expect(pack.situations[situation].sentence).toBe(info.sentence[lang]);
      expect(pack.situations[situation].next.map((ref) => step(pack, ref))).toEqual(
        lines(info.nextSteps, lang),
      );
    }
    expect(pack.otherSituation.name).toBe(situationInfo('bogus' as Situation).name[lang]);
    // Every status row, the class fallbacks through a code of each class, and the row for other codes.
    const codes = [...KNOWN_STATUS_CODES, 199, 299, 399, 499, 599, 998];
    expect(codes).toHaveLength(Object.keys(STATUS_FACTS).length);
    for (const code of codes) {
      const info = statusInfo(code);
      const words = pack.statuses[statusRowKey(code)];
      expect([words.title, words.meaning], String(code)).toEqual([info.title[lang], info.meaning[lang]]);
      expect(words.next.map((ref) => step(pack, ref))).toEqual(lines(info.nextSteps, lang));
      expect(words.dont.map((ref) => dontLine(pack, ref))).toEqual(lines(info.dont, lang));
    }
    for (const row of [...TRANSPORT_ROWS, GENERIC_TRANSPORT]) {
      const words = pack.transports[row.id as keyof TextPack['transports']];
      expect([words.title, words.meaning]).toEqual([row.title[lang], row.meaning[lang]]);
      expect(words.next.map((ref) => step(pack, ref))).toEqual(lines(row.nextSteps, lang));
    }
  });

  it('hold nothing of the other language', () => {
    const english = new Set(strings(enPack));
    const french = new Set(strings(frPack));
    // Names and codes read the same in both languages ("Cloudflare", "DNS"); sentences never do.
    const sentence = (text: string) => text.split(' ').length > 4;
    expect([...english].filter((text) => sentence(text) && french.has(text))).toEqual([]);
    expect(strings(frPack)).not.toContain(layerInfo('waf').sentence.en);
    expect(strings(enPack)).not.toContain(layerInfo('waf').sentence.fr);
  });
});
