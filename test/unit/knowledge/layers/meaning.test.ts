import { describe, expect, it } from 'vitest';
import {
  adviceLine,
  DONTS,
  dont,
  dontAdvice,
  localized,
  PROOFS,
  proof,
  STEPS,
  SUPPORT,
} from '../../../../src/knowledge/guide/advice.ts';
import { layerInfo, scopeInfo, situationInfo } from '../../../../src/knowledge/layers/meaning.ts';
import { KNOWN_STATUS_CODES, statusInfo } from '../../../../src/knowledge/status/meaning.ts';
import { GENERIC_TRANSPORT, TRANSPORT_ROWS } from '../../../../src/knowledge/transport/meaning.ts';
import {
  LAYERS,
  type Layer,
  type Localized,
  SCOPES,
  type Scope,
  type Situation,
} from '../../../../src/types.ts';

const SITUATIONS: Situation[] = [
  'one-network',
  'after-network-change',
  'one-device',
  'sudden',
  'one-channel',
  'everywhere',
];

describe('layerInfo', () => {
  it.each(LAYERS)('%s has a name, a sentence, and advice', (layer) => {
    const info = layerInfo(layer);
    expect(info.layer).toBe(layer);
    expect(info.nextSteps.length).toBeGreaterThan(0);
  });

  it('says a firewall refusal is not an outage', () => {
    expect(layerInfo('waf').sentence.en).toBe('Refused by the CDN’s firewall — this is not an outage.');
    expect(layerInfo('waf').sentence.fr).toMatch(/ce n’est pas une panne/);
  });

  it('sends the network layer to the network proofs and the server layer to patience', () => {
    expect(layerInfo('network').nextSteps).toContain(adviceLine('wifi-vs-mobile'));
    expect(layerInfo('server').nextSteps[0]).toBe(adviceLine('wait-for-server'));
    expect(layerInfo('server').nextSteps).not.toContain(adviceLine('hotspot'));
  });

  it('reads an unknown layer as "no refusal" instead of throwing', () => {
    expect(layerInfo('bogus' as Layer).layer).toBe('none');
  });
});

describe('scopeInfo', () => {
  it.each(SCOPES)('%s has a name and a sentence', (scope) => {
    expect(scopeInfo(scope).scope).toBe(scope);
  });

  it('says a network scope follows the network, not the account', () => {
    expect(scopeInfo('network').sentence.en).toMatch(/^The problem follows this network:/);
    expect(scopeInfo('network').sentence.fr).toMatch(/^Le problème suit ce réseau/);
  });

  it('falls back to "unknown" for a value from another version', () => {
    expect(scopeInfo('elsewhere' as Scope).scope).toBe('unknown');
  });
});

describe('situationInfo', () => {
  it.each(SITUATIONS)('%s has what to do', (situation) => {
    const info = situationInfo(situation);
    expect(info.situation).toBe(situation);
    expect(info.nextSteps.length).toBeGreaterThan(0);
    expect(info.dont.length).toBeGreaterThan(0);
  });

  it.each([
    ['one-network', 'hotspot', 'random-codes'],
    ['after-network-change', 'vpn', 'random-codes'],
    ['one-device', 'check-clock', 'reinstall-loop'],
    ['sudden', 'wifi-vs-mobile', 'retry-loop'],
    ['one-channel', 'try-other-channel', 'random-codes'],
    ['everywhere', 'contact-support', 'factory-reset'],
  ] as const)('%s leads with the guide’s answer (%s, not %s)', (situation, step, avoid) => {
    const info = situationInfo(situation);
    expect(info.nextSteps).toContain(adviceLine(step));
    expect(info.dont).toContain(dontAdvice(avoid));
  });

  it('answers an unknown situation with the proofs', () => {
    const info = situationInfo('on-tuesdays' as Situation);
    expect(info.situation).toBe('on-tuesdays');
    expect(info.nextSteps).toEqual(PROOFS.map((row) => adviceLine(row.id)));
  });
});

describe('advice', () => {
  it('holds the five proofs in the guide’s order', () => {
    expect(PROOFS.map((row) => row.id)).toEqual(['wifi-vs-mobile', 'hotspot', 'vpn', 'dns', 'other-device']);
    expect(proof('vpn').id).toBe('vpn');
  });

  it('holds the three don’ts of the guide, each with its why', () => {
    const ids = DONTS.map((row) => row.id);
    expect(ids).toEqual(expect.arrayContaining(['reinstall-loop', 'random-codes', 'factory-reset']));
    const line = dontAdvice('factory-reset');
    expect(line.en).toContain(dont('factory-reset').text.en);
    expect(line.en).toContain(dont('factory-reset').why.en);
  });

  it('turns a proof into a "title: change" line', () => {
    expect(adviceLine('dns').en).toBe(`${proof('dns').title.en}: ${proof('dns').change.en}`);
    // French goes on in lower case after a colon.
    expect(adviceLine('hotspot').fr).toMatch(/^Partage de connexion\u00a0: activez/);
    expect(adviceLine('stop-and-wait')).toBe(STEPS['stop-and-wait']);
  });

  it('passes a table’s own text through unchanged', () => {
    const own = localized('Own step.', 'Étape propre.');
    expect(adviceLine(own)).toBe(own);
    expect(dontAdvice(own)).toBe(own);
  });

  it('says when to contact support and what to give', () => {
    expect(SUPPORT.when.length).toBeGreaterThanOrEqual(2);
    expect(SUPPORT.when.some((item) => /24 hours/.test(item.en))).toBe(true);
    expect(SUPPORT.give.some((item) => /exact time/.test(item.en))).toBe(true);
    expect(SUPPORT.give.some((item) => /proof/.test(item.en))).toBe(true);
  });
});

describe('localized: French typography', () => {
  it('puts a no-break space before two-part punctuation and inside guillemets', () => {
    expect(localized('a', 'Attention : « oui » ; non ! vraiment ?').fr).toBe(
      'Attention\u00a0: «\u00a0oui\u00a0»\u00a0; non\u00a0! vraiment\u00a0?',
    );
    expect(localized('a', 'collé;').fr).toBe('collé\u00a0;');
  });

  it('leaves English alone', () => {
    expect(localized('Note: this; that!', 'x').en).toBe('Note: this; that!');
  });
});

/** Every text any table can hand out, with where it came from. */
function allTexts(): [string, Localized][] {
  const texts: [string, Localized][] = [];
  const add = (where: string, ...items: readonly Localized[]) => {
    for (const item of items) texts.push([where, item]);
  };
  for (const code of [...KNOWN_STATUS_CODES, 150, 250, 350, 450, 550, 998]) {
    const info = statusInfo(code);
    add(`status ${code}`, info.title, info.meaning, ...info.nextSteps, ...info.dont);
  }
  for (const row of [...TRANSPORT_ROWS, GENERIC_TRANSPORT]) {
    add(`transport ${row.id}`, row.title, row.meaning, ...row.nextSteps, ...row.dont);
  }
  for (const layer of LAYERS) {
    const info = layerInfo(layer);
    add(`layer ${layer}`, info.name, info.sentence, ...info.nextSteps, ...info.dont);
  }
  for (const scope of SCOPES) add(`scope ${scope}`, scopeInfo(scope).name, scopeInfo(scope).sentence);
  for (const situation of [...SITUATIONS, 'other' as Situation]) {
    const info = situationInfo(situation);
    add(`situation ${situation}`, info.name, info.sentence, ...info.nextSteps, ...info.dont);
  }
  for (const row of PROOFS) add(`proof ${row.id}`, row.title, row.change, row.why, row.read);
  for (const row of DONTS) add(`dont ${row.id}`, row.text, row.why);
  add('steps', ...Object.values(STEPS));
  add('support', ...SUPPORT.when, ...SUPPORT.give);
  return texts;
}

describe('every text of every table', () => {
  const texts = allTexts();

  it('is non-empty, trimmed, and different in English and French', () => {
    expect(texts.length).toBeGreaterThan(300);
    for (const [where, text] of texts) {
      expect(text.en.trim(), where).toBe(text.en);
      expect(text.fr.trim(), where).toBe(text.fr);
      expect(text.en.length, where).toBeGreaterThan(0);
      expect(text.fr.length, where).toBeGreaterThan(0);
      expect(text.fr, where).not.toBe(text.en);
    }
  });

  it('follows French typography: curly apostrophes, no-break space before : ; ! ? » and after «', () => {
    for (const [where, { fr }] of texts) {
      expect(fr, where).not.toMatch(/'/);
      expect(fr, where).not.toMatch(/[^\u00a0][:;!?»]/);
      expect(fr, where).not.toMatch(/«[^\u00a0]/);
    }
  });

  it('writes English without French spacing', () => {
    for (const [where, { en }] of texts) expect(en, where).not.toMatch(/\u00a0/);
  });
});
